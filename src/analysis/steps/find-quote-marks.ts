/**
 * Every character that can open or close a quotation, with what its neighbours allow. Apostrophes
 * (`don't`, `'90s`, `rock 'n' roll`, `O'Brien`) are told apart here and never become marks; marks
 * inside URLs and inline code are set aside with a note. One pass, linear in the text.
 */

import { opensLeadingApostropheWord } from '../lexicon/non-quotes.js';
import type { NoteSink } from '../notes.js';
import { isSpace, type Span } from '../span.js';

export type MarkFamily = 'double' | 'single' | 'guillemet';

/** A quotation mark and what its neighbours allow, as `QuoteMarks.at` reads it (for tests and notes). */
export interface QuoteMark extends Span {
  char: string;
  family: MarkFamily;
  /** Neighbours allow it to open a quote (non-space after, a boundary before). */
  canOpen: boolean;
  /** Neighbours allow it to close a quote (non-space before, a boundary after). */
  canClose: boolean;
  /** The glyph itself says which side it is: 1 opening, -1 closing, 0 either. */
  glyph: 1 | -1 | 0;
}

/**
 * The story's quotation marks in order, as two typed columns (where each starts; its glyph and
 * sides in one byte) read by index. A story of nothing but marks has one per character: as
 * objects, a 2 MB story's 600,000 marks outlived V8's young generation and cost per byte twice
 * what a small story's did; as columns they are two allocations.
 */
export class QuoteMarks {
  private starts = new Int32Array(16);
  private bits = new Uint8Array(16);
  length = 0;

  push(start: number, bits: number): void {
    if (this.length === this.starts.length) {
      const starts = new Int32Array(this.length * 2);
      starts.set(this.starts);
      this.starts = starts;
      const more = new Uint8Array(this.length * 2);
      more.set(this.bits);
      this.bits = more;
    }
    this.starts[this.length] = start;
    this.bits[this.length] = bits;
    this.length++;
  }

  start(i: number): number {
    return this.starts[i] as number;
  }

  end(i: number): number {
    return (this.starts[i] as number) + this.glyphOf(i).char.length;
  }

  char(i: number): string {
    return this.glyphOf(i).char;
  }

  family(i: number): MarkFamily {
    return this.glyphOf(i).family;
  }

  isSingle(i: number): boolean {
    return this.glyphOf(i).family === 'single';
  }

  canOpen(i: number): boolean {
    return ((this.bits[i] as number) & CAN_OPEN) !== 0;
  }

  canClose(i: number): boolean {
    return ((this.bits[i] as number) & CAN_CLOSE) !== 0;
  }

  glyph(i: number): 1 | -1 | 0 {
    return this.glyphOf(i).glyph;
  }

  /** Mark i's span. */
  span(i: number): Span {
    return { start: this.start(i), end: this.end(i) };
  }

  /** Mark i as an object (tests and notes; the pairing reads the columns). */
  at(i: number): QuoteMark {
    const g = this.glyphOf(i);
    return { start: this.start(i), end: this.end(i), char: g.char, family: g.family, canOpen: this.canOpen(i), canClose: this.canClose(i), glyph: g.glyph };
  }

  toArray(): QuoteMark[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }

  private glyphOf(i: number): Glyph {
    return GLYPHS[(this.bits[i] as number) & GLYPH_MASK] as Glyph;
  }
}

const GLYPH_MASK = 15;
const CAN_OPEN = 16;
const CAN_CLOSE = 32;

/**
 * The characters marks start with. Typewriter doubles (`''…''`, ``` ``…'' ```) are read as one
 * mark, so they are not two singles; a lone backtick is no mark. A regular expression skips the
 * text between marks faster than a loop over its characters; `test` copies nothing.
 */
