/**
 * Arbitrary texts for the property tests and for the span-contract fuzzing of `npm run bench`:
 * any UTF-16 (lone surrogates included), story-like noise of quotation marks, cues, names and odd
 * characters, and story-shaped paragraphs. Shared so that the bench's 100,000 inputs and the
 * tests' few thousand come from the same generators.
 */
import fc from 'fast-check';

/** Any UTF-16 code unit, lone surrogates included. */
export const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const QUOTE_CHARS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '‚', '‟'];
const BREAKS = ['\r\n', '\r', '\n', '\n\n', '\r\n\r\n', '\u2028', '\u2029'];
const WORDS = [
  'the',
  'official',
  'said',
  'says',
  'told',
  'added',
  'according to',
  'an official of the palace',
  'she',
  'he',
  'they',
  'ministry',
  'statement',
  'who',
  'was',
  'not',
  'authorized to speak publicly',
  'declined to be named',
  'film',
  'so-called',
  'the word',
  "don't",
  "'90s",
  "O'Brien",
  "rock 'n' roll",
  'Mr.',
  'U.S.',
  'http://example.org/"x"',
  '`a="b"`',
];
const NAMES = ['Maria Olsen', 'Olsen', 'Hugh Hill', 'Ana Ruiz', 'Dr. Kofi Mensah', 'the World Health Organization', 'Ferrand’s office'];
const ODD = [
  '\u0000',
  '😀',
  '👩‍👩‍👧',
  '🇫🇷',
  'مرحبا بالعالم',
  'قال المسؤول',
  '\u200f',
  '\u202e',
  '\uD800',
  '\uDC00',
  'é',
  'e\u0301',
  '\t',
  '\u00a0',
  '—',
  '–',
  '…',
  ':',
  ',',
  '.',
  '?',
  '!',
  '(',
  ')',
];

/** Story-like noise: quote marks, line breaks, words, names, cues, NUL, emoji and RTL text. */
export const storyish = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...QUOTE_CHARS) },
      { weight: 2, arbitrary: fc.constantFrom(...BREAKS) },
      { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 2, arbitrary: fc.constantFrom(...NAMES) },
      { weight: 3, arbitrary: fc.constantFrom(...ODD) },
      { weight: 6, arbitrary: fc.constant(' ') },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 8 }) },
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(''));

/** Paragraphs of `"…," NAME said.` sentences and narration, the shape of a real story. */
export const storyShaped = fc
  .array(
    fc.tuple(
      fc.constantFrom('"', '“', '«', "'", '‘', ''),
      fc.array(fc.constantFrom(...WORDS, ...NAMES), { minLength: 1, maxLength: 8 }),
      fc.constantFrom('"', '”', '»', "'", '’', ''),
      fc.constantFrom(' said ', ', ', ' ', ' told reporters. '),
      fc.constantFrom(...NAMES, 'she', 'the official', ''),
      fc.constantFrom('.', '', ':', '?'),
      fc.constantFrom(...BREAKS, ' '),
    ),
    { maxLength: 12 },
  )
  .map((sentences) => sentences.map(([o, words, c, cue, who, end, br]) => `${o}${words.join(' ')},${c}${cue}${who}${end}${br}`).join(''));

/** Short runs of cue-dense pieces (`According to`, a lone comma, a blank line): where attribution spans begin and end. */
const CUE_PIECES = [
  'According to',
  'according to',
  'police',
  'Q',
  ',',
  '.',
  ':',
  ' ',
  '\n',
  '\n\n',
  'said',
  'says',
  'told',
  'the official',
  'Maria Olsen',
  'she',
  '"',
  '“',
  '”',
  '«',
  '»',
  "'",
  '—',
  'that',
  'Headline',
  'The fire spread quickly',
  '(',
  ')',
  'who',
  'added',
  'and',
  'one of them',
  'two people familiar with the matter',
  'the ministry',
  'in a statement',
  'Mr.',
  '4,200',
  'on Monday',
  '?',
  '!',
  ';',
  '…',
];
export const cueDense = fc
  .array(fc.tuple(fc.constantFrom(...CUE_PIECES), fc.constantFrom(' ', '', ' ', '\n')), { maxLength: 12 })
  .map((parts) => parts.map(([piece, gap]) => piece + gap).join(''));

export const ARBITRARIES: [string, fc.Arbitrary<string>][] = [
  ['graphemes', fc.string({ unit: 'grapheme', maxLength: 200 })],
  ['binary code points', fc.string({ unit: 'binary', maxLength: 200 })],
  ['any UTF-16 code units (lone surrogates)', fc.string({ unit: codeUnit, maxLength: 200 })],
  ['story-like noise', storyish],
  ['story-shaped paragraphs', storyShaped],
  ['cue-dense fragments', cueDense],
];
