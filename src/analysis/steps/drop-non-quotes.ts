/**
 * Quotation marks that do not quote anyone: titles of works (`the film "Dune"`), nicknames
 * (`Marcus "Red" Adeyemi`), scare quotes and words as words (`so-called "reforms"`,
 * `the word "crisis"`). Each one dropped leaves a note with its reason.
 */

import { NAMING_VERB_BEFORE, SCARE_QUOTE_PHRASES, TITLING_PHRASES, WORDS_AS_WORDS_PHRASES, WORK_NOUNS as WORK_NOUN_LIST } from '../lexicon/non-quotes.js';
import type { NoteSink } from '../notes.js';
import { endsInWordOrComma, isWhiteSpace, type Span, spaceSeparatedCount, trimmedEnd } from '../span.js';
import type { PairedQuote } from './pair-quotes.js';

/**
 * A list of phrases that may end right before the quote: `\b(?:…)\s+$` on the text before it,
 * case-insensitive, a space in a phrase standing for any white space. With it, the last word of
 * each phrase: the expression can match only when the text's last word is one of them.
 */
interface PhrasesBefore {
  pattern: RegExp;
  lastWords: ReadonlySet<string>;
}

function phrasesBefore(phrases: readonly string[]): PhrasesBefore {
  return {
    pattern: new RegExp(`\\b(?:${phrases.map((p) => p.split(' ').join('\\s+')).join('|')})\\s+$`, 'i'),
    lastWords: new Set(phrases.map((p) => /[a-z]+$/.exec(p)?.[0] ?? '')),
  };
}

const WORK_NOUNS = phrasesBefore([...WORK_NOUN_LIST]);
const TITLED = phrasesBefore([...TITLING_PHRASES]);
const SO_CALLED = phrasesBefore([...SCARE_QUOTE_PHRASES]);
const WORDS_AS_WORDS = phrasesBefore(WORDS_AS_WORDS_PHRASES);
// a first name (`Marcia "Cia" Price`) or an initial, never a word that ends a sentence (`…met Hugh Hill. "Yes," Hill said`)
const NICKNAME_BEFORE = /(?:\p{Lu}[\p{L}.]*\p{L}|\b\p{Lu}\.)\s+$/u;
const NICKNAME_AFTER = /^\s+\p{Lu}\p{L}/u;

export function dropNonQuotes(text: string, quotes: readonly PairedQuote[], notes: NoteSink): PairedQuote[] {
  const kept: PairedQuote[] = [];
  for (const q of quotes) {
    const reason = whyNotAQuote(text, q);
    if (reason) notes.push({ rule: reason.rule, message: reason.message, start: q.open.start, end: q.close?.end ?? q.end });
    else kept.push(q);
  }
  return kept;
}

function whyNotAQuote(text: string, q: PairedQuote): { rule: string; message: string } | null {
  const from = Math.max(0, q.open.start - 40);
  const before = text.slice(from, q.open.start);
  // the first four rules want white space right before the mark (`so-called "…"`), after a word they know
  const spaced = q.open.start > from && isWhiteSpace(text.charCodeAt(q.open.start - 1));
  const last = spaced ? lastWordBefore(text, from, q.open.start) : '';
  const content = text.slice(q.start, q.end);
  // words are counted last, and only as far as the rule asks: quotes can be long
  if (endsWith(SO_CALLED, last, before)) return { rule: 'scare-quote', message: `Scare quotes, not a quote: "${clip(content)}".` };
  if (endsWith(WORDS_AS_WORDS, last, before) && wordsUpTo(text, q, 6) <= 6)
    return { rule: 'words-as-words', message: `A word cited as a word, not a quote: "${clip(content)}".` };
  if (
    q.close &&
    (endsWith(TITLED, last, before) || (endsWith(WORK_NOUNS, last, before) && isTitleCase(titleWords(text, q.start, q.end)))) &&
    wordsUpTo(text, q, 12) <= 12
  )
    return { rule: 'title-of-work', message: `A title, not a quote: "${clip(content)}".` };
  // the last three rules want few words: one count up to five answers `at most 3` and `at most 4`,
  // and `2 to 8` whenever it found fewer than five (each count reads the quote from its start)
  const few = q.close ? wordsUpTo(text, q, 4) : 5;
  // and the words of a quote that short, read once for the three (the title tests read all of a quote)
  const words = few <= 4 ? titleWords(text, q.start, q.end) : null;
  if (
    q.close &&
    spaced &&
    few <= 3 &&
    isTitleCase(words as TitleWords) &&
    NICKNAME_BEFORE.test(before) &&
    NICKNAME_AFTER.test(text.slice(q.close.end, q.close.end + 4))
  )
    return { rule: 'nickname', message: `A nickname, not a quote: "${clip(content)}".` };
  if (q.close && few <= 4 && (isNameWithArticle(before, content, words as TitleWords) || KNOWN_AS.test(before)))
    return { rule: 'nickname', message: `A name, not a quote: "${clip(content)}".` };
  if (
    q.close &&
    (endsInWordOrComma(text, from, q.open.start) || titleAsSubject(text, q, before)) &&
    isBetween(few <= 4 ? few : wordsUpTo(text, q, 8), 2, 8) &&
    isStrictTitleCase(words ?? titleWords(text, q.start, q.end), content) &&
    !NAMING_VERB_BEFORE.test(before)
  )
    return { rule: 'title-of-work', message: `A title in Title Case, not a quote: "${clip(content)}".` };
  return null;
}

