/**
 * The adapter around `natural`: the bounded spelling test must answer exactly as the full
 * Jaro–Winkler computation does, for every threshold the engine could use; the lexicon gives
 * natural's tags, with one shared list per distinct set of tags.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexicalTags, looksLikeProperNoun, nameSimilarity, similarAtLeast } from '../../src/analysis/natural-adapter.js';

const PAIRS: [string, string, boolean][] = [
  ['Salame', 'Salamé', true],
  ['Hifter', 'Haftar', false],
  ['Clinton', 'Clinton', true],
  ['Olsen', 'Olson', false],
  ['García', 'Garcia', true],
  ['Mørk', 'Mork', false], // ø is a letter of its own, not o with a mark
];

describe('similarAtLeast', () => {
  it.each(PAIRS)('%s ~ %s at 0.93: %s', (a, b, alike) => {
    expect(similarAtLeast(a, b, 0.93)).toBe(alike);
    expect(similarAtLeast(a, b, 0.93)).toBe(nameSimilarity(a, b) >= 0.93);
  });

  it('agrees with nameSimilarity on arbitrary words and thresholds', () => {
    const letters = fc.constantFrom(...'aeiouslmnrtkhé'.split(''));
    const word = fc.array(letters, { minLength: 0, maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(word, word, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t) => {
        expect(similarAtLeast(a, b, t)).toBe(nameSimilarity(a, b) >= t);
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('agrees on near spellings, where the bound cannot decide', () => {
    const base = fc.array(fc.constantFrom(...'abcdefghij'.split('')), { minLength: 4, maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(base, fc.nat(39), fc.constantFrom('x', 'a', ''), (w, at, c) => {
        const variant = w.slice(0, at) + c + w.slice(at + 1);
        expect(similarAtLeast(w, variant, 0.93)).toBe(nameSimilarity(w, variant) >= 0.93);
      }),
      { numRuns: 2000, seed: 11 },
    );
  });
});

describe('lexicalTags', () => {
  it("gives the Brill lexicon's tags, most likely first", () => {
    expect(lexicalTags('table')).toEqual(['NN', 'VB']);
    expect(lexicalTags('Trump')?.[0]).toBe('NNP');
    expect(lexicalTags('Hifter')).toBeUndefined();
    expect(looksLikeProperNoun('Hifter')).toBe(true);
    expect(looksLikeProperNoun('However')).toBe(false);
  });

  it('shares one frozen tag list between words tagged alike (a thousand lists for 92,000 words)', () => {
    const table = lexicalTags('table');
    expect(lexicalTags('chair')).toBe(table);
    expect(Object.isFrozen(table)).toBe(true);
  });
});
