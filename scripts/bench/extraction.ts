/**
 * Text extraction on the hostile files of tests/hardening/extract-linear.test.ts (HTML of
 * unclosed tags, comments, entities; .docx of one-letter paragraphs, runs, nesting), timed at
 * two sizes ten times apart: 200 KB and 2 MB (--quick: 20 KB and 200 KB). Linear work gives a
 * ratio of 10; a .docx over the paragraph limit stops early and gives less.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hostileExtractionInputs } from '../../tests/support/hostile-extraction.js';
import { gc, median, ROOT, round, timeRuns } from './common.js';
import type { Mode } from './engine.js';

export type Extractors = typeof import('../../src/input/extract.js');

export interface ExtractionRow {
  name: string;
  small: { bytes: number; ms: number };
  large: { bytes: number; ms: number };
  /** Time at the large size over time at the small one: 10 is linear. */
  ratio: number;
  /** What the large file gave: its text's length, or the code it was refused with. */
  outcome: string;
}

/** The compiled extractors, from dist/ (built by `npm run bench` first). */
export async function loadExtractors(): Promise<Extractors> {
  return (await import(pathToFileURL(join(ROOT, 'dist', 'src', 'input', 'extract.js')).href)) as Extractors;
}

export function extraction(x: Extractors, mode: Mode): ExtractionRow[] {
  const [small, large] = mode.quick ? [20_000, 200_000] : [200_000, 2_000_000];
  // The synchronous readers behind extractText, so that timeRuns can call them.
  const extract = (bytes: Buffer, file: string): string => {
    try {
      const text = file.endsWith('.docx') ? x.docxToText(bytes, file, x.DEFAULT_UNZIPPED_LIMIT) : x.htmlToText(x.decodeText(bytes, file));
      return `${text.length} characters`;
    } catch (e) {
      if (e instanceof x.ExtractError) return `refused: ${e.code}`;
      throw e;
    }
  };
  const smalls = hostileExtractionInputs(small);
  const larges = hostileExtractionInputs(large);
  return smalls.map((s, i) => {
    const l = larges[i] as (typeof larges)[number];
    gc();
    const ts = median(timeRuns(() => extract(s.bytes, s.file), { budgetMs: mode.quick ? 50 : 300, minRuns: 5, warmup: 2 }));
    gc();
    const tl = median(timeRuns(() => extract(l.bytes, l.file), { budgetMs: mode.quick ? 100 : 1_000, minRuns: 5, warmup: 1 }));
    return {
      name: s.name,
      small: { bytes: s.bytes.length, ms: round(ts, 2) },
      large: { bytes: l.bytes.length, ms: round(tl, 2) },
      ratio: round(tl / ts, 1),
      outcome: extract(l.bytes, l.file),
    };
  });
}
