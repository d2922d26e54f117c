import { describe, expect, it } from 'vitest';
import { sortedByStart } from '../../../../src/analysis/steps/find-statements.js';

/** What the built-in stable sort gives: the reference. */
function reference(starts: readonly number[], from: number, to: number): number[] {
  const order: number[] = [];
  for (let i = from; i < to; i++) order.push(i);
  return order.sort((i, j) => (starts[i] as number) - (starts[j] as number) || i - j);
}

describe('sortedByStart', () => {
  it('gives the stable order of the built-in sort, nearly sorted or not', () => {
    let seed = 11;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 500; round++) {
      const n = Math.floor(next() * 60);
      const shuffled = next() < 0.3;
      // nearly sorted (leads a few places early, ties) or shuffled (past the insertion sort's budget)
      const starts = Array.from({ length: n }, (_, i) => (shuffled ? Math.floor(next() * 20) : i * 3 - Math.floor(next() * 8)));
      const from = Math.floor(next() * (n + 1));
      expect(sortedByStart(starts, from, n)).toEqual(reference(starts, from, n));
    }
  });

  it('falls back on a list in reverse order', () => {
    const starts = Array.from({ length: 200 }, (_, i) => 1000 - i);
    expect(sortedByStart(starts, 0, 200)).toEqual(reference(starts, 0, 200));
  });
});
