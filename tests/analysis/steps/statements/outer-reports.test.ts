import { describe, expect, it } from 'vitest';
import { REASON_BEFORE_SUBJECT } from '../../../../src/analysis/lexicon/clause-words.js';
import { endsWithBecause } from '../../../../src/analysis/steps/statements/outer-reports.js';

/** Words between a cue and the next subject, put together at random from pieces that try the edges. */
function randomBetween(next: () => number): string {
  const pieces = [
    ' ',
    '  ',
    '\u00a0',
    '\n',
    ' he could not answer',
    ' officials',
    'because',
    'Because',
    'BECAUSE',
    'becausе',
    'ecause',
    'xbecause',
    ',',
    '.',
    ' ',
    'ſ',
    'K',
    '“',
  ];
  let s = '';
  const n = 1 + Math.floor(next() * 8);
  for (let k = 0; k < n; k++) s += pieces[Math.floor(next() * pieces.length)];
  return s;
}

describe('endsWithBecause', () => {
  it('holds wherever REASON_BEFORE_SUBJECT matches, so that it may gate the expression', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let matched = 0;
    for (let i = 0; i < 50000; i++) {
      const between = randomBetween(next);
      const text = `Olsen said${between}officials`;
      const start = 'Olsen said'.length;
      const end = start + between.length;
      if (!REASON_BEFORE_SUBJECT.test(between)) continue;
      matched++;
      expect(endsWithBecause(text, start, end), JSON.stringify(between)).toBe(true);
    }
    expect(matched).toBeGreaterThan(50);
  });

  it('refuses words that only look like it', () => {
    const text = 'said it was xbecause ';
    expect(endsWithBecause(text, 4, text.length)).toBe(false);
    expect(endsWithBecause('said he left BeCaUse  ', 4, 22)).toBe(true);
    expect(endsWithBecause('said because', 4, 12)).toBe(false);
  });
});
