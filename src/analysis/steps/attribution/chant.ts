/**
 * A chant's or a banner's words, which are no one's (ANNOTATION.md), whoever chanted or carried
 * them: `a chant of "…"`, `a banner reading "…"`, `"Fix the bridge!", the slogan that …`,
 * `‘Cap it now!’ a group near the front shouted`. Four expressions decide, on the words just
 * before and just after the quote; a look at the characters next to the quote first tells when
 * none can match, so that most quotes never run them (nor copy the text they read).
 */
import { CHANT_AND_BANNER_WORDS, CHANT_LINKS, CROWD_VERBS, CROWD_WORDS } from '../../lexicon/non-quotes.js';
import { isWhiteSpace, type Span } from '../../span.js';
import type { PairedQuote } from '../pair-quotes.js';
import { type AttributionContext, quoteEnd } from './context.js';

/** What opens a chant's or a banner's words: `a chant of "…"`, `chanting "…"`, `a banner reading "…"`, `signs that said "…"`. */
const ORIGIN_BEFORE = new RegExp(`\\b(?:${[...CHANT_AND_BANNER_WORDS].join('|')})(?: (?:${[...CHANT_LINKS].join('|')}))?[\\s,:]*$`, 'i');

/** The nouns among them (`the slogan`), not the verbs (`chanted`, `chanting`). */
const CHANT_NOUNS = [...CHANT_AND_BANNER_WORDS].filter((w) => !/(?:ed|ing)$/.test(w));

/** The words that open such a noun: `the slogan`, `their refrain`, `a hand-lettered sign`. */
const ORIGIN_DETERMINERS = 'the|a|an|their|its|her|his';

/** What names them right after, a noun (`"Fix the bridge!", the slogan that …`), not a verb (`the protesters chanted`). */
export const ORIGIN_AFTER = new RegExp(`^[\\s,]*(?:${ORIGIN_DETERMINERS}) (?:\\w+ )?(?:${CHANT_NOUNS.join('|')})\\b`, 'i');

/** The words that may open a crowd: `the crowd`, `some fans`. */
const CROWD_DETERMINERS = 'the|a|an|some';

/** A crowd shouting the words, right after them (`‘Cap it now!’ a group near the front shouted`) or right before. */
const CROWD = `(?:${[...CROWD_WORDS].join('|')})\\b[^.!?:;"“”‘’«»]{0,30}?\\b(?:${[...CROWD_VERBS].join('|')})`;
export const CROWD_AFTER = new RegExp(`^[\\s,]*(?:(?:${CROWD_DETERMINERS}) )?(?:\\w+ )?${CROWD}\\b`, 'i');
const CROWD_BEFORE = new RegExp(`\\b${CROWD}[\\s,:]*$`, 'i');

/** The part of a phrase after its last non-letter (`shirt` of `t-shirt`, `read` of `that read`). */
function lastLetters(phrase: string): string {
  return phrase.slice(phrase.search(/[a-z]+$/));
}

/**
 * The words grouped by length: each run of letters is compared with the few of its length, in
 * place (no copy of the text per quote).
 */
function byLength(list: Iterable<string>): string[][] {
  const out: string[][] = [];
  for (const w of list) {
    const same = out[w.length] ?? [];
    out[w.length] = same;
    if (!same.includes(w)) same.push(w);
  }
  return out;
}

/**
 * Every expression before the quote ends with one of these as its last run of letters: a chant
 * word (`…shirt` of `t-shirt`), the last word of a link (`read` of `that read`) or a crowd's verb.
 */
const LAST_BEFORE = byLength([...[...CHANT_AND_BANNER_WORDS].map(lastLetters), ...[...CHANT_LINKS].map(lastLetters), ...CROWD_VERBS]);

/** ORIGIN_DETERMINERS, CROWD_DETERMINERS and CROWD_WORDS by length, for the look after the quote. */
const ORIGIN_FIRST = byLength(ORIGIN_DETERMINERS.split('|'));
const CROWD_FIRST = byLength(CROWD_DETERMINERS.split('|'));
const CROWDS = byLength(CROWD_WORDS);

export function chantOrBanner(q: PairedQuote, ctx: AttributionContext): boolean {
  const text = ctx.doc.text;
  const from = Math.max((ctx.doc.paragraphs[q.paragraph] as Span).start, q.open.start - 40);
  if (mayEndBefore(text, from, q.open.start)) {
    const before = text.slice(from, q.open.start);
    if (ORIGIN_BEFORE.test(before) || CROWD_BEFORE.test(before)) return true;
  }
  const end = quoteEnd(q);
  if (mayFollow(text, end, Math.min(text.length, end + 50))) {
    const after = text.slice(end, end + 50);
    if (ORIGIN_AFTER.test(after) || CROWD_AFTER.test(after)) return true;
  }
  return false;
}

