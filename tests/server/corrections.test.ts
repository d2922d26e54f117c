/**
 * The editor's corrections through the app: the API's `corrections`, the report page's editors
 * (the list and the button posted back, no script), the downloads and the classroom's key.
 * The real engine on a story written for these tests.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { at, HARBOUR, mention } from '../support/harbour-story.js';
import { quietApp } from './helpers/app.js';

const { app } = quietApp();
const RESIDENT = at('The numbers do not add up,');
const toVarga = [{ quote: RESIDENT, source: mention('Varga') }];

/** The value of the hidden `corrections` field of a page, read back. */
function listOf(html: string): unknown {
  const m = /<input type="hidden" name="corrections" value="([^"]*)">/.exec(html);
  if (!m) throw new Error('no corrections field');
  return JSON.parse(
    (m[1] as string)
      .replace(/&quot;/g, '"')
      .replace(/&#x3D;/g, '=')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

describe('POST /api/analyze with "corrections"', () => {
  it('answers with the corrected report', async () => {
    const res = await request(app).post('/api/analyze').send({ text: HARBOUR, corrections: toVarga }).expect(200);
    expect(res.body.corrections).toEqual(toVarga);
    expect(res.body.rejectedCorrections).toEqual([]);
    expect(res.body.summary.unnamedShare.quotes).toBe(0.2);
    expect(res.body.quotes.find((q: { text: string }) => q.text === RESIDENT.text)).toMatchObject({ sourceId: 's1', corrected: true });
  });

  it('reports a correction that does not apply, with a 200', async () => {
    const res = await request(app)
      .post('/api/analyze')
      .send({ text: HARBOUR, corrections: [{ quote: { start: 0, end: 3, text: 'gone' }, source: null }] })
      .expect(200);
    expect(res.body.rejectedCorrections).toEqual([
      { correction: { quote: { start: 0, end: 3, text: 'gone' }, source: null }, reason: 'no quote reads “gone” in this story' },
    ]);
  });

  it.each([
    ['not a list', { quote: RESIDENT }, 'corrections: must be a JSON list'],
    ['a bad kind', [{ quote: RESIDENT, source: { name: 'X', kind: 'robot' } }], 'corrections[0].source.kind'],
  ])('a malformed list (%s) is a 400 that says what is wrong', async (_what, corrections, message) => {
    const res = await request(app).post('/api/analyze').send({ text: HARBOUR, corrections }).expect(400);
    expect(res.body.error.code ?? res.body.code ?? JSON.stringify(res.body)).toContain('bad_corrections');
    expect(JSON.stringify(res.body)).toContain(message);
  });
});

describe('the report page', () => {
  it('offers an editor behind each quote label and a row of controls per source', async () => {
    const res = await request(app).post('/analyze').type('form').send({ text: HARBOUR }).expect(200);
    expect(res.text).toContain(`name="action" value="quote:${RESIDENT.start}:${RESIDENT.end}"`);
    expect(res.text).toContain(`<select id="who-${RESIDENT.start}-${RESIDENT.end}" name="who-${RESIDENT.start}-${RESIDENT.end}" form="report-form">`);
    expect(res.text).toContain('name="action" value="source:0"');
    expect(res.text).toContain('No corrections yet.');
    expect(listOf(res.text)).toEqual([]);
  });

  it('a quote given to another source: the list grows, the figures and the marks follow', async () => {
    const key = `${RESIDENT.start}-${RESIDENT.end}`;
    const res = await request(app)
      .post('/analyze')
      .type('form')
      .send({ text: HARBOUR, corrections: '[]', action: `quote:${RESIDENT.start}:${RESIDENT.end}`, [`who-${key}`]: JSON.stringify(mention('Varga')) })
      .expect(200);
    expect(listOf(res.text)).toEqual([{ quote: RESIDENT, source: mention('Varga') }]);
    expect(res.text).toContain('1 correction in effect.');
    expect(res.text).toContain('<span class="corrected"> · corrected by the editor</span>');
    expect(res.text).toContain('Quote “The numbers do not add up,” given to “Varga”');
    // The engine's evidence stays, said once to be the attribution the editor replaced.
    expect(res.text.match(/\(automatic, before the correction\)/g)).toHaveLength(1);
    expect(res.text).toContain('<dd>corrected by the editor (automatic: cue-after-quote: reporting verb after the quote)</dd>');
    expect(res.text).toMatch(/<span class="figure-value">20%<\/span> <span class="figure-label">of quotes<\/span>/);
  });

  it('a new source typed by the editor, with its kind', async () => {
    const key = `${RESIDENT.start}-${RESIDENT.end}`;
    const res = await request(app)
      .post('/analyze')
      .type('form')
      .send({
        text: HARBOUR,
        action: `quote:${RESIDENT.start}:${RESIDENT.end}`,
        [`who-${key}`]: 'new',
        [`name-${key}`]: 'Petr Hodek',
        [`kind-${key}`]: 'person',
      })
      .expect(200);
    expect(listOf(res.text)).toEqual([{ quote: RESIDENT, source: { name: 'Petr Hodek', kind: 'person' } }]);
  });

  it('a source renamed and merged from its row', async () => {
    const page = await request(app).post('/analyze').type('form').send({ text: HARBOUR });
    const rows = [...page.text.matchAll(/<input type="hidden" name="source-(\d+)" value="([^"]*)"/g)];
    const ostrava = rows.find((r) => (r[2] as string).includes('Ostrava'));
    const n = ostrava?.[1] as string;
    const original = String(ostrava?.[2]).replace(/&quot;/g, '"');
    const res = await request(app)
      .post('/analyze')
      .type('form')
      .send({
        text: HARBOUR,
        action: `source:${n}`,
        [`source-${n}`]: original,
        [`rename-${n}`]: 'Ostrava',
        [`skind-${n}`]: 'organization',
        [`merge-${n}`]: JSON.stringify(mention('Varga')),
      })
      .expect(200);
    expect(listOf(res.text)).toEqual([{ merge: [mention('Ostrava'), mention('Varga')] }]);
    expect(res.text).not.toContain('<th scope="row">Ostrava');
  });

  it('undo drops the last correction, reset all of them', async () => {
    const two = JSON.stringify([...toVarga, { source: mention('one resident'), set: { justified: true } }]);
    const undo = await request(app).post('/analyze').type('form').send({ text: HARBOUR, corrections: two, action: 'undo' }).expect(200);
    expect(listOf(undo.text)).toEqual(toVarga);
    const reset = await request(app).post('/analyze').type('form').send({ text: HARBOUR, corrections: two, action: 'reset' }).expect(200);
    expect(listOf(reset.text)).toEqual([]);
  });

  it('a reported statement given to another source from the editor behind its label', async () => {
    const rushed = at('the vote was rushed');
    const key = `st-${rushed.start}-${rushed.end}`;
    const page = await request(app).post('/analyze').type('form').send({ text: HARBOUR }).expect(200);
    expect(page.text).toContain(`name="action" value="statement:${rushed.start}:${rushed.end}"`);
    expect(page.text).toContain(`<select id="who-${key}" name="who-${key}" form="report-form">`);
    const res = await request(app)
      .post('/analyze')
      .type('form')
      .send({ text: HARBOUR, corrections: '[]', action: `statement:${rushed.start}:${rushed.end}`, [`who-${key}`]: JSON.stringify(mention('Varga')) })
      .expect(200);
    expect(listOf(res.text)).toEqual([{ statement: rushed, source: mention('Varga') }]);
    expect(res.text).toContain('1 correction in effect.');
    expect(res.text).toMatch(/Statement “the vote was rushed” given to “Varga”/);
    // the statement's label now says the editor corrected it
    expect(res.text).toContain('(automatic, before the correction)');
    const none = await request(app)
      .post('/analyze')
      .type('form')
      .send({ text: HARBOUR, action: `statement:${rushed.start}:${rushed.end}`, [`who-${key}`]: 'none' })
      .expect(200);
    expect(listOf(none.text)).toEqual([{ statement: rushed, source: null }]);
  });

  it('a finding dismissed from its Dismiss button: gone from the page, kept in the list', async () => {
    const page = await request(app).post('/analyze').type('form').send({ text: HARBOUR }).expect(200);
    const buttons = [...page.text.matchAll(/name="action" value="dismiss:(\d+):(\d+):([a-z-]+)"/g)];
    expect(buttons.length).toBeGreaterThan(0);
    const [, start, end, rule] = buttons[0] as RegExpMatchArray;
    const findingsOf = (html: string) => html.match(/<li class="finding sev-/g)?.length ?? 0;
    const res = await request(app)
      .post('/analyze')
      .type('form')
      .send({ text: HARBOUR, corrections: '[]', action: `dismiss:${start}:${end}:${rule}` })
      .expect(200);
    expect(listOf(res.text)).toEqual([{ dismiss: { start: Number(start), end: Number(end), rule } }]);
    expect(findingsOf(res.text)).toBe(findingsOf(page.text) - 1);
    expect(res.text).not.toContain(`value="dismiss:${start}:${end}:${rule}"`);
    expect(res.text).toMatch(new RegExp(`Finding ${rule} at “[^”]+” dismissed`));
    expect(res.text).toContain('1 correction in effect.');
    // the HTML download of the same report has no buttons
    const html = await request(app)
      .post('/report.html')
      .type('form')
      .send({ text: HARBOUR, corrections: JSON.stringify(listOf(res.text)) })
      .expect(200);
    expect(html.text).not.toContain('value="dismiss:');
  });

  it('a fragment (for the page’s script) is the page’s body alone', async () => {
    const res = await request(app).post('/analyze').type('form').send({ text: HARBOUR, fragment: '1' }).expect(200);
    expect(res.text).not.toContain('<html');
    expect(res.text).toContain('<h2 id="review-heading">');
  });

  it.each([
    ['a list that is not JSON', { corrections: '[{' }, 'not valid JSON'],
    ['a button that is not the page’s', { action: 'drop-table' }, 'not one of the report page'],
    ['a quote outside the text', { action: 'quote:5:999999', 'who-5-999999': 'none' }, 'is not in this text'],
    ['a finding outside the text', { action: 'dismiss:5:999999:unattributed-quote' }, 'is not in this text'],
    ['a statement outside the text', { action: 'statement:5:999999', 'who-st-5-999999': 'none' }, 'is not in this text'],
    ['a dismissal whose rule is not a rule id', { action: 'dismiss:1:2:Bad Rule' }, 'not one of the report page'],
    [
      'a chosen source that is not JSON',
      { action: `quote:${RESIDENT.start}:${RESIDENT.end}`, [`who-${RESIDENT.start}-${RESIDENT.end}`]: '{x' },
      'not one the page offered',
    ],
  ])('%s is a 400 with a message', async (_what, fields, message) => {
    const res = await request(app)
      .post('/analyze')
      .type('form')
      .send({ text: HARBOUR, ...fields })
      .expect(400);
    expect(res.text).toContain(message);
  });
});

describe('the downloads carry the corrections', () => {
  it.each([
    ['csv', 'corrected by the editor'],
    ['md', '## Corrected by the editor'],
    ['html', 'corrected by the editor'],
    ['json', '"corrected": true'],
  ])('%s', async (ext, mark) => {
    const res = await request(app)
      .post(`/report.${ext}`)
      .type('form')
      .send({ text: HARBOUR, corrections: JSON.stringify(toVarga) })
      .buffer(true)
      .parse((r, cb) => {
        let data = '';
        r.on('data', (c: Buffer) => {
          data += c.toString('utf8');
        });
        r.on('end', () => cb(null, data));
      })
      .expect(200);
    expect(res.body as string).toContain(mark);
    const plain = await request(app)
      .post(`/report.${ext}`)
      .type('form')
      .send({ text: HARBOUR })
      .buffer(true)
      .parse((r, cb) => {
        let data = '';
        r.on('data', (c: Buffer) => {
          data += c.toString('utf8');
        });
        r.on('end', () => cb(null, data));
      });
    expect(plain.body as string).not.toContain(mark);
  });
});
