/**
 * What the finders of descriptions ask of a word again and again, however often it comes back (is
 * it a modifier, a number, a plural), answered once per spelling of a
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
  /** A word of a head list (or starting a two-word role) with a plural's form (`looksPlural`): `officials`, `police`. */
  PLURAL_FORM: 1 << 4,
} as const;

/** Words a description can be built around: `official`, `envoy`, `ministry`. */
export const HEAD = W.ANONYMOUS_HEAD | W.ROLE_NOUN | W.ORGANIZATION_HEAD;

/**
 * The facts of each spelling met in a story, found on first sight; and of each token of the frame
 * at hand, which the finders ask about up to four times (as a head, and as the word before the
 * next three), one look-up of its spelling each.
 */
export class WordFacts {
  readonly #byText = new Map<string, number>();
  /** Token k of the frame → its facts, 0 until asked. */
  readonly #frame: Int32Array;

  /** For frames of up to `longestFrame` tokens. */
  constructor(longestFrame: number) {
    this.#frame = new Int32Array(longestFrame);
  }

  /** Forgets the facts of the last frame's tokens: the next are of a frame of `size` tokens. */
  startFrame(size: number): void {
    // (by hand: a frame has 16 tokens on average, and the built-in fill is a call V8 does not inline)
    const frame = this.#frame;
    for (let k = 0; k < size; k++) frame[k] = 0;
  }

  /** The `Fact` bits of token `k` of the frame at hand. */
  at(tokens: readonly Token[], k: number): number {
    const known = this.#frame[k] as number;
    if (known !== 0) return known;
    const facts = this.#of(tokens[k] as Token);
    this.#frame[k] = facts;
    return facts;
  }

  /** The `Fact` bits of `t`'s spelling. */
  #of(t: Token): number {
    const known = this.#byText.get(t.text);
    if (known !== undefined) return known;
    const facts = factsOf(t);
    this.#byText.set(t.text, facts);
    return facts;
  }
}

function factsOf(t: Token): number {
  let facts = Fact.KNOWN;
  if (isModifier(t)) facts |= Fact.MODIFIER;
  if (isNumberWord(t)) facts |= Fact.NUMBER;
  if (t.tags?.[0]?.startsWith('VBG')) facts |= Fact.GERUND;
  // (asked only of a listed head: other words are spared the look at irregular plurals)
  if (t.classes & (HEAD | W.COMPOUND_START) && looksPlural(t.lower)) facts |= Fact.PLURAL_FORM;
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
