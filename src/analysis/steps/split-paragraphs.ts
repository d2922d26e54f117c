/**
 * Paragraphs: the text between line breaks (LF, CRLF, CR, U+2028, U+2029). When the story
 * separates paragraphs with blank lines and its single line breaks look like hard wrapping
 * (short lines) or are rare, a single line break is a soft wrap and does not end a paragraph.
 * Spans exclude the surrounding white space; empty lines yield no paragraph.
 *
 * One pass from break to break finds the blank-line separators and counts the other breaks; a
 * second splits at every break only when single breaks end paragraphs. `LineBreaks` finds the
 * next break by `indexOf`, one search per kind of break: faster than a loop over the characters
 * or a regular expression for any of the four (0.3 against 0.8 ms a pass over the 1 MB story).
 */
import { type Span, trimSpan } from '../span.js';

const CR = 13;
const LF = 10;
const LINE_SEPARATOR = 0x2028;
const PARAGRAPH_SEPARATOR = 0x2029;
/** The four line-break characters: LF, CR, U+2028 and U+2029. */
const BREAK_CHARS = ['\n', '\r', '\u2028', '\u2029'] as const;

/**
 * The line-break characters of a text, found from left to right: for each kind, the next one at
 * or after the last offset asked about (-1 once there is none left), searched again only when
 * passed. Each kind is thus searched for once over the text, and a kind the text lacks (most
 * have neither U+2028 nor U+2029) costs one search.
 */
export class LineBreaks {
  readonly #next = [-2, -2, -2, -2];

  constructor(private readonly text: string) {}

  /** Offset of the first line-break character at or after `from`, or -1; `from` never goes back. */
  from(from: number): number {
    let first = -1;
    for (let k = 0; k < BREAK_CHARS.length; k++) {
      let at = this.#next[k] as number;
      if (at !== -1 && at < from) this.#next[k] = at = this.text.indexOf(BREAK_CHARS[k] as string, from);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  }
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
    const breaks = new LineBreaks(text);
    for (let i = breaks.from(0); i >= 0; i = breaks.from(start)) {
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
  const next = new LineBreaks(text);
  for (let i = next.from(0); i >= 0; ) {
    if (text.charCodeAt(i) === PARAGRAPH_SEPARATOR) {
      separators.push(i, i + 1);
      i = next.from(i + 1);
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
      i = next.from(j);
    } else {
      // one break alone: no separator can start inside it (a CRLF's LF is followed by the same)
      lone++;
      i = next.from(i + n);
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
