/**
 * Issue 15: no story within the size limits may keep the PDF renderer busy for long. These are
 * hang guards, not speed tests: each limit is several times what the case takes, while the
 * long-word cases took minutes when pdfkit broke the words itself (quadratic in the word). The
 * same inputs are timed at two sizes by `npm run bench` (its hostile table, from scripts/bench/pdf-inputs.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hostilePdfInputs } from '../../scripts/bench/pdf-inputs.js';
import { check } from '../../src/index.js';
import { getFormat, renderToBuffer } from '../../src/report/formats/registry.js';

const LIMIT_MS = 20_000;
// pdftotext (Debian's poppler-utils) is installed by .ci/run; outside CI the read-back is skipped
const PDFTOTEXT = '/usr/bin/pdftotext';
const readBack = existsSync(PDFTOTEXT) || Boolean(process.env.CI);
const dir = mkdtempSync(join(tmpdir(), 'qc-pdf-linear-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each case at the size that matters for it: the speaker name of the report, the word of the issue, the most a story may be. */
const SIZES: Record<string, number> = {
  'long speaker name': 16_000,
  'long word in a quote': 200_000,
  'ordinary story': 2_000_000,
  'many tiny quotes': 1_000_000,
  'story with no spaces': 2_000_000,
};
const cases = Object.entries(SIZES).map(([name, size]) => {
  const input = hostilePdfInputs(size).find((c) => c.name === name);
  if (!input) throw new Error(`no hostile PDF input named ${name}`);
  return input;
});

describe('the PDF of a hostile story renders in bounded time', () => {
  it.each(cases.map((c) => [c.name, c] as const))(
    '%s',
    async (_name, input) => {
      const report = check(input.text);
      const pdf = getFormat('pdf');
      if (!pdf) throw new Error('no pdf format');
      const t0 = performance.now();
      const out = await renderToBuffer(pdf, report, input.text);
      const ms = performance.now() - t0;
      expect(ms, `${input.name}: ${Math.round(ms)} ms`).toBeLessThan(LIMIT_MS);
      expect(out.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      if (!readBack) return;
      const file = join(dir, `${input.name.replace(/\W+/g, '-')}.pdf`);
      writeFileSync(file, out);
      const text = execFileSync(PDFTOTEXT, [file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      expect(text).toContain(input.probe);
    },
    120_000,
  );
});
