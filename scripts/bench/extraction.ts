/**
 * Text extraction on the hostile files of tests/support/hostile-extraction.ts (HTML of unclosed
 * tags, comments, entities; .docx of one-letter paragraphs, runs, nesting), as tasks for the
 * hostile-input table (hostile.ts): a .docx over the paragraph limit stops early and gives less
 * than the linear ratio of 10.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hostileExtractionInputs } from '../../tests/support/hostile-extraction.js';
import { ROOT } from './common.js';
import type { HostileTask } from './hostile.js';

export type Extractors = typeof import('../../src/input/extract.js');

/** The compiled extractors, from dist/ (built by `npm run bench` first). */
export async function loadExtractors(): Promise<Extractors> {
  return (await import(pathToFileURL(join(ROOT, 'dist', 'src', 'input', 'extract.js')).href)) as Extractors;
}

/** The synchronous readers behind extractText: what the file gave, its text's length or the code it was refused with. */
function extract(x: Extractors, bytes: Buffer, file: string): string {
  try {
    const text = file.endsWith('.docx') ? x.docxToText(bytes, file, x.DEFAULT_UNZIPPED_LIMIT) : x.htmlToText(x.decodeText(bytes, file));
    return `${text.length} characters`;
  } catch (e) {
    if (e instanceof x.ExtractError) return `refused: ${e.code}`;
    throw e;
  }
}

export function extractionTasks(x: Extractors): HostileTask[] {
  return hostileExtractionInputs(1000).map((sample, i) => ({
    group: 'extraction',
    name: sample.name,
    prepare: (n: number) => {
      const input = hostileExtractionInputs(n)[i] as typeof sample;
      return () => extract(x, input.bytes, input.file);
    },
  }));
}
