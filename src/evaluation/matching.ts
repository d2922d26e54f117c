/**
 * Rules 1 and 6: which predicted content stands for which gold content. Contents are lists of
 * disjoint parts (a quote is one part; a statement broken by its attribution, several).
 */
import { overlap, type Span } from '../analysis/span.js';
import type { ScoreError } from './counts.js';

/** Total overlap of two contents given as lists of disjoint parts. */
export function partsOverlap(a: readonly Span[], b: readonly Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += overlap(x, y);
  return n;
}

function partsLength(parts: readonly Span[]): number {
  return parts.reduce((n, p) => n + (p.end - p.start), 0);
}

/** Two contents match when they share at least half of the shorter one (and something at all). */
export function spansMatch(a: readonly Span[], b: readonly Span[]): boolean {
  const shared = partsOverlap(a, b);
  return shared > 0 && 2 * shared >= Math.min(partsLength(a), partsLength(b));
}

/**
 * One-to-one matching of predictions to gold, greedy by largest overlap (ties: earlier gold,
 * then earlier prediction), so the result is deterministic. Only `goldIndices` take part when
 * given; `taken` holds predictions already used and receives the ones this call uses.
 * Returns [prediction, gold] index pairs.
 */
export function matchContents(
  predicted: readonly (readonly Span[])[],
  gold: readonly (readonly Span[])[],
  goldIndices: readonly number[] = gold.map((_, i) => i),
  taken: Set<number> = new Set(),
): Array<[number, number]> {
  const bounds = (parts: readonly Span[]) =>
    parts.reduce((b, p) => ({ start: Math.min(b.start, p.start), end: Math.max(b.end, p.end) }), { start: Infinity, end: -Infinity });
  const predBounds = predicted.map(bounds);
  const candidates: Array<[number, number, number]> = [];
  for (const g of goldIndices) {
    const gp = gold[g] as readonly Span[];
    const gb = bounds(gp);
    predicted.forEach((pp, p) => {
      const pb = predBounds[p] as Span;
      // Cheap rejection before summing parts.
      if (taken.has(p) || pb.end <= gb.start || pb.start >= gb.end) return;
      if (spansMatch(pp, gp)) candidates.push([partsOverlap(pp, gp), g, p]);
    });
  }
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedGold = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, g, p] of candidates) {
    if (usedGold.has(g) || taken.has(p)) continue;
    usedGold.add(g);
    taken.add(p);
    pairs.push([p, g]);
  }
  return pairs;
}

/**
 * Adds the missed and spurious errors to `errors`. `pairs` index `predicted` and `goldIndexed`
 * (by default `gold`); every item of `gold` that is not in a pair is missed, every prediction
 * that is not in one is spurious.
 */
export function pushMissedAndSpurious<P extends Span, G extends Span>(
  errors: ScoreError[],
  set: ScoreError['set'],
  pairs: ReadonlyArray<readonly [number, number]>,
  predicted: readonly P[],
  gold: readonly G[],
  predictedText: (p: P) => string,
  goldText: (g: G) => string,
  goldIndexed: readonly G[] = gold,
): void {
  const matchedPred = new Set(pairs.map(([p]) => p));
  const matchedGold = new Set(pairs.map(([, g]) => goldIndexed[g]));
  for (const g of gold) if (!matchedGold.has(g)) errors.push({ set, kind: 'missed', start: g.start, end: g.end, predicted: '', gold: goldText(g) });
  predicted.forEach((p, i) => {
    if (!matchedPred.has(i)) errors.push({ set, kind: 'spurious', start: p.start, end: p.end, predicted: predictedText(p), gold: '' });
  });
}
