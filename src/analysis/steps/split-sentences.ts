/**
 * Sentences, inside paragraphs, never splitting a quote: `"We will go. Then we leave," she said.`
 * is one sentence. A sentence ends at . ! ? or … (with any closing marks after it) followed by
 * white space and a capital, digit or opening mark, unless the word before the period is an
 * abbreviation or an initial. Linear: one regular-expression pass and a pointer into the quotes.
 */
import { NON_FINAL_ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { type Span, trimSpan } from '../span.js';
import type { PairedQuote } from './pair-quotes.js';

const TERMINAL = /[.!?…]+[)\]"'”’»›]*(?=[\s\u00a0]+[\p{Lu}\p{N}"“‘'«([])/gu;
const LETTER = /^\p{L}$/u;

export function splitSentences(text: string, paragraphs: readonly Span[], quotes: readonly PairedQuote[]): Span[] {
  const out: Span[] = [];
  let q = 0;
  let p = 0;
  let start = paragraphs[0]?.start ?? 0;
  const closeParagraphsBefore = (offset: number) => {
    while (p < paragraphs.length && (paragraphs[p] as Span).end <= offset) {
      push(text, out, start, (paragraphs[p] as Span).end);
      p++;
      start = paragraphs[p]?.start ?? text.length;
    }
  };
  for (const m of text.matchAll(TERMINAL)) {
    const boundary = m.index + m[0].length;
    closeParagraphsBefore(boundary);
    if (p >= paragraphs.length) break;
    if (boundary <= start) continue;
    while (q < quotes.length && quoteEnd(quotes[q] as PairedQuote) <= boundary) q++;
    const quote = quotes[q];
    if (quote && quote.open.start < boundary && boundary < quoteEnd(quote)) continue; // inside a quote
    if (m[0][0] === '.' && isAbbreviation(text, m.index)) continue;
    push(text, out, start, boundary);
    start = boundary;
  }
  closeParagraphsBefore(Number.POSITIVE_INFINITY);
  return out;
}

function quoteEnd(q: PairedQuote): number {
  return q.close?.end ?? q.end;
}

function isAbbreviation(text: string, dot: number): boolean {
  const start = wordStartBefore(text, dot);
  if (start === dot) return false;
  const word = text.slice(start, dot);
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: J. Smith
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // U.S, a.m, D.C
  return NON_FINAL_ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Start of the run of letters and periods that ends at `dot`, within the 12 characters before it:
 * what `/([\p{L}.]+)$/u` finds on that slice, read backwards (surrogates pair only within it).
 */
function wordStartBefore(text: string, dot: number): number {
  const from = Math.max(0, dot - 12);
  let i = dot;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (c < 0x80) {
      if (c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) i--;
      else break;
    } else {
      const high = i - 2 >= from && c >= 0xdc00 && c <= 0xdfff ? text.charCodeAt(i - 2) : 0;
      const size = high >= 0xd800 && high <= 0xdbff ? 2 : 1;
      if (LETTER.test(text.slice(i - size, i))) i -= size;
      else break;
    }
  }
  return i;
}

function push(text: string, out: Span[], start: number, end: number): void {
  const span = trimSpan(text, start, end);
  if (span.end > span.start) out.push(span);
}
