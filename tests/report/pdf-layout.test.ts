/**
 * The PDF's line breaking (src/report/formats/pdf-layout.ts): words too long for a line are cut
 * between characters, never inside one, and ordinary text breaks where pdfkit's own wrapper
 * breaks it (same number of lines for every quote and statement of the samples).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { breakWord, clusterEnd, type Measure, wrap } from '../../src/report/formats/pdf-layout.js';
import { PdfText, type TextStyle } from '../../src/report/formats/pdf-text.js';

/** One point per character (grapheme cluster), two for `W`. */
const unit = (s: string) => (s === 'W' ? 2 : 1);
const units: Measure = { word: (s) => clusters(s).reduce((w, c) => w + unit(c), 0), cluster: unit };

function clusters(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; ) {
    const end = clusterEnd(s, i);
    out.push(s.slice(i, end));
    i = end;
  }
  return out;
}

describe('breakWord', () => {
  const family = '👩\u200d👩\u200d👧';
  const cases: [string, string, number, number, string[]][] = [
    ['an empty word has no pieces', '', 10, 10, []],
    ['a word that fits stays whole', 'abcdef', 10, 10, ['abcdef']],
    ['a word exactly as wide as the line stays whole', 'abcdefghij', 10, 10, ['abcdefghij']],
    ['a word twice the line width makes two full lines', 'a'.repeat(20), 10, 10, ['a'.repeat(10), 'a'.repeat(10)]],
    ['the rest of the current line is filled first', 'a'.repeat(12), 10, 4, ['aaaa', 'a'.repeat(8)]],
    ['no room left on the line: an empty first piece', 'a'.repeat(12), 10, 0, ['', 'a'.repeat(10), 'aa']],
    ['a character wider than the line gets a line of its own', 'aWa', 1, 1, ['a', 'W', 'a']],
    ['surrogate pairs stay whole', '😀'.repeat(7), 3, 3, ['😀😀😀', '😀😀😀', '😀']],
    ['combining marks stay with their letter', 'e\u0301'.repeat(5), 2, 2, ['e\u0301e\u0301', 'e\u0301e\u0301', 'e\u0301']],
    ['stacked marks too', 'a\u0301\u0323b\u0308c', 1, 1, ['a\u0301\u0323', 'b\u0308', 'c']],
    ['flags are pairs of regional indicators', '🇳🇴🇫🇷🇯🇵', 1, 1, ['🇳🇴', '🇫🇷', '🇯🇵']],
    ['emoji joined by ZWJ are one character', `${family}${family}`, 1, 1, [family, family]],
    ['skin tones stay with their emoji', '👍🏽👍🏽', 1, 1, ['👍🏽', '👍🏽']],
    ['a lone surrogate is a character of its own', '\ud800a\udc00', 1, 1, ['\ud800', 'a', '\udc00']],
  ];
  it.each(cases)('%s', (_name, word, width, first, expected) => {
    const pieces = breakWord(word, width, unit, first);
    expect(pieces).toEqual(expected);
    expect(pieces.join('')).toBe(word);
    pieces.forEach((p, i) => {
      if (clusters(p).length > 1) expect(units.word(p), p).toBeLessThanOrEqual(i === 0 ? first : width);
    });
  });

  it('never cuts a character in two and always gives the word back (fast-check)', () => {
    const parts = fc.constantFrom('a', 'W', 'é', 'e\u0301', '😀', '👍🏽', '\u200d', '\u0301', '\ud800', '\udc00', ' ');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 40 }), fc.integer({ min: 1, max: 8 }), (list, width) => {
        const word = list.join('');
        const pieces = breakWord(word, width, unit);
        expect(pieces.join('')).toBe(word);
        for (let i = 1; i < pieces.length; i++) expect(cutsACharacter(pieces[i - 1] ?? '', pieces[i] ?? ''), `${pieces}`).toBe(false);
      }),
      { numRuns: 500, seed: 15 },
    );
  });
});

/** Whether a line break between `before` and `after` would fall inside a character, by rules of its own. */
function cutsACharacter(before: string, after: string): boolean {
  const last = before.charCodeAt(before.length - 1);
  const next = after.codePointAt(0) ?? 0;
  const pair = last >= 0xd800 && last <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
  return pair || last === 0x200d || next === 0x200d || /^\p{M}/u.test(after) || (next >= 0x1f3fb && next <= 0x1f3ff);
}

describe('wrap', () => {
  const lines = (text: string, width: number) => wrap([{ text, style: 'x' }], width, () => units).map((l) => l.pieces.map((p) => p.text).join(''));

  it.each([
    ['words fill a line, then the next', 'aa bb cc dd', 6, ['aa bb ', 'cc dd']],
    ['a line break in the text ends the line', 'aa\nbb', 10, ['aa', 'bb']],
    ['a blank line stays', 'aa\n\nbb', 10, ['aa', '', 'bb']],
    ['a long word fills the rest of its line first, as pdfkit does', 'ab cdefghij', 5, ['ab cd', 'efghi', 'j']],
    ['an empty text has no lines', '', 5, []],
  ])('%s', (_name, text, width, expected) => {
    expect(lines(text, width)).toEqual(expected);
  });

  it('a run of zero-width characters is still cut into lines of bounded length', () => {
    const out = wrap([{ text: '\u200b'.repeat(5000), style: 'x' }], 10, () => ({ word: () => 0, cluster: () => 0 }));
    expect(out.length).toBeGreaterThan(1);
    for (const line of out) expect(line.pieces.reduce((n, p) => n + p.text.length, 0)).toBeLessThanOrEqual(400);
  });
});

describe('the same lines as pdfkit on ordinary text', () => {
  const require = createRequire(import.meta.url);
  const doc = new PDFDocument({ size: 'A4' });
  doc.registerFont('Body', readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')));
  doc.registerFont('Bold', readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')));
  const t = new PdfText(doc);
  const dir = join(import.meta.dirname, '..', '..', 'samples');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const report = check((JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string }).text);
      return [...report.quotes.map((q) => `“${q.text}”`), ...report.statements.map((s) => s.text), ...report.findings.map((x) => x.message)];
    });

  it.each([
    ['Body', 10, 459],
    ['Body', 8.5, 459],
    ['Bold', 9, 118],
  ] as const)('%s %d pt in %d points', (font, size, width) => {
    const style: TextStyle = { font, size, colour: '#000' };
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) {
      const ours = t.lines(text, style, width).length;
      const theirs = Math.round(doc.font(font).fontSize(size).heightOfString(text, { width }) / doc.currentLineHeight(true));
      expect(ours, text).toBe(theirs);
    }
  });
});
