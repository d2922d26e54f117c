/**
 * Words and punctuation of each sentence's frame: the narrative outside quotation marks, where
 * speakers and cues live. Quote contents are left out; a quote boundary splits the frame into
 * segments so that a search for a subject never crosses a quote. Tokens keep their offsets.
 */
import { ABBREVIATED_WORD } from '../lexicon/abbreviations.js';
import { PREFIXED_NAME } from '../lexicon/function-words.js';
import { communicationVerb } from '../lexicon/knowledge.js';
import { listedWord, WordClass } from '../lexicon/word-classes.js';
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

/**
 * A token as handed to the steps: its offset, its spelling, its sentence and segment, with the rest
 * read through the spelling. Made when a step asks a frame for its tokens, and dropped when the
 * step moves on: see `TokenStore`.
 */
class StoredToken implements Token {
  readonly start: number;
  readonly sentence: number;
  readonly segment: number;
  readonly #spelling: Spelling;

  constructor(start: number, spelling: Spelling, sentence: number, segment: number) {
    this.start = start;
    this.sentence = sentence;
    this.segment = segment;
    this.#spelling = spelling;
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
}

/**
 * About 100 KB of narrative: the longest stretch of a story whose token objects stay made. Larger
 * budgets measured slower on 1 and 10 MB stories (tokens kept alive are copied by the collector,
 * tokens made again are not), smaller ones no faster.
 */
const MADE_TOKENS = 1 << 14;

/**
 * A story's tokens, kept as three columns of numbers: offset, spelling and segment. A story has a
 * token for every word and mark of its narrative (1.4 million in 10 MB), needed from the first
 * step that reads them to the last. Kept as objects they were the bulk of the heap, copied and
 * marked by every collection; in a typed array the collector never looks at them, and the token
 * objects a frame hands out die young, which is what a generational collector handles best.
 */
class TokenStore {
  /** Token k's offset, spelling and segment at 3k, 3k + 1 and 3k + 2. */
  #columns: Int32Array;
  length = 0;
  readonly spellings: SpellingTable;

  /**
   * The frames whose tokens are made, oldest first from `#oldest`, and their number of tokens: up
   * to `MADE_TOKENS`, so that a story of up to about 100 KB has each frame's tokens made once, and a
   * larger one keeps only the last stretch that the steps read.
   */
  readonly #made: (StoredFrame | undefined)[] = [];
  #oldest = 0;
  #madeTokens = 0;

  /** Sized for `chars` characters of narrative, so that most stories never grow a table. */
  constructor(chars: number) {
    // a token for every 5 to 8 characters; a distinct spelling for at most every 4
    this.#columns = new Int32Array(3 * Math.max(64, Math.ceil(chars / 6)));
    this.spellings = new SpellingTable(Math.min(1 << 16, Math.max(256, Math.ceil(chars / 4))));
  }

  push(start: number, spelling: number, segment: number): void {
    let columns = this.#columns;
    const at = 3 * this.length++;
    if (at === columns.length) {
      const wider = new Int32Array(2 * columns.length);
      wider.set(columns);
      this.#columns = columns = wider;
    }
    columns[at] = start;
    columns[at + 1] = spelling;
    columns[at + 2] = segment;
  }

  tokens(from: number, to: number, sentence: number): Token[] {
    const columns = this.#columns;
    const spellings = this.spellings.list;
    const out: Token[] = new Array(to - from);
    for (let k = from, at = 3 * from; k < to; k++, at += 3)
      out[k - from] = new StoredToken(columns[at] as number, spellings[columns[at + 1] as number] as Spelling, sentence, columns[at + 2] as number);
    return out;
  }

  made(frame: StoredFrame): void {
    this.#made.push(frame);
    this.#madeTokens += frame.size;
    while (this.#madeTokens > MADE_TOKENS && this.#oldest < this.#made.length - 1) {
      const old = this.#made[this.#oldest] as StoredFrame;
      this.#made[this.#oldest++] = undefined;
      this.#madeTokens -= old.size;
      old.forget();
    }
    if (this.#oldest > 1024 && this.#oldest * 2 > this.#made.length) {
      this.#made.splice(0, this.#oldest);
      this.#oldest = 0;
    }
  }
}

/**
 * A sentence's frame: a range of the story's token store. The tokens are made when a step first
 * asks for them and kept while they are among the last `MADE_TOKENS` made, so a step that reads a
 * frame many times (a sentence with thousands of quotes) gets the same array.
 */
class StoredFrame implements Frame {
  readonly sentence: number;
  readonly #from: number;
  readonly #to: number;
  readonly #store: TokenStore;
  #tokens: Token[] | null = null;

