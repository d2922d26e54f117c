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
const LONGEST_ABBREVIATION = Math.max(...[...NON_FINAL_ABBREVIATIONS].map((w) => w.length));

export function splitSentences(text: string, paragraphs: readonly Span[], quotes: readonly PairedQuote[]): Span[] {
  const out: Span[] = [];
  const cut = new LongSentenceCutter(text, quotes);
  const push = (_text: string, list: Span[], from: number, to: number): void => cut.push(list, from, to);
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
  // `test` and the match's end, rather than a match object per sentence end; its start is found from there
  const re = new RegExp(TERMINAL);
  while (re.test(text)) {
    const boundary = re.lastIndex;
    closeParagraphsBefore(boundary);
    if (p >= paragraphs.length) break;
    if (boundary <= start) continue;
    while (q < quotes.length && quoteEnd(quotes[q] as PairedQuote) <= boundary) q++;
    const quote = quotes[q];
    if (quote && quote.open.start < boundary && boundary < quoteEnd(quote)) continue; // inside a quote
    const first = terminalStart(text, boundary);
    if (text.charCodeAt(first) === 46 && isAbbreviation(text, first)) continue;
    push(text, out, start, boundary);
    start = boundary;
  }
  closeParagraphsBefore(Number.POSITIVE_INFINITY);
  return out;
}

/**
 * Where the TERMINAL match that ends at `end` starts. A match is a whole run of `.!?…` (a start
 * inside the run would end the same way, so the regular expression takes the first) and the
 * closing marks up to the white space after it, so reading back over both finds its start; the
 * run cannot reach back into the previous match, which white space follows.
 */
function terminalStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && isClosingAfterTerminal(text.charCodeAt(i - 1))) i--;
  while (i > 0 && isTerminal(text.charCodeAt(i - 1))) i--;
  return i;
}

function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** `)]"'”’»›` */
function isClosingAfterTerminal(c: number): boolean {
  return c === 41 || c === 93 || c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a;
}

function quoteEnd(q: PairedQuote): number {
  return q.close?.end ?? q.end;
}

function isAbbreviation(text: string, dot: number): boolean {
  const start = wordStartBefore(text, dot);
  if (start === dot) return false;
  // letters only (no inner period) and longer than any listed abbreviation: no initial, `U.S` or listed word
  if (dot - start > LONGEST_ABBREVIATION && isAsciiLetters(text, start, dot)) return false;
  const word = text.slice(start, dot);
  // ASCII letters alone (most words before a period) are an initial if one capital, never `U.S`: no expression run
  if (isAsciiLetters(text, start, dot)) {
    if (dot - start === 1 && isAsciiCapital(text.charCodeAt(start))) return true;
  } else {
    if (INITIAL.test(word)) return true; // an initial: J. Smith
    if (INITIALS.test(word)) return true; // U.S, a.m, D.C
  }
  return NON_FINAL_ABBREVIATIONS.has(word.toLowerCase());
}

const INITIAL = /^\p{Lu}$/u;
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;

function isAsciiCapital(c: number): boolean {
  return c >= 65 && c <= 90;
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

function isAsciiLetters(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/**
 * No real sentence runs to thousands of characters; a text with no full stop (a pasted table, a
 * list, a hostile input) would otherwise be one sentence whose frame every later step holds whole.
 * Such a run is cut at white space every MAX_SENTENCE characters, never inside a quotation.
 */
const MAX_SENTENCE = 4000;
const NO_SPACE_RUN = 100;

class LongSentenceCutter {
  /** The first quote that may still hold a cut (quotes are in text order, cuts too). */
  #q = 0;

  constructor(
    private readonly text: string,
    private readonly quotes: readonly PairedQuote[],
  ) {}

  push(out: Span[], start: number, end: number): void {
    let from = start;
    while (end - from > MAX_SENTENCE) {
      const at = this.#cutAfter(from + MAX_SENTENCE, end);
      if (at < 0) break;
      this.#keep(out, from, at);
      from = at;
    }
    this.#keep(out, from, end);
  }

  /**
   * The first white space at or after `offset` and before `end` that lies in no quotation, or -1.
   * Past NO_SPACE_RUN characters with no white space (a run of marks) it cuts where no word goes
   * on across the cut, so that no frame holds millions of tokens.
   */
  #cutAfter(offset: number, end: number): number {
    let i = offset;
    while (i < end) {
      while (this.#q < this.quotes.length && quoteEnd(this.quotes[this.#q] as PairedQuote) <= i) this.#q++;
      const quote = this.quotes[this.#q];
      if (quote && quote.open.start <= i) {
        i = quoteEnd(quote);
        continue;
      }
      const c = this.text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 0x0a || c === 0x0d || c === 0xa0) return i;
      if (i - offset >= NO_SPACE_RUN && !(isWordUnit(c) && isWordUnit(this.text.charCodeAt(i - 1)))) return i;
      i++;
    }
    return -1;
  }

  #keep(out: Span[], start: number, end: number): void {
    const span = trimSpan(this.text, start, end);
    if (span.end > span.start) out.push(span);
  }
}

/** An ASCII letter or digit, or any code unit past ASCII (a cut never splits a surrogate pair or a word). */
function isWordUnit(c: number): boolean {
  return c >= 0x80 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
