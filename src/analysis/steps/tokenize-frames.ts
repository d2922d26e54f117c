/**
 * Words and punctuation of each sentence's frame: the narrative outside quotation marks, where
 * speakers and cues live. Quote contents are left out; a quote boundary splits the frame into
 * segments so that a search for a subject never crosses a quote. Tokens keep their offsets.
 */
import { ABBREVIATED_WORD, TOKEN_ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { isSpace, type Span } from '../span.js';
import type { PairedQuote } from './pair-quotes.js';

import { type Frame, StoredFrame, type Token, TokenStore } from './tokens/token-store.js';

export type { Frame, Token };

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’&.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?|[^\s\p{L}\p{N}]/gu;

/** `skip[s]` = 1: sentence s gives no words (a paragraph said once before). */
export function tokenizeFrames(text: string, sentences: readonly Span[], quotes: readonly PairedQuote[], skip?: Uint8Array): Frame[] {
  const frames: Frame[] = [];
  const re = new RegExp(TOKEN.source, 'gyu');
  const store = new TokenStore(text.length);
  const oneChar = new Int32Array(128).fill(-1);
  let q = 0;
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si] as Span;
    const from = store.length;
    if (skip?.[si] === 1) {
      frames.push(new StoredFrame(si, from, from, store));
      continue;
    }
    let segment = 0;
    let cursor = sentence.start;
    while (q < quotes.length && quoteEnd(quotes[q] as PairedQuote) <= sentence.start) q++;
    let k = q;
    while (cursor < sentence.end) {
      const quote = quotes[k];
      const stop = quote && quote.open.start < sentence.end ? Math.max(cursor, quote.open.start) : sentence.end;
      if (cursor < stop) tokenizeRange(re, text, cursor, stop, segment, store, oneChar);
      if (stop >= sentence.end || !quote) break;
      cursor = Math.min(sentence.end, quoteEnd(quote));
      segment++;
      k++;
    }
    frames.push(new StoredFrame(si, from, store.length, store));
  }
  return frames;
}

function quoteEnd(q: PairedQuote): number {
  return q.close?.end ?? q.end;
}

/**
 * The tokens of text[start, end). `oneChar` holds the spelling of each one-character ASCII token
 * (`,` `.` `a` `I`, and a sentence's final period) once found, -1 before: they skip the slice
 * and the spelling table's look-up (17,700 of the 1 MB story's 137,000 tokens).
 */
function tokenizeRange(re: RegExp, text: string, start: number, end: number, segment: number, store: TokenStore, oneChar: Int32Array): void {
  let i = start;
  while (i < end) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    // ASCII words, most of any English story, are scanned by hand; the rest by the regular expression
    let stop = asciiWordEnd(text, i, end);
    if (stop < 0) {
      re.lastIndex = i;
      const m = re.exec(text);
      stop = m ? Math.min(end, i + m[0].length) : i + 1;
    }
    // (what pushWord does with one character: no period nor possessive to split off)
    if (stop === i + 1 && text.charCodeAt(i) < 128) store.push(i, oneCharSpelling(text, i, store, oneChar), segment);
    else pushWord(text, i, stop, segment, store, oneChar);
    i = stop;
  }
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * The end of the ASCII word at `i` (letters and digits, joined by - ' ’ & . between two of them,
 * an optional final period), or -1 when a non-ASCII letter takes part and the regex must decide.
 * A lone punctuation mark is a one-character token.
 */
function asciiWordEnd(text: string, i: number, end: number): number {
  const first = text.charCodeAt(i);
  if (first === 64) return handleEnd(text, i, end);
  if (!isAsciiAlnum(first)) return first < 128 || first === 0x2019 ? i + 1 : -1;
  let k = i + 1;
  for (;;) {
    while (k < end && isAsciiAlnum(text.charCodeAt(k))) k++;
    if (k >= end) return k;
    const c = text.charCodeAt(k);
    if (c >= 128 && c !== 0x2019) return -1;
    if (c === 44 && isThousandsComma(text, k, end)) {
      k += 4;
      continue;
    }
    const joiner = c === 45 || c === 39 || c === 0x2019 || c === 38 || c === 46;
    if (joiner && k + 1 < end) {
      const n = text.charCodeAt(k + 1);
      if (isAsciiAlnum(n)) {
        k += 2;
        continue;
      }
      if (n >= 128) return -1;
    }
    return c === 46 ? k + 1 : k;
  }
}

/** `@crumb_and_ledger`: a social-media handle is one token, `@` and its letters, digits and underscores. */
function handleEnd(text: string, i: number, end: number): number {
  let k = i + 1;
  while (k < end && (isAsciiAlnum(text.charCodeAt(k)) || text.charCodeAt(k) === 95)) k++;
  return k;
}

/** `4,200`: a comma between a digit and exactly three digits is part of the number. */
function isThousandsComma(text: string, k: number, end: number): boolean {
  const prev = text.charCodeAt(k - 1);
  if (!(prev >= 48 && prev <= 57)) return false;
  for (let i = k + 1; i <= k + 3; i++) {
    const d = text.charCodeAt(i);
    if (i >= end || !(d >= 48 && d <= 57)) return false;
  }
  const after = k + 4 < end ? text.charCodeAt(k + 4) : -1;
  return !(after >= 48 && after <= 57);
}

/** The spelling of the one ASCII character text[i], found in the story's table on first sight only (`tokenizeRange`). */
function oneCharSpelling(text: string, i: number, store: TokenStore, oneChar: Int32Array): number {
  const c = text.charCodeAt(i);
  let spelling = oneChar[c] as number;
  if (spelling < 0) oneChar[c] = spelling = store.spellings.find(text, i, i + 1);
  return spelling;
}

/** The word text[start, stop) as one or more tokens: a final period or a possessive splits off. */
function pushWord(text: string, start: number, stop: number, segment: number, store: TokenStore, oneChar: Int32Array): void {
  const spellings = store.spellings;
  let end = stop;
  if (end - start > 1 && text.charCodeAt(end - 1) === 46 && !(mayBeAbbreviated(text, start, end) && ABBREVIATED_WORD.test(text.slice(start, end)))) end--;
  // a possessive splits into the name and its ending: `Olsen's` → `Olsen` `'s`, `Jones'` → `Jones` `'`
  const last = text.charCodeAt(end - 1);
  const split =
    end - start <= 2
      ? -1
      : last === 115 && isApostrophe(text.charCodeAt(end - 2))
        ? end - 2
        : isApostrophe(last) && text.charCodeAt(end - 2) === 115
          ? end - 1
          : -1;
  if (split > 0) {
    store.push(start, spellings.find(text, start, split), segment);
    store.push(split, spellings.find(text, split, end), segment);
  } else store.push(start, spellings.find(text, start, end), segment);
  if (end < stop) store.push(end, oneCharSpelling(text, end, store, oneChar), segment);
}

const LONGEST_TOKEN_ABBREVIATION = Math.max(...TOKEN_ABBREVIATIONS.map((a) => a.length));

/**
 * A cheap test before ABBREVIATED_WORD on text[start, end), a word and its final period: longer
 * than any listed abbreviation, it can only be initials (`U.S.`), which have a period two code
 * units before the final one (or a letter past ASCII, left to the expression). Most words that end
 * a sentence fail it, and skip the slice and the expression (10,000 of them in the 1 MB story).
 */
function mayBeAbbreviated(text: string, start: number, end: number): boolean {
  if (end - start - 1 <= LONGEST_TOKEN_ABBREVIATION) return true;
  const c = text.charCodeAt(end - 3);
  return c === 46 || c >= 128;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}
