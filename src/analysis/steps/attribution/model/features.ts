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
 * A candidate's features: position → value, read in increasing order of position. Every feature
 * but salience is a yes (value 1), so a candidate keeps the positions it has, in the order set (a
 * dozen, found by a scan), and the values other than 1 apart, as [position, value] pairs: a second
 * array of values for every candidate, turned from whole numbers to doubles by its salience, was a
 * quarter of what the model's path allocated. `clear` empties it for another quote, its arrays
 * kept (see CandidatePool). (Bits for the yeses measured 2 to 5 % faster with the model on the 1 MB
 * benchmark story, under the 20 % that issue 11 asks of packed data, so the arrays stay.)
 */
export class Features {
  /** The positions set are index[0 … count). */
  private readonly index: number[] = [];
  private count = 0;
  /** The values other than 1: [position, value] pairs in graded[0 … gradedCount). */
  private readonly graded: number[] = [];
  private gradedCount = 0;

  get size(): number {
    return this.count;
  }

  get(i: number): number | undefined {
    return this.has(i) ? this.valueOf(i) : undefined;
  }

  /** Sets feature i to `v` unless it holds a larger value already. */
  raise(i: number, v: number): void {
    if (!this.has(i)) this.add(i, v);
    else if (v > this.valueOf(i)) this.grade(i, v);
  }

  /** Sets feature i, which the caller knows is not set yet (a feature only one step of the candidates raises, once). */
  add(i: number, v = 1): void {
    if (this.count < this.index.length) this.index[this.count] = i;
    else this.index.push(i);
    this.count++;
    if (v !== 1) this.grade(i, v);
  }

  has(i: number): boolean {
    // a loop of our own: the built-in `includes` is a call V8 does not inline, made a dozen times per candidate
    const index = this.index;
    for (let k = 0; k < this.count; k++) if (index[k] === i) return true;
    return false;
  }

  /** No feature set, the arrays kept for the next candidate. */
  clear(): void {
    this.count = 0;
    this.gradedCount = 0;
  }

  /** The positions set, in increasing order. */
  keys(): number[] {
    return this.index.slice(0, this.count).sort((a, b) => a - b);
  }

  /** [position, value] of each feature set, in increasing order of position. */
  *[Symbol.iterator](): IterableIterator<[number, number]> {
    for (const i of this.keys()) yield [i, this.valueOf(i)];
  }

  /** Σ weight × value, in the order the features were set. */
  dot(weights: Float64Array): number {
    let s = 0;
    const index = this.index;
    for (let k = 0; k < this.count; k++) {
      const i = index[k] as number;
      s += (weights[i] ?? 0) * this.valueOf(i);
    }
    return s;
  }

  /** The (up to) `n` positions that add most to the score, largest first (the lower position on a tie); none that adds nothing. */
  strongest(weights: Float64Array, n: number): number[] {
    // made n long at once (a list grown by push starts at 16 places, for every quote)
    const top = new Array<number>(n);
    const by = new Array<number>(n);
    let size = 0;
    const index = this.index;
    for (let k = 0; k < this.count; k++) {
      const i = index[k] as number;
      size = keepTop(top, by, size, n, i, weights, this.valueOf(i));
    }
    top.length = size;
    return top;
  }

  /** The value of feature i, which is set. */
  private valueOf(i: number): number {
    const graded = this.graded;
    for (let k = 0; k < this.gradedCount; k += 2) if (graded[k] === i) return graded[k + 1] as number;
    return 1;
  }

  private grade(i: number, v: number): void {
    const graded = this.graded;
    for (let k = 0; k < this.gradedCount; k += 2)
      if (graded[k] === i) {
        graded[k + 1] = v;
        return;
      }
    graded[this.gradedCount] = i;
    graded[this.gradedCount + 1] = v;
    this.gradedCount += 2;
  }
}

/** Puts position i among the `size` (at most `n`) that add most (`top`, with what they add in `by`), if it is; the new size. */
function keepTop(top: number[], by: number[], size: number, n: number, i: number, weights: Float64Array, v: number): number {
  const w = (weights[i] ?? 0) * v;
  if (w <= 0) return size;
  // insertion into a list of at most n: shift the weaker ones down one place
  let k = size;
  if (k === n && !above(w, i, by[n - 1] as number, top[n - 1] as number)) return size;
  if (k === n) k--;
  for (; k > 0 && above(w, i, by[k - 1] as number, top[k - 1] as number); k--) {
    top[k] = top[k - 1] as number;
    by[k] = by[k - 1] as number;
  }
  top[k] = i;
  by[k] = w;
  return Math.min(size + 1, n);
}

/** Weight w at position i comes before weight wk at position ik. */
function above(w: number, i: number, wk: number, ik: number): boolean {
  return w > wk || (w === wk && i < ik);
}
