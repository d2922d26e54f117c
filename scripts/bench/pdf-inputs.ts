/**
 * Stories that once made the PDF report slow (issue 15), each built at a given size so that
 * `npm run bench` can time them at two sizes and show the cost grows linearly, and
 * tests/hardening/pdf-linear.test.ts can guard against a hang. The long-word cases matter
 * because a line breaker that measures ever-longer prefixes of a word is quadratic in it.
 */
import { fill } from '../../tests/support/hostile-inputs.js';
import { buildStory, sampleTexts } from './common.js';
import type { HostileTask } from './hostile.js';

export interface PdfInput {
  name: string;
  text: string;
  /** A run of the text the PDF must show, for a read-back with pdftotext. */
  probe: string;
}

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

type Lib = typeof import('../../src/index.js');
type Registry = typeof import('../../src/report/formats/registry.js');

/** Each hostile input's PDF as a task of the hostile table (hostile.ts): the report is made beforehand, only the rendering is timed. */
export function pdfTasks(lib: Lib, registry: Registry): HostileTask[] {
  const pdf = registry.getFormat('pdf');
  if (!pdf) throw new Error('no pdf format');
  return hostilePdfInputs(1000).map((sample, i) => ({
    group: 'pdf',
    name: sample.name,
    prepare: (n: number) => {
      const text = (hostilePdfInputs(n)[i] as PdfInput).text;
      const report = lib.check(text);
      return () => registry.renderToBuffer(pdf, report, text);
    },
  }));
}
