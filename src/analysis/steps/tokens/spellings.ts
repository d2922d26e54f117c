import { PREFIXED_NAME } from '../../lexicon/function-words.js';
import { communicationVerb, firstNameGender, isPlaceName, type NounInfo, nounCategory, type VerbInfo } from '../../lexicon/knowledge.js';
import { listedWord, WordClass } from '../../lexicon/word-classes.js';
import { lexicalTags, looksLikeProperNoun } from '../../natural-adapter.js';

export const CAP = 1 << 30;

export const PUNCT = 1 << 29;

export const CLASSES = PUNCT - 1;

/**
 * What a token's characters alone decide, kept once per spelling within a story: the text, its
 * lower case, and the word classes with CAP and PUNCT above them; and what the tagger's lexicon
 * says of it, looked up when a step first asks (most spellings are never asked about) and kept.
 * A story has far fewer spellings than tokens: 2 000 for the 140 000 tokens of the 1 MB benchmark
 * story.
 */
export class Spelling {
  #tags: readonly string[] | undefined | null = null;
  #proper = -1;
  #noun: NounInfo | undefined | null = null;
  #verb: VerbInfo | undefined | null = null;
  #firstName: 'f' | 'm' | undefined | null = null;
  #place = -1;

  constructor(
    readonly text: string,
    readonly lower: string,
    readonly bits: number,
  ) {}

  /** The Brill lexicon's tags of `lower`, most likely first (undefined for a word it does not know). */
  get tags(): readonly string[] | undefined {
    if (this.#tags === null) this.#tags = lexicalTags(this.lower);
    return this.#tags;
  }

  /** What WordNet's nouns say of `lower` (`nounCategory`): its category, plural and lemma. */
  get noun(): NounInfo | undefined {
    if (this.#noun === null) this.#noun = nounCategory(this.lower);
    return this.#noun;
  }

  /** The WordNet communication verb `lower` is a form of (`communicationVerb`), or undefined. */
  get verb(): VerbInfo | undefined {
    if (this.#verb === null) this.#verb = communicationVerb(this.lower);
    return this.#verb;
  }

  /** The usual gender of `lower` as a first name (`firstNameGender`), or undefined for none. */
  get firstNameGender(): 'f' | 'm' | undefined {
    if (this.#firstName === null) this.#firstName = firstNameGender(this.lower);
    return this.#firstName;
  }

  /** `lower` names a place or nationality (`isPlaceName`). */
  get placeName(): boolean {
    if (this.#place < 0) this.#place = isPlaceName(this.lower) ? 1 : 0;
    return this.#place === 1;
  }

  /** Capitalised and read as part of a name by the lexicon (`looksLikeProperNoun`): `Hifter`, not `However`. */
  get properNoun(): boolean {
    if (this.#proper < 0) this.#proper = this.bits & CAP && !(this.bits & PUNCT) && looksLikeProperNoun(this.text) ? 1 : 0;
    return this.#proper === 1;
  }
}

export const UPPER = /^\p{Lu}/u;

export const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/**
 * One spelling per distinct word within a story: `Hifter` and `council` are looked at once
 * however often they come back, and their strings kept once. (An open-addressing table over a
 * typed array, hashing the characters in place, measured within 10 % of this Map on the 1 and
 * 2 MB benchmark stories, so the Map stays.)
 */
export class SpellingTable {
  readonly list: Spelling[] = [];
  readonly #byText = new Map<string, number>();

  find(source: string, start: number, end: number): number {
    const word = source.slice(start, end);
    const found = this.#byText.get(word);
    if (found !== undefined) return found;
    const made = this.list.push(newSpelling(this, word)) - 1;
    this.#byText.set(word, made);
    return made;
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
    // a handle (`@crumb_and_ledger`) names someone, as a capitalised word does
    const upper = (c >= 65 && c <= 90) || (c === 64 && word.length > 1);
    const alnum = upper || (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
    const cap = upper || (c >= 97 && c <= 122 && hasEarlyJoiner(t) && PREFIXED_NAME.test(t));
    return new Spelling(t, lower, classes | (cap ? CAP : 0) | (alnum ? 0 : PUNCT));
  }
  const cap = UPPER.test(t) || PREFIXED_NAME.test(t);
  return new Spelling(t, lower, classes | (cap ? CAP : 0) | (LETTER_OR_DIGIT.test(t) ? 0 : PUNCT));
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
