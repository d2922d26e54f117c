/**
 * pair-quotes: marks paired into quotes paragraph by paragraph; multi-paragraph quotes become one
 * quote per paragraph; stray and unclosed marks leave notes and never derail what follows.
 */
import { describe, expect, it } from 'vitest';
import type { PairedQuote } from '../../../src/analysis/steps/pair-quotes.js';
import { pairedQuotesOf } from '../../support/spans.js';

interface Expected {
  text: string;
  paragraph?: number;
  closed?: boolean;
  continues?: boolean;
  continued?: boolean;
  single?: boolean;
}

interface Case {
  name: string;
  input: string;
  quotes: Expected[];
  /** Rules of the notes left, in order of offset. */
  notes?: string[];
}

const cases: Case[] = [
  { name: 'straight double quotes', input: '"Fix the roof first," Juno Park said.', quotes: [{ text: 'Fix the roof first,', closed: true, single: false }] },
  { name: 'curly double quotes', input: '“Fix the roof first,” Juno Park said.', quotes: [{ text: 'Fix the roof first,', closed: true }] },
  { name: 'guillemets', input: '«Fix the roof first», Juno Park said.', quotes: [{ text: 'Fix the roof first', closed: true }] },
  { name: 'German „…“', input: '„Erst das Dach“, sagte Juno Park.', quotes: [{ text: 'Erst das Dach' }] },
  { name: 'French spacing « … »', input: '« Le toit d’abord », a dit Juno Park.', quotes: [{ text: 'Le toit d’abord', closed: true }] },
  {
    name: 'French narrow no-break spaces inside the marks',
    input: '«\u202fLe toit d’abord\u202f», a dit Juno Park.',
    quotes: [{ text: 'Le toit d’abord', closed: true }],
  },
  { name: 'German »…« after a colon', input: 'Sie sagte: »Erst das Dach«, und ging.', quotes: [{ text: 'Erst das Dach', closed: true }] },
  {
    name: 'two French quotes in one paragraph',
    input: '« Oui », dit-il. « Non », répondit-elle.',
    quotes: [{ text: 'Oui' }, { text: 'Non' }],
  },
  {
    name: 'single curly marks as the outer quote',
    input: 'The mayor called it ‘a long cold winter’ on Monday.',
    quotes: [{ text: 'a long cold winter', single: true }],
  },
  {
    name: 'single straight marks as the outer quote',
    input: "The mayor called it 'a long cold winter' on Monday.",
    quotes: [{ text: 'a long cold winter', single: true }],
  },
  {
    name: 'nested singles inside doubles belong to the outer quote',
    input: '"He kept asking \'who pays for the bridge?\' all night," Juno Park said.',
    quotes: [{ text: "He kept asking 'who pays for the bridge?' all night," }],
  },
  {
    name: 'nested curly singles inside curly doubles',
    input: '“He kept asking ‘who pays?’ all night,” Juno Park said.',
    quotes: [{ text: 'He kept asking ‘who pays?’ all night,' }],
  },
  { name: 'nested guillemets inside doubles', input: '"She wrote «never» on the wall," he said.', quotes: [{ text: 'She wrote «never» on the wall,' }] },
  {
    name: 'a plural possessive inside a single-quoted phrase does not close it',
    input: "He called it 'the farmers' last stand' and left.",
    quotes: [{ text: "the farmers' last stand", single: true }],
  },
  { name: 'a plural possessive alone is no quote', input: "The farmers' market opened.", quotes: [], notes: [] },
  { name: 'three quotes in one sentence', input: 'Signs read "bread", "water" and "work".', quotes: [{ text: 'bread' }, { text: 'water' }, { text: 'work' }] },
  {
    name: 'a quote wrapped over a soft line break stays one quote',
    input: 'Intro here.\n\n"We will keep the clinic open\nall winter," the mayor said.\n\nEnd.',
    quotes: [{ text: 'We will keep the clinic open\nall winter,', paragraph: 1, closed: true }],
  },
  {
    name: 'multi-paragraph continuation: one quote per paragraph',
    input: '"The first part runs on.\n\n"The second part ends here," Juno Park said.',
    quotes: [
      { text: 'The first part runs on.', paragraph: 0, closed: false, continues: false, continued: true },
      { text: 'The second part ends here,', paragraph: 1, closed: true, continues: true, continued: false },
    ],
    notes: [],
  },
  {
    name: 'British multi-paragraph continuation in single marks',
    input: '‘The first part runs on.\n\n‘The second part ends here,’ Juno Park said.',
    quotes: [
      { text: 'The first part runs on.', paragraph: 0, closed: false, continues: false, continued: true },
      { text: 'The second part ends here,', paragraph: 1, closed: true, continues: true, continued: false },
    ],
  },
  {
    name: 'three-paragraph continuation',
    input: '"One.\n\n"Two.\n\n"Three," she said.',
    quotes: [
      { text: 'One.', paragraph: 0, closed: false, continues: false, continued: true },
      { text: 'Two.', paragraph: 1, closed: false, continues: true, continued: true },
      { text: 'Three,', paragraph: 2, closed: true, continues: true, continued: false },
    ],
  },
  {
    name: 'curly multi-paragraph continuation',
    input: '“The first part runs on.\n\n“The second part ends here,” she said.',
    quotes: [
      { text: 'The first part runs on.', continued: true, closed: false },
      { text: 'The second part ends here,', continues: true, closed: true },
    ],
  },
  {
    name: 'a stray mark leaves a note; the next paragraph is unaffected',
    input: 'A lone " mark sits here.\n\n"Next one is fine," he said.',
    quotes: [{ text: 'Next one is fine,', paragraph: 1, closed: true }],
    notes: ['stray-quote-mark'],
  },
  {
    name: 'an unclosed quote runs to its paragraph end and leaves a note',
    input: '"Never closed here.\n\nPlain paragraph.\n\n"Fine," he said.',
    quotes: [
      { text: 'Never closed here.', paragraph: 0, closed: false, continued: false },
      { text: 'Fine,', paragraph: 2, closed: true, continues: false },
    ],
    notes: ['unclosed-quote'],
  },
  {
    name: 'an unbalanced paragraph does not shift the pairs of the next one',
    input: 'She said "one and "two" then.\n\n"Three," he said. "Four."',
    quotes: [{ text: 'two' }, { text: 'Three,', paragraph: 1 }, { text: 'Four.', paragraph: 1 }],
    notes: ['stray-quote-mark'],
  },
  {
    name: 'a closing mark with no opener',
    input: 'It ended” there.\n\n"Then this," she said.',
    quotes: [{ text: 'Then this,', paragraph: 1 }],
    notes: ['stray-quote-mark'],
  },
  { name: 'empty quotation marks', input: 'He said "" and left.', quotes: [], notes: ['empty-quote'] },
  { name: 'an unpaired single mark', input: "He said 'no more and left.", quotes: [], notes: ['stray-quote-mark'] },
];