/**
 * False when neither ORIGIN_BEFORE nor CROWD_BEFORE can match text[from..to): both end with a
 * word then `[\s,:]*`, so the run of ASCII letters right before that end must be in LAST_BEFORE
 * (a `\b` or a space stands before each word; the expressions ignore the case of ASCII letters only).
 */
function mayEndBefore(text: string, from: number, to: number): boolean {
  let e = to;
  while (e > from && (isSpaceOrComma(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 0x3a)) e--;
  let b = e;
  while (b > from && isAsciiLetter(text.charCodeAt(b - 1))) b--;
  return isListed(text, b, e, LAST_BEFORE);
}

/**
 * False when neither ORIGIN_AFTER nor CROWD_AFTER can match text[from..to): after `[\s,]*` both
 * read a run of `\w` first. Text after a quote nearly always starts with a word (`, she said`,
 * `the official said`): its first three words turn most quotes away without the expressions.
 */
export function mayFollow(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isSpaceOrComma(text.charCodeAt(i))) i++;
  const first = wordEnd(text, i, to);
  return first > i && (mayNameOrigin(text, i, first, to) || mayNameCrowd(text, i, first, to));
}

/**
 * ORIGIN_AFTER reads one of ORIGIN_DETERMINERS as the first run text[i..first), a space, then a
 * chant noun right there or after one more run and a space. (The lists hold lower-case words;
 * the expressions ignore the case of ASCII letters only.)
 */
function mayNameOrigin(text: string, i: number, first: number, to: number): boolean {
  if (!isListed(text, i, first, ORIGIN_FIRST) || !isSpaceAt(text, first, to)) return false;
  if (startsListed(text, first + 1, to, CHANT_NOUNS)) return true;
  const second = wordEnd(text, first + 1, to);
  return isSpaceAt(text, second, to) && startsListed(text, second + 1, to, CHANT_NOUNS);
}

/**
 * CROWD_AFTER reads a crowd word, then `\b` (so the whole run), as the first run text[i..first),
 * or the second (after a space), or the third (when the first is one of CROWD_DETERMINERS).
 */
function mayNameCrowd(text: string, i: number, first: number, to: number): boolean {
  if (isListed(text, i, first, CROWDS)) return true;
  if (!isSpaceAt(text, first, to)) return false;
  const second = wordEnd(text, first + 1, to);
  if (isListed(text, first + 1, second, CROWDS)) return true;
  return isSpaceAt(text, second, to) && isListed(text, i, first, CROWD_FIRST) && isListed(text, second + 1, wordEnd(text, second + 1, to), CROWDS);
}

function isSpaceAt(text: string, at: number, to: number): boolean {
  return at < to && text.charCodeAt(at) === 0x20;
}

/** text[at..to) starts with one of the words (all in lower case), ignoring the case of ASCII letters. */
function startsListed(text: string, at: number, to: number, words: readonly string[]): boolean {
  for (const w of words) if (at + w.length <= to && sameLetters(text, at, w)) return true;
  return false;
}

/** The end of the run of `\w` from text[start], at most `to`. */
function wordEnd(text: string, start: number, to: number): number {
  let e = start;
  while (e < to && isWordCharacter(text.charCodeAt(e))) e++;
  return e;
}

function isSpaceOrComma(c: number): boolean {
  return isWhiteSpace(c) || c === 0x2c;
}

/** text[start..end) is one of the words (all in lower case), ignoring the case of ASCII letters. */
function isListed(text: string, start: number, end: number, words: readonly (readonly string[] | undefined)[]): boolean {
  const same = end > start ? words[end - start] : undefined;
  if (!same) return false;
  for (const w of same) if (sameLetters(text, start, w)) return true;
  return false;
}

/** text at `at` reads the lower-case word `w`, ignoring the case of ASCII letters. */
function sameLetters(text: string, at: number, w: string): boolean {
  let k = 0;
  // a letter's lower case differs from its capital by 0x20 only; a digit or `_` never equals a letter that way
  while (k < w.length && (text.charCodeAt(at + k) | 0x20) === w.charCodeAt(k)) k++;
  return k === w.length;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `\w` of an expression without the u flag. */
function isWordCharacter(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;
}
