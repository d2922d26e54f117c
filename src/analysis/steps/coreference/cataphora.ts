/**
 * Mentions that look ahead. In a sentence that opens on an adverbial phrase or clause (`By the
 * count of the notebooks she kept, Fenwick taught…`, `When he took office, Ortiz said…`), a `he`
 * or `she` in that opening stands for the person named right after its comma, the subject of the
 * main clause, not for someone of the sentences before; and the document of an opening `In a
 * statement released Wednesday, the department said` is the speaker's (`The statement added`
 * later is the department). The driver leaves such a mention until the one it looks ahead to is
 * resolved, then gives it that one's entity.
 */

import { PARTICIPLE_OPENERS, SUBORDINATORS } from '../../lexicon/clause-words.js';
import { PREPOSITIONS } from '../../lexicon/function-words.js';
import { ISSUED_DOCUMENT_HEADS } from '../../lexicon/organization-words.js';
import type { Mention } from '../find-mentions.js';
import type { CorefState } from './state.js';

/** How far back from the pronoun the sentence's first word is looked for, in characters. */
const OPENING_REACH = 200;
/** At most this many mentions before the pronoun in its opening. */
const OPENING_MENTIONS = 8;

/** The position of the mention `mentions[i]` looks ahead to, or -1 when it is resolved as usual. */
export function cataphoraTarget(state: CorefState, i: number): number {
  const m = state.mentions[i] as Mention;
  if (m.type === 'pronoun') return pronounTarget(state, i);
  if (m.type !== 'description' || !ISSUED_DOCUMENT_HEADS.has(m.head)) return -1;
  const author = authorInside(state, i);
  if (author >= 0) return author;
  return m.definite ? -1 : speakerThrough(state, i);
}

/** `A 2023 report by the engineering firm Haskell Dunmore Associates`: the named author inside the document's description. */
function authorInside(state: CorefState, i: number): number {
  const mentions = state.mentions;
  const d = mentions[i] as Mention;
  for (let j = i + 1; j < mentions.length && j <= i + 3; j++) {
    const m = mentions[j] as Mention;
    if (m.sentence !== d.sentence || m.start - d.end > 50) return -1;
    if (m.type === 'name' && !m.place && byAuthor(state.text.slice(d.end, m.start))) return j;
  }
  return -1;
}

/**
 * After the document: `by` (`, conducted by`, `, written by`), then up to three words (`by the
 * engineering firm`), right before the author's name. (`commissioned by` names who asked for it.)
 */
const BY_AUTHOR = /^(?:,?\s+(?:conducted|written|prepared|carried\s+out|compiled|produced))?\s+by\s+((?:[\p{L}’'-]+\s+){0,3})$/u;

/** The words between the document and the name are BY_AUTHOR's, and the name is the author's own: not `by a team at X`. */
function byAuthor(between: string): boolean {
  const found = BY_AUTHOR.exec(between);
  return found !== null && !(found[1] ?? '').split(/\s+/).some((w) => PREPOSITIONS.has(w.toLowerCase()));
}

/** `In a statement released Wednesday, the department said`: the speaker after the opening's comma. */
function speakerThrough(state: CorefState, i: number): number {
  const mentions = state.mentions;
  const d = mentions[i] as Mention;
  if (!THROUGH_OPENING.test(state.text.slice(Math.max(0, d.start - 16), d.start))) return -1;
  for (let j = i + 1; j < mentions.length && j <= i + 4; j++) {
    const m = mentions[j] as Mention;
    if (m.sentence !== d.sentence) return -1;
    if (afterComma(state.text, m.start)) return state.speaks[j] === 1 && !m.place ? j : -1;
  }
  return -1;
}

/** `In`, `Through`, `Via` opening the sentence, right before the document's article. */
const THROUGH_OPENING = /(?:^|[.!?]["”’']?\s+|\n\s*)(?:In|Through|Via)\s+$/;

/** The position of the name the pronoun `mentions[i]` looks ahead to, or -1 when it looks back as usual. */
function pronounTarget(state: CorefState, i: number): number {
  const mentions = state.mentions;
  const p = mentions[i] as Mention;
  // a speaker in a tag (`After all, she added, Republicans …`) is not in an opening of its own
  if ((p.head !== 'he' && p.head !== 'she') || state.speaks[i] === 1) return -1;
  // no name or pronoun before it in its sentence: the opening holds no one else it could mean (and
  // an opening is short: past OPENING_MENTIONS mentions it is no opening, and the walk stays bounded)
  for (let k = i - 1, n = 0; k >= 0 && (mentions[k] as Mention).sentence === p.sentence; k--, n++)
    if (n >= OPENING_MENTIONS || (mentions[k] as Mention).type !== 'description') return -1;
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

/** The sentence around `at` starts with a preposition, a subordinating word or a participle (`By`, `After`, `When`, `Asked`). */
function opensOnAdjunct(text: string, at: number): boolean {
  const from = Math.max(0, at - OPENING_REACH);
  let start = at;
  while (start > from && !endsSentence(text, start - 1)) start--;
  if (start === from && from > 0) return false;
  const word = /^\s*["“‘']?([A-Z][a-z]+)\b/.exec(text.slice(start, at));
  if (!word) return false;
  const w = (word[1] as string).toLowerCase();
  // and a participle (`Asked what she would do next, Dr Achterberg smiled`, `Speaking to reporters, …`)
  return PREPOSITIONS.has(w) || SUBORDINATORS.has(w) || PARTICIPLE_OPENERS.has(w);
}

/** A sentence ends at `k`: a line break, or `.` `!` `?` (a closing mark may follow) before a space. */
function endsSentence(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c === 10) return true;
  if ((c !== 32 && c !== 9) || k < 1) return false;
  let b = text.charCodeAt(k - 1);
  if ((b === 0x22 || b === 0x201d || b === 0x2019 || b === 0x27) && k >= 2) b = text.charCodeAt(k - 2);
  return b === 0x2e || b === 0x21 || b === 0x3f;
}

/** A comma, then spaces, right before `at`. */
function afterComma(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && text.charCodeAt(k) === 32) k--;
  return k >= 0 && text.charCodeAt(k) === 44;
}
