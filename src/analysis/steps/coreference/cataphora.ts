/**
 * A pronoun that looks ahead: in a sentence that opens on an adverbial phrase or clause (`By the
 * count of the notebooks she kept, Fenwick taught…`, `When he took office, Ortiz said…`), a `he`
 * or `she` in that opening stands for the person named right after its comma, the subject of the
 * main clause, not for someone of the sentences before. The driver leaves such a pronoun until
 * the name is resolved, then gives it the name's entity.
 */

import { SUBORDINATORS } from '../../lexicon/clause-words.js';
import { PREPOSITIONS } from '../../lexicon/function-words.js';
import type { Mention } from '../find-mentions.js';
import type { CorefState } from './state.js';

/** How far back from the pronoun the sentence's first word is looked for, in characters. */
const OPENING_REACH = 200;

/** The position of the name the pronoun `mentions[i]` looks ahead to, or -1 when it looks back as usual. */
export function cataphoraTarget(state: CorefState, i: number): number {
  const mentions = state.mentions;
  const p = mentions[i] as Mention;
  // a speaker in a tag (`After all, she added, Republicans …`) is not in an opening of its own
  if ((p.head !== 'he' && p.head !== 'she') || state.speaks[i] === 1) return -1;
  // no name or pronoun before it in its sentence: the opening holds no one else it could mean
  for (let k = i - 1; k >= 0 && (mentions[k] as Mention).sentence === p.sentence; k--) if ((mentions[k] as Mention).type !== 'description') return -1;
  if (!opensOnAdjunct(state.text, p.start)) return -1;
  // the first mention after the pronoun that follows a comma: a person's name right after it
  for (let j = i + 1; j < mentions.length && j <= i + 4; j++) {
    const m = mentions[j] as Mention;
    if (m.sentence !== p.sentence) return -1;
    if (!afterComma(state.text, m.start)) continue;
    const fits = m.type === 'name' && m.kind === 'person' && !m.place && !m.possessive && !m.plural && (m.gender === null || m.gender === p.gender);
    return fits ? j : -1;
  }
  return -1;
}

/** The sentence around `at` starts with a preposition or a subordinating word (`By`, `After`, `When`). */
function opensOnAdjunct(text: string, at: number): boolean {
  const from = Math.max(0, at - OPENING_REACH);
  let start = at;
  while (start > from && !endsSentence(text, start - 1)) start--;
  if (start === from && from > 0) return false;
  const word = /^\s*["“‘']?([A-Z][a-z]+)\b/.exec(text.slice(start, at));
  if (!word) return false;
  const w = (word[1] as string).toLowerCase();
  return PREPOSITIONS.has(w) || SUBORDINATORS.has(w);
}

/** A sentence ends at `k`: a line break, or `.` `!` `?` before a space. */
function endsSentence(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c === 10) return true;
  return (c === 32 || c === 9) && k > 0 && /[.!?]["”’']?$/.test(text.slice(Math.max(0, k - 2), k));
}

/** A comma, then spaces, right before `at`. */
function afterComma(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && text.charCodeAt(k) === 32) k--;
  return k >= 0 && text.charCodeAt(k) === 44;
}
