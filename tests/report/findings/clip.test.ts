/** `clip`: the first words of a quote for a finding's message, read only as far as it shows. */
import { describe, expect, it } from 'vitest';
import { clip } from '../../../src/report/findings/context.js';

describe('clip', () => {
  it.each([
    ['short text, white space collapsed and trimmed', '  a \n\t b  ', 80, 'a b'],
    ['exactly the limit', 'abcde', 5, 'abcde'],
    ['cut at a word boundary with an ellipsis', 'one two three four', 12, 'one two…'],
    ['one long word cut inside it', 'abcdefghij', 5, 'abcd…'],
    ['a long run of spaces counts as one', `a${' '.repeat(10_000)}b`, 80, 'a b'],
  ])('%s', (_name, text, max, expected) => {
    expect(clip(text, max)).toBe(expected);
  });

  it('clips a quote of two million characters to its first words', () => {
    const out = clip('word '.repeat(400_000));
    expect(out.length).toBeLessThanOrEqual(80);
    expect(out.endsWith('word…')).toBe(true);
  });
});
