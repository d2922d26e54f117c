/**
 * Paragraphs: the text between line breaks (LF, CRLF, CR, U+2028, U+2029). When the story
 * separates paragraphs with blank lines and its single line breaks look like hard wrapping
 * (short lines) or are rare, a single line break is a soft wrap and does not end a paragraph.
 * Spans exclude the surrounding white space; empty lines yield no paragraph.
 */
import { type Span, trimSpan } from '../span.js';

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;
/** A CR never stands alone before LF here, so a CRLF can't be read as two breaks. */
const BLANK_SEPARATED = /(?:(?:\r\n|\r(?!\n)|\n|\u2028)[ \t\u00a0]*){2,}|\u2029/g;

export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(usesBlankLines(text) ? BLANK_SEPARATED : LINE_BREAK)) {
    push(text, out, start, m.index);
    start = m.index + m[0].length;
  }
  push(text, out, start, text.length);
  return out;
}

/** True when blank lines separate paragraphs and lone line breaks are rare or wrap short lines. */
function usesBlankLines(text: string): boolean {
  let separators = 0;
  let breaksInSeparators = 0;
  for (const m of text.matchAll(BLANK_SEPARATED)) {
    separators++;
    breaksInSeparators += countBreaks(m[0]);
  }
  if (separators === 0) return false;
  const lone = countBreaks(text) - breaksInSeparators;
  const meanLine = text.length / (lone + separators + 1);
  return lone <= separators || meanLine < 90;
}

function countBreaks(s: string): number {
  let n = 0;
  for (const _ of s.matchAll(LINE_BREAK)) n++;
  return n;
}

function push(text: string, out: Span[], start: number, end: number): void {
  const span = trimSpan(text, start, end);
  if (span.end > span.start) out.push(span);
}
