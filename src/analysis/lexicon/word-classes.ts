/**
 * Every word list the tokenizer's readers test a word against, folded into one table: lower-case
 * word → a bit mask of the lists that hold it. The tokenizer looks each word up once and stores
 * the mask on the token (`Token.classes`); the steps then test bits instead of probing a dozen
 * sets per token. Derived at load from the lists in this folder, which stay the source of truth.
 */
import { ANONYMOUS_HEADS, KNOWLEDGE_LINKS } from './anonymous-descriptors.js';
import {
  ARTICLES,
  CALENDAR_WORDS,
  CHAINED_LINKS,
  COMPOUND_STARTS,
  CONNECTORS,
  DEFINITE,
  DETERMINERS,
  PREPOSITIONS,
  PRONOUNS,
  RELATIVE_PRONOUNS,
  RIGHT_LINKS,
  STOP,
} from './function-words.js';
import { DOCUMENT_HEADS, KNOWN_ORGANIZATIONS, ORGANIZATION_HEADS, ORGANIZATION_NAME_WORDS } from './organization-words.js';
import { ATTRIBUTING_PHRASES, SPEECH_NOUNS, VERB_BY_FORM, WORDS_BEFORE_VERB } from './speech-verbs.js';
import { FEMALE_WORDS, HONORIFICS, MALE_WORDS, ROLE_NOUNS, TITLE_STARTS, UNIQUE_ROLES } from './titles.js';

/**
 * One bit per list. Bits 0 to 28 only: the tokenizer keeps its PUNCT and CAP bits above them in
 * the same small integer (tokens/spellings.ts).
 */
export const WordClass = {
  ANONYMOUS_HEAD: 1 << 0,
  ROLE_NOUN: 1 << 1,
  ORGANIZATION_HEAD: 1 << 2,
  /** First word of a two-word role (`prime` of `prime minister`). */
  COMPOUND_START: 1 << 3,
  /** A one-word form of a reporting verb (`said`, `tells`). */
  REPORTING_VERB: 1 << 4,
  /** First word of a two-word reporting verb (`went` of `went on`). */
  TWO_WORD_VERB_START: 1 << 5,
  STOP: 1 << 6,
  DETERMINER: 1 << 7,
  DEFINITE: 1 << 8,
  PRONOUN: 1 << 9,
  CONNECTOR: 1 << 10,
  WORD_BEFORE_VERB: 1 << 11,
  RELATIVE: 1 << 12,
  /** A title before a name, with or without a final period: `president`, `gen.`, `prime`. */
  TITLE: 1 << 13,
  CALENDAR: 1 << 14,
  ORGANIZATION_NAME_WORD: 1 << 15,
  KNOWN_ORGANIZATION: 1 << 16,
  FEMALE: 1 << 17,
  MALE: 1 << 18,
  UNIQUE_ROLE: 1 << 19,
  DOCUMENT_HEAD: 1 << 20,
  RIGHT_LINK: 1 << 21,
  CHAINED_LINK: 1 << 22,
  /** First word of a KNOWLEDGE_LINKS phrase (`familiar` of `familiar with`). */
  KNOWLEDGE_LINK_START: 1 << 23,
  /** First word of an ATTRIBUTING_PHRASES phrase (`according`). */
  ATTRIBUTING_PHRASE_START: 1 << 24,
  /**
   * A word in no list that WordNet knows first as a verb of communication (`condemned`): set by
   * the tokenizer once per spelling (tokenize-frames), not by the table below.
   */
  COMMUNICATION_VERB: 1 << 25,
  /** A noun of what was said (`claim`, `prediction`): a cue after its owner's name. */
  SPEECH_NOUN: 1 << 26,
  PREPOSITION: 1 << 27,
  ARTICLE: 1 << 28,
} as const;

function firstWord(phrase: string): string {
  return phrase.split(' ')[0] as string;
}

