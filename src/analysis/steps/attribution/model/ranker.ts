/**
 * The learned speaker choice: a linear model scores each candidate of a quote, a softmax over the
 * candidates gives each its probability, and the chosen one's probability, calibrated on
 * out-of-fold predictions of the training data, is the attribution's confidence. The weights come
 * from `weights.json` (written by `npm run train`), read by an import: no I/O.
 */

import type { Candidate, SpeakerModel } from './types.js';

export type { SpeakerModel } from './types.js';

import { FEATURE_NAMES } from './features.js';
import shipped from './weights.json' with { type: 'json' };

export interface Ranked {
  chosen: Candidate;
  /** The softmax probability of the chosen candidate. */
  probability: number;
  /** The calibrated probability that the choice is right. */
  confidence: number;
  /** The most probable of the others (null when there is no other), and its probability. */
  runnerUp: Candidate | null;
  runnerUpProbability: number;
  /** The features that weighed most for the chosen candidate, strongest first (up to three). */
  reasons: string[];
}

/** The model in a weights file, or null when its features are not the code's (then the rules decide alone). */
export function loadSpeakerModel(file: unknown): SpeakerModel | null {
  const quotes = loadWeights(file);
  if (!quotes) return null;
  const statements = (file as { statements?: unknown }).statements;
  return { ...quotes, statements: statements ? loadWeights({ ...(statements as object), features: (file as { features?: unknown }).features }) : null };
}

/** One set of weights (the quotes' or the statements'), with its margin and calibration. */
function loadWeights(file: unknown): SpeakerModel | null {
  if (typeof file !== 'object' || file === null) return null;
  const { features, weights, calibration } = file as { features?: unknown; weights?: unknown; calibration?: { a?: unknown; b?: unknown } };
  if (!Array.isArray(features) || !Array.isArray(weights) || features.length !== weights.length) return null;
  if (features.length !== FEATURE_NAMES.length || features.some((f, i) => f !== FEATURE_NAMES[i])) return null;
  if (!weights.every((w) => typeof w === 'number' && Number.isFinite(w))) return null;
  const a = typeof calibration?.a === 'number' ? calibration.a : 1;
  const b = typeof calibration?.b === 'number' ? calibration.b : 0;
  const m = (file as { margin?: unknown }).margin;
  return { weights: Float64Array.from(weights as number[]), margin: typeof m === 'number' && m >= 0 ? m : 0, calibration: { a, b } };
}

/** The model shipped with the engine. */
export const SHIPPED_MODEL: SpeakerModel | null = loadSpeakerModel(shipped);

export function scoreOf(c: Candidate, weights: Float64Array): number {
  return c.features.dot(weights);
}

/** Softmax probabilities of the candidates' scores (shifted by the largest, so none overflows). */
export function softmax(scores: readonly number[]): number[] {
  const e = scores.slice();
  softmaxInPlace(e);
  return e;
}

/** Softmax in place: each score becomes its probability (the same arithmetic as `softmax`, no array made). */
function softmaxInPlace(x: number[]): void {
  let top = Number.NEGATIVE_INFINITY;
  for (const v of x) if (v > top) top = v;
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const v = Math.exp((x[i] as number) - top);
    x[i] = v;
    sum += v;
  }
  for (let i = 0; i < x.length; i++) x[i] = (x[i] as number) / sum;
}

export function calibrated(probability: number, calibration: SpeakerModel['calibration']): number {
  const p = Math.min(1 - 1e-6, Math.max(1e-6, probability));
  const z = calibration.a * Math.log(p / (1 - p)) + calibration.b;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The candidate chosen among probabilities p: the most probable (the first on a tie), unless the
 * rules' verdict (index `verdict`, -1 for none) is within `margin` of it; then the verdict.
 */
export function chooseCandidate(p: readonly number[], verdict: number, margin: number): number {
  let best = 0;
  for (let i = 1; i < p.length; i++) if ((p[i] as number) > (p[best] as number) + 1e-12) best = i;
  return verdict >= 0 && (p[best] as number) - (p[verdict] as number) <= margin ? verdict : best;
}

/**
 * The lists of reasons that one story's choices give, one list per set of features: a story of
 * thousands of quotes and statements gives a dozen distinct lists (13 for the 7,300 choices of the
 * 1 MB benchmark story), each kept once with the result rather than once per choice. The lists
 * are shared: read them, never change them.
 */
export class ReasonLists {
  readonly #byKey = new Map<number, string[]>();

  /** The names of the features at `positions` (at most three), as one shared list. */
  of(positions: readonly number[]): string[] {
    // the positions as the digits of one number, each one more than its position (a key for each list)
    let key = 0;
    for (let k = 0; k < positions.length; k++) key = key * KEY_BASE + (positions[k] as number) + 1;
    let names = this.#byKey.get(key);
    if (names === undefined) {
      names = namesOf(positions);
      this.#byKey.set(key, names);
    }
    return names;
  }
}

const KEY_BASE = FEATURE_NAMES.length + 1;

function namesOf(positions: readonly number[]): string[] {
  return positions.map((i) => FEATURE_NAMES[i] as string);
}

/**
 * The chosen candidate, the runner-up (the most probable of the others) and why; `reasons`: the
 * story's lists of reasons, where the why is kept (without, a list of its own).
 */
export function rank(candidates: readonly Candidate[], model: SpeakerModel, reasons?: ReasonLists): Ranked {
  // each candidate's score, then (in place) its probability
  const p = new Array<number>(candidates.length);
  let verdict = -1;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as Candidate;
    p[i] = scoreOf(c, model.weights);
    if (verdict < 0 && c.verdict) verdict = i;
  }
  softmaxInPlace(p);
  const best = chooseCandidate(p, verdict, model.margin);
  let second = -1;
  for (let i = 0; i < candidates.length; i++) if (i !== best && (second < 0 || (p[i] as number) > (p[second] as number))) second = i;
  const chosen = candidates[best] as Candidate;
  const probability = p[best] as number;
  return {
    chosen,
    probability,
    confidence: calibrated(probability, model.calibration),
    runnerUp: second >= 0 ? (candidates[second] as Candidate) : null,
    runnerUpProbability: second >= 0 ? (p[second] as number) : 0,
    reasons: strongest(chosen, model.weights, reasons),
  };
}

/** The (up to) three features that weigh most for a candidate, strongest first (the lower position on a tie). */
function strongest(c: Candidate, weights: Float64Array, reasons: ReasonLists | undefined): string[] {
  const positions = c.features.strongest(weights, 3);
  return reasons ? reasons.of(positions) : namesOf(positions);
}
