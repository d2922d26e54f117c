import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report.js';
import { CSV_COLUMNS } from '../../src/report/formats/csv.js';
import { fixtureApp, quietApp } from './helpers/app.js';
import { parseCsv } from './helpers/csv.js';
import { FIXTURE_STORY, PLAIN_STORY } from './helpers/story.js';

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

async function download(app: Parameters<typeof request>[0], ext: string, text = FIXTURE_STORY) {
  const res = await request(app).post(`/report.${ext}`).type('form').send({ text }).buffer(true).parse(binary).expect(200);
  return { res, body: res.body as Buffer };
}

describe('downloads (fixture engine)', () => {
  const { app } = fixtureApp();
  const stem = 'erdogan-ally-b-praises-b-salame-plan';

  it('JSON: the report contract, named after the headline', async () => {
    const { res, body } = await download(app, 'json');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${stem}.json"`);
    expect(res.headers['cache-control']).toBe('no-store');
    const report = JSON.parse(body.toString('utf8'));
    expect(report.title).toBe('Erdoğan ally <b>praises</b> Salamé plan');
    expect(report.quotes).toHaveLength(3);
    for (const q of report.quotes) expect(FIXTURE_STORY.slice(q.start, q.end)).toBe(q.text);
    expect(report.sources.map((s: { kind: string }) => s.kind)).toEqual(['person', 'anonymous', 'person']);
    expect(report.summary.unnamedShare).toMatchObject({ quotes: expect.any(Number), quotedWords: expect.any(Number), statements: expect.any(Number) });
  });

  it('CSV: a header, one row per quote, statement and finding, and the summary', async () => {
    const { res, body } = await download(app, 'csv');
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${stem}.csv"`);
    const rows = parseCsv(body.toString('utf8').replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['quote', 'quote', 'quote', 'statement', 'statement', 'summary']);
    expect(rows[3]?.[CSV_COLUMNS.indexOf('text')]).toBe('<script>alert(1)</script> is not a plan,');
  });

  it('Markdown: a readable report', async () => {
    const { res, body } = await download(app, 'md');
    expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${stem}.md"`);
    const md = body.toString('utf8');
    expect(md).toContain('## Sources');
    expect(md).toContain('— **Ana Ruiz** (named person)');
  });

  it('HTML: standalone, with the quotes escaped', async () => {
    const { res, body } = await download(app, 'html');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${stem}.html"`);
    const html = body.toString('utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; is not a plan,');
    expect(html).not.toContain('<script>');
    expect(html).toContain('far more than planned.</mark>');
  });

  it('PDF: a PDF document', async () => {
    const { res, body } = await download(app, 'pdf');
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${stem}.pdf"`);
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(body.length).toBeGreaterThan(5000);
  });

  it('falls back to quotecheck-report when the headline has no letters to use', async () => {
    const empty = quietApp({
      check: (text) => buildReport({ length: text.length, paragraphs: [], sentences: [], quotes: [], statements: [], sources: [], notes: [] }, text),
    });
    const { res } = await download(empty.app, 'json', '«»\n\nbody');
    expect(res.headers['content-disposition']).toBe('attachment; filename="quotecheck-report.json"');
  });

  it('accepts a file upload as well as the text field', async () => {
    const res = await request(app).post('/report.json').attach('file', Buffer.from(FIXTURE_STORY), 'story.txt').expect(200);
    expect(res.body.quotes).toHaveLength(3);
  });
});

// Uses the real engine: fails while src/analysis/analyze.ts is a placeholder.
describe('downloads with the real engine', () => {
  it('the JSON download of a plainly attributed story has its quotes and speakers', async () => {
    const { app } = quietApp();
    const res = await request(app).post('/report.json').type('form').send({ text: PLAIN_STORY }).expect(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="bridge-will-reopen-by-june-mayor-says.json"');
    expect(res.body.quotes.map((q: { text: string }) => q.text)).toEqual(['We will reopen the bridge by June,', 'The repairs are on schedule,']);
    const names = res.body.sources.map((s: { name: string }) => s.name).join(' | ');
    expect(names).toContain('Ana Ruiz');
    expect(names).toContain('Tom Becker');
  });
});
