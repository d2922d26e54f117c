/**
 * The features of a candidate speaker, by stable names of their own (never a file's or a
 * function's), so that renaming code does not force a retrain. The weights file lists the same
 * names in the same order; a test checks that they agree. No feature holds a word of a story:
 * a trained model is only these names and numbers.
 */
import type { AttributionRule } from '../../../story.js';

/** The rules that propose a speaker (written out: a new rule is a new feature, added at the end). */
const RULES: readonly AttributionRule[] = [
  'cue-after-quote',
  'cue-inverted',
  'cue-before-quote',
  'cue-inside-split',
  'according-to',
  'dash-attribution',
  'speaker-label',
  'same-sentence',
  'previous-sentence',
  'continuation',
  'conversation',
];

export const FEATURE_NAMES = [
  // the rules, as evidence: each rule that proposed the candidate, and the rules' own verdict
  ...RULES.map((r) => `rule:${r}`),
  ...RULES.map((r) => `verdict:${r}`),
  // the form of the cue that ties the candidate to the quote
  'cue:after',
  'cue:before',
  'cue:inverted',
  'cue:colon',
  'cue:dash',
  'cue:according-to',
  'cue:label',
  'cue:none',
  // where the candidate stands
  'sentence:same',
  'sentence:previous',
  'sentence:two-before',
  'sentence:paragraph-before',
  'sentence:elsewhere',
  'side:before',
  'side:after',
  'gap:0-3',
  'gap:4-20',
  'gap:21-60',
  'gap:61+',
  'nearest:1',
  'nearest:2',
  'nearest:3+',
  // what the words are
  'type:name',
  'type:description',
  'type:pronoun',
  'place',
  'kind:person',
  'kind:organization',
  'kind:anonymous',
  'plural',
  'definite',
  'gender-known',
  'human',
  'generic',
  'partitive',
  // the candidate in the story
  'subject:same-sentence',
  'subject:window',
  'salience',
  'recent:same',
  'recent:1-2',
  'recent:3+',
  'spoke-before',
  'previous-speaker',
  'paragraph-before-speaker',
  'pronoun-resolved',
  // no one
  'none',
  'none:no-verdict',
  'none:opens-paragraph',
  // any rule: proposed the candidate, gave the verdict (rare rules share what the common ones teach)
  'proposed',
  'verdict',
  // combinations the rules alone do not tell
  // the mention's place in its clause, read from the words around it
  'first-in-sentence',
  'after-preposition',
  'after-word',
  'before-word',
  'verdict&after-preposition',
  'verdict&after-word',
  'verdict&type:pronoun',
  'verdict&kind:organization',
  'verdict&sentence:same',
  'side:after&subject:same-sentence',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Feature name → position (the names are constants of the code: each one's hash is computed once). */
const INDEX = new Map<string, number>(FEATURE_NAMES.map((f, i) => [f, i]));

/** A feature's position in FEATURE_NAMES (and in the weights). */
export function featureIndex(name: FeatureName): number {
  return INDEX.get(name) as number;
}

/** `rule:R` and `verdict:R` by rule: positions found once, not names made for every candidate. */
export const RULE_FEATURE: ReadonlyMap<AttributionRule, number> = new Map(RULES.map((r) => [r, featureIndex(`rule:${r}`)]));
export const VERDICT_FEATURE: ReadonlyMap<AttributionRule, number> = new Map(RULES.map((r) => [r, featureIndex(`verdict:${r}`)]));

/** Features are bits of three 32-bit words: a test checks that they fit. */
export const MAX_FEATURES = 96;

/**
 * A candidate's features: position → value (1 for a yes, a number for salience). The yeses are
 * bits, another value sits in one slot (more than one in a short list): a candidate has a dozen
 * features, and a story has thousands of candidates, so they are neither Maps nor arrays made for each.
 */
export class Features {
  #w0 = 0;
  #w1 = 0;
  #w2 = 0;
  /** The feature whose value is not 1 (salience), -1 for none, and its value. */
  #slot = -1;
  #slotValue = 0;
  /** Further features whose value is not 1, as position, value, position, value…; null for none. */
  #more: number[] | null = null;

  get size(): number {
    return popCount(this.#w0) + popCount(this.#w1) + popCount(this.#w2) + (this.#slot < 0 ? 0 : 1) + (this.#more === null ? 0 : this.#more.length >> 1);
  }

  get(i: number): number | undefined {
    if (this.#bit(i)) return 1;
    if (this.#slot === i) return this.#slotValue;
    const k = this.#moreAt(i);
    return k < 0 ? undefined : (this.#more as number[])[k + 1];
  }

  /** Sets feature i to `v` unless it holds a larger value already. */
  raise(i: number, v: number): void {
    if (v === 1 && this.#slot !== i && this.#more === null) {
      // the common case: a yes
      this.#set(i, true);
      return;
    }
    const old = this.get(i);
    if (old !== undefined && old >= v) return;
    if (this.#slot === i) this.#slot = -1;
    else if (old !== undefined && old !== 1) (this.#more as number[]).splice(this.#moreAt(i), 2);
    if (v === 1) this.#set(i, true);
    else {
      this.#set(i, false);
      if (this.#slot < 0) {
        this.#slot = i;
        this.#slotValue = v;
      } else {
        this.#more ??= [];
        this.#more.push(i, v);
      }
    }
  }

  has(i: number): boolean {
    return this.get(i) !== undefined;
  }

  /** The positions set, in increasing order. */
  keys(): number[] {
    return [...this].map(([i]) => i);
  }

  /** [position, value] of each feature set, in increasing order of position. */
  *[Symbol.iterator](): IterableIterator<[number, number]> {
    for (let i = 0; i < MAX_FEATURES; i++) {
      const v = this.get(i);
      if (v !== undefined) yield [i, v];
    }
  }

  /** Σ weight × value. */
  dot(weights: Float64Array): number {
    let s = sumBits(this.#w0, 0, weights) + sumBits(this.#w1, 32, weights) + sumBits(this.#w2, 64, weights);
    if (this.#slot >= 0) s += (weights[this.#slot] ?? 0) * this.#slotValue;
    const more = this.#more;
    if (more !== null) for (let k = 0; k < more.length; k += 2) s += (weights[more[k] as number] ?? 0) * (more[k + 1] as number);
    return s;
  }

  /** The (up to) `n` positions that add most to the score, largest first (the lower position on a tie); none that adds nothing. */
  strongest(weights: Float64Array, n: number): number[] {
    const top: number[] = [];
    const by: number[] = [];
    for (let x = this.#w0; x !== 0; x &= x - 1) keepTop(top, by, n, 31 - Math.clz32(x & -x), weights, 1);
    for (let x = this.#w1; x !== 0; x &= x - 1) keepTop(top, by, n, 63 - Math.clz32(x & -x), weights, 1);
    for (let x = this.#w2; x !== 0; x &= x - 1) keepTop(top, by, n, 95 - Math.clz32(x & -x), weights, 1);
    if (this.#slot >= 0) keepTop(top, by, n, this.#slot, weights, this.#slotValue);
    const more = this.#more;
    if (more !== null) for (let k = 0; k < more.length; k += 2) keepTop(top, by, n, more[k] as number, weights, more[k + 1] as number);
    return top;
  }

  #bit(i: number): boolean {
    const w = i < 32 ? this.#w0 : i < 64 ? this.#w1 : this.#w2;
    return ((w >>> (i & 31)) & 1) === 1;
  }

  #set(i: number, on: boolean): void {
    const mask = 1 << (i & 31);
    if (i < 32) this.#w0 = on ? this.#w0 | mask : this.#w0 & ~mask;
    else if (i < 64) this.#w1 = on ? this.#w1 | mask : this.#w1 & ~mask;
    else this.#w2 = on ? this.#w2 | mask : this.#w2 & ~mask;
  }

  #moreAt(i: number): number {
    const more = this.#more;
    if (more !== null) for (let k = 0; k < more.length; k += 2) if (more[k] === i) return k;
    return -1;
  }
}

/** Puts position i among the `n` that add most (`top`, with what they add in `by`), if it is. */
function keepTop(top: number[], by: number[], n: number, i: number, weights: Float64Array, v: number): void {
  const w = (weights[i] ?? 0) * v;
  if (w <= 0) return;
  // insertion into a list of at most n: shift the weaker ones down one place
  let k = top.length;
  if (k === n && !above(w, i, by[n - 1] as number, top[n - 1] as number)) return;
  if (k === n) k--;
  for (; k > 0 && above(w, i, by[k - 1] as number, top[k - 1] as number); k--) {
    top[k] = top[k - 1] as number;
    by[k] = by[k - 1] as number;
  }
  top[k] = i;
  by[k] = w;
}

/** Weight w at position i comes before weight wk at position ik. */
function above(w: number, i: number, wk: number, ik: number): boolean {
  return w > wk || (w === wk && i < ik);
}

function popCount(w: number): number {
  let n = 0;
  for (let x = w; x !== 0; x &= x - 1) n++;
  return n;
}

function sumBits(w: number, base: number, weights: Float64Array): number {
  let s = 0;
  for (let x = w; x !== 0; x &= x - 1) s += weights[base + 31 - Math.clz32(x & -x)] ?? 0;
  return s;
}
