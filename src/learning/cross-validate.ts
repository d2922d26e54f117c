/**
 * k-fold cross-validation by story (a story's quotes never sit in two folds): each setting of the
 * hyperparameters is trained on k − 1 folds and scored on the one left out. A setting is the
 * training options and the margin by which the model must prefer another candidate to overrule
 * the rules' verdict. The best setting's out-of-fold predictions are what the calibration is
 * fitted on.
 */
import type { Prediction } from './calibration.js';
import { choose, probabilities, seeded, shuffled, type TrainOptions, train } from './conditional-logit.js';
import type { Group } from './examples.js';

export interface Setting {
  options: TrainOptions;
  /** How much more probable than the verdict another candidate must be to be chosen instead. */
  margin: number;
}

export interface SettingResult extends Setting {
  /** Share of the quotes whose chosen speaker is right, out of fold. */
  accuracy: number;
}

/** An out-of-fold prediction; `decided` when the model chose (a rule had a verdict), not the rule "no one". */
export interface FoldPrediction extends Prediction {
  decided: boolean;
}

export interface CrossValidation {
  settings: SettingResult[];
  best: Setting;
  /** Out-of-fold predictions of the best setting, one per quote. */
  outOfFold: FoldPrediction[];
  /** The rules' verdict alone, on the same quotes. */
  rulesAccuracy: number;
  /** The out-of-fold predictions of another setting of the grid. */
  outOfFoldOf: (s: Setting) => FoldPrediction[];
}

export function foldsOf(groups: readonly Group[], k: number, seed: number): number[] {
  const stories = shuffled([...new Set(groups.map((g) => g.story))].sort(), seeded(seed));
  const fold = new Map(stories.map((s, i) => [s, i % k] as const));
  return groups.map((g) => fold.get(g.story) as number);
}

/** Each group's candidate probabilities under weights trained without its fold. */
function outOfFoldProbabilities(groups: readonly Group[], folds: readonly number[], k: number, dimensions: number, options: TrainOptions): number[][] {
  const out: number[][] = new Array(groups.length);
  for (let f = 0; f < k; f++) {
    const w = train(
      groups.filter((_, i) => folds[i] !== f),
      dimensions,
      options,
    );
    groups.forEach((g, i) => {
      if (folds[i] === f) out[i] = probabilities(g, w);
    });
  }
  return out;
}

function predictions(groups: readonly Group[], probs: readonly number[][], margin: number): FoldPrediction[] {
  return groups.map((g, i) => {
    const verdict = g.candidates.findIndex((e) => e.verdict);
    // as the engine decides: a quote with no rule's verdict keeps no one (the last candidate)
    if (verdict < 0) return { probability: 1, right: g.candidates.at(-1)?.right === true, decided: false };
    const p = probs[i] as number[];
    const c = choose(p, verdict, margin);
    return { probability: p[c] as number, right: g.candidates[c]?.right === true, decided: true };
  });
}

export function crossValidate(
  groups: readonly Group[],
  dimensions: number,
  grid: readonly TrainOptions[],
  margins: readonly number[],
  k: number,
  seed: number,
): CrossValidation {
  const folds = foldsOf(groups, k, seed);
  const byOptions = new Map<TrainOptions, number[][]>();
  let best: { setting: Setting; oof: FoldPrediction[]; accuracy: number } | null = null;
  const settings: SettingResult[] = [];
  for (const options of grid) {
    const probs = outOfFoldProbabilities(groups, folds, k, dimensions, options);
    byOptions.set(options, probs);
    for (const margin of margins) {
      const oof = predictions(groups, probs, margin);
      const accuracy = oof.filter((p) => p.right).length / Math.max(1, oof.length);
      settings.push({ options, margin, accuracy });
      if (!best || accuracy > best.accuracy + 1e-9) best = { setting: { options, margin }, oof, accuracy };
    }
  }
  const rulesRight = groups.filter((g) => (g.candidates.find((e) => e.verdict) ?? g.candidates.at(-1))?.right === true).length;
  const chosen = best as { setting: Setting; oof: FoldPrediction[] };
  return {
    settings,
    best: chosen.setting,
    outOfFold: chosen.oof,
    rulesAccuracy: rulesRight / Math.max(1, groups.length),
    outOfFoldOf: (s) => predictions(groups, byOptions.get(s.options) ?? [], s.margin),
  };
}
