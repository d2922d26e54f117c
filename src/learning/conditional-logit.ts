/**
 * A conditional logit (a softmax over each quote's candidates), trained by averaged stochastic
 * gradient descent with L2 regularization. Deterministic: the order of the examples comes from a
 * seeded generator. Small on purpose: a handful of features, a few thousand quotes.
 */
import type { Example, Group } from './examples.js';

export interface TrainOptions {
  /** L2 strength per step. */
  l2: number;
  epochs: number;
  /** Step size; decays as 1 / (1 + epoch). */
  rate: number;
  seed: number;
}

export function score(e: Example, w: Float64Array): number {
  let s = 0;
  for (let k = 0; k < e.index.length; k++) s += (w[e.index[k] as number] as number) * (e.value[k] as number);
  return s;
}

/** Each candidate's probability under weights w. */
export function probabilities(g: Group, w: Float64Array): number[] {
  const s = g.candidates.map((e) => score(e, w));
  const top = Math.max(...s);
  const x = s.map((v) => Math.exp(v - top));
  const sum = x.reduce((a, b) => a + b, 0);
  return x.map((v) => v / sum);
}

/**
 * The candidate chosen: the most probable (the first on a tie), unless the rules' verdict is within
 * `margin` of it; then the verdict. The engine's ranker decides by the same function.
 */
export { chooseCandidate as choose } from '../analysis/steps/attribution/model/ranker.js';

/** Mulberry32: a small seeded generator, so that training is the same run after run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The averaged weights after `epochs` passes over the reachable groups. */
export function train(groups: readonly Group[], dimensions: number, o: TrainOptions): Float64Array {
  const w = new Float64Array(dimensions);
  const sum = new Float64Array(dimensions);
  let steps = 0;
  const random = seeded(o.seed);
  const usable = groups.filter((g) => g.reachable && g.candidates.length > 1);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const rate = o.rate / (1 + epoch);
    for (const g of shuffled(usable, random)) {
      const p = probabilities(g, w);
      const rightMass = g.candidates.reduce((a, e, i) => a + (e.right ? (p[i] as number) : 0), 0);
      // gradient of -log Σ_right p: Σ_c x_c (p_c − q_c), q the probabilities renormalized over the right ones
      const grad = new Float64Array(dimensions);
      g.candidates.forEach((e, i) => {
        const q = e.right ? (p[i] as number) / rightMass : 0;
        const d = (p[i] as number) - q;
        for (let k = 0; k < e.index.length; k++) grad[e.index[k] as number] = (grad[e.index[k] as number] as number) + (e.value[k] as number) * d;
      });
      for (let f = 0; f < dimensions; f++) {
        w[f] = (w[f] as number) - rate * ((grad[f] as number) + o.l2 * (w[f] as number));
        sum[f] = (sum[f] as number) + (w[f] as number);
      }
      steps++;
    }
  }
  return steps > 0 ? sum.map((v) => v / steps) : w;
}
