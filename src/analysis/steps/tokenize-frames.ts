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
 * A token as stored: six fields, with `end`, `cap`, `punct` and `classes` read from them. A
 * story holds a token for every word and mark of its narrative (two million in 10 MB), all alive
 * until the last step: a quarter less memory per token is that much less for the garbage
 * collector to copy and mark.
 */
class StoredToken implements Token {
  readonly start: number;
  readonly text: string;
  readonly lower: string;
  readonly sentence: number;
  readonly segment: number;
  /** The word classes, with CAP and PUNCT above them. */
  readonly #bits: number;

  constructor(start: number, text: string, lower: string, sentence: number, segment: number, bits: number) {
    this.start = start;
    this.text = text;
    this.lower = lower;
    this.sentence = sentence;
    this.segment = segment;
    this.#bits = bits;
  }

  get end(): number {
    return this.start + this.text.length;
  }

  get cap(): boolean {
    return (this.#bits & CAP) !== 0;
  }

  get punct(): boolean {
    return (this.#bits & PUNCT) !== 0;
  }

  get classes(): number {
    return this.#bits & CLASSES;
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
  const words: Interned = new Map();
  let q = 0;
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si] as Span;
    const tokens: Token[] = [];
    let segment = 0;
    let cursor = sentence.start;
    while (q < quotes.length && quoteEnd(quotes[q] as PairedQuote) <= sentence.start) q++;
    let k = q;
    while (cursor < sentence.end) {
      const quote = quotes[k];
      const stop = quote && quote.open.start < sentence.end ? Math.max(cursor, quote.open.start) : sentence.end;
      tokenizeRange(re, text, cursor, stop, si, segment, tokens, words);
      if (stop >= sentence.end || !quote) break;
      cursor = Math.min(sentence.end, quoteEnd(quote));
      segment++;
      k++;
    }
    frames.push({ sentence: si, tokens });
  }
  return frames;
}

function quoteEnd(q: PairedQuote): number {
  return q.close?.end ?? q.end;
}

function tokenizeRange(re: RegExp, text: string, start: number, end: number, sentence: number, segment: number, out: Token[], words: Interned): void {
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
    pushWord(text.slice(i, stop), i, sentence, segment, out, words);
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

function pushWord(word: string, at: number, sentence: number, segment: number, out: Token[], words: Interned): void {
  let w = word;
  if (w.length > 1 && w.charCodeAt(w.length - 1) === 46 && !ABBREVIATED.test(w)) w = w.slice(0, -1);
  // a possessive splits into the name and its ending: `Olsen's` → `Olsen` `'s`, `Jones'` → `Jones` `'`
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  const split = n <= 2 ? -1 : last === 115 && isApostrophe(w.charCodeAt(n - 2)) ? n - 2 : isApostrophe(last) && w.charCodeAt(n - 2) === 115 ? n - 1 : -1;
  if (split > 0) {
    out.push(token(w.slice(0, split), at, sentence, segment, words));
    out.push(token(w.slice(split), at + split, sentence, segment, words));
  } else out.push(token(w, at, sentence, segment, words));
  if (n < word.length) out.push(token('.', at + n, sentence, segment, words));
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

function token(word: string, s: number, sentence: number, segment: number, words: Interned): Token {
  const c = word.charCodeAt(0);
  const folded = lowerCase(word);
  const listed = listedWord(folded);
  // every token of a listed word (`the`, `said`) shares the lexicon's string: half the tokens keep
  // no copy of their own, and the garbage collector has that much less to move
  const lower = listed?.word ?? intern(words, folded);
  const t = word === folded ? lower : intern(words, word);
  const classes = listed?.classes ?? 0;
  if (c < 128) {
    const upper = c >= 65 && c <= 90;
    const alnum = upper || (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
    const cap = upper || (c >= 97 && c <= 122 && hasEarlyJoiner(t) && PREFIXED_NAME.test(t));
    return new StoredToken(s, t, lower, sentence, segment, classes | (cap ? CAP : 0) | (alnum ? 0 : PUNCT));
  }
  const cap = UPPER.test(t) || PREFIXED_NAME.test(t);
  return new StoredToken(s, t, lower, sentence, segment, classes | (cap ? CAP : 0) | (LETTER_OR_DIGIT.test(t) ? 0 : PUNCT));
}

/**
 * One string per spelling within a story: `Hifter` and `council` are kept once however often
 * they come back. The tokens outlive most of the pipeline; their strings are most of what the
 * garbage collector copies and marks on a long story.
 */
type Interned = Map<string, string>;

function intern(words: Interned, word: string): string {
  const known = words.get(word);
  if (known !== undefined) return known;
  words.set(word, word);
  return word;
}

/** `toLowerCase` without a new string for a word that is lower case already (most of them). */
function lowerCase(t: string): string {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return t.toLowerCase();
  }
  return t;
}
