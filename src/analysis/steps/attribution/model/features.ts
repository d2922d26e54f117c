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

/**
 * A candidate's features: position → value (1 for a yes, a number for salience), in two short
 * arrays in the order set (a candidate has a dozen features, found by a scan); read in increasing
 * order of position. (Bits for the yeses measured 2 to 5 % faster with the model on the 1 MB
 * benchmark story, under the 20 % that issue 11 asks of packed data, so the arrays stay.)
 */
export class Features {
  private readonly index: number[] = [];
  private readonly value: number[] = [];

  get size(): number {
    return this.index.length;
  }

  get(i: number): number | undefined {
    const k = this.index.indexOf(i);
    return k < 0 ? undefined : this.value[k];
  }

  /** Sets feature i to `v` unless it holds a larger value already. */
  raise(i: number, v: number): void {
    const k = this.index.indexOf(i);
    if (k < 0) {
      this.index.push(i);
      this.value.push(v);
    } else if (v > (this.value[k] as number)) this.value[k] = v;
  }

  has(i: number): boolean {
    return this.index.includes(i);
  }

  /** The positions set, in increasing order. */
  keys(): number[] {
    return [...this.index].sort((a, b) => a - b);
  }

  /** [position, value] of each feature set, in increasing order of position. */
  *[Symbol.iterator](): IterableIterator<[number, number]> {
    for (const i of this.keys()) yield [i, this.get(i) as number];
  }

  /** Σ weight × value. */
  dot(weights: Float64Array): number {
    let s = 0;
    for (let k = 0; k < this.index.length; k++) s += (weights[this.index[k] as number] ?? 0) * (this.value[k] as number);
    return s;
  }

  /** The (up to) `n` positions that add most to the score, largest first (the lower position on a tie); none that adds nothing. */
  strongest(weights: Float64Array, n: number): number[] {
    const top: number[] = [];
    const by: number[] = [];
    for (let k = 0; k < this.index.length; k++) keepTop(top, by, n, this.index[k] as number, weights, this.value[k] as number);
    return top;
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