const MARK_START = /["“”„‟«»‹›'‘’‚`]/g;
const EXCLUDED = /\b(?:https?|ftp):\/\/[^\s<>]*|\bwww\.[^\s<>]+|`[^`\n]{0,200}`/g;

const GLYPH: Record<string, [MarkFamily, 1 | -1 | 0]> = {
  '"': ['double', 0],
  "''": ['double', 0],
  '``': ['double', 1],
  '“': ['double', 1],
  '”': ['double', -1],
  '„': ['double', 1],
  '‟': ['double', 1],
  '«': ['guillemet', 1],
  '»': ['guillemet', -1],
  '‹': ['guillemet', 1],
  '›': ['guillemet', -1],
  "'": ['single', 0],
  '‘': ['single', 1],
  '’': ['single', -1],
  '‚': ['single', 1],
};

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[([{\-–—/:;,\p{Cf}]/u;
const CLOSING_CONTEXT = /[)\]}.,;:!?\-–—/…\p{Cf}]/u;

interface Glyph {
  char: string;
  family: MarkFamily;
  glyph: 1 | -1 | 0;
  /** Its index in GLYPHS: what QuoteMarks keeps of it. */
  index: number;
}

/** Every glyph, in the order of GLYPH: a mark holds its index. */
const GLYPHS: readonly Glyph[] = Object.entries(GLYPH).map(([char, [family, side]], index) => ({ char, family, glyph: side, index }));

function glyph(char: string): Glyph {
  return GLYPHS.find((g) => g.char === char) as Glyph;
}

/** The one-character glyphs by code unit. */
const GLYPH_BY_CODE = new Map<number, Glyph>(
  Object.keys(GLYPH)
    .filter((char) => char.length === 1)
    .map((char) => [char.charCodeAt(0), glyph(char)]),
);
/** The same, as a table for the neighbours of every mark (all glyphs lie below U+2040). */
const IS_MARK_CODE = new Uint8Array(0x2040);
for (const code of GLYPH_BY_CODE.keys()) IS_MARK_CODE[code] = 1;
const TYPEWRITER_DOUBLE = glyph("''");
const BACKTICK_DOUBLE = glyph('``');
const NONE = -1;

export function findQuoteMarks(text: string, notes: NoteSink): QuoteMarks {
  const excluded = excludedSpans(text);
  let ex = 0;
  const marks = new QuoteMarks();
  const re = new RegExp(MARK_START);
  let from = 0; // where the search for the next mark goes on
  for (let at = nextMarkStart(re, text, 0); at >= 0; at = nextMarkStart(re, text, from)) {
    const code = text.charCodeAt(at);
    const twice = text.charCodeAt(at + 1) === code;
    if (code === 96 && !twice) {
      from = at + 1; // a lone backtick
      continue;
    }
    // `''` and `` `` `` are one double mark; a lone `'` is a single one
    const found = code === 96 ? BACKTICK_DOUBLE : code === 39 && twice ? TYPEWRITER_DOUBLE : (GLYPH_BY_CODE.get(code) as Glyph);
    const { char, family, glyph } = found;
    const end = at + char.length;
    from = end;
    while (ex < excluded.length && (excluded[ex] as Span).end <= at) ex++;
    const inside = ex < excluded.length && (excluded[ex] as Span).start <= at;
    if (inside) {
      if (family === 'double')
        notes.push({ rule: 'mark-in-url-or-code', message: 'Quotation mark inside a URL or code: not a quote.', start: at, end: at + char.length });
      continue;
    }
    const prev = at > 0 ? text.charCodeAt(at - 1) : NONE;
    const next = end < text.length ? text.charCodeAt(end) : NONE;
    if (family === 'single' && isApostrophe(text, at, prev, next)) continue;
    if (char === '"' && isInchMark(text, at, prev)) continue;
    const prevBoundary = prev === NONE || isSpace(prev) || isOpeningContext(prev) || isMarkCode(prev);
    const nextBoundary = next === NONE || isSpace(next) || isClosingContext(next) || isMarkCode(next);
    const canOpen = next !== NONE && !isSpace(next) && prevBoundary;
    const canClose = prev !== NONE && !isSpace(prev) && nextBoundary;
    let opens = canOpen || (!canClose && glyph === 1);
    let closes = canClose || (!canOpen && glyph === -1) || (family === 'double' && nextBoundary && spacedAfterSingle(text, at));
    // French spacing, `« Oui »` (a space or a narrow no-break space inside the marks): the glyph
    // says the side. German `sagte er: »Ja«` has no space inside and reads as before.
    if (family === 'guillemet' && glyph === -1 && prev !== NONE && isSpace(prev) && nextBoundary) {
      opens = false;
      closes = true;
    } else if (family === 'guillemet' && glyph === 1 && next !== NONE && isSpace(next) && prevBoundary) {
      opens = true;
      closes = false;
    }
    marks.push(at, found.index | (opens ? CAN_OPEN : 0) | (closes ? CAN_CLOSE : 0));
  }
  return marks;
}

