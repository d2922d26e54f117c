import { PREFIXED_NAME } from '../../lexicon/function-words.js';
import { communicationVerb } from '../../lexicon/knowledge.js';
import { listedWord, WordClass } from '../../lexicon/word-classes.js';

export const CAP = 1 << 30;

export const PUNCT = 1 << 29;

export const CLASSES = PUNCT - 1;

/**
 * What a token's characters alone decide, kept once per spelling within a story: the text, its
 * lower case, and the word classes with CAP and PUNCT above them. A story has far fewer spellings
 * than tokens: 2 000 for the 140 000 tokens of the 1 MB benchmark story.
 */
export interface Spelling {
  readonly text: string;
  readonly lower: string;
  readonly bits: number;
}

export const UPPER = /^\p{Lu}/u;

export const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/**
 * One spelling per distinct word within a story, found by its characters in the text: `Hifter`
 * and `council` are looked at once however often they come back, their strings kept once, and a
 * word seen before costs no new string. Open addressing over a typed array: slot i holds a
 * spelling's index + 1 (0 for empty) at 2i and its hash at 2i + 1.
 */
export class SpellingTable {
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

export function newSpelling(table: SpellingTable, word: string): Spelling {
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
export function lowerCase(t: string): string {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return t.toLowerCase();
  }
  return t;
}

/** A lower-case word of four letters or more whose most frequent WordNet sense is a verb of communication. */
export function isCommunicationVerb(lower: string): boolean {
  return lower.length >= 4 && communicationVerb(lower)?.primary === true;
}

/** A cheap test before PREFIXED_NAME: a joiner right after a prefix of one to three letters. */
function hasEarlyJoiner(t: string): boolean {
  for (let i = 1; i < 4 && i < t.length - 1; i++) {
    const c = t.charCodeAt(i);
    if (c === 45 || c === 39 || c === 0x2019) return true;
  }
  return false;
}