function project(text: string, q: PairedQuote, keys: readonly (keyof Expected)[]): Expected {
  const all: Required<Expected> = {
    text: text.slice(q.start, q.end),
    paragraph: q.paragraph,
    closed: q.close !== null,
    continues: q.continues,
    continued: q.continued,
    single: q.single,
  };
  return Object.fromEntries(keys.map((k) => [k, all[k]])) as unknown as Expected;
}

describe('pairQuotes', () => {
  it.each(cases)('$name', ({ input, quotes, notes }) => {
    const found = pairedQuotesOf(input);
    expect(found.quotes.length, 'number of quotes').toBe(quotes.length);
    found.quotes.forEach((q, i) => {
      const want = quotes[i] as Expected;
      expect(project(input, q, Object.keys(want) as (keyof Expected)[]), `quote ${i}`).toEqual(want);
    });
    if (notes) expect(found.notes.map((n) => n.rule)).toEqual(notes);
  });

  it('spans exclude the marks, and open/close point at the marks', () => {
    const input = 'She said “go now” twice.';
    const [q] = pairedQuotesOf(input).quotes;
    expect(q).toMatchObject({ start: 10, end: 16, open: { start: 9, end: 10 }, close: { start: 16, end: 17 } });
    expect(input.slice(9, 10)).toBe('“');
    expect(input.slice(16, 17)).toBe('”');
  });

  it('notes point at the offending mark', () => {
    const input = 'A lone " mark.';
    const { notes } = pairedQuotesOf(input);
    expect(notes).toHaveLength(1);
    expect(input.slice(notes[0]?.start, notes[0]?.end)).toBe('"');
  });

  // Known bug (pair-quotes): singles are paired whenever they lie outside every paired double, so
  // British-style nesting (single outer, double inner) yields the outer quote *and* an overlapping
  // inner one; ANNOTATION.md says the nested quote belongs to the outer one. Flip to `it` once fixed.
  it('British-style nesting: doubles inside singles belong to the outer quote', () => {
    const input = '‘He kept asking “who pays for the bridge?” all night,’ Juno Park said.';
    const { quotes } = pairedQuotesOf(input);
    expect(quotes.map((q) => input.slice(q.start, q.end))).toEqual(['He kept asking “who pays for the bridge?” all night,']);
  });

  it('quotes come out sorted by offset, doubles and singles interleaved', () => {
    const input = "It was 'first' and \"second\" and 'third'.";
    const { quotes } = pairedQuotesOf(input);
    expect(quotes.map((q) => input.slice(q.start, q.end))).toEqual(['first', 'second', 'third']);
  });
});
