/**
 * Words and punctuation of each sentence's frame: the narrative outside quotation marks, where
 * speakers and cues live. Quote contents are left out; a quote boundary splits the frame into
 * segments so that a search for a subject never crosses a quote. Tokens keep their offsets.
 */
import { listedWord } from '../lexicon/word-classes.js';
import { isSpace, type Span } from '../span.js';
import type { PairedQuote } from './pair-quotes.js';

export interface Token extends Span {
  readonly text: string;
  readonly lower: string;
  /** Starts with a capital letter. */
  readonly cap: boolean;
  /** A single punctuation character. */
  readonly punct: boolean;
  readonly sentence: number;
  /** Index of the frame segment (runs of tokens between quotes) within the sentence. */
  readonly segment: number;
  /** The word lists `lower` is in, as a `WordClass` bit mask: one look-up here, bit tests in the steps. */
  readonly classes: number;
}

const CAP = 1 << 30;
const PUNCT = 1 << 29;
const CLASSES = PUNCT - 1;

/**
 * What a token's characters alone decide, kept once per spelling within a story: the text, its
 * lower case, and the word classes with CAP and PUNCT above them. A story has far fewer spellings
 * than tokens: 2 000 for the 140 000 tokens of the 1 MB benchmark story.
 */
interface Spelling {
  readonly text: string;
  readonly lower: string;
  readonly bits: number;
}

/** Where a run of tokens lies: its sentence and the segment within it. Shared by the run. */
interface Place {
  readonly sentence: number;
  readonly segment: number;
}

/**
 * A token as stored: its offset, its spelling and its place, three fields with the rest read
 * through them. A story holds a token for every word and mark of its narrative (two million in
 * 10 MB), all alive until the last step: each field less is 16 MB less for the garbage collector
 * to copy and mark on such a story.
 */
class StoredToken implements Token {
  readonly start: number;
  readonly #spelling: Spelling;
  readonly #place: Place;

  constructor(start: number, spelling: Spelling, place: Place) {
    this.start = start;
    this.#spelling = spelling;
    this.#place = place;
  }

  get text(): string {
    return this.#spelling.text;
  }

  get lower(): string {
    return this.#spelling.lower;
  }

  get end(): number {
    return this.start + this.#spelling.text.length;
  }

