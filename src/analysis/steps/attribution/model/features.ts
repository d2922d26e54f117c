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
 * A candidate's features: position → value (1 for a yes, a number for salience), the positions
 * in a short array in the order set (the score adds them in that order); read in increasing order
 * of position. Which positions are set is also kept as bits, so that a raise or a look-up of an
 * absent feature (nearly all of them) is a bit test rather than a scan. Nearly every value is 1:
 * only the others are stored, in a second array made for the first of them (about half the
 * memory of a value per feature, which the scavenger had to clear for every candidate).
 */
export class Features {
  private readonly index: number[] = [];
  /** The values other than 1, as pairs [place in `index`, value] (null: none yet). */
  private others: number[] | null = null;
  /** Positions 0–31, 32–63 and 64–95 set, one bit each (a position past them is found by a scan). */
  private low = 0;
  private middle = 0;
  private high = 0;

  get size(): number {
    return this.index.length;
  }

  get(i: number): number | undefined {
    return this.has(i) ? this.valueAt(this.index.indexOf(i)) : undefined;
  }

  /** Sets feature i to `v` unless it holds a larger value already. */
  raise(i: number, v: number): void {
    if (this.mark(i)) {
      this.index.push(i);
      if (v !== 1) this.setValue(this.index.length - 1, v);
      return;
    }
    const k = this.index.indexOf(i);
    if (v > this.valueAt(k)) this.setValue(k, v);
  }

  has(i: number): boolean {
    if (i >= 96) return this.index.includes(i);
    const bit = 1 << (i & 31);
    return ((i < 32 ? this.low : i < 64 ? this.middle : this.high) & bit) !== 0;
  }

  /** The positions set, in increasing order. */
  keys(): number[] {
    return [...this.index].sort((a, b) => a - b);
  }

  /** [position, value] of each feature set, in increasing order of position. */
  *[Symbol.iterator](): IterableIterator<[number, number]> {
    for (const i of this.keys()) yield [i, this.get(i) as number];
  }

  /** Σ weight × value, in the order set. */
  dot(weights: Float64Array): number {
    let s = 0;
    for (let k = 0; k < this.index.length; k++) s += (weights[this.index[k] as number] ?? 0) * this.valueAt(k);
    return s;
  }

  /** The (up to) `n` positions that add most to the score, largest first (the lower position on a tie); none that adds nothing. */
  strongest(weights: Float64Array, n: number): number[] {
    if (n <= 0) return [];
    // the places in `index` of the strongest so far, strongest first: n slots, so no array grows
    const top = new Array<number>(n);
    let count = 0;
    for (let k = 0; k < this.index.length; k++) {
      if (this.adds(k, weights) <= 0) continue;
      // insertion into a list of at most n: shift the weaker ones down one place
      let j = count;
      if (j === n) {
        if (!this.above(k, top[n - 1] as number, weights)) continue;
        j--;
      } else count++;
      for (; j > 0 && this.above(k, top[j - 1] as number, weights); j--) top[j] = top[j - 1] as number;
      top[j] = k;
    }
    const out = new Array<number>(count);
    for (let j = 0; j < count; j++) out[j] = this.index[top[j] as number] as number;
    return out;
  }

  /** What the k-th feature set adds to the score. */
  private adds(k: number, weights: Float64Array): number {
    return (weights[this.index[k] as number] ?? 0) * this.valueAt(k);
  }

  /** The k-th feature set adds more than the j-th, or as much at a lower position. */
  private above(k: number, j: number, weights: Float64Array): boolean {
    const w = this.adds(k, weights);
    const wj = this.adds(j, weights);
    return w > wj || (w === wj && (this.index[k] as number) < (this.index[j] as number));
  }

  /** Sets position i's bit: false when it was set already (a position past the bits is found by a scan). */
  private mark(i: number): boolean {
    const bit = 1 << (i & 31);
    if (i < 32) {
      if (this.low & bit) return false;
      this.low |= bit;
    } else if (i < 64) {
      if (this.middle & bit) return false;
      this.middle |= bit;
    } else if (i < 96) {
      if (this.high & bit) return false;
      this.high |= bit;
    } else return !this.index.includes(i);
    return true;
  }

  /** The value of the k-th feature set. */
  private valueAt(k: number): number {
    const others = this.others;
    if (others !== null) for (let j = 0; j < others.length; j += 2) if (others[j] === k) return others[j + 1] as number;
    return 1;
  }

  private setValue(k: number, v: number): void {
    const others = this.others;
    if (others === null) {
      this.others = [k, v];
      return;
    }
    for (let j = 0; j < others.length; j += 2)
      if (others[j] === k) {
        others[j + 1] = v;
        return;
      }
    others.push(k, v);
  }
}
