/** A candidate's features: positions and values, read in increasing order of position; the same answers as a map would give. */
import { describe, expect, it } from 'vitest';
import { Features } from '../../../../src/analysis/steps/attribution/model/features.js';

/** Positions used below (a weights array this long covers them). */
const POSITIONS = 96;

function made(entries: [number, number][]): Features {
  const f = new Features();
  for (const [i, v] of entries) f.raise(i, v);
  return f;
}

describe('Features', () => {
  it.each([
    {
      name: 'yeses in three words',
      entries: [
        [70, 1],
        [3, 1],
        [40, 1],
        [95, 1],
        [0, 1],
      ],
      expected: [
        [0, 1],
        [3, 1],
        [40, 1],
        [70, 1],
        [95, 1],
      ],
    },
    {
      name: 'a value other than 1',
      entries: [
        [5, 0.4],
        [2, 1],
      ],
      expected: [
        [2, 1],
        [5, 0.4],
      ],
    },
    {
      name: 'a larger value replaces a smaller',
      entries: [
        [5, 0.4],
        [5, 1.7],
      ],
      expected: [[5, 1.7]],
    },
    {
      name: 'a smaller value never replaces a larger',
      entries: [
        [5, 1.7],
        [5, 0.4],
        [5, 1],
      ],
      expected: [[5, 1.7]],
    },
    {
      name: 'a yes replaces a smaller value',
      entries: [
        [5, 0.4],
        [5, 1],
      ],
      expected: [[5, 1]],
    },
    {
      name: 'two features of other values',
      entries: [
        [5, 0.4],
        [9, 2.5],
        [9, 3],
        [1, 1],
      ],
      expected: [
        [1, 1],
        [5, 0.4],
        [9, 3],
      ],
    },
    {
      name: 'a yes raised twice is one feature',
      entries: [
        [33, 1],
        [33, 1],
      ],
      expected: [[33, 1]],
    },
  ] as { name: string; entries: [number, number][]; expected: [number, number][] }[])('$name', ({ entries, expected }) => {
    const f = made(entries);
    expect([...f]).toEqual(expected);
    expect(f.size).toBe(expected.length);
    expect(f.keys()).toEqual(expected.map(([i]) => i));
    for (const [i, v] of expected) {
      expect(f.get(i)).toBe(v);
      expect(f.has(i)).toBe(true);
    }
    expect(f.has(POSITIONS - 2)).toBe(expected.some(([i]) => i === POSITIONS - 2));
  });

  it('scores Σ weight × value', () => {
    const weights = Float64Array.from({ length: POSITIONS }, (_, i) => i / 10);
    const f = made([
      [1, 1],
      [33, 1],
      [90, 1],
      [7, 0.5],
    ]);
    expect(f.dot(weights)).toBeCloseTo(0.1 + 3.3 + 9 + 0.35, 10);
    expect(new Features().dot(weights)).toBe(0);
  });

  it('names the strongest features, largest first, the lower position on a tie, none that adds nothing', () => {
    const weights = new Float64Array(POSITIONS);
    weights[2] = 0.5;
    weights[40] = 2;
    weights[10] = 0.5;
    weights[80] = -3;
    weights[6] = 4;
    weights[60] = 0;
    const f = made([
      [80, 1],
      [60, 1],
      [10, 1],
      [2, 1],
      [40, 1],
      [6, 0.25],
    ]);
    // 40 adds 2, 6 adds 1 (4 × 0.25), 2 and 10 add 0.5 each: 2 before 10; 60 and 80 add nothing
    expect(f.strongest(weights, 3)).toEqual([40, 6, 2]);
    expect(f.strongest(weights, 5)).toEqual([40, 6, 2, 10]);
    expect(f.strongest(weights, 1)).toEqual([40]);
  });

  it('cleared, holds nothing, then takes features again as a new one would', () => {
    const weights = Float64Array.from({ length: POSITIONS }, (_, i) => i);
    const f = made([
      [3, 1],
      [7, 0.5],
      [50, 2],
    ]);
    f.clear();
    expect(f.size).toBe(0);
    expect([...f]).toEqual([]);
    expect(f.has(3)).toBe(false);
    expect(f.get(7)).toBeUndefined();
    expect(f.dot(weights)).toBe(0);
    f.raise(7, 1);
    f.add(9, 0.5);
    f.raise(9, 0.25);
    expect([...f]).toEqual([
      [7, 1],
      [9, 0.5],
    ]);
    expect(f.dot(weights)).toBe(7 + 4.5);
  });
});
