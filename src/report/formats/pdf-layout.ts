/**
 * Line breaking for the PDF, pure (no pdfkit): the same greedy algorithm and the same break
 * opportunities (UAX #14, through the `linebreak` package pdfkit itself uses) as pdfkit's
 * LineWrapper, so ordinary paragraphs break exactly where pdfkit would break them, but in time
 * linear in the text. pdfkit breaks a word wider than the line by measuring ever-longer
 * prefixes of it, quadratic in the word (a 16,000-letter name took a minute and 3 GB);
 * `breakWord` cuts it from the width of each character instead, measured once per character.
 */
import LineBreaker from 'linebreak';

/** How wide a string is, in points, in one style. */
export type WidthOf = (s: string) => number;

export interface Measure {
  /** The width of a word (a string with no break opportunity inside), exact: what pdfkit draws. */
  word: WidthOf;
  /** The width of one character (grapheme cluster), for cutting words too long for a line. */
  cluster: WidthOf;
}

export interface Run<S> {
  text: string;
  style: S;
}

export interface Piece<S> {
  text: string;
  style: S;
  width: number;
}

export interface Line<S> {
  pieces: Piece<S>[];
}

/**
 * The most UTF-16 code units on one line or in one cluster. Characters of no width (combining
 * marks, zero-width spaces) never fill a line, and text shaping is slow on a long run of them;
 * no real line or character comes near these.
 */
export const MAX_LINE_UNITS = 400;
const MAX_CLUSTER_UNITS = 32;
/** Longer words, and their pieces, are measured by their characters, so that a huge word is never shaped whole. */
const LONG_WORD_UNITS = 200;

// Marks, joiners, Hangul vowel and final jamo, emoji modifiers and tags belong with the
// character before them. (Intl.Segmenter would know better but is quadratic on a long string.)
const MARK = /\p{M}/u;
const isRegional = (c: number) => c >= 0x1f1e6 && c <= 0x1f1ff;

function extendsCluster(c: number): boolean {
  if (c < 0x300) return false;
  if (c === 0x200c || c === 0x200d || (c >= 0x1160 && c <= 0x11ff)) return true;
  if ((c >= 0x1f3fb && c <= 0x1f3ff) || (c >= 0xe0020 && c <= 0xe007f)) return true;
  return MARK.test(String.fromCodePoint(c));
}

/** The index just past the character (grapheme cluster, near enough) that starts at `i`. */
export function clusterEnd(s: string, i: number): number {
  const first = s.codePointAt(i) ?? 0;
  let j = i + (first > 0xffff ? 2 : 1);
  // a flag is a pair of regional indicators
  if (isRegional(first) && isRegional(s.codePointAt(j) ?? 0)) j += 2;
  while (j < s.length && j - i < MAX_CLUSTER_UNITS) {
    const c = s.codePointAt(j) ?? 0;
    if (!extendsCluster(c) && s.charCodeAt(j - 1) !== 0x200d) break;
    j += c > 0xffff ? 2 : 1;
  }
  return j;
}

/**
 * Cuts `word` into pieces, each as wide as fits: the first in `firstWidth` (what is left of
 * the current line; empty when not even one character fits there), the others in `width`. A
 * character wider than a whole line gets a piece of its own. Never cuts inside a character.
 */
export function breakWord(word: string, width: number, widthOf: WidthOf, firstWidth = width): string[] {
  const pieces: string[] = [];
  let start = 0;
  let used = 0;
  let room = firstWidth;
  let i = 0;
  while (i < word.length) {
    const end = clusterEnd(word, i);
    const w = widthOf(word.slice(i, end));
    const full = used + w > room || end - start > MAX_LINE_UNITS;
    if (full && (i > start || room < width)) {
      pieces.push(word.slice(start, i));
      start = i;
      used = 0;
      room = width;
    } else {
      used += w;
      i = end;
    }
  }
  if (start < word.length) pieces.push(word.slice(start));
  return pieces;
}

/** A mandatory break pdfkit leaves at the end of a word (it would draw a CR or a U+2028 as a glyph). */
const TRAILING_BREAK = /[\n\v\f\r\u0085\u2028\u2029]+$/;

/** Breaks styled runs of text into lines no wider than `width` (a character wider than the line aside). */
export function wrap<S>(runs: readonly Run<S>[], width: number, measure: (style: S) => Measure): Line<S>[] {
  const lines: Line<S>[] = [];
  let pieces: Piece<S>[] = [];
  let left = width;
  let units = 0;
  const newLine = () => {
    lines.push({ pieces });
    pieces = [];
    left = width;
    units = 0;
  };
  const put = (text: string, style: S, w: number) => {
    if (units + text.length > MAX_LINE_UNITS && units > 0) newLine();
    const last = pieces[pieces.length - 1];
    if (last && last.style === style) {
      last.text += text;
      last.width += w;
    } else pieces.push({ text, style, width: w });
    left -= w;
    units += text.length;
  };
  for (const run of runs) {
    const m = measure(run.style);
    const breaker = new LineBreaker(run.text);
    let from = 0;
    for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
      let word = run.text.slice(from, bk.position);
      from = bk.position;
      if (bk.required) word = word.replace(TRAILING_BREAK, '');
      const w = word.length > LONG_WORD_UNITS ? sum(word, m.cluster) : m.word(word);
      if (word.length > MAX_LINE_UNITS || w > width) {
        // like pdfkit: fill what is left of this line, then whole lines
        const measure = word.length > LONG_WORD_UNITS ? (piece: string) => sum(piece, m.cluster) : m.word;
        breakWord(word, width, m.cluster, left).forEach((piece, k) => {
          if (k > 0) newLine();
          if (piece) put(piece, run.style, measure(piece));
        });
      } else if (w <= left) put(word, run.style, w);
      else {
        newLine();
        put(word, run.style, w);
      }
      if (bk.required) newLine();
    }
  }
  if (pieces.length > 0) newLine();
  return lines;
}

function sum(word: string, widthOf: WidthOf): number {
  let total = 0;
  for (let i = 0; i < word.length; ) {
    const end = clusterEnd(word, i);
    total += widthOf(word.slice(i, end));
    i = end;
  }
  return total;
}
