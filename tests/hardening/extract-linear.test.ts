/**
 * Issue 15: one upload must never freeze or kill the server. Text extraction on hostile files
 * of about 2 MB (HTML of unclosed tags, comments and entities; .docx of one-letter paragraphs,
 * runs, empty paragraphs, nesting) and on .docx zip bombs that unpack to tens of megabytes
 * finishes within a hang guard (HANG_MS, dozens of times what linear work takes) with text or a
 * clear refusal. Each runs in a worker thread that is terminated at the limit. Their time at two
 * sizes, the measure of linearity, is for `npm run bench` (tests/support/hostile-extraction.ts).
 */
import { describe, expect, it } from 'vitest';
import { extractTimed, type Timed } from '../support/extract-timed.js';
import { DOCX_BOMBS, HOSTILE_INPUT_NAMES } from '../support/hostile-extraction.js';

const HANG_MS = 5_000;
const SIZE = 2 * 1024 * 1024;

/** What a hostile .docx may be refused with, and the words the user reads. */
const REFUSALS: Record<string, { status: number; message: RegExp }> = {
  docx_too_large: { status: 400, message: /unpacks to more than 32 MB|has more than 16 MB of text markup/ },
  docx_too_many_paragraphs: { status: 413, message: /has more paragraphs than a story of 2 MB could have \(over 100,000 paragraphs\)/ },
  docx_too_many_runs: { status: 413, message: /has more pieces of text than a story of 2 MB could have \(over 500,000 runs\)/ },
};

function expectFinished(result: Timed): void {
  expect('hung' in result ? `still running after ${HANG_MS} ms` : 'finished').toBe('finished');
  if ('code' in result) {
    const refusal = REFUSALS[result.code];
    expect(refusal, `${result.code}: ${result.message}`).toBeDefined();
    expect(result.status).toBe(refusal?.status);
    expect(result.message).toMatch(refusal?.message ?? /./);
  }
}

describe('text extraction finishes on hostile files of 2 MB', () => {
  it.each(HOSTILE_INPUT_NAMES.map((name) => [name]))('%s', async (name) => {
    const result = await extractTimed(name, SIZE, HANG_MS);
    expectFinished(result);
    if (name.startsWith('html:')) expect(result).toHaveProperty('text');
  });
});

describe('.docx bombs are refused before they cost the work they promise', () => {
  const expected: Record<string, string> = {
    '60 MB of one-letter paragraphs': 'docx_too_large',
    '60 MB of one-letter paragraphs, declared as 4 KB': 'docx_too_large',
    '15 MB of one-letter paragraphs': 'docx_too_many_paragraphs',
    '15 MB of runs in one paragraph': 'docx_too_many_runs',
    '17 MB of text in one paragraph': 'docx_too_large',
  };

  it.each(DOCX_BOMBS.map(([name]) => [name]))('%s', async (name) => {
    const result = await extractTimed(name, 0, HANG_MS);
    expectFinished(result);
    expect(result).toMatchObject({ code: expected[name] });
    if (name.startsWith('60 MB')) expect(result.bytes).toBeLessThan(200 * 1024);
  });
});
