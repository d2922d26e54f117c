/**
 * Paragraphs: the text between line breaks (LF, CRLF, CR, U+2028, U+2029). When the story
 * separates paragraphs with blank lines and its single line breaks look like hard wrapping
 * (short lines) or are rare, a single line break is a soft wrap and does not end a paragraph.
 * Spans exclude the surrounding white space; empty lines yield no paragraph.
 *
 * One pass from break to break finds the blank-line separators and counts the other breaks; a
 * second splits at every break only when single breaks end paragraphs. A regular expression
 * finds the next break: it skips the text between faster than a loop over the characters.
 */
import { type Span, trimSpan } from '../span.js';

const CR = 13;
const LF = 10;
const LINE_SEPARATOR = 0x2028;
const PARAGRAPH_SEPARATOR = 0x2029;
const BREAK_CHAR = /[\r\n\u2028\u2029]/g;

/** Offset of the first line-break character at or after `from`, or -1 (`re` is the caller's copy of BREAK_CHAR). */
function nextBreak(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  return re.test(text) ? re.lastIndex - 1 : -1;
}

export function splitParagraphs(text: string): Span[] {
  const { separators, lone } = blankSeparators(text);
  const out: Span[] = [];
  let start = 0;
  if (usesBlankLines(text, separators, lone)) {
    for (let k = 0; k < separators.length; k += 2) {
      push(text, out, start, separators[k] as number);
      start = separators[k + 1] as number;
    }
  } else {
    const re = new RegExp(BREAK_CHAR);
    for (let i = nextBreak(re, text, 0); i >= 0; i = nextBreak(re, text, start)) {
      push(text, out, start, i);
      start = i + breakLength(text, i);
    }
  }
  push(text, out, start, text.length);
  return out;
}

/**
 * The blank-line separators, as `(?:(?:\r\n|\r(?!\n)|\n|\u2028)[ \t\u00a0]*){2,}|\u2029` would
 * match them from left to right (start and end offsets, flat), and how many line breaks
 * (`\r\n|\r|\n|\u2028|\u2029`) lie outside them.
 */
function blankSeparators(text: string): { separators: number[]; lone: number } {
  const separators: number[] = [];
  let lone = 0;
  const re = new RegExp(BREAK_CHAR);
  for (let i = nextBreak(re, text, 0); i >= 0; ) {
    if (text.charCodeAt(i) === PARAGRAPH_SEPARATOR) {
      separators.push(i, i + 1);
      i = nextBreak(re, text, i + 1);
      continue;
    }
    const n = breakLength(text, i);
    // a run of breaks, each perhaps followed by spaces, tabs or no-break spaces
    let j = i;
    let breaks = 0;
    for (let b = n; b > 0 && text.charCodeAt(j) !== PARAGRAPH_SEPARATOR; b = breakLength(text, j)) {
      j += b;
      breaks++;
      while (isBlankLineSpace(text.charCodeAt(j))) j++;
    }
    if (breaks >= 2) {
      separators.push(i, j);
      i = nextBreak(re, text, j);
    } else {
      // one break alone: no separator can start inside it (a CRLF's LF is followed by the same)
      lone++;
      i = nextBreak(re, text, i + n);
    }
  }
  return { separators, lone };
}

/** Length of the line break at i (2 for CRLF), or 0. */
function breakLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === CR) return text.charCodeAt(i + 1) === LF ? 2 : 1;
  return c === LF || c === LINE_SEPARATOR || c === PARAGRAPH_SEPARATOR ? 1 : 0;
}

function isBlankLineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** True when blank lines separate paragraphs and lone line breaks are rare or wrap short lines. */
function usesBlankLines(text: string, separators: readonly number[], lone: number): boolean {
  const count = separators.length / 2;
  if (count === 0) return false;
  const meanLine = text.length / (lone + count + 1);
  return lone <= count || meanLine < 90;
}

function push(text: string, out: Span[], start: number, end: number): void {
  const span = trimSpan(text, start, end);
  if (span.end > span.start) out.push(span);
}
