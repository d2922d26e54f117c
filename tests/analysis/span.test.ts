/** span.ts: the furthest end reached by the spans that start at or before an offset. */
import { describe, expect, it } from 'vitest';
import { furthestEnds } from '../../src/analysis/span.js';

describe('furthestEnds', () => {
  // given out of order: [10, 20), [2, 5), [4, 30), [40, 41)
  const reach = furthestEnds([
    { start: 10, end: 20 },
    { start: 2, end: 5 },
    { start: 4, end: 30 },
    { start: 40, end: 41 },
  ]);

  it.each([
    [0, -1],
    [1, -1],
    [2, 5],
    [3, 5],
    [4, 30],
    [15, 30],
    [35, 30],
    [40, 41],
    [100, 41],
  ])('at %i the furthest end is %i', (at, end) => {
    expect(reach(at)).toBe(end);
  });

  it('answers -1 for no spans', () => {
    expect(furthestEnds([])(7)).toBe(-1);
  });
});