const THE_BEFORE = /\bthe\s+$/i;
/** `known inside the admissions office as "green files"`: what something is called, a few words after `known`. */
const KNOWN_AS = /\bknown\b[^.;:!?"“”]{0,40}\bas\s+$/i;
/**
 * `‘The Salt Orchard’ returns to Brackwater`: at a paragraph's start or after a colon, words with no
 * closing punctuation of their own, then a word in lower case (the title is the sentence's subject;
 * speech ends in a comma or a period, `"They sue," he said`).
 */
function titleAsSubject(text: string, q: PairedQuote, before: string): boolean {
  const close = q.close as Span;
  const last = text.charCodeAt(trimmedEnd(text, q.start, q.end) - 1);
  if (last === 0x2c || last === 0x2e || last === 0x21 || last === 0x3f) return false;
  return OPENS_CLAUSE.test(before) && SUBJECT_OF_VERB.test(text.slice(close.end, close.end + 20));
}

/** Where a title may stand as the subject of its sentence: a paragraph's start (a headline's) or after a colon. */
const OPENS_CLAUSE = /(?:^|\n|:)\s*$/;
/** A word in lower case right after the closing mark: the quote is the subject of a verb (`‘The Salt Orchard’ returns to Brackwater`). */
const SUBJECT_OF_VERB = /^\s+\p{Ll}+\b(?![,.])/u;
const THE_INSIDE = /^the\s+\p{Lu}/u;

/**
 * A proper name with its article, in quotation marks or just outside them: `the "Orsk Fourteen"`,
 * `still call the depot "the Works"`. The words after the article are all capitalised.
 */
function isNameWithArticle(before: string, content: string, w: TitleWords): boolean {
  if (THE_BEFORE.test(before)) return w.count > 0 && w.firstIsCapital && w.capitals === w.count;
  return THE_INSIDE.test(content) && w.count > 1 && w.capitals === w.count - 1;
}

/** The quote's words (`content.trim().split(/\s+/).length`), or limit + 1 if there are more. */
function wordsUpTo(text: string, q: PairedQuote, limit: number): number {
  return spaceSeparatedCount(text, q.start, q.end, limit + 1);
}

function isBetween(n: number, min: number, max: number): boolean {
  return n >= min && n <= max;
}

function endsWith(phrases: PhrasesBefore, lastWord: string, before: string): boolean {
  return phrases.lastWords.has(lastWord) && phrases.pattern.test(before);
}

/**
 * The last run of ASCII letters before the white space that ends text[from..end), lower-cased:
 * the last word a phrase of PhrasesBefore would end with, cut where the slice read is.
 */
function lastWordBefore(text: string, from: number, end: number): string {
  const e = trimmedEnd(text, from, end);
  let s = e;
  while (s > from && isAsciiLetter(text.charCodeAt(s - 1))) s--;
  return text.slice(s, e).toLowerCase();
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** What the title tests need of the words (`[\p{L}][\p{L}’'-]*`) of a quote. */
interface TitleWords {
  count: number;
  capitals: number;
  firstIsCapital: boolean;
  /** Words of four code units or more, and how many of them are capitalised. */
  long: number;
  longCapitals: number;
}

const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;

/** The words of text[start..end), as `/[\p{L}][\p{L}’'-]*\/gu` finds them, counted in one pass. */
function titleWords(text: string, start: number, end: number): TitleWords {
  const out: TitleWords = { count: 0, capitals: 0, firstIsCapital: false, long: 0, longCapitals: 0 };
  let i = start;
  while (i < end) {
    const cp = codePointIn(text, i, end);
    const size = cp > 0xffff ? 2 : 1;
    if (!isLetter(cp)) {
      i += size;
      continue;
    }
    const capital = isUpper(cp);
    let j = i + size;
    while (j < end) {
      const next = codePointIn(text, j, end);
      if (next !== 0x2019 && next !== 39 && next !== 45 && !isLetter(next)) break;
      j += next > 0xffff ? 2 : 1;
    }
    if (out.count === 0) out.firstIsCapital = capital;
    out.count++;
    if (capital) out.capitals++;
    if (j - i >= 4) {
      out.long++;
      if (capital) out.longCapitals++;
    }
    i = j;
  }
  return out;
}

/** The code point at i, pairing surrogates only within text[..end), as a slice would. */
function codePointIn(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return c;
}

function isLetter(cp: number): boolean {
  return cp < 0x80 ? (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) : LETTER.test(String.fromCodePoint(cp));
}

function isUpper(cp: number): boolean {
  return cp < 0x80 ? cp >= 65 && cp <= 90 : UPPER.test(String.fromCodePoint(cp));
}

function isTitleCase(w: TitleWords): boolean {
  return w.count > 0 && w.firstIsCapital && w.capitals / w.count >= 0.5;
}

/** Every word of four letters or more capitalised, and no sentence inside: `The Last Bus to Ikorodu`. */
function isStrictTitleCase(w: TitleWords, content: string): boolean {
  return w.long >= 1 && w.firstIsCapital && w.longCapitals === w.long && !/[.!?]\s+\S/.test(content);
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
