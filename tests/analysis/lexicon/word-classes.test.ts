/** lexicon/word-classes: the bits stay below the tokenizer's own, and the new ones mark the words of their lists. */
import { describe, expect, it } from 'vitest';
import { ARTICLES, PREPOSITIONS } from '../../../src/analysis/lexicon/function-words.js';
import { WordClass, wordClasses } from '../../../src/analysis/lexicon/word-classes.js';
import { CAP, PUNCT } from '../../../src/analysis/steps/tokens/spellings.js';

describe('WordClass', () => {
  it('leaves the bits of PUNCT and CAP to the tokenizer', () => {
    for (const bit of Object.values(WordClass)) expect(bit & (PUNCT | CAP)).toBe(0);
  });

  for (const [name, bit, list] of [
    ['PREPOSITION', WordClass.PREPOSITION, PREPOSITIONS],
    ['ARTICLE', WordClass.ARTICLE, ARTICLES],
  ] as const) {
    it(`${name} is set on the words of its list and on no other`, () => {
      for (const w of list) expect(wordClasses(w) & bit, w).toBe(bit);
      for (const w of ['said', 'mayor', 'The', 'TO', 'toward.', 'thee', 'an.', '']) expect(wordClasses(w) & bit, w).toBe(0);
    });
  }
});
