/**
 * The classroom with a corrected answer key: the exercise carries the corrections to its grading,
 * and the teacher's files (worksheet and answer key as PDF, read back with pdftotext; the
 * exercise as one offline HTML file). The real engine on the corrections' test story.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { at, HARBOUR, mention } from '../support/harbour-story.js';
import { quietApp } from './helpers/app.js';

const { app } = quietApp();
const RESIDENT = at('The numbers do not add up,');
const corrections = JSON.stringify([{ quote: RESIDENT, source: mention('Varga') }]);

const binary = (r: request.Test) =>
  r.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });

const havePdftotext = existsSync('/usr/bin/pdftotext');
function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'qc-ws-')), 'w.pdf');
  writeFileSync(file, pdf);
  return execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' });
}

describe('the exercise with a corrected key', () => {
  it('carries the corrections to its check, which grades against the corrected key', async () => {
    const page = await request(app).post('/learn/exercise').type('form').send({ text: HARBOUR, corrections }).expect(200);
    expect(page.text).toContain(`name="corrections" value="${corrections.replace(/"/g, '&quot;').replace(/=/g, '&#x3D;')}"`);
    expect(page.text).toContain('The answer key has 1 corrected answer.');
    const quoteId = /<select id="(answer-q\d+)"/g;
    const fields = [...page.text.matchAll(quoteId)].map((m) => m[1] as string);
    // The resident's quote is the fourth; the key now says the mayor (s1) said it.
    const answers = Object.fromEntries(fields.map((f) => [f, 's1']));
    const corrected = await request(app)
      .post('/learn/exercise/check')
      .type('form')
      .send({ text: HARBOUR, corrections, ...answers })
      .expect(200);
    const plain = await request(app)
      .post('/learn/exercise/check')
      .type('form')
      .send({ text: HARBOUR, ...answers })
      .expect(200);
    expect(corrected.text).toContain('You got 3 of 5 quotes right');
    expect(plain.text).toContain('You got 2 of 5 quotes right');
  });

  it('the report page offers to make an exercise with its key', async () => {
    const page = await request(app).post('/analyze').type('form').send({ text: HARBOUR, corrections }).expect(200);
    expect(page.text).toContain('formaction="/learn/exercise">Make a classroom exercise with this corrected answer key</button>');
  });
});

describe('the teacher’s files', () => {
  it.skipIf(!havePdftotext && !process.env.CI)('a worksheet PDF without the answers, and an answer key PDF with the corrected one', async () => {
    expect(havePdftotext, 'pdftotext is missing: .ci/run installs poppler-utils').toBe(true);
    const sheet = await binary(request(app).post('/learn/worksheet.pdf').type('form').send({ text: HARBOUR, corrections })).expect(200);
    expect(sheet.headers['content-type']).toBe('application/pdf');
    expect(sheet.headers['content-disposition']).toBe('attachment; filename="harbour-plan-splits-council-worksheet.pdf"');
    const sheetText = pdfText(sheet.body as Buffer);
    expect(sheetText).toContain('Who said it?');
    expect(sheetText).toContain('[4] The numbers do not add up,');
    expect(sheetText).not.toContain('corrected by the editor');
    const key = await binary(request(app).post('/learn/answer-key.pdf').type('form').send({ text: HARBOUR, corrections })).expect(200);
    const keyText = pdfText(key.body as Buffer).replace(/\s+/g, ' ');
    expect(keyText).toContain('Answer key');
    expect(keyText).toContain('Lena Varga (named person) (corrected by the editor)');
    expect(keyText).toContain('1 of these answers were corrected by hand');
  });

  it('the exercise as one HTML file that loads nothing and links nowhere', async () => {
    const res = await binary(request(app).post('/learn/exercise.html').type('form').send({ text: HARBOUR, corrections })).expect(200);
    const html = (res.body as Buffer).toString('utf8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="harbour-plan-splits-council-exercise.html"');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<a\s|<script|<link|src=/);
    expect(html).toContain('<summary>Show the answers (only when you are done)</summary>');
    expect(html).toContain('<strong>Lena Varga (named person)</strong> <span class="corrected">(corrected by the editor)</span>');
  });

  it('a malformed key is a 400, not a file', async () => {
    const res = await request(app).post('/learn/worksheet.pdf').type('form').send({ text: HARBOUR, corrections: '{' }).expect(400);
    expect(res.text).toContain('The corrections are not valid');
  });
});
