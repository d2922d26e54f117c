/**
 * Properties of the whole engine on arbitrary text: `analyze` never throws, its analysis and the
 * report built from it satisfy the invariants, and the same input always gives the same output
 * (no hidden state between calls). Run counts are kept modest so the file takes a few seconds.
 *
 * The seed is fixed so that the suite is reproducible; explore with fresh seeds and more runs:
 *   FC_SEED=random FC_RUNS=5000 npx vitest run tests/analysis/properties.test.ts
 * A failure prints its seed and counterexample; pin a found bug as a plain example test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { buildReport } from '../../src/report/build-report.js';
import { assertAnalysisInvariants, assertReportInvariants } from '../support/invariants.js';

const RUNS = Number(process.env.FC_RUNS) || 150;
const SEED = process.env.FC_SEED === 'random' ? undefined : Number(process.env.FC_SEED) || 20_261_129;
fc.configureGlobal({ ...(SEED === undefined ? {} : { seed: SEED }), numRuns: RUNS });

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

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
const storyish = fc
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
const storyShaped = fc
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

function checkAll(text: string): void {
  const analysis = analyze(text);
  const report = buildReport(analysis, text);
  assertAnalysisInvariants(text, analysis);
  assertReportInvariants(text, report);
}

const arbitraries: [string, fc.Arbitrary<string>][] = [
  ['graphemes', fc.string({ unit: 'grapheme', maxLength: 200 })],
  ['binary code points', fc.string({ unit: 'binary', maxLength: 200 })],
  ['any UTF-16 code units (lone surrogates)', fc.string({ unit: codeUnit, maxLength: 200 })],
  ['story-like noise', storyish],
  ['story-shaped paragraphs', storyShaped],
];

describe('analyze on arbitrary text', () => {
  describe.each(arbitraries)('%s', (_name, arb) => {
    it('never throws and satisfies the invariants', () => {
      fc.assert(fc.property(arb, checkAll));
    });

    it('is deterministic: the same input gives deeply equal output, whatever ran in between', () => {
      fc.assert(
        fc.property(arb, arb, (a, b) => {
          const first = analyze(a);
          analyze(b);
          expect(analyze(a)).toStrictEqual(first);
        }),
        { numRuns: Math.round(RUNS / 3) },
      );
    });
  });

  it('the story-like arbitraries do produce quotes and sources (they exercise the later steps)', () => {
    const texts = fc.sample(storyShaped, { numRuns: 200, seed: 7 });
    const analyses = texts.map((t) => analyze(t));
    expect(analyses.some((a) => a.quotes.length > 0)).toBe(true);
    expect(analyses.some((a) => a.sources.length > 0)).toBe(true);
    expect(analyses.some((a) => a.statements.length > 0)).toBe(true);
  });
});
