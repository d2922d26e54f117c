/**
 * `analyze --corrections FILE`: the editor's corrections (a JSON list, src/report/corrections/),
 * read and checked once before any story; a list that cannot be used is a usage error.
 */
import fs from 'node:fs';
import { parseCorrectionsJson } from '../report/corrections/parse.js';
import { type Correction, CorrectionsError } from '../report/corrections/types.js';
import { UsageError } from './args.js';
import { errnoReason } from './errno.js';

export async function readCorrections(file: string): Promise<Correction[]> {
  let json: string;
  try {
    json = await fs.promises.readFile(file, 'utf8');
  } catch (e) {
    throw new UsageError(`--corrections ${file}: cannot read: ${errnoReason(e)}`, 'analyze');
  }
  try {
    return parseCorrectionsJson(json);
  } catch (e) {
    if (e instanceof CorrectionsError) throw new UsageError(`--corrections ${file}: ${e.message}`, 'analyze');
    throw e;
  }
}