function build(): ReadonlyMap<string, number> {
  const table = new Map<string, number>();
  const add = (list: Iterable<string>, bit: number): void => {
    for (const w of list) table.set(w, (table.get(w) ?? 0) | bit);
  };
  add(ANONYMOUS_HEADS, WordClass.ANONYMOUS_HEAD);
  add(ROLE_NOUNS, WordClass.ROLE_NOUN);
  add(ORGANIZATION_HEADS, WordClass.ORGANIZATION_HEAD);
  add(COMPOUND_STARTS, WordClass.COMPOUND_START);
  add(VERB_BY_FORM.keys(), WordClass.REPORTING_VERB);
  add([...VERB_BY_FORM.keys()].filter((f) => f.includes(' ')).map(firstWord), WordClass.TWO_WORD_VERB_START);
  add(STOP, WordClass.STOP);
  add(DETERMINERS, WordClass.DETERMINER);
  add(DEFINITE, WordClass.DEFINITE);
  add(PRONOUNS.keys(), WordClass.PRONOUN);
  add(CONNECTORS, WordClass.CONNECTOR);
  add(WORDS_BEFORE_VERB, WordClass.WORD_BEFORE_VERB);
  add(RELATIVE_PRONOUNS, WordClass.RELATIVE);
  // a title is tested with one final period dropped (`Gen.`, `Sen.`): both spellings carry the bit
  const titles = [...HONORIFICS, ...ROLE_NOUNS, ...TITLE_STARTS];
  add(titles, WordClass.TITLE);
  add(
    titles.map((w) => `${w}.`),
    WordClass.TITLE,
  );
  add(CALENDAR_WORDS, WordClass.CALENDAR);
  add(ORGANIZATION_NAME_WORDS, WordClass.ORGANIZATION_NAME_WORD);
  add(KNOWN_ORGANIZATIONS, WordClass.KNOWN_ORGANIZATION);
  add(FEMALE_WORDS, WordClass.FEMALE);
  add(MALE_WORDS, WordClass.MALE);
  add(UNIQUE_ROLES, WordClass.UNIQUE_ROLE);
  add(DOCUMENT_HEADS, WordClass.DOCUMENT_HEAD);
  add(RIGHT_LINKS, WordClass.RIGHT_LINK);
  add(CHAINED_LINKS, WordClass.CHAINED_LINK);
  add(KNOWLEDGE_LINKS.map(firstWord), WordClass.KNOWLEDGE_LINK_START);
  add([...ATTRIBUTING_PHRASES].map(firstWord), WordClass.ATTRIBUTING_PHRASE_START);
  add(SPEECH_NOUNS, WordClass.SPEECH_NOUN);
  add(PREPOSITIONS, WordClass.PREPOSITION);
  add(ARTICLES, WordClass.ARTICLE);
  return table;
}

/** A word of the lists: the one string that spells it, and its classes. */
export interface ListedWord {
  /** The word as listed. Every token of it can share this string instead of keeping its own copy. */
  readonly word: string;
  /** Its `WordClass` bits. */
  readonly classes: number;
}

/**
 * The listed words by spelling. (A hand-made open-addressing table hashed on three characters
 * measured within 10 % of this Map on the 1 and 2 MB benchmark stories, so the Map stays.)
 */
const TABLE = new Map<string, ListedWord>([...build()].map(([word, classes]) => [word, { word, classes }]));

/** The listed word `lower` (lower case), or undefined for a word in no list. */
export function listedWord(lower: string): ListedWord | undefined {
  return TABLE.get(lower);
}

/** The word classes of a lower-case word (0 for a word in no list). */
export function wordClasses(lower: string): number {
  return TABLE.get(lower)?.classes ?? 0;
}

/**
 * KNOWLEDGE_LINKS grouped by first word, in list order: the phrases that can follow a head
 * when the next word is `word` (`familiar` → [`familiar with`]).
 */
export const KNOWLEDGE_LINKS_BY_FIRST_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const byFirst = new Map<string, string[]>();
  for (const link of KNOWLEDGE_LINKS) {
    const first = firstWord(link);
    const list = byFirst.get(first);
    if (list) list.push(link);
    else byFirst.set(first, [link]);
  }
  return byFirst;
})();
