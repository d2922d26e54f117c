import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { fixtureApp, quietApp } from './helpers/app.js';
import { FIXTURE_STORY, PLAIN_STORY } from './helpers/story.js';

describe('POST /api/analyze', () => {
  it('takes JSON {"text"} and answers with the report contract', async () => {
    const { app } = fixtureApp();
    const res = await request(app).post('/api/analyze').send({ text: FIXTURE_STORY }).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['cache-control']).toBe('no-store');
    const r = res.body;
    expect(Object.keys(r)).toEqual(expect.arrayContaining(['quotes', 'statements', 'sources', 'summary']));
    expect(r.quotes[0]).toMatchObject({
      start: 42,
      end: 76,
      text: 'We will reopen the bridge by June,',
      sourceId: 's1',
      speakerMention: { text: 'Mayor Ana Ruiz' },
    });
    expect(r.statements[1]).toMatchObject({ form: 'indirect', cue: { text: 'adding' } });
    expect(r.sources[1]).toMatchObject({ kind: 'anonymous', justified: true });
    expect(r.summary.unnamedShare.statements).toBe(0.5);
  });

  it('takes text/plain, and keeps the text exactly as sent (CRLF included)', async () => {
    const seen: string[] = [];
    const { app } = quietApp({
      check: (text) => {
        seen.push(text);
        return check(text);
      },
    });
    await request(app).post('/api/analyze').type('text/plain').send('Line\r\n\r\n"Hi," she said.').expect(200);
    expect(seen).toEqual(['Line\r\n\r\n"Hi," she said.']);
  });
});

// Uses the real engine: fails while src/analysis/analyze.ts is a placeholder.
describe('POST /api/analyze with the real engine', () => {
  it('finds the quotes of a plainly attributed story and their named speakers', async () => {
    const { app } = quietApp();
    const res = await request(app).post('/api/analyze').type('text/plain').send(PLAIN_STORY).expect(200);
    expect(res.body.quotes).toHaveLength(2);
    for (const q of res.body.quotes) {
      expect(PLAIN_STORY.slice(q.start, q.end)).toBe(q.text);
      expect(q.kind).toBe('person');
    }
    expect(res.body.summary.unnamedShare.quotes).toBe(0);
  });
});
