/**
 * Reports inside reports, by where the words stand: `Officials said the minister told them …`
 * (the inner report opens the outer one's content), `Olsen said the port would close, the
 * Courier reported` (the outer cue after the inner report); and where a subject's phrase starts.
 */
import { REASON_BEFORE_SUBJECT } from '../../lexicon/clause-words.js';
import { SAY_LEMMAS } from '../../lexicon/speech-verbs.js';
import { WordClass as W } from '../../lexicon/word-classes.js';
import { isWhiteSpace } from '../../span.js';
import type { Cue } from '../find-speech-cues.js';
import type { Token } from '../tokenize-frames.js';
import { tokenAt } from '../tokens/token-at.js';

/** Where a subject's phrase starts: at its mention, or at the article a name's mention leaves out (`the Courier`). */
export function leftEdge(tokens: readonly Token[], m: NonNullable<Cue['subject']>): number {
  const t = tokenAt(tokens, m.first - 1);
  return t && t.classes & W.ARTICLE && m.type === 'name' ? t.start : m.start;
}

/** `…, the Courier reported`: the cue's subject stands after a comma that follows the earlier cue of the sentence. */
export function reportsBefore(tokens: readonly Token[], c: Cue, prev: Cue): boolean {
  const head = c.phraseFirst ?? c.subject?.first ?? 0;
  const comma = tokenAt(tokens, head - ((tokenAt(tokens, head - 1)?.classes ?? 0) & W.ARTICLE ? 2 : 1));
  return c.side === 'left' && c.inherits !== true && comma?.text === ',' && prev.sentence === c.sentence && prev.end <= comma.start;
}

/** `next` reports inside `c`'s content: its subject, a name or a description, opens that content. */
export function embeddedIn(text: string, c: Cue, next: Cue | undefined): boolean {
  if (!next || next.sentence !== c.sentence || next.side !== 'left' || !next.subject || next.subject.type === 'pronoun' || c.type !== 'verb') return false;
  const between = text.slice(c.end, next.subject.start);
  const sayLike = c.verb !== null && SAY_LEMMAS.has(c.verb.lemma);
  // `A source said he could not answer because officials had asked for …`: a clause that hangs on
  // what was said by a conjunction of reason is part of it (the expression, which may read the
  // whole content twice, asked only where `because` ends the words between)
  if (sayLike && endsWithBecause(text, c.end, next.subject.start) && REASON_BEFORE_SUBJECT.test(between)) return true;
  // `Officials said the minister told them …`: after `say` and its kin, no `that` is needed
  // (`has said about 30 residents have …`: a word of the subject's phrase that its mention leaves out)
  if (sayLike && /^\s+(?:[^\s.,;:!?"“”]+\s+)?$/.test(between)) return true;
  // (`He notes that the Commission on Debates announced …`: words of the subject's phrase that its mention leaves out)
  return between.length <= 64 && /^(?:[^.;:!?"“”]*\s)?that\s+(?:[^\s.,;:!?"“”]+\s+){0,3}$/.test(between);
}

/**
 * text[start..end) ends with white space after a word ending in `because` (any case; ASCII
 * letters only, as an expression with the i flag and no u flag compares them) after white space:
 * what REASON_BEFORE_SUBJECT needs at its end.
 */
export function endsWithBecause(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  if (e === end || e - start < 8 || !isWhiteSpace(text.charCodeAt(e - 8))) return false;
  for (let k = 0; k < 7; k++) if ((text.charCodeAt(e - 7 + k) | 0x20) !== BECAUSE.charCodeAt(k)) return false;
  return true;
}

const BECAUSE = 'because';