  constructor(sentence: number, from: number, to: number, store: TokenStore) {
    this.sentence = sentence;
    this.#from = from;
    this.#to = to;
    this.#store = store;
  }

  get size(): number {
    return this.#to - this.#from;
  }

  get tokens(): readonly Token[] {
    if (this.#tokens === null) {
      this.#tokens = this.#store.tokens(this.#from, this.#to, this.sentence);
      this.#store.made(this);
    }
    return this.#tokens;
  }

  forget(): void {
    this.#tokens = null;
  }
}

export interface Frame {
  readonly sentence: number;
  /** The number of tokens. */
  readonly size: number;
  /** The frame's tokens in text order; made anew when the frame has not been read for a while. */
  readonly tokens: readonly Token[];
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’&.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?|[^\s\p{L}\p{N}]/gu;
const UPPER = /^\p{Lu}/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** `skip[s]` = 1: sentence s gives no words (a paragraph said once before). */
export function tokenizeFrames(text: string, sentences: readonly Span[], quotes: readonly PairedQuote[], skip?: Uint8Array): Frame[] {
  const frames: Frame[] = [];
  const re = new RegExp(TOKEN.source, 'gyu');
  const store = new TokenStore(text.length);
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
      if (cursor < stop) tokenizeRange(re, text, cursor, stop, segment, store);
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

function tokenizeRange(re: RegExp, text: string, start: number, end: number, segment: number, store: TokenStore): void {
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
    pushWord(text, i, stop, segment, store);
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

/** The word text[start, stop) as one or more tokens: a final period or a possessive splits off. */
function pushWord(text: string, start: number, stop: number, segment: number, store: TokenStore): void {
  const spellings = store.spellings;
  let end = stop;
  if (end - start > 1 && text.charCodeAt(end - 1) === 46 && !ABBREVIATED_WORD.test(text.slice(start, end))) end--;
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
  if (end < stop) store.push(end, spellings.find(text, end, stop), segment);
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
 * One spelling per distinct word within a story, found by its characters in the text: `Hifter`
 * and `council` are looked at once however often they come back, their strings kept once, and a
 * word seen before costs no new string. Open addressing over a typed array: slot i holds a
 * spelling's index + 1 (0 for empty) at 2i and its hash at 2i + 1.
 */
class SpellingTable {
  readonly list: Spelling[] = [];
  #slots: Int32Array;

  /** Room for `expected` spellings before the table grows. */
  constructor(expected: number) {
    let slots = 256;
    while (slots < 2 * expected) slots *= 2;
    this.#slots = new Int32Array(2 * slots);
  }

  find(source: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193);
    const slots = this.#slots;
    const mask = (slots.length >> 1) - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const v = slots[2 * i] as number;
      if (v === 0) break;
      if (slots[2 * i + 1] !== h) continue;
      const t = (this.list[v - 1] as Spelling).text;
      if (t.length === end - start && source.startsWith(t, start)) return v - 1;
    }
    // new: made first (it may add its lower case, and grow the table), then placed
    const made = this.list.push(newSpelling(this, source.slice(start, end))) - 1;
    if (2 * this.list.length > this.#slots.length >> 1) this.#grow();
    this.#place(h, made);
    return made;
  }

  /** Puts a spelling in the first free slot from its hash on (the table is at most half full). */
  #place(h: number, index: number): void {
    const slots = this.#slots;
    const mask = (slots.length >> 1) - 1;
    let i = h & mask;
    while (slots[2 * i] !== 0) i = (i + 1) & mask;
    slots[2 * i] = index + 1;
    slots[2 * i + 1] = h;
  }

  #grow(): void {
    const old = this.#slots;
    this.#slots = new Int32Array(2 * old.length);
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0) this.#place(old[i + 1] as number, (old[i] as number) - 1);
  }
}

function newSpelling(table: SpellingTable, word: string): Spelling {
  const c = word.charCodeAt(0);
  const folded = lowerCase(word);
  const listed = listedWord(folded);
  // every spelling of a listed word (`the`, `said`) shares the lexicon's string
  const lower = listed?.word ?? (word === folded ? word : (table.list[table.find(folded, 0, folded.length)] as Spelling).text);
  const t = word === folded ? lower : word;
  const classes = listed?.classes ?? (isCommunicationVerb(folded) ? WordClass.COMMUNICATION_VERB : 0);
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

/** A lower-case word of four letters or more whose most frequent WordNet sense is a verb of communication. */
function isCommunicationVerb(lower: string): boolean {
  return lower.length >= 4 && communicationVerb(lower)?.primary === true;
}
