/**
 * find-quote-marks: which characters may open or close a quote. Apostrophes never become marks;
 * marks inside URLs and inline code are set aside with a note.
 */
import { describe, expect, it } from 'vitest';
import { findQuoteMarks, type QuoteMark } from '../../../src/analysis/steps/find-quote-marks.js';
import type { Note } from '../../../src/analysis/story.js';

/** A mark as `<offset><char><o|c|oc|->`: o may open, c may close, - neither. */
function show(m: QuoteMark): string {
  const side = m.canOpen && m.canClose ? 'oc' : m.canOpen ? 'o' : m.canClose ? 'c' : '-';
  return `${m.start}${m.char}${side}`;
}

function run(input: string): { marks: string[]; notes: Note[]; raw: QuoteMark[] } {
  const notes: Note[] = [];
  const raw = findQuoteMarks(input, notes).toArray();
  return { marks: raw.map(show), notes, raw };
}

interface Case {
  name: string;
  input: string;
  marks: string[];
}

const apostrophes: Case[] = [
  { name: "contraction don't", input: "We don't know yet.", marks: [] },
  { name: 'curly contraction won’t', input: 'It won’t rain.', marks: [] },
  { name: "decade '90s", input: "a band from the '90s returns", marks: [] },
  { name: 'decade ‘90s with a left single mark', input: 'a band from the ‘90s returns', marks: [] },
  { name: "year '24", input: "the class of '24 met", marks: [] },
  { name: "rock 'n' roll", input: "a night of rock 'n' roll music", marks: [] },
  { name: 'rock ’n’ roll (curly)', input: 'a night of rock ’n’ roll music', marks: [] },
  { name: "O'Brien", input: "Deirdre O'Brien spoke.", marks: [] },
  { name: 'O’Brien (curly)', input: 'Deirdre O’Brien spoke.', marks: [] },
  { name: "'em and 'tis", input: "Round 'em up, 'tis late.", marks: [] },
  { name: 'feet and inches 5\'10"', input: 'He stood 5\'10" tall.', marks: [] },
];

const marks: Case[] = [
  { name: 'straight double pair', input: '"Yes," she said.', marks: ['0"o', '5"c'] },
  { name: 'curly double pair', input: '“Yes,” she said.', marks: ['0“o', '5”c'] },
  { name: 'guillemets', input: '«Oui», dit-elle.', marks: ['0«o', '4»c'] },
  { name: 'German low-high pair', input: '„Ja“, sagte sie.', marks: ['0„o', '3“c'] },
  { name: 'straight single pair', input: "He said 'no' twice.", marks: ["8'o", "11'c"] },
  { name: 'curly single pair around a sentence end', input: 'He said ‘no.’', marks: ['8‘o', '12’c'] },
  { name: 'after a colon without a space', input: 'said:"Go"', marks: ['5"o', '8"c'] },
  { name: 'inside parentheses', input: '("Yes")', marks: ['1"o', '5"c'] },
  { name: 'after an em dash, before a comma', input: '—"Go", he said', marks: ['1"o', '4"c'] },
  { name: 'between two letters: neither side', input: 'a"b', marks: ['1"-'] },
  { name: 'surrounded by spaces: neither side', input: 'x " y', marks: ['2"-'] },
  { name: 'alone', input: '"', marks: ['0"-'] },
  {
    name: 'a space between a closing single mark and the double one around it: the double still closes',
    input: `"the word 'late,' " he said`,
    marks: ['0"o', "10'o", "16'c", '18"c'],
  },
  { name: 'the same with curly marks', input: '“the word ‘late,’ ” he said', marks: ['0“o', '10‘o', '16’c', '18”c'] },
  { name: 'a spaced double mark after a single mark that closes nothing stays neither', input: 'x \' " y', marks: ["2'-", '4"-'] },
  { name: 'curly opener with a space after still opens (glyph decides)', input: '“ x ”', marks: ['0“o', '4”c'] },
  { name: 'adjacent marks: the middle one may do both', input: 'x """ y', marks: ['2"o', '3"oc', '4"c'] },
  { name: "plural possessive Libyans' is kept only as a possible closer", input: "The Libyans' plans changed.", marks: ["11'c"] },
  { name: 'plural possessive farmers’ (curly)', input: 'the farmers’ harvest', marks: ['11’c'] },
];

describe('findQuoteMarks', () => {
  describe('apostrophes are never marks', () => {
    it.each(apostrophes)('$name', ({ input, marks: expected }) => {
      expect(run(input).marks).toEqual(expected);
    });
  });

  describe('canOpen / canClose from the neighbours', () => {
    it.each(marks)('$name', ({ input, marks: expected }) => {
      expect(run(input).marks).toEqual(expected);
    });
  });

  it('a possessive apostrophe can never open a quote', () => {
    for (const input of ["The Libyans' plans", 'the farmers’ harvest', "Jesus' words"]) {
      expect(
        run(input).raw.some((m) => m.canOpen),
        input,
      ).toBe(false);
    }
  });

  it('records family and glyph direction', () => {
    const { raw } = run('“a” «b» ‘c’ "d"');
    expect(raw.map((m) => [m.char, m.family, m.glyph])).toEqual([
      ['“', 'double', 1],
      ['”', 'double', -1],
      ['«', 'guillemet', 1],
      ['»', 'guillemet', -1],
      ['‘', 'single', 1],
      ['’', 'single', -1],
      ['"', 'double', 0],
      ['"', 'double', 0],
    ]);
  });

  describe('marks inside URLs and inline code are set aside with a note', () => {
    const urlCases = [
      { name: 'http URL', input: 'See http://example.org/a"b for more.', at: [24] },
      { name: 'https URL with a query', input: 'Open https://example.org/?q="x" now.', at: [28, 30] },
      { name: 'www address', input: 'Visit www.example.org/"q" today.', at: [22, 24] },
      { name: 'inline code', input: 'Type `name="river"` there.', at: [11, 17] },
    ];
    it.each(urlCases)('$name', ({ input, at }) => {
      const { raw, notes } = run(input);
      expect(raw).toEqual([]);
      expect(notes.map((n) => [n.rule, n.start, n.end])).toEqual(at.map((i) => ['mark-in-url-or-code', i, i + 1]));
      for (const n of notes) expect(input.slice(n.start, n.end)).toBe('"');
    });

    it('a real quote next to a URL is still found', () => {
      const input = 'The page http://example.org/x says "closed until May" today.';
      const { marks: found, notes } = run(input);
      expect(found).toEqual(['35"o', '52"c']);
      expect(notes).toEqual([]);
    });
  });
});
