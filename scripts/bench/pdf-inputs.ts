/**
 * Stories that once made the PDF report slow (issue 15), each built at a given size so that
 * `npm run bench` can time them at two sizes and show the cost grows linearly, and
 * tests/hardening/pdf-linear.test.ts can guard against a hang. The long-word cases matter
 * because a line breaker that measures ever-longer prefixes of a word is quadratic in it.
 */
import { buildStory, sampleTexts } from './common.js';

export interface PdfInput {
  name: string;
  text: string;
  /** A run of the text the PDF must show, for a read-back with pdftotext. */
  probe: string;
}

const fill = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** The hostile inputs at about `size` UTF-16 code units each. */
export function hostilePdfInputs(size: number, texts: readonly string[] = sampleTexts()): PdfInput[] {
  const story = buildStory(texts, size);
  return [
    // the name lands in the sources table, under the quote and in the narrative summary
    { name: 'long speaker name', text: `"We will go," said A${fill('b', size - 20)}.`, probe: 'bbbbbbbbbbbb' },
    { name: 'long word in a quote', text: `Ola Berg said: "We ${fill('x', size - 40)} agree."`, probe: 'xxxxxxxxxxxx' },
    { name: 'ordinary story', text: story, probe: 'quotecheck' },
    { name: 'many tiny quotes', text: fill('"Go," Ola Berg said. "No," said Ana Ruiz.\n\n', size), probe: 'Ana Ruiz' },
    { name: 'story with no spaces', text: story.replace(/\s+/g, ''), probe: 'SOURCING REPORT' },
  ];
}

export interface PdfScalingRow {
  name: string;
  small: { chars: number; ms: number };
  large: { chars: number; ms: number };
  /** Time at the large size over time at the small one: 10 is linear for sizes ten times apart. */
  ratio: number;
}

type Lib = typeof import('../../src/index.js');
type Registry = typeof import('../../src/report/formats/registry.js');

/** Renders each hostile input's PDF at two sizes (the report made beforehand, not timed); the best of `runs`. */
export async function pdfScaling(lib: Lib, registry: Registry, sizes: [number, number] = [200_000, 2_000_000], runs = 1): Promise<PdfScalingRow[]> {
  const pdf = registry.getFormat('pdf');
  if (!pdf) throw new Error('no pdf format');
  const time = async (text: string) => {
    const report = lib.check(text);
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await registry.renderToBuffer(pdf, report, text);
      best = Math.min(best, performance.now() - t0);
    }
    return Math.round(best);
  };
  const [small, large] = [hostilePdfInputs(sizes[0]), hostilePdfInputs(sizes[1])];
  const rows: PdfScalingRow[] = [];
  for (const [i, s] of small.entries()) {
    const l = large[i] as PdfInput;
    const [ts, tl] = [await time(s.text), await time(l.text)];
    rows.push({ name: s.name, small: { chars: s.text.length, ms: ts }, large: { chars: l.text.length, ms: tl }, ratio: Number((tl / ts).toFixed(1)) });
  }
  return rows;
}
