/**
 * Noun categories from WordNet: each lemma's category is that of its most frequent sense (first in
 * `index.noun`), found by its lexicographer file and by following hypernym (`@`) and instance
 * hypernym (`@i`) pointers up to a few root synsets; a second bit says whether any sense is a person.
 */
import { ancestors, type IndexEntry, readData, readIndex, type Synset } from './wordnet.js';

export const NOUN_CATEGORIES = ['person', 'group', 'organization', 'document', 'place', 'thing'] as const;
export type NounCategory = (typeof NOUN_CATEGORIES)[number];

const LEX_LOCATION = 15;
const LEX_PERSON = 18;

/** Root synsets named `lemma:sense` (WordNet 3.1 sense numbers, checked by the generator). */
const ROOTS: Record<Exclude<NounCategory, 'thing'>, string[]> = {
  person: ['person:1'],
  organization: ['organization:1', 'organization:3'],
  group: ['social_group:1', 'people:1'],
  document: ['document:1', 'statement:1', 'report:1', 'message:1', 'message:2', 'written_communication:1', 'announcement:1'],
  place: ['location:1', 'continent:1'],
};

/** Natural features (`river`, `glacier`, `bay`, `ridge`): a name ending in one names a place (`the Orra River`). */
const LANDFORM_ROOTS = ['geological_formation:1', 'body_of_water:1'];

/** Single words and two-word compounds of letters (an inner hyphen or apostrophe allowed). */
const SINGLE = /^[a-z][a-z'-]*[a-z]$/;
const TWO_WORDS = /^[a-z]+_[a-z]+$/;

export interface NounTable {
  /** category → lemmas (two-word ones with a space), sorted. */
  byCategory: Record<NounCategory, string[]>;
  /** Lemmas whose first sense is not a person but some other sense is. */
  personSense: string[];
  /** Lemmas with a sense glossed `(plural)` or `(usually plural)` of another category: their plural's category. */
  pluralCategory: Map<string, NounCategory>;
  /** Lemmas whose first sense is a natural feature of the land or a body of water (LANDFORM_ROOTS). */
  landforms: string[];
}

/** What the generator changes, each with the reason: hand data and gazetteer names. */
export interface NounAdjustments {
  overrides: Record<string, NounCategory>;
  /** Country, capital and continent names: a lemma among them that WordNet files as a rare thing becomes a place. */
  majorPlaces: Set<string>;
}

export function classifyNouns(adjust: NounAdjustments): NounTable {
  const index = readIndex('noun');
  const data = readData('noun');
  const memo = new Map<number, Set<number>>();
  const rootOffset = (name: string): number => {
    const [lemma, sense] = name.split(':') as [string, string];
    const offset = index.get(lemma)?.offsets[Number(sense) - 1];
    if (offset === undefined) throw new Error(`WordNet root ${name} not found`);
    return offset;
  };
  const roots = new Map<NounCategory, number[]>();
  for (const [category, names] of Object.entries(ROOTS) as [NounCategory, string[]][]) roots.set(category, names.map(rootOffset));
  const landformRoots = LANDFORM_ROOTS.map(rootOffset);
  const under = (offset: number, category: NounCategory): boolean => {
    const above = ancestors(data, offset, memo);
    return roots.get(category)!.some((r) => above.has(r));
  };
  const categoryOf = (offset: number): NounCategory => {
    const synset = data.get(offset) as Synset;
    if (synset.lexFile === LEX_LOCATION || under(offset, 'place')) return 'place';
    if (synset.lexFile === LEX_PERSON || under(offset, 'person')) return 'person';
    if (under(offset, 'organization')) return 'organization';
    if (under(offset, 'document')) return 'document';
    if (under(offset, 'group')) return 'group';
    return 'thing';
  };
  const byCategory = Object.fromEntries(NOUN_CATEGORIES.map((c) => [c, [] as string[]])) as Record<NounCategory, string[]>;
  const personSense: string[] = [];
  const pluralCategory = new Map<string, NounCategory>();
  const landforms: string[] = [];
  for (const [lemma, entry] of [...index.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (!keep(lemma, entry)) continue;
    const word = lemma.replace('_', ' ');
    let category = Object.hasOwn(adjust.overrides, word) ? adjust.overrides[word]! : categoryOf(entry.offsets[0]!);
    if (category === 'thing' && entry.tagged === 0 && adjust.majorPlaces.has(word)) category = 'place';
    // Rare things (never tagged in SemCor) are left out to keep the table small: unknown, not `thing`.
    if (category === 'thing' && entry.tagged === 0) continue;
    byCategory[category].push(word);
    if (category !== 'person' && entry.offsets.some((o) => categoryOf(o) === 'person')) personSense.push(word);
    const pluralSense = entry.offsets.find((o) => /^\((usually )?plural\)/.test(data.get(o)!.gloss));
    if (pluralSense !== undefined && categoryOf(pluralSense) !== category) pluralCategory.set(word, categoryOf(pluralSense));
    // a common noun (`river`), not a name (`Mississippi`, an instance of river)
    if (!word.includes(' ') && !(data.get(entry.offsets[0]!) as Synset).instance && landformRoots.some((r) => ancestors(data, entry.offsets[0]!, memo).has(r)))
      landforms.push(word);
  }
  return { byCategory, personSense, pluralCategory, landforms };
}

/** Every single word; a two-word compound only when SemCor tagged it (a common one: `prime_minister`). Rare things are dropped later. */
function keep(lemma: string, entry: IndexEntry): boolean {
  if (SINGLE.test(lemma)) return true;
  return TWO_WORDS.test(lemma) && entry.tagged > 0;
}
