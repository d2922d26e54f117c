/**
 * The subject after an inverted verb (`…," said Maria Olsen`, `…, added a Vermont Democrat`): where
 * inversion may stand, and the mention after the verb, with the words before a name that its
 * mention leaves out.
 */
import type { MentionsByToken } from '../../doc/mentions-by-token.js';
import { TIME_NOUNS } from '../../lexicon/function-words.js';
import { WordClass as W } from '../../lexicon/word-classes.js';
import type { Mention } from '../find-mentions.js';
import type { Token } from '../tokenize-frames.js';
import { tokenAt } from '../tokens/token-at.js';

/** The subject after an inverted verb (`said Maria Olsen`), its mention starting at token `k` or a few words after. */
export function invertedSubject(tokens: readonly Token[], k: number, sentence: number, at: MentionsByToken): Mention | null {
  return at.startingAt(sentence, k) ?? nameAfterThe(tokens, k, sentence, at) ?? nameAfterModifiers(tokens, k, sentence, at);
}

/**
 * `said the Rev. Ann Cole`, `said 9/11 widow Ann Cole`, `said 2019 winner Ann Cole`: the article or
 * the number before a titled name that the name's mention leaves out.
 */
export function nameAfterThe(tokens: readonly Token[], k: number, sentence: number, at: MentionsByToken): Mention | null {
  let j = k;
  if (tokens[j]?.lower === 'the') j++;
  const numberAt = j;
  // a number, or numbers joined by a slash or a hyphen (`9/11`, `2015-16`): at most three tokens
  while (j - numberAt < 3 && isNumberPart(tokens[j], j === numberAt)) j++;
  if (j === k) return null;
  const m = at.startingAt(sentence, j);
  return m?.type === 'name' && m.description !== null ? m : null;
}

/**
 * `said former Sen. Ann Cole`, `said retired surgeon Ann Cole`, `added a Vermont Democrat`: an
 * inverted subject behind up to three lower-case words that modify it (an article, an adjective,
 * a common noun of role) which the name's mention leaves out. Only a person's name is taken: an
 * object or a time (`said in a statement`, `said last week`) never stands there.
 */
export function nameAfterModifiers(tokens: readonly Token[], k: number, sentence: number, at: MentionsByToken): Mention | null {
  const segment = tokens[k]?.segment;
  for (let j = k; j < k + 4; j++) {
    const t = tokens[j];
    if (!t || t.segment !== segment) return null;
    if (j > k) {
      const m = at.startingAt(sentence, j);
      if (m) return m.type === 'name' && m.kind === 'person' && !m.possessive ? m : null;
    }
    if (t.punct || t.cap || !modifiesName(t)) return null;
  }
  return null;
}

/** An article or a word of the kinds that stand before a name: an adjective, a noun, a past participle (`retired`). */
function modifiesName(t: Token): boolean {
  if (t.classes & (W.PREPOSITION | W.CALENDAR | W.WORD_BEFORE_VERB) || TIME_NOUNS.has(t.lower)) return false;
  if (t.classes & W.ARTICLE || t.lower === 'one' || t.lower === 'another') return true;
  const tag = t.tags?.[0];
  return tag === undefined || tag === 'JJ' || tag === 'NN' || tag === 'VBN';
}

/** A token of a number: digits, or after them a slash or a hyphen. */
function isNumberPart(t: Token | undefined, first: boolean): boolean {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  return !first && (t.text === '/' || t.text === '-');
}

/** `"…," said Olsen` and `…, said the official`: inversion follows a quote or a comma. */
export function invertible(tokens: readonly Token[], i: number): boolean {
  const prev = tokenAt(tokens, i - 1);
  const t = tokens[i] as Token;
  return prev === undefined || prev.segment !== t.segment || prev.text === ',' || prev.text === '—' || prev.text === '–';
}
