/** split-paragraphs: which line breaks end a paragraph, and spans that exclude the white space. */
import { describe, expect, it } from 'vitest';
import { LineBreaks, splitParagraphs } from '../../../src/analysis/steps/split-paragraphs.js';
import { slices } from '../../support/spans.js';

interface Case {
  name: string;
  input: string;
  paragraphs: string[];
}

const cases: Case[] = [
  { name: 'empty text', input: '', paragraphs: [] },
  { name: 'white space only', input: ' \n\n\t \r\n ', paragraphs: [] },
  { name: 'one line', input: 'The ferry left at dawn.', paragraphs: ['The ferry left at dawn.'] },
  { name: 'blank-line separated', input: 'The ferry left.\n\nThe gulls followed.', paragraphs: ['The ferry left.', 'The gulls followed.'] },
  {
    name: 'single-line separated (no blank lines)',
    input: 'The ferry left.\nThe gulls followed.\nNobody waved.',
    paragraphs: ['The ferry left.', 'The gulls followed.', 'Nobody waved.'],
  },
  {
    name: 'soft wrap inside a blank-line story',
    input: 'The ferry left the harbour\nbefore the storm arrived.\n\nThe gulls followed it out.',
    paragraphs: ['The ferry left the harbour\nbefore the storm arrived.', 'The gulls followed it out.'],
  },
  {
    name: 'several soft-wrapped short lines',
    input: 'Tamsin Vale\nran the stall\nfor years.\n\nShe sold\nplums.\n\nThen pears.',
    paragraphs: ['Tamsin Vale\nran the stall\nfor years.', 'She sold\nplums.', 'Then pears.'],
  },
  { name: 'several blank lines and blank lines with spaces', input: 'One.\n\n\n\nTwo.\n  \t\nThree.', paragraphs: ['One.', 'Two.', 'Three.'] },
  { name: 'leading and trailing blank lines', input: '\n\n  The ferry left.  \n\n', paragraphs: ['The ferry left.'] },
  {
    name: 'CRLF blank-line separated',
    input: 'The ferry left.\r\n\r\nThe gulls followed.\r\n\r\nNobody waved.',
    paragraphs: ['The ferry left.', 'The gulls followed.', 'Nobody waved.'],
  },
  { name: 'CRLF single-line separated', input: 'The ferry left.\r\nThe gulls followed.\r\n', paragraphs: ['The ferry left.', 'The gulls followed.'] },
  {
    name: 'old Mac CR line breaks',
    input: 'The ferry left.\rThe gulls followed.\rNobody waved.',
    paragraphs: ['The ferry left.', 'The gulls followed.', 'Nobody waved.'],
  },
  { name: 'CR blank-line separated', input: 'The ferry left.\r\rThe gulls followed.', paragraphs: ['The ferry left.', 'The gulls followed.'] },
  { name: 'U+2029 paragraph separator', input: 'The ferry left.\u2029The gulls followed.', paragraphs: ['The ferry left.', 'The gulls followed.'] },
  { name: 'U+2029 in a blank-line story still ends a paragraph', input: 'One.\n\nTwo.\u2029Three.', paragraphs: ['One.', 'Two.', 'Three.'] },
  { name: 'U+2028 line separator as a line break', input: 'The ferry left.\u2028The gulls followed.', paragraphs: ['The ferry left.', 'The gulls followed.'] },
  {
    name: 'U+2028 doubled as a blank line, single as a soft wrap',
    input: 'The ferry left\u2028at dawn.\u2028\u2028The gulls followed.',
    paragraphs: ['The ferry left\u2028at dawn.', 'The gulls followed.'],
  },
  { name: 'a paragraph that is only a quote', input: 'Intro.\n\n"Come back."\n\nOutro.', paragraphs: ['Intro.', '"Come back."', 'Outro.'] },
];

describe('splitParagraphs', () => {
  it.each(cases)('$name', ({ input, paragraphs }) => {
    const spans = splitParagraphs(input);
    expect(slices(input, spans)).toEqual(paragraphs);
    for (const [i, s] of spans.entries()) {
      expect(s.start).toBeLessThan(s.end);
      expect(input.slice(s.start, s.end).trim(), `paragraph ${i} is trimmed`).toBe(input.slice(s.start, s.end));
      if (i > 0) expect(s.start).toBeGreaterThan((spans[i - 1] as { end: number }).end);
    }
  });

  it('offsets index the text as given (a CRLF story, not a normalised copy)', () => {
    const input = 'Alpha beta.\r\n\r\nGamma delta.';
    const [, second] = splitParagraphs(input);
    expect(second).toEqual({ start: 15, end: 27 });
  });

  // Known bug (split-paragraphs): in BLANK_SEPARATED the alternation `\r\n|\r|\n` backtracks, so one
  // CRLF matches as CR + LF, i.e. as a blank line. In a CRLF story every soft wrap then ends a
  // paragraph (and a quote wrapped over two lines is cut in two), while the same story with LF
  // keeps the wrap. Flip to `it` once fixed.
  it('a soft wrap in a CRLF blank-line story does not end the paragraph', () => {
    const input = 'The ferry left the harbour\r\nbefore the storm arrived.\r\n\r\nThe gulls followed it out.';
    expect(slices(input, splitParagraphs(input))).toEqual(['The ferry left the harbour\r\nbefore the storm arrived.', 'The gulls followed it out.']);
  });
});

describe('LineBreaks', () => {
  it('finds the next break as /[\\r\\n\\u2028\\u2029]/ does, for offsets that only go forward', () => {
    const units = ['a', ' ', '\n', '\r', '\u2028', '\u2029', '\r\n'];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 500; round++) {
      let text = '';
      for (let k = random(40); k > 0; k--) text += units[random(units.length)];
      const breaks = new LineBreaks(text);
      for (let from = 0; from <= text.length + 1; from += 1 + random(3)) {
        const re = /[\r\n\u2028\u2029]/g;
        re.lastIndex = from;
        const expected = re.test(text) ? re.lastIndex - 1 : -1;
        expect(breaks.from(from)).toBe(expected);
      }
    }
  });
});
