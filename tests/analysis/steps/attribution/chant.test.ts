/**
 * A chant's or a banner's words (attribution/chant.ts): the expressions decide on the words next
 * to the quote, and the look at the characters before them never turns one away that they would
 * take (capitals, a hyphenated word, a run of spaces, a word run into a digit).
 */
import { describe, expect, it } from 'vitest';
import { chantOrBanner } from '../../../../src/analysis/steps/attribution/chant.js';
import type { AttributionContext } from '../../../../src/analysis/steps/attribution/context.js';
import type { PairedQuote } from '../../../../src/analysis/steps/pair-quotes.js';

/** The quote `quote` (its marks included) between `before` and `after`, in a one-paragraph story. */
function chant(before: string, quote: string, after: string): boolean {
  const text = before + quote + after;
  const open = before.length;
  const close = open + quote.length - 1;
  const q = { open: { start: open, end: open + 1 }, start: open + 1, end: close, close: { start: close, end: close + 1 }, paragraph: 0 };
  const ctx = { doc: { text, paragraphs: [{ start: 0, end: text.length }] } };
  return chantOrBanner(q as unknown as PairedQuote, ctx as unknown as AttributionContext);
}

describe('chantOrBanner', () => {
  const cases: [string, string, string, boolean][] = [
    ['Protesters carried a banner reading ', '"Fix the bridge"', '.', true],
    ['They wore T-SHIRTS READING: ', '"Cap it now"', ' at the rally.', true],
    ['A chant of ', '"No more tolls"', ' rose from the square.', true],
    ['', '"Cap it now!"', ' a group near the front shouted.', true],
    ['', '"Fix the bridge!"', ', the slogan that opened every rally.', true],
    ['', '"Go home"', ',   the angry crowds roared.', true],
    ['She signed up for a sign-up ', '"class"', ' on Monday.', false],
    ['The mayor said ', '"the toll is fair"', ', she added.', false],
    ['The crowd 5shouted ', '"No"', '.', false],
    ['He read ', '"the report"', ' aloud.', false],
  ];
  for (const [before, quote, after, expected] of cases) {
    it(`${before}${quote}${after} → ${expected}`, () => expect(chant(before, quote, after)).toBe(expected));
  }
});
