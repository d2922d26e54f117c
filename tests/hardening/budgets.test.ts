/**
 * Time budgets, over HTTP and on the command line: a phase over its budget (analysis, reading a
 * file, the PDF) has its worker terminated and the request answered 422 "too complex" (the CLI:
 * an error line for that story, exit 3), while the server keeps serving with a fresh worker and
 * the CLI's other stories are analysed. The budgets are set far below what the work takes (a
 * few milliseconds against hundreds), so no assertion depends on this machine's speed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { buildBinary, jsonLines, run } from '../cli/helpers.js';
import { buildDocx } from '../server/helpers/docx.js';
import { listen, type Running, STORY } from './helpers.js';

const PARAGRAPH = '"We will reopen the bridge by June," Mayor Ana Ruiz said. The council met on Monday to discuss it.\n\n';
/** About 1 MB: hundreds of milliseconds of engine. */
const LONG = `${STORY}\n${PARAGRAPH.repeat(10_000)}`;
const running: Running[] = [];

afterAll(async () => {
  for (const r of running.splice(0)) await r.close();
});

async function serve(budgets: { analysis?: number; extraction?: number; pdf?: number }): Promise<Running> {
  const r = await listen({ threads: 1, budgets });
  running.push(r);
  return r;
}

function form(fields: Record<string, string>, file?: { name: string; bytes: Buffer }): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  if (file) f.append('file', new Blob([new Uint8Array(file.bytes)]), file.name);
  return f;
}

describe('over HTTP', () => {
  it('an analysis over its budget: 422 "too complex" on the API and on a classroom page, each from a replaced worker', async () => {
    const srv = await serve({ analysis: 5 });
    const res = await fetch(`${srv.base}/api/analyze`, { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: LONG });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      error: {
        status: 422,
        code: 'too_complex',
        message: 'This story is too complex to analyse within the time limit (0.005 s). Nothing was stored; try a shorter piece.',
      },
    });
    const page = await fetch(`${srv.base}/learn/explain`, { method: 'POST', body: form({ text: LONG }) });
    expect(page.status).toBe(422);
    const html = await page.text();
    expect(html).toContain('Too complex to check in time');
    expect(html).toContain('too complex to analyse within the time limit');
    expect((await fetch(`${srv.base}/healthz`)).status).toBe(200);
  });

  it('a PDF over its budget: 422 with the form again; the JSON download of the same story is made', async () => {
    const srv = await serve({ analysis: 60_000, pdf: 5 });
    const pdf = await fetch(`${srv.base}/report.pdf`, { method: 'POST', body: form({ text: PARAGRAPH.repeat(300) }) });
    expect(pdf.status).toBe(422);
    expect(pdf.headers.get('content-disposition')).toBeNull();
    expect(await pdf.text()).toContain('PDF is too complex to make within the time limit (0.005 s)');
    const json = await fetch(`${srv.base}/report.json`, { method: 'POST', body: form({ text: PARAGRAPH.repeat(300) }) });
    expect(json.status).toBe(200);
    // every quote of the story, as the engine finds them (a paragraph repeated at the top of a page counts once)
    expect(((await json.json()) as { quotes: unknown[] }).quotes).toHaveLength(check(PARAGRAPH.repeat(300)).quotes.length);
  });

  it('reading a .docx over its budget: 422 "too complex to read"', async () => {
    const srv = await serve({ extraction: 1 });
    const docx = buildDocx(Array.from({ length: 20_000 }, (_, i) => `Paragraph ${i}: "We will," said Ana Ruiz.`));
    const res = await fetch(`${srv.base}/analyze`, { method: 'POST', body: form({}, { name: 'long.docx', bytes: docx }) });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('This file is too complex to read within the time limit (0.001 s)');
  });
});

describe('on the command line', () => {
  let tmp = '';
  beforeAll(() => {
    buildBinary();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'quotecheck-budgets-'));
  });
  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('a story over --analysis-time-limit: an error line for it, the others analysed, exit 3 (also with --jobs 1)', async () => {
    // About 10 MB: a second or more of engine, against a limit of 0.2 s; the short ones take a few ms.
    const huge = PARAGRAPH.repeat(100_000);
    const input = [
      JSON.stringify({ id: 'short-1', text: STORY }),
      JSON.stringify({ id: 'huge', text: huge }),
      JSON.stringify({ id: 'short-2', text: STORY }),
      '',
    ].join('\n');
    for (const jobs of ['1', '2']) {
      const r = await run(['analyze', '--jsonl', '--jobs', jobs, '--analysis-time-limit', '0.2'], { cwd: tmp, input });
      expect(r.status).toBe(3);
      const lines = jsonLines(r.stdout);
      expect(lines.map((l) => l.id)).toEqual(['short-1', 'huge', 'short-2']);
      expect(lines[1]).toEqual({ id: 'huge', error: 'line 2: too complex to analyse within the time limit (0.2 s; --analysis-time-limit)' });
      expect(lines[0]).toHaveProperty('report');
      expect(lines[2]).toHaveProperty('report');
      expect(r.stderr).toContain('quotecheck: line 2: too complex to analyse within the time limit (0.2 s; --analysis-time-limit)\n');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
