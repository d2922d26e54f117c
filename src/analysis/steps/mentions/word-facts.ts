/**
 * What the finders of descriptions ask of a word again and again, however often it comes back (is
 * it a modifier, a number, a noun that may head a description), answered once per spelling of a
 * story: the 1 MB benchmark story has 140 000 tokens but 1 700 spellings. The answers of a
 * spelling are bits of one number, kept by its text (a spelling's text is its own: `The` and `the`
 * are two spellings).
 */
import { NUMBER_WORDS, ORDINALS } from '../../lexicon/function-words.js';
import { looksPlural } from '../../lexicon/plurals.js';
import { WordClass as W } from '../../lexicon/word-classes.js';
import { lexicalTags } from '../../natural-adapter.js';
import type { Token } from '../tokenize-frames.js';

/** One bit per answer. */
export const Fact = {
  /** Set on every spelling looked at, so that no answer is 0. */
  KNOWN: 1 << 0,
  /** May modify a noun after it (`isModifier`): `senior`, `labor-policy`, `French`. */
  MODIFIER: 1 << 1,
  /** A number, in digits or a word (`isNumberWord`): `two`, `4,200`. */
  NUMBER: 1 << 2,
  /** A form in -ing first (`VBG`): `letting`, `visiting`. */
  GERUND: 1 << 3,
  /**
   * A lower-case noun of WordNet the tagger's lexicon reads as a noun first or does not know, in
   * no list of function words: what may head a description after an article (`a baker`).
   */
  HEAD_NOUN: 1 << 4,
  /** A lower-case noun of WordNet, no stop word, tagged a noun first: modifies a noun right after it (`steel` of `steel worker`). */
  NOUN_BEFORE_NOUN: 1 << 5,
  /** WordNet knows the noun first as a person: `baker`, `welders`. */
  PERSON: 1 << 6,
  /** Has a plural's form (`looksPlural`): `officials`, `police`. */
  PLURAL_FORM: 1 << 7,
} as const;

/** The facts of each spelling met in a story, found on first sight. */
export class WordFacts {
  readonly #byText = new Map<string, number>();

  /** The `Fact` bits of `t`'s spelling. */
  of(t: Token): number {
    const known = this.#byText.get(t.text);
    if (known !== undefined) return known;
    const facts = factsOf(t);
    this.#byText.set(t.text, facts);
    return facts;
  }
}

function factsOf(t: Token): number {
  const tag = t.tags?.[0];
  const noun = t.noun;
  const lowerNoun = noun !== undefined && !t.cap;
  let facts = Fact.KNOWN;
  if (isModifier(t)) facts |= Fact.MODIFIER;
  if (isNumberWord(t)) facts |= Fact.NUMBER;
  if (tag?.startsWith('VBG')) facts |= Fact.GERUND;
  if (lowerNoun && !t.punct && !(t.classes & (W.STOP | W.PRONOUN | W.DETERMINER)) && (tag ?? 'NN').startsWith('NN')) facts |= Fact.HEAD_NOUN;
  if (lowerNoun && !(t.classes & W.STOP) && tag?.startsWith('NN')) facts |= Fact.NOUN_BEFORE_NOUN;
  if (noun?.category === 'person') facts |= Fact.PERSON;
  if (looksPlural(t.lower)) facts |= Fact.PLURAL_FORM;
  return facts;
}

/** A capitalised word, an ordinal or a word that may modify a noun (`isModifierWord`). */
export function isModifier(t: Token): boolean {
  if (t.cap || ORDINALS.has(t.lower)) return true;
  return isModifierWord(t.lower, t.tags);
}

/** A word that may modify a noun; a hyphenated compound by its last part (`labor-policy`, `state-run`). */
function isModifierWord(w: string, tags = lexicalTags(w)): boolean {
  const dash = w.lastIndexOf('-');
  if (!tags && dash > 0 && dash < w.length - 1) return isModifierWord(w.slice(dash + 1));
  if (!tags) return /(?:al|ic|ian|ese|ish|ary|ive|ous)$/.test(w);
  const tag = tags[0] ?? '';
  return (tag.startsWith('JJ') || tag.startsWith('NN') || tag.startsWith('CD') || tag.startsWith('VBN')) && !tag.startsWith('NNP');
}

export function isNumberWord(t: Token): boolean {
  return startsWithDigit(t.text) || NUMBER_WORDS.has(t.lower);
}

export function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}
