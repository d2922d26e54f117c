/**
 * Forms of a reporting verb that report no speech: a passive (`was told`), a noun (`the final
 * say`, `his claims`), a refusal to answer (`did not respond`). Read before any subject is sought.
 */
import { ANSWER_VERBS, NEGATIONS, NOUN_MARKERS, PASSIVE_AUXILIARIES } from '../../lexicon/clause-words.js';
import { PLURAL_DETERMINERS, POSSESSIVE_MARKS } from '../../lexicon/function-words.js';
import { WordClass as W } from '../../lexicon/word-classes.js';
import type { Token } from '../tokenize-frames.js';
import { tokenAt } from '../tokens/token-at.js';
import { isSkippable } from './subjects.js';

/** `a company that had been warned twice`, `was told`: the subject did not speak. */
export function isPassive(tokens: readonly Token[], i: number): boolean {
  // `This is "…," reported the wire`: an auxiliary before the quotation is not this verb's
  if (tokenAt(tokens, i - 1)?.segment !== tokens[i]?.segment) return false;
  // `is calling` is not passive: the form's ending first, the cheaper test
  if (!passiveForm(tokens[i]?.lower ?? '')) return false;
  // `was once asked`, `were never told`: adverbs between the auxiliary and the participle
  let k = i - 1;
  while (k > 0 && i - k <= 2 && (tokens[k] as Token).classes & W.WORD_BEFORE_VERB && !PASSIVE_AUXILIARIES.has((tokens[k] as Token).lower)) k--;
  const prev = tokens[k]?.lower ?? '';
  const before = tokenAt(tokens, k - 1)?.lower ?? '';
  return (PASSIVE_AUXILIARIES.has(prev) || (prev.endsWith('ly') && PASSIVE_AUXILIARIES.has(before))) && tokens[i + 1]?.lower !== 'as';
}

/** `/(?:ed|told|written|said|sworn|sung|read)$/` by suffix tests: a form that may be a passive participle. */
function passiveForm(word: string): boolean {
  // every ending ends in d, n or g: one code unit read settles most other words (`says`, `adds`)
  const z = word.charCodeAt(word.length - 1);
  if (z !== 100 && z !== 110 && z !== 103) return false;
  return (
    word.endsWith('ed') ||
    word.endsWith('told') ||
    word.endsWith('written') ||
    word.endsWith('said') ||
    word.endsWith('sworn') ||
    word.endsWith('sung') ||
    word.endsWith('read')
  );
}

/** `did not respond to our questions`, `has not commented on`: a speaker who said nothing. */
export function answersNothing(tokens: readonly Token[], i: number, lemma: string): boolean {
  if (!ANSWER_VERBS.has(lemma)) return false;
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    const t = tokens[k] as Token;
    if (NEGATIONS.has(t.lower)) return true;
    if (!isSkippable(t)) return false;
  }
  return false;
}

/** `/(?:ed|told|said|wrote)$/` by suffix tests: a past form, which a determiner before it does not make a noun. */
function pastForm(word: string): boolean {
  return word.endsWith('ed') || word.endsWith('told') || word.endsWith('said') || word.endsWith('wrote');
}

/** The tagger's lexicon knows the word only as an adjective. */
function onlyAdjective(t: Token | undefined): boolean {
  const tags = t?.tags;
  return tags !== undefined && tags.length === 1 && tags[0] === 'JJ';
}

/**
 * `the final say`, `a report`, `his statement`: a determiner before it makes it a noun; so does an
 * adjective alone before a form in -s (`32% of Republican claims`), which no subject can be.
 */
export function looksLikeNoun(tokens: readonly Token[], i: number): boolean {
  const prev = tokenAt(tokens, i - 1)?.lower ?? '';
  const word = tokens[i]?.lower ?? '';
  if (NOUN_MARKERS.has(prev) && !pastForm(word)) return true;
  const before = tokenAt(tokens, i - 2);
  // `the mayor's claims`: `'s` before a form in -s owns it (`he's said` is a past participle)
  if (word.endsWith('s') && POSSESSIVE_MARKS.has(prev)) return true;
  // (after a determiner the adjective may be the noun, `the Republican claims`; not after one of a plural)
  return word.endsWith('s') && onlyAdjective(tokenAt(tokens, i - 1)) && !(before && before.classes & W.DETERMINER && !PLURAL_DETERMINERS.has(before.lower));
}
