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

/** What names them right after, a noun (`"Fix the bridge!", the slogan that …`), not a verb (`the protesters chanted`). */
const ORIGIN_AFTER = new RegExp(`^[\\s,]*(?:the|a|an|their|its|her|his) (?:\\w+ )?(?:${CHANT_NOUNS.join('|')})\\b`, 'i');

/** A crowd shouting the words, right after them (`‘Cap it now!’ a group near the front shouted`) or right before. */
const CROWD = `(?:${[...CROWD_WORDS].join('|')})\\b[^.!?:;"“”‘’«»]{0,30}?\\b(?:${[...CROWD_VERBS].join('|')})`;
const CROWD_AFTER = new RegExp(`^[\\s,]*(?:the |a |an |some )?(?:\\w+ )?${CROWD}\\b`, 'i');
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
 * read a word (an article, any word or the crowd), which starts with a character of `\w`.
 */
function mayFollow(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isSpaceOrComma(text.charCodeAt(i))) i++;
  return i < to && isWordCharacter(text.charCodeAt(i));
}

function isSpaceOrComma(c: number): boolean {
  return isWhiteSpace(c) || c === 0x2c;
}

/** text[start..end) is one of the words (all in lower case), ignoring the case of ASCII letters. */
function isListed(text: string, start: number, end: number, words: readonly (readonly string[] | undefined)[]): boolean {
  const same = end > start ? words[end - start] : undefined;
  if (!same) return false;
  for (const w of same) {
    let k = 0;
    // a letter's lower case differs from its capital by 0x20 only; a digit or `_` never equals a letter that way
    while (k < w.length && (text.charCodeAt(start + k) | 0x20) === w.charCodeAt(k)) k++;
    if (k === w.length) return true;
  }
  return false;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `\w` of an expression without the u flag. */
function isWordCharacter(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;
}
