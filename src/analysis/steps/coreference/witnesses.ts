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
 * with a space or a comma. Both phrases go on with a `t` past white space (after the aside, if
 * any): without one, no window is cut and read.
 */
function witnessAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c !== 32 && c !== 44) return false;
  const limit = Math.min(text.length, end + AFTER_REACH);
  // after a comma, only TESTIFIED's aside: 1 to 30 characters up to the first of `,.;`, a comma
  const k = c === 44 ? asideEnd(text, end + 1, limit) : end;
  if (k < 0 || !tAfterSpace(text, k, limit)) return false;
  const after = text.slice(end, end + AFTER_REACH);
  return TESTIFIED.test(after) || TOLD_POLICE.test(after);
}

/** Past the comma that closes an aside of 1 to 30 characters opening at `from` (no `.` or `;` in it), or -1. */
function asideEnd(text: string, from: number, limit: number): number {
  let k = from;
  while (k < limit && k - from <= 30) {
    const c = text.charCodeAt(k);
    if (c === 44) return k > from ? k + 1 : -1;
    if (c === 46 || c === 59) return -1;
    k++;
  }
  return -1;
}

/** From `k`, white space (one character or more) and then a `t`, before `limit`. */
function tAfterSpace(text: string, k: number, limit: number): boolean {
  const from = k;
  while (k < limit && isRegExpSpace(text.charCodeAt(k))) k++;
  return k > from && k < limit && text.charCodeAt(k) === 0x74;
}

/** After a name: X `testified`, X`, a driver, testified`. */
const TESTIFIED = /^(?:,[^,.;]{1,30},)?\s+(?:testified|testifies|took the stand)\b/;
/** After a name or a pronoun: `he told officers`, `Ruiz told police`. */
const TOLD_POLICE = /^\s+(?:told|tells)\s+(?:the\s+)?(?:police|officers|detectives|investigators|deputies)\b/;