/**
 * `…the term 'outreach,' " he said`: a space set between a closing single mark and the double
 * one that closes around it (as some typesetting does) leaves the double mark able to close.
 */
function spacedAfterSingle(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 2);
  return at >= 3 && text.charCodeAt(at - 1) === 32 && (before === 39 || before === 0x2019) && !isSpace(text.charCodeAt(at - 3));
}

/** Offset of the first character at or after `from` that may start a mark, or -1 (`re` is the caller's copy of MARK_START). */
function nextMarkStart(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  return re.test(text) ? re.lastIndex - 1 : -1;
}

/** URLs and inline code; none without `://`, `www.` or a backtick, which most texts lack. */
function excludedSpans(text: string): Span[] {
  if (!text.includes('://') && !text.includes('www.') && !text.includes('`')) return [];
  return [...text.matchAll(EXCLUDED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** A single code unit, as a regular expression with the u flag sees one alone (a lone surrogate matches no property). */
function unitMatches(re: RegExp, code: number): boolean {
  return re.test(String.fromCharCode(code));
}

function isOpeningContext(c: number): boolean {
  // ( [ { - / : ; , – —
  if (c < 0x80) return c === 40 || c === 91 || c === 123 || c === 45 || c === 47 || c === 58 || c === 59 || c === 44;
  return unitMatches(OPENING_CONTEXT, c);
}

function isClosingContext(c: number): boolean {
  // ) ] } . , ; : ! ? - / – — …
  if (c < 0x80) return c === 41 || c === 93 || c === 125 || c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 45 || c === 47;
  return unitMatches(CLOSING_CONTEXT, c);
}

function isLetterOrDigit(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return unitMatches(LETTER_OR_DIGIT, c);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** One of the one-character glyphs (a neighbour is one character). */
function isMarkCode(c: number): boolean {
  return c < IS_MARK_CODE.length && IS_MARK_CODE[c] === 1;
}

/** don't, Libyans' plans (kept as a possible closer), '90s, rock 'n' roll, O'Brien. */
function isApostrophe(text: string, i: number, prev: number, next: number): boolean {
  const letterBefore = prev !== NONE && isLetterOrDigit(prev);
  const letterAfter = next !== NONE && isLetterOrDigit(next);
  if (letterBefore && letterAfter) return true; // don't, O'Brien, rock'n'roll
  if (isDigit(next) && /^\d\ds?\b/.test(text.slice(i + 1, i + 5))) return true; // '90s, ’24
  if (hasN(text, Math.max(0, i - 2), i + 3)) {
    const around = text.slice(Math.max(0, i - 2), i + 3).toLowerCase();
    if (/[\s]['‘’]n['’]\s/.test(` ${around} `) || /^\s?['‘’]n['’]/.test(text.slice(i - 1, i + 3).toLowerCase())) return true; // 'n'
  }
  if (opensLeadingApostropheWord(text, i)) return true; // 'em, 'tis
  return false;
}

/** An `n` or `N` in text[from..to): the `'n'` tests need one (lower-casing makes no other `n`). */
function hasN(text: string, from: number, to: number): boolean {
  for (let k = from; k < to && k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 110 || c === 78) return true;
  }
  return false;
}

/** 5'10": feet and inches, not a quote. */
function isInchMark(text: string, i: number, prev: number): boolean {
  return isDigit(prev) && /\d['’]\d{1,2}$/.test(text.slice(Math.max(0, i - 4), i));
}
