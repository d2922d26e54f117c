/**
 * A chant's or a banner's words (attribution/chant.ts): the expressions decide on the words next
 * to the quote, and the look at the characters before them never turns one away that they would
 * take (capitals, a hyphenated word, a run of spaces, a word run into a digit).
 */
import { describe, expect, it } from 'vitest';
import { CROWD_AFTER, chantOrBanner, mayFollow, ORIGIN_AFTER } from '../../../../src/analysis/steps/attribution/chant.js';
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

/**
 * What may follow a quote, built of pieces that matter to the expressions after it: spaces and
 * commas first (and enough spaces to push a word past the 50 characters read), determiners and
 * crowd and chant words in several cases, words that only look alike (`ſome`, a Kelvin sign, a
 * letter beyond ASCII, a digit or `_` run into a word), joined by one space, two, none or a comma.
 */
function followers(): string[] {
  const leads = ['', ' ,\n', '\u00a0', ' '.repeat(40)];
  const pieces = [
    'the',
    'THE',
    'a',
    'An',
    'some',
    'their',
    'His',
    'crowd',
    'Crowds',
    'fans',
    'groupé',
    'slogan',
    'SIGNS',
    'T-Shirt',
    'signage',
    'x',
    '_9',
    'ſome',
    'the\u212a',
  ];
  const joins = [' ', '', '  ', ','];
  const tails = ['', ' shouted', ' near the front yelled.'];
  const out: string[] = [];
  for (const lead of leads) {
    for (const a of pieces) {
      for (const b of pieces) {
        for (const c of pieces) {
          for (const j of joins) for (const k of joins) for (const tail of tails) out.push(lead + a + j + b + k + c + tail);
        }
      }
    }
  }
  return out;
}

describe('mayFollow', () => {
  it('admits every text after a quote that ORIGIN_AFTER or CROWD_AFTER matches', () => {
    let matched = 0;
    let turnedAway = 0;
    const missed: string[] = [];
    for (const s of followers()) {
      const expressions = ORIGIN_AFTER.test(s.slice(0, 50)) || CROWD_AFTER.test(s.slice(0, 50));
      const gate = mayFollow(s, 0, Math.min(s.length, 50));
      if (expressions) matched++;
      if (!gate) turnedAway++;
      if (expressions && !gate) missed.push(s);
    }
    expect(missed).toEqual([]);
    // the strings try both sides: many match, and the gate turns many away
    expect(matched).toBeGreaterThan(10000);
    expect(turnedAway).toBeGreaterThan(100000);
  });

  it('turns away the usual words after a quote', () => {
    for (const s of [' she said.', ' the mayor said.', '\n\nThe WHO said in a statement', ' said Maria Olsen.', ', according to the report.']) {
      expect(mayFollow(s, 0, s.length)).toBe(false);
    }
  });
});
