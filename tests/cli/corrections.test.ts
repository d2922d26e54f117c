/**
 * `quotecheck analyze --corrections FILE` and a JSONL line's own `corrections`, run in memory
 * (runCommand with the test's streams) with the real engine, on the corrections' test story.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { at, HARBOUR, mention } from '../support/harbour-story.js';
import { runInProcess } from './helpers.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'quotecheck-corrections-'));
const file = (name: string, content: string) => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, content);
  return p;
};
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const run = runInProcess;

const RESIDENT = at('The numbers do not add up,');
const fixes = [{ quote: RESIDENT, source: mention('Varga') }];

describe('analyze --corrections FILE', () => {
  it('applies the list to the story: the report is corrected', async () => {
    const r = await run(['analyze', file('story.txt', HARBOUR), '--corrections', file('fixes.json', JSON.stringify(fixes)), '--jobs', '1']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.corrections).toEqual(fixes);
    expect(report.summary.unnamedShare.quotes).toBe(0.2);
  });

  it('marks the corrected items in Markdown', async () => {
    const r = await run(['analyze', file('story2.txt', HARBOUR), '--corrections', file('fixes2.json', JSON.stringify(fixes)), '-f', 'md', '--jobs', '1']);
    expect(r.stdout).toContain('## Corrected by the editor');
    expect(r.stdout).toContain('*corrected by the editor*');
  });

  it.each([
    ['a file that is not there', () => path.join(tmp, 'missing.json'), 'cannot read: no such file or directory'],
    ['a malformed list', () => file('bad.json', '{"quote": 1}'), 'corrections: must be a JSON list'],
    ['not JSON', () => file('bad2.json', '[{'), 'corrections: not valid JSON'],
  ])('%s is a usage error (2) that names the file', async (_what, make, message) => {
    const fixesFile = make();
    const r = await run(['analyze', file('story3.txt', HARBOUR), '--corrections', fixesFile]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--corrections ${fixesFile}: ${message}`);
  });

  it('belongs to analyze only', async () => {
    const r = await run(['summary', file('story4.txt', HARBOUR), '--corrections', 'x.json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--corrections belongs to analyze');
  });
});

describe('analyze --jsonl with a line’s own "corrections"', () => {
  it('corrects that line’s story only; a malformed list fails that line alone', async () => {
    const lines = [
      JSON.stringify({ id: 'a', text: HARBOUR, corrections: fixes }),
      JSON.stringify({ id: 'b', text: HARBOUR }),
      JSON.stringify({ id: 'c', text: HARBOUR, corrections: [{ merge: [] }] }),
    ].join('\n');
    const r = await run(['analyze', '--jsonl', '--jobs', '1'], `${lines}\n`);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out[0].report.corrections).toEqual(fixes);
    expect(out[0].report.summary.unnamedShare.quotes).toBe(0.2);
    expect(out[1].report.corrections).toEqual([]);
    expect(out[1].report.summary.unnamedShare.quotes).toBe(0.4);
    expect(out[2]).toEqual({ id: 'c', error: 'line 3: corrections[0].merge: must be a list of two sources [from, into]' });
    expect(r.status).toBe(3);
  });
});