  get cap(): boolean {
    return (this.#spelling.bits & CAP) !== 0;
  }

  get punct(): boolean {
    return (this.#spelling.bits & PUNCT) !== 0;
  }

  get classes(): number {
    return this.#spelling.bits & CLASSES;
  }

  get sentence(): number {
    return this.#place.sentence;
  }

  get segment(): number {
    return this.#place.segment;
  }
}

export interface Frame {
  sentence: number;
  tokens: Token[];
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’&.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?|[^\s\p{L}\p{N}]/gu;
const ABBREVIATED =
  /^(?:\p{L}\.(?:\p{L}\.)*|mr\.|mrs\.|ms\.|dr\.|sen\.|rep\.|gov\.|gen\.|lt\.|col\.|maj\.|capt\.|st\.|jr\.|sr\.|prof\.|rev\.|no\.|inc\.|corp\.|co\.|ltd\.|vs\.)$/iu;
const UPPER = /^\p{Lu}/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
/** `al-Mansouri`, `bin Salman`'s `bin` aside: an Arabic or European particle joined to a name. */
const PREFIXED_NAME = /^(?:al|el|ad|as|ash|ibn|abu|de|di|da|van|von|le|la|du|d|l|o)[-'’]\p{Lu}/u;

export function tokenizeFrames(text: string, sentences: readonly Span[], quotes: readonly PairedQuote[]): Frame[] {
  const frames: Frame[] = [];
  const re = new RegExp(TOKEN.source, 'gyu');
  const spellings: Spellings = new Map();
  // a sentence's tokens gather here, then move to an array of their exact length: an array grown
  // by push keeps up to half again its length, plus 16, in unused slots for the rest of the run
  const tokens: Token[] = [];
  let q = 0;
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si] as Span;
    tokens.length = 0;
    let segment = 0;
    let cursor = sentence.start;
    while (q < quotes.length && quoteEnd(quotes[q] as PairedQuote) <= sentence.start) q++;
    let k = q;
    while (cursor < sentence.end) {
      const quote = quotes[k];
      const stop = quote && quote.open.start < sentence.end ? Math.max(cursor, quote.open.start) : sentence.end;
      // an empty range (a quote right after another) needs no place
      if (cursor < stop) tokenizeRange(re, text, cursor, stop, { sentence: si, segment }, tokens, spellings);
      if (stop >= sentence.end || !quote) break;
      cursor = Math.min(sentence.end, quoteEnd(quote));
      segment++;
      k++;
    }
    frames.push({ sentence: si, tokens: tokens.slice() });
  }
  return frames;
}

function quoteEnd(q: PairedQuote): number {
  return q.close?.end ?? q.end;
}

function tokenizeRange(re: RegExp, text: string, start: number, end: number, place: Place, out: Token[], spellings: Spellings): void {
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
    pushWord(text.slice(i, stop), i, place, out, spellings);
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
  if (!isAsciiAlnum(first)) return first < 128 || first === 0x2019 ? i + 1 : -1;
  let k = i + 1;
  for (;;) {
    while (k < end && isAsciiAlnum(text.charCodeAt(k))) k++;
    if (k >= end) return k;
    const c = text.charCodeAt(k);
    if (c >= 128 && c !== 0x2019) return -1;
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

function pushWord(word: string, at: number, place: Place, out: Token[], spellings: Spellings): void {
  let w = word;
  if (w.length > 1 && w.charCodeAt(w.length - 1) === 46 && !ABBREVIATED.test(w)) w = w.slice(0, -1);
  // a possessive splits into the name and its ending: `Olsen's` → `Olsen` `'s`, `Jones'` → `Jones` `'`
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  const split = n <= 2 ? -1 : last === 115 && isApostrophe(w.charCodeAt(n - 2)) ? n - 2 : isApostrophe(last) && w.charCodeAt(n - 2) === 115 ? n - 1 : -1;
  if (split > 0) {
    out.push(new StoredToken(at, spelling(spellings, w.slice(0, split)), place));
    out.push(new StoredToken(at + split, spelling(spellings, w.slice(split)), place));
  } else out.push(new StoredToken(at, spelling(spellings, w), place));
  if (n < word.length) out.push(new StoredToken(at + n, spelling(spellings, '.'), place));
}

/** A cheap test before PREFIXED_NAME: a joiner right after a prefix of one to three letters. */
function hasEarlyJoiner(t: string): boolean {
  for (let i = 1; i < 4 && i < t.length - 1; i++) {
    const c = t.charCodeAt(i);
    if (c === 45 || c === 39 || c === 0x2019) return true;
  }
  return false;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/**
 * One spelling per distinct word within a story: `Hifter` and `council` are looked at once however
 * often they come back, and their strings kept once.
 */
type Spellings = Map<string, Spelling>;

function spelling(spellings: Spellings, word: string): Spelling {
  const known = spellings.get(word);
  if (known !== undefined) return known;
  const made = newSpelling(spellings, word);
  spellings.set(word, made);
  return made;
}

function newSpelling(spellings: Spellings, word: string): Spelling {
  const c = word.charCodeAt(0);
  const folded = lowerCase(word);
  const listed = listedWord(folded);
  // every spelling of a listed word (`the`, `said`) shares the lexicon's string
  const lower = listed?.word ?? (word === folded ? word : spelling(spellings, folded).text);
  const t = word === folded ? lower : word;
  const classes = listed?.classes ?? 0;
  if (c < 128) {
    const upper = c >= 65 && c <= 90;
    const alnum = upper || (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
    const cap = upper || (c >= 97 && c <= 122 && hasEarlyJoiner(t) && PREFIXED_NAME.test(t));
    return { text: t, lower, bits: classes | (cap ? CAP : 0) | (alnum ? 0 : PUNCT) };
  }
  const cap = UPPER.test(t) || PREFIXED_NAME.test(t);
  return { text: t, lower, bits: classes | (cap ? CAP : 0) | (LETTER_OR_DIGIT.test(t) ? 0 : PUNCT) };
}

/** `toLowerCase` without a new string for a word that is lower case already (most of them). */
function lowerCase(t: string): string {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return t.toLowerCase();
  }
  return t;
}
