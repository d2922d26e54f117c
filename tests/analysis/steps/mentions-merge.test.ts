/** mentions/merge: a frame's mentions sorted in place as the stable Array.prototype.sort sorts them. */
import { describe, expect, it } from 'vitest';
import { sortRange } from '../../../src/analysis/steps/mentions/merge.js';

interface Item {
  key: number;
  id: number;
}

const byKey = (a: Item, b: Item): number => a.key - b.key;

/** `count` items with keys from a small range (many ties), numbered in their first order. */
function items(count: number, seed: number): Item[] {
  const out: Item[] = [];
  let x = seed;
  for (let id = 0; id < count; id++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push({ key: x % 5, id });
  }
  return out;
}

describe('sortRange', () => {
  it.each([0, 1, 2, 5, 16, 17, 40])('sorts a range of %i items as a stable sort does, ties in their order', (count) => {
    const before = items(3, 7);
    const range = items(count, count + 1);
    const after = items(2, 9);
    const list = [...before, ...range, ...after];
    sortRange(list, before.length, before.length + range.length, byKey);
    expect(list).toEqual([...before, ...[...range].sort(byKey), ...after]);
  });
});
