/**
 * Witnesses: a person the story shows testifying (`the testimony of Gideon Thrale`, `Thrale
 * testified`) or telling the police what they saw (`…two loud bangs, he told officers`) is the one
 * a later `the witness` stands for, though no `a witness` came before.
 */
import type { Mention } from '../find-mentions.js';
import { addHead, type CorefState } from './state.js';
import { isRegExpSpace } from './words.js';

/** After `mentions[i]` joined its entity: if the words around it make a witness of it, `witness` becomes one of its heads. */
export function noteWitness(state: CorefState, i: number): void {
  const m = state.mentions[i] as Mention;
  if (m.type === 'description') return;
  const e = state.entityOf.at(i);
  if (!e || e.kind !== 'person') return;
  const text = state.text;
  if ((m.type === 'name' && testimonyBefore(text, m.start)) || witnessAfter(text, m.end)) addHead(state, e, 'witness');
}

/** How far before a name `the testimony of` is looked for, and how far after it the words that follow. */
const BEFORE_REACH = 16;
const AFTER_REACH = 40;
const TESTIMONY_OF = 'testimony of';

/**
 * `the testimony of` X: the BEFORE_REACH characters before `start` end on `testimony of` and
 * white space (`/testimony of\s+$/` over them), read without a copy.
 */
function testimonyBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - BEFORE_REACH);
  let k = start;
  while (k > from && isRegExpSpace(text.charCodeAt(k - 1))) k--;
  return k < start && k - TESTIMONY_OF.length >= from && text.startsWith(TESTIMONY_OF, k - TESTIMONY_OF.length);
}

/**
 * X `testified`, X`, a driver, testified`, X `told officers`: the words after `end`, opening
 * with a space or a comma. After a space both phrases go on with a `t` past the white space:
 * without one, no window is cut and read.
 */
function witnessAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c === 32) {
    const limit = Math.min(text.length, end + AFTER_REACH);
    let k = end;
    while (k < limit && isRegExpSpace(text.charCodeAt(k))) k++;
    if (k >= limit || text.charCodeAt(k) !== 0x74) return false;
  } else if (c !== 44) return false;
  const after = text.slice(end, end + AFTER_REACH);
  return TESTIFIED.test(after) || TOLD_POLICE.test(after);
}

/** After a name: X `testified`, X`, a driver, testified`. */
const TESTIFIED = /^(?:,[^,.;]{1,30},)?\s+(?:testified|testifies|took the stand)\b/;
/** After a name or a pronoun: `he told officers`, `Ruiz told police`. */
const TOLD_POLICE = /^\s+(?:told|tells)\s+(?:the\s+)?(?:police|officers|detectives|investigators|deputies)\b/;
