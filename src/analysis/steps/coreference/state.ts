/**
 * What the passes share while the driver walks the mentions: the entities, the entity of each
 * mention, the mentions resolved so far, what is known of each entity beyond its public fields,
 * and the indexes that keep every look-up bounded on long inputs. A mention joins an entity
 * only through `attach` (attach.ts), which files it in all of them.
 */

import { firstStartingAtOrAfter } from '../../span.js';
import type { Mention } from '../find-mentions.js';
import type { Cue } from '../find-speech-cues.js';
import { type Entity, NO_WORDS } from './entity.js';
import { EntityByMention } from './entity-by-mention.js';
import { addToRecency, newRecency, type Recency } from './recency.js';
import type { BodyWords, NameParts } from './words.js';

/** The surnames of an entity named by none yet, shared and never added to (`attach` gives the entity a list of its own). */
export const NO_SURNAMES: readonly string[] = [];

/** At most this many recent people are compared by spelling. */
export const RECENT_PEOPLE = 60;

/**
 * The resolved mentions in text order, with their entity and whether they speak: where look-backs
 * search. Room for every mention from the start: each is resolved at most once.
 */
export interface RecentMentions {
  length: number;
  mentions: Mention[];
  entities: Entity[];
  speaks: Uint8Array;
}

/**
 * What the passes know of each entity beyond its public fields, indexed by `Entity.index`, so
 * that a look-up never walks an entity's mentions (which grow with the story).
 */
export interface EntityFacts {
  /** The words later mentions may refer back with (role and organization heads, name words), NO_WORDS before the first. */
  heads: ReadonlySet<string>[];
  /** One bit per head word, hashed into 32: a cheap first test before `heads.has`. */
  headBits: number[];
  /** Whether a name mention has joined the entity. */
  named: boolean[];
  /** The folded first word of the entity's first two-word name (`chelsea`), once it has one. */
  firstName: (string | undefined)[];
  /** `surnames` as a list, for the spelling comparisons (NO_SURNAMES before the first). */
  surnames: (readonly string[])[];
  /** Where the entity's latest mention starts (-1 before its first): `attach` files a mention in text order. */
  lastStart: number[];
}

export interface CorefState {
  readonly text: string;
  /** In text order, as findMentions returns them: `i` below is a position in this list. */
  readonly mentions: readonly Mention[];
  /** 1 where `mentions[i]` is the subject of a speech cue. */
  readonly speaks: Uint8Array;
  readonly entities: Entity[];
  readonly entityOf: EntityByMention;
  readonly recent: RecentMentions;
  readonly facts: EntityFacts;
  /** Persons by each folded surname they were named with, oldest first. */
  readonly personsBySurname: Map<string, Entity[]>;
  /** Organizations by head word, name word or owner key (`@3 office`). */
  readonly organizationsByKey: Map<string, Entity>;
  /** Plural anonymous groups by their folded text: `officials` again is the same officials. */
  readonly anonymousGroupsByName: Map<string, Entity>;
  /** Definite roles that spoke and wait for the story to name the person in them, oldest first. */
  readonly awaitingRoles: Entity[];
  /** Roles that spoke in the lede (`A county judge … telling him`), waiting for a name with that role (`Judge Vance`). */
  readonly ledeRoles: Entity[];
  /** People named lately: the last RECENT_PEOPLE are the recent ones (trimmed in bulk). */
  readonly recentPeople: Entity[];
  /** The entities by their latest mention in `recent`, the latest first (recency.ts). */
  readonly recency: Recency;
  /** The parts of each name met, by its spelling (words.ts). */
  readonly nameParts: Map<string, NameParts>;
  /**
   * The parts of the name of the mention at `at` (-1: none yet): a person's name is looked up by
   * its case and again by `attach` when it joins, and the second look-up hashes no string.
   */
  readonly lastNameParts: { at: number; parts: NameParts | null };
  /** The role word of each description met, in lower case, by its spelling (attach.ts). */
  readonly roles: Map<string, string>;
  /** What the words of each description of a body met give, by their spelling (organizations.ts). */
  readonly bodyWords: Map<string, BodyWords>;
  /** Whether two surnames are one spelled two ways, by the surname looked for, then the one known (names-and-surnames.ts). */
  readonly spellings: Map<string, Map<string, boolean>>;
}

export function newState(text: string, mentions: readonly Mention[], cues: readonly Cue[]): CorefState {
  const entities: Entity[] = [];
  const n = mentions.length;
  return {
    text,
    mentions,
    speaks: speakerFlags(mentions, cues),
    entities,
    entityOf: new EntityByMention(mentions),
    recent: { length: 0, mentions: new Array(n), entities: new Array(n), speaks: new Uint8Array(n) },
    facts: { heads: [], headBits: [], named: [], firstName: [], surnames: [], lastStart: [] },
    personsBySurname: new Map(),
    organizationsByKey: new Map(),
    anonymousGroupsByName: new Map(),
    awaitingRoles: [],
    ledeRoles: [],
    recentPeople: [],
    recency: newRecency(),
    nameParts: new Map(),
    lastNameParts: { at: -1, parts: null },
    roles: new Map(),
    bodyWords: new Map(),
    spellings: new Map(),
  };
}

export function createEntity(state: CorefState, m: Mention, kind: Entity['kind'], name: string): Entity {
  const e: Entity = {
    index: state.entities.length,
    kind,
    name,
    description: null,
    surnames: NO_WORDS,
    plural: m.plural,
    gender: m.gender,
    mentions: [],
    awaitingName: false,
    human: false,
    place: m.place,
    firstSentence: m.sentence,
  };
  state.entities.push(e);
  const facts = state.facts;
  facts.heads.push(NO_WORDS);
  facts.headBits.push(0);
  facts.named.push(false);
  facts.firstName.push(undefined);
  facts.surnames.push(NO_SURNAMES);
  facts.lastStart.push(-1);
  addToRecency(state.recency);
  return e;
}

export function addHead(state: CorefState, e: Entity, head: string): void {
  // most mentions repeat a head their entity has: nothing to add, and no bit to hash
  const facts = state.facts;
  const heads = facts.heads[e.index] as ReadonlySet<string>;
  if (heads.has(head)) return;
  facts.heads[e.index] = (heads === NO_WORDS ? new Set<string>() : (heads as Set<string>)).add(head);
  facts.headBits[e.index] = (facts.headBits[e.index] as number) | headBit(head);
}

/** A 32-bit mask with one bit for the word: equal words get equal bits. */
export function headBit(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (h * 31 + word.charCodeAt(i)) | 0;
  return 1 << (h & 31);
}

/**
 * Which mentions speak (are the subject of a cue), by position in `mentions`: each subject found
 * once, at its `index` when it is the mention there (find-mentions' list, where each mention
 * stands once), else by binary search, so that the passes read an array rather than hashing every
 * mention.
 */
function speakerFlags(mentions: readonly Mention[], cues: readonly Cue[]): Uint8Array {
  const flags = new Uint8Array(mentions.length);
  // (an indexed loop: this runs once per story, where a for…of not yet optimized makes an object per cue)
  for (let k = 0; k < cues.length; k++) {
    const subject = (cues[k] as Cue).subject;
    if (subject === null) continue;
    if (subject.index >= 0 && mentions[subject.index] === subject) {
      flags[subject.index] = 1;
      continue;
    }
    // every place of the subject in `mentions` is among the mentions starting where it starts
    for (let j = firstStartingAtOrAfter(mentions, subject.start); j < mentions.length && (mentions[j] as Mention).start === subject.start; j++)
      if (mentions[j] === subject) flags[j] = 1;
  }
  return flags;
}
