/**
 * Hostile and unusual inputs: each must finish and satisfy the invariants. Speed is measured by
 * `npm run bench`, not here: no test asserts on a duration.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import type { Analysis } from '../../src/analysis/story.js';
import { buildReport } from '../../src/report/build-report.js';
import { assertAnalysisInvariants, assertReportInvariants } from '../support/invariants.js';

function check(text: string): Analysis {
  const analysis = analyze(text);
  assertAnalysisInvariants(text, analysis);
  assertReportInvariants(text, buildReport(analysis, text));
  return analysis;
}

/** A short story of our own, three paragraphs, two quotes; `BR` joins the lines. */
function story(br: string): string {
  return [
    'Harbour ferries stop for the winter',
    '',
    'The last ferry of the season left Tallow Quay on Sunday.',
    '',
    '"We will be back when the ice goes," said Brita Holm, who runs the line.',
    '',
    'Holm said the crossings would resume in April. "Book early," she added.',
  ].join(br);
}

describe('adversarial inputs', () => {
  it('empty string: an empty analysis', () => {
    const a = check('');
    expect(a).toMatchObject({ length: 0, quotes: [], sources: [], statements: [], paragraphs: [], sentences: [] });
    const r = buildReport(a, '');
    expect(r.summary.unnamedShare).toEqual({ quotes: 0, quotedWords: 0, statements: 0 });
  });

  it.each([
    ['spaces', '     '],
    ['mixed white space and line breaks', ' \t\n\r\n\u00a0\u2028\u2029\u3000 \n\n'],
  ])('white space only (%s): no paragraphs, no quotes', (_n, text) => {
    const a = check(text);
    expect(a.paragraphs).toEqual([]);
    expect(a.quotes).toEqual([]);
    expect(a.sources).toEqual([]);
  });

  it.each([
    ['straight', '"'],
    ['curly opening', '“'],
    ['alternating curly', '“”'],
    ['single', "'"],
    ['guillemets', '«»'],
  ])('100,000 quotation marks (%s)', (_n, unit) => {
    const text = unit.repeat(Math.ceil(100_000 / unit.length));
    check(text);
  });

  it.each([
    ['a cue at the very end of the text', 'According to Q,'],
    ['a cue closing its paragraph', 'Headline\n\nAccording to police,\n\nThe fire spread quickly.'],
  ])('%s: no statement with an empty or inverted span', (_name, text) => {
    const a = check(text);
    for (const st of a.statements) expect(st.end).toBeGreaterThan(st.start);
  });

  it('a name said three times after its title: the description keeps no copy of the name (found by the bench fuzzing)', () => {
    const a = check('Dr. Kofi Mensah Dr. Kofi Mensah Dr. Kofi Mensah said, "We agree."');
    for (const s of a.sources) if (s.description) expect(s.description.toLowerCase()).not.toContain(s.name.toLowerCase());
  });

  it('100,000 quotation marks separated by spaces', () => {
    check('" '.repeat(100_000));
  });

  it('100,000 tiny quotes in one paragraph', () => {
    const a = check('"ab" '.repeat(100_000));
    expect(a.quotes.length).toBeLessThanOrEqual(100_000);
  });

  it('1 MB without a space', () => {
    check('a'.repeat(1_000_000));
  });

  it('1 MB without a space, with marks and periods in it', () => {
    check('word."said"'.repeat(100_000));
  });

  it('a single 1 MB paragraph of words without a sentence end', () => {
    const a = check('the river ran past the town and on to the sea '.repeat(21_000));
    // cut at white space every 4,000 characters or so: no later step holds a 1 MB frame
    expect(a.sentences.length).toBeGreaterThan(200);
    for (const s of a.sentences) expect(s.end - s.start).toBeLessThanOrEqual(4_100);
  });

  it('a 1 MB sentence dense with names, cues, quotes, pronouns and organizations', () => {
    // every per-sentence look-up must be indexed: a quadratic step would not finish here
    const unit = 'Ana Ruiz said "a", he told Ola Berg that the official, a doctor, added "b" and according to the ministry the Clinton ad says one of them ';
    const a = check(unit.repeat(Math.ceil(1_000_000 / unit.length)));
    expect(a.sentences.length).toBeGreaterThan(200);
    expect(a.quotes.length).toBeGreaterThan(10_000);
    // a cut never falls inside a quotation
    for (const q of a.quotes) expect(a.sentences.some((s) => s.start <= q.open.start && (q.close?.end ?? q.end) <= s.end)).toBe(true);
  });

  it('a long sentence dense with cues and speakers', () => {
    check('said the official '.repeat(2_000));
  });

  // A statement's content stops at the next cue of its sentence, so a sentence with n cues
  // cannot yield n nested statements (~n²/2 characters, and quadratic time).
  it('statements stay proportional to the text in a cue-dense sentence', () => {
    const text = 'said the official '.repeat(2_000);
    const a = analyze(text);
    const covered = a.statements.reduce((n, s) => n + (s.end - s.start), 0);
    expect(covered).toBeLessThanOrEqual(text.length * 10);
  });

  it('deeply nested straight quotes', () => {
    check(`She said ${'"x '.repeat(5_000)}y${' z"'.repeat(5_000)} and left.`);
  });

  it('deeply nested doubles with singles inside: one quote', () => {
    const a = check(`"He said ${"'x ".repeat(3_000)}core${" z'".repeat(3_000)} twice," Ola Berg said.`);
    expect(a.quotes).toHaveLength(1);
  });

  // Single quotes around double ones are the outer quote; crossing pairs are dropped: never overlaps.
  it('deeply nested alternating curly quotes satisfy the invariants', () => {
    const depth = 2_000;
    const open = Array.from({ length: depth }, (_, i) => (i % 2 === 0 ? '“a ' : '‘b ')).join('');
    const close = Array.from({ length: depth }, (_, i) => (i % 2 === 0 ? ' c’' : ' d”')).join('');
    check(`She said ${open}core${close} and left.`);
  });

  it('surrogate pairs and emoji: offsets stay in UTF-16 code units', () => {
    const text = '🇳🇴 Fisher 👩‍👩‍👧 Live: "We caught 🐟🐟 today, 𝒜 record," said Ola Berg 😀.';
    const a = check(text);
    expect(a.quotes.map((q) => q.text)).toEqual(['We caught 🐟🐟 today, 𝒜 record,']);
    const q = a.quotes[0];
    expect(q?.start).toBe(text.indexOf('We caught'));
  });

  it('lone surrogates', () => {
    check('\uD800"We \uDC00 agree," said \uDBFF Ola Berg.\uDFFF\n\n"\uD83D" \uDE00');
    check('\uD800'.repeat(10_000));
  });

  it('right-to-left text with Arabic guillemet quotes', () => {
    const text = 'قال المسؤول في الوزارة: «لن نغادر المدينة».\n\n"We stay," said Ola Berg, قال.\n\nالنص العربي \u200fيستمر هنا.';
    const a = check(text);
    expect(a.quotes.map((q) => q.text)).toEqual(['لن نغادر المدينة', 'We stay,']);
    expect(a.quotes[0]?.start).toBe(text.indexOf('لن'));
  });

  it('bidi control characters around quotation marks', () => {
    check('\u202e"We stay," said Ola Berg.\u202c\u200f');
    check('\u2067«نعم»\u2069 \u200e"yes"\u200e \u061c"x"\u061c');
  });

  it('NUL bytes', () => {
    check('\0');
    check('\0'.repeat(10_000));
    const a = check('"We\0agree," said\0Ola Berg.\0\n\n\0"Fine."');
    expect(a.quotes.map((q) => q.text)).toContain('We\0agree,');
  });

  it('control characters and non-characters', () => {
    check(Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('"x" '));
    check('\uFFFE\uFFFF"a"\uFEFF said Ola Berg.');
  });

  describe('line breaks: offsets index the given text exactly', () => {
    it.each([
      ['LF', '\n'],
      ['CRLF', '\r\n'],
      ['CR', '\r'],
      ['U+2028', '\u2028'],
    ])('%s', (_n, br) => {
      const text = story(br);
      const a = check(text);
      expect(a.quotes.map((q) => q.text)).toEqual(['We will be back when the ice goes,', 'Book early,']);
      for (const q of a.quotes) {
        expect(text.slice(q.start, q.end)).toBe(q.text);
        expect(q.start).toBe(text.indexOf(q.text));
        expect(text[q.open.start]).toBe('"');
        expect(text[q.close?.start ?? -1]).toBe('"');
      }
      expect(a.paragraphs).toHaveLength(4);
      const speaker = a.quotes[0]?.speakerMention;
      expect(speaker && text.slice(speaker.start, speaker.end)).toBe(speaker?.text);
    });

    it('U+2029 paragraph separators', () => {
      const text = story('\u2029');
      const a = check(text);
      expect(a.quotes.map((q) => text.slice(q.start, q.end))).toEqual(['We will be back when the ice goes,', 'Book early,']);
    });

    it('mixed line-break styles in one story', () => {
      const text = 'Title\r\n\r\nFirst paragraph.\n\n"A quote here," said Ola Berg.\r\rLast.\u2028\u2028End.';
      const a = check(text);
      expect(a.quotes.map((q) => q.text)).toEqual(['A quote here,']);
      expect(a.quotes[0]?.start).toBe(text.indexOf('A quote here,'));
    });
  });

  it('10 MB of real-looking text: one sample story repeated', () => {
    const one = (JSON.parse(readFileSync(new URL('../../samples/palace-talks.json', import.meta.url), 'utf8')) as { text: string }).text;
    const perCopy = analyze(one).quotes.length;
    expect(perCopy).toBeGreaterThan(5);
    const copies = Math.ceil(10_000_000 / (one.length + 2));
    const text = Array.from({ length: copies }, () => one).join('\n\n');
    expect(text.length).toBeGreaterThanOrEqual(10_000_000);
    const a = check(text);
    const expected = copies * perCopy;
    expect(Math.abs(a.quotes.length - expected)).toBeLessThanOrEqual(Math.ceil(expected * 0.01));
  });
});
