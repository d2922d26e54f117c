/** span.ts: the furthest end reached by the spans that start at or before an offset; which span holds an offset. */
import { describe, expect, it } from 'vitest';
import { containingNear, containingStarts, findContaining, furthestEnds, isSpace, isWhiteSpace } from '../../src/analysis/span.js';

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

describe('containingStarts and containingNear agree with findContaining', () => {
  // paragraphs [0, 10), [12, 20), [20, 30); a gap at 10-11
  const containers = [
    { start: 0, end: 10 },
    { start: 12, end: 20 },
    { start: 20, end: 30 },
  ];
  const spans = [
    { start: 0, end: 4 },
    { start: 5, end: 10 },
    { start: 10, end: 12 },
    { start: 12, end: 18 },
    { start: 25, end: 30 },
    { start: 31, end: 35 },
  ];

  it('gives, for each span, the container of its start or -1', () => {
    expect([...containingStarts(spans, containers)]).toEqual([0, 0, -1, 1, 2, -1]);
    expect([...containingStarts(spans, containers)]).toEqual(spans.map((s) => findContaining(containers, s.start)));
  });

  it.each([
    [3, 0],
    [3, 2],
    [15, 0],
    [15, 1],
    [21, 1],
    [11, 1],
    [40, 2],
    [0, -1],
  ])('offset %i, last found %i', (offset, near) => {
    expect(containingNear(containers, offset, near)).toBe(findContaining(containers, offset));
  });
});

describe('isWhiteSpace', () => {
  it("is JavaScript's \\s on every UTF-16 code unit", () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('isSpace', () => {
  it('is \\s without U+1680, U+205F and U+FEFF, on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const expected = /\s/.test(String.fromCharCode(c)) && c !== 0x1680 && c !== 0x205f && c !== 0xfeff;
      if (isSpace(c) !== expected) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
});
