/**
 * Phrases after a cue that say when or where, not what (`…, Ham said on Monday`): helpers of
 * find-statements.
 */
import { ADJUNCT_START } from '../../lexicon/clause-words.js';
import type { Token } from '../tokenize-frames.js';
import { tokenAt } from '../tokens/token-at.js';

/** The index of the first comma from token `from` on, within the segment and at most 10 tokens on; -1 for none. */
export function nextComma(tokens: readonly Token[], from: number): number {
  const segment = tokenAt(tokens, from)?.segment;
  for (let k = from; k < tokens.length && k - from <= 10; k++) {
    const t = tokens[k] as Token;
    if (t.segment !== segment) return -1;
    if (t.text === ',') return k;
  }
  return -1;
}

export function isTrailingAdjunct(tokens: readonly Token[], from: number, end: number): boolean {
  // `…, Ham said on Monday` / `in a statement` / `yesterday`; not `…, Ham noted several intangibles`
  const first = tokens[from] as Token;
  if (!(ADJUNCT_START.has(first.lower) || first.lower.endsWith('ly'))) return false;
  let n = 0;
  for (let k = from; k < tokens.length && (tokens[k] as Token).start < end; k++) {
    const t = tokens[k] as Token;
    if (t.text === ',' || t.lower === 'that') return false;
    n++;
  }
  return n <= 8;
}
