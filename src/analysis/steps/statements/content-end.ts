/**
 * Where a statement's content ends, read backwards from the end of its sentence, and whether it
 * holds anything to report: helpers of find-statements.
 */
import { DANGLING_CONNECTIVES as CONNECTIVES } from '../../lexicon/clause-words.js';
import { isWhiteSpace } from '../../span.js';

/** Per code unit, whether a connective ends with it: a word ending in another letter is none. */
const CONNECTIVE_LAST_LETTERS: Uint8Array = (() => {
  const last = new Uint8Array(0x10000);
  for (const w of CONNECTIVES) last[w.charCodeAt(w.length - 1)] = 1;
  return last;
})();

/**
 * Where the span's content ends: before the punctuation, white space and dangling connectives
 * (`and`, `but`, …) that end its last 40 characters. It reads backwards, one piece at a time, as
 * `/(?:[\s.!?…,;:—–-]|\b(?:and|but|while|as|because|so|or)\b)+$/` on that slice would match
 * (a piece is a punctuation character or a whole connective, so the match is the same).
 */
export function trimEnd(text: string, start: number, end: number): number {
  const from = Math.max(start, end - 40);
  let e = end;
  for (;;) {
    if (e > from && isTrailingPunctuation(text.charCodeAt(e - 1))) e--;
    else {
      const word = connectiveEndingAt(text, from, e);
      if (word === 0) return e;
      e -= word;
    }
  }
}

function isTrailingPunctuation(c: number): boolean {
  return isWhiteSpace(c) || c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 0x2013 || c === 45;
}

/**
 * Length of the connective that ends at `end` as a whole word (`\b` on both sides, `from` being
 * the start of the slice read), or 0. Called only where the text after `end` is not a word.
 */
function connectiveEndingAt(text: string, from: number, end: number): number {
  if (end <= from || CONNECTIVE_LAST_LETTERS[text.charCodeAt(end - 1)] !== 1) return 0;
  for (const word of CONNECTIVES) {
    const start = end - word.length;
    if (start >= from && spells(text, start, word) && (start === from || !isAsciiWordChar(text.charCodeAt(start - 1)))) return word.length;
  }
  return 0;
}

/** text[start..) begins with `word`, compared by code unit (as `startsWith` does, without the call). */
function spells(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** `\w` of a regular expression without the u flag. */
function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/**
 * At least two runs of letters and digits in text[start..end), as `[\p{L}\p{N}]+` would find:
 * stops at the second, and reads code points only within the range.
 */
export function hasTwoWords(text: string, start: number, end: number): boolean {
  let runs = 0;
  let inRun = false;
  for (let i = start; i < end; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < end) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const wordChar = cp < 0x80 ? (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) : LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
    if (wordChar && !inRun && ++runs >= 2) return true;
    inRun = wordChar;
  }
  return false;
}
