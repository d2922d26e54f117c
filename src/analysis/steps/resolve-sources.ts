/**
 * Coreference inside the story: which mentions name the same source. A surname finds the full
 * name (`Hifter` → `Khalifa Hifter`, `Salame` → `Salamé`); `the official` finds `an official of
 * the presidential Elysee Palace`; an appositive joins its name (`Hugh Hill, a doctor,`); a
 * definite role waits for the person the story names in it (`The U.N. envoy for Libya warned…`
 * … `Ghassan Salame told the council`); pronouns go to the last compatible, salient mention.
 */

import { fold } from '../fold.js';
import { ANONYMOUS_HEADS, AUTHOR_HEADS } from '../lexicon/anonymous-descriptors.js';
import { ROLE_NOUNS, UNIQUE_ROLES } from '../lexicon/titles.js';
import { similarAtLeast } from '../natural-adapter.js';
import { firstStartingAtOrAfter } from '../span.js';
import type { SourceKind } from '../story.js';
import type { Mention } from './find-mentions.js';
import type { Cue } from './find-speech-cues.js';

export interface Entity {
  index: number;
  kind: Exclude<SourceKind, 'unknown'>;
  name: string;
  description: string | null;
  /** Words later mentions may refer back with: surnames, role and organization heads. */
  surnames: ReadonlySet<string>;
  heads: ReadonlySet<string>;
  plural: boolean;
  gender: 'f' | 'm' | null;
  mentions: Mention[];
  /** A definite role (`the U.N. envoy for Libya`) still waiting for a name. */
  awaitingName: boolean;
  /** Known to be a person or people (a full name, a role, a speaker), not a place or a thing. */
  human: boolean;
  /** Named as a place (`Moscow said`): it speaks as its government, and no pronoun of people points to it. */
  place: boolean;
  firstSentence: number;
}

export interface Coreference {
  entities: Entity[];
  entityOf: EntityOf;
}

/**
 * The entity of each mention, as a Map keyed by mention would answer. The mentions given to
 * resolveSources are in text order (as findMentions returns them), so each one's entity sits at
 * its position in an array (`at`), and a look-up by mention is a binary search by start: a Map
 * keyed by every mention (hundreds of thousands on a long story) cost more to fill (hashing,
 * growing its table) than most of the pass, and kept a large table alive. Mentions outside that
 * list (a transcript label) go to a small Map.
 */
export class EntityOf {
  /** `Entity.index + 1` of each mention's entity by its position in `mentions`; 0: none. */
  private readonly byPosition: Int32Array;
  private readonly others = new Map<Mention, Entity>();

  constructor(
    private readonly mentions: readonly Mention[],
    private readonly entities: readonly Entity[],
  ) {
    this.byPosition = new Int32Array(mentions.length);
  }

  /** Sets the entity of `mentions[i]`, one of `entities`. */
  setAt(i: number, e: Entity): void {
    this.byPosition[i] = e.index + 1;
  }

  /** The entity of `mentions[i]`: what a step walking every mention reads, with no search. */
  at(i: number): Entity | undefined {
    const found = this.byPosition[i] ?? 0;
    return found === 0 ? undefined : this.entities[found - 1];
  }

  set(m: Mention, e: Entity): void {
    this.others.set(m, e);
  }

  get(m: Mention): Entity | undefined {
    // a mention set by `set` answers first, as the later of two Map.set calls would
    const other = this.others.size > 0 ? this.others.get(m) : undefined;
    if (other !== undefined) return other;
    const mentions = this.mentions;
    // a binary search of its own rather than firstStartingAtOrAfter, which reads spans of every
    // kind: here it reads mentions only, and each read stays fast
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((mentions[mid] as Mention).start < m.start) lo = mid + 1;
      else hi = mid;
    }
    let found: Entity | undefined;
    // every place of `m` is among the mentions starting where it starts (the same object at two
    // places is never seen, but a Map would answer the later one set)
    for (let j = lo; j < mentions.length && (mentions[j] as Mention).start === m.start; j++) if (mentions[j] === m) found = this.at(j) ?? found;
    return found;
  }
}

/**
 * The word set an entity starts with, shared and never added to: an entity gets a Set of its own
 * with its first surname or head. Most have one kind of word and not the other, and an empty Set
 * per entity was a fifth of what the pass kept on a long story.
 */
const NO_WORDS: ReadonlySet<string> = new Set();

const ROLE_WAIT_SENTENCES = 8;
const PRONOUN_REACH = 6;
/** At most this many mentions back: bounded work per pronoun, even in a sentence of thousands. */
const PRONOUN_LOOKBACK = 80;
/** At most this many mentions back for a definite description or a group. */
const DESCRIPTION_LOOKBACK = 400;
/** At most this many recent people are compared by spelling. */
const RECENT_PEOPLE = 60;
/** Jaro–Winkler similarity from which two surnames are one spelled two ways (`Salame`, `Salamé`). */
const SAME_SPELLING = 0.93;
const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  'statement',
  'report',
  'communique',
  'communiqué',
  'document',
  'letter',
  'release',
  'memo',
  'filing',
  'study',
  'survey',
  'paper',
]);

/**
 * The resolved mentions in text order, with their entity and whether they speak: where look-backs
 * search. Room for every mention from the start: each is resolved at most once.
 */
interface History {
  length: number;
  mentions: Mention[];
  entities: Entity[];
  speaks: Uint8Array;
}

/**
 * What the pass remembers of each entity beyond its public fields, indexed by `Entity.index`, so
 * that a look-up never walks an entity's mentions (which grow with the story).
 */
interface Memory {
  /** One bit per head word, hashed into 32: a cheap first test before `heads.has`. */
  headBits: number[];
  /** Whether a name mention has joined the entity. */
  named: boolean[];
  /** The folded first word of the entity's first two-word name (`chelsea`), once it has one. */
  firstName: (string | undefined)[];
  /** `surnames` as a list, for the spelling comparisons. */
  surnames: string[][];
}

export function resolveSources(text: string, mentions: readonly Mention[], cues: readonly Cue[]): Coreference {
  const entities: Entity[] = [];
  const entityOf = new EntityOf(mentions, entities);
  const speakerAt = speakerFlags(mentions, cues);
  const recent: History = { length: 0, mentions: new Array(mentions.length), entities: new Array(mentions.length), speaks: new Uint8Array(mentions.length) };
  const memory: Memory = { headBits: [], named: [], firstName: [], surnames: [] };
  // indexes keep the pass linear on long inputs
  const bySurname = new Map<string, Entity[]>();
  const orgByKey = new Map<string, Entity>();
  const anonymousByName = new Map<string, Entity>();
  const awaiting: Entity[] = [];
  const recentPeople: Entity[] = []; // the last RECENT_PEOPLE are the recent ones (trimmed in bulk)

  const create = (m: Mention, kind: Entity['kind'], name: string): Entity => {
    const e: Entity = {
      index: entities.length,
      kind,
      name,
      description: null,
      surnames: NO_WORDS,
      heads: NO_WORDS,
      plural: m.plural,
      gender: m.gender,
      mentions: [],
      awaitingName: false,
      human: false,
      place: m.place,
      firstSentence: m.sentence,
    };
    entities.push(e);
    memory.headBits.push(0);
    memory.named.push(false);
    memory.firstName.push(undefined);
    memory.surnames.push([]);
    return e;
  };
  const addHead = (e: Entity, head: string) => {
    e.heads = e.heads === NO_WORDS ? new Set([head]) : (e.heads as Set<string>).add(head);
    memory.headBits[e.index] = (memory.headBits[e.index] as number) | headBit(head);
  };
  /** `m` is `mentions[i]`; `surname`, when the caller has folded it already: `fold(lastWord(m.name.text))`. */
  const attach = (i: number, m: Mention, e: Entity, surname?: string) => {
    const speaker = speakerAt[i] === 1;
    e.mentions.push(m);
    entityOf.setAt(i, e);
    if (!e.human && isHuman(m, speaker)) e.human = true;
    if (m.gender && !e.gender) e.gender = m.gender;
    const hadName = memory.named[e.index] as boolean;
    if (m.type === 'name') memory.named[e.index] = true;
    if (m.type === 'name' && m.name) {
      const name = m.name.text;
      if (memory.firstName[e.index] === undefined && hasSpace(name)) memory.firstName[e.index] = fold(firstWord(name));
      if (e.kind !== 'organization' && m.kind === 'person') {
        const filed = surname ?? fold(lastWord(name));
        if (!e.surnames.has(filed)) {
          e.surnames = e.surnames === NO_WORDS ? new Set([filed]) : (e.surnames as Set<string>).add(filed);
          (memory.surnames[e.index] as string[]).push(filed);
          const same = bySurname.get(filed);
          if (same) same.push(e);
          else bySurname.set(filed, [e]);
        }
        if (recentPeople.at(-1) !== e) recentPeople.push(e);
        if (recentPeople.length >= 2 * RECENT_PEOPLE) recentPeople.splice(0, recentPeople.length - RECENT_PEOPLE);
      }
      if (m.kind === 'organization') orgByKey.set(m.head, e);
      if (name.length > e.name.length || e.awaitingName || !hadName) {
        if (e.kind !== 'organization' || m.kind === 'organization') e.name = name;
      }
      if (m.kind === 'person' && e.kind !== 'organization') e.kind = 'person';
      e.awaitingName = false;
      if (m.kind === 'organization') {
        for (const w of name.split(/\s+/)) {
          const word = w.toLowerCase();
          addHead(e, word);
          if (!orgByKey.has(word)) orgByKey.set(word, e);
        }
      }
    }
    if (m.description) {
      e.description ??= m.description;
      const role = lastWord(m.description).toLowerCase();
      if (role) addHead(e, role);
    }
    if (m.type === 'description') addHead(e, m.head);
    recent.mentions[recent.length] = m;
    recent.entities[recent.length] = e;
    recent.speaks[recent.length] = speakerAt[i] as number;
    recent.length++;
  };

  /** The entity of the owner in `X's office`: a person by surname, an organization, or a role described before. */
  const ownerEntity = (body: string, m: Mention): Entity | undefined => {
    const owner = /^(?:his|her|their|its|our)\s/i.test(body) ? '' : lastWord(body.slice(0, body.search(/['’]/)).trim());
    if (owner === '') return undefined;
    if (/^\p{Lu}/u.test(owner)) return bySurname.get(fold(owner))?.at(-1) ?? orgByKey.get(owner.toLowerCase());
    const word = owner.toLowerCase();
    return findBack(recent, memory, m, word, (e) => e.heads.has(word) && e.kind === 'person', false);
  };

  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    // the mention before, not a name inside it (`Baltica` of `Baltica’s chief executive, Aleksi Virtanen,`)
    let p = i - 1;
    while (p >= 0 && (mentions[p] as Mention).possessive) p--;
    const prev = p >= 0 ? (mentions[p] as Mention) : undefined;
    if (m.type === 'pronoun') {
      const e = resolvePronoun(m, recent);
      if (e) attach(i, m, e);
      continue;
    }
    if (m.type === 'name') {
      if (m.kind === 'person') {
        const name = m.name?.text ?? m.text;
        const surname = fold(lastWord(name));
        const known = findPerson(name, surname, bySurname, recentPeople, memory);
        // `Saaremere` after `Saaremere Shipping`: the short form of a body named before
        // (over a person the story never named in full: `Saaremere` in a headline, before the body's full name)
        const body = hasSpace(name) || (known && hasSpace(known.name)) ? undefined : orgByKey.get(name.toLowerCase());
        if (body && body.kind === 'organization') {
          attach(i, m, body);
          continue;
        }
        const joined = known ? undefined : apposedEntity(text, prev, m, entityOf);
        if (known) attach(i, m, known, surname);
        else if (joined && (joined.awaitingName || joined.kind === 'anonymous') && !memory.named[joined.index]) attach(i, m, joined, surname);
        else {
          while (awaiting.length > 0 && (!(awaiting[0] as Entity).awaitingName || m.sentence - (awaiting[0] as Entity).firstSentence > ROLE_WAIT_SENTENCES))
            awaiting.shift();
          // `Bridge will reopen, mayor says` … `Mayor Ana Ruiz said`: the role names the person later
          const sameRole = awaiting.length > 0 ? awaitingWithRole(awaiting, m.description) : -1;
          const fullName = (m.name?.text ?? '').includes(' ');
          const index = m.possessive ? -1 : sameRole >= 0 ? sameRole : !m.description && fullName && speakerAt[i] === 1 ? 0 : -1;
          const waiting = index >= 0 ? awaiting.splice(index, 1)[0] : undefined;
          attach(i, m, waiting ?? create(m, 'person', name), surname);
        }
      } else {
        const known = orgByKey.get(m.head);
        attach(i, m, known ?? create(m, 'organization', m.name?.text ?? m.text));
      }
      continue;
    }
    // descriptions
    // `the authors wrote`: a study's unnamed authors speak as the study (ANNOTATION.md), never anonymously
    if (AUTHOR_HEADS.has(m.head)) {
      const study = findBack(recent, memory, m, null, isDocument, false);
      attach(i, m, study ?? create(m, 'organization', m.text));
      continue;
    }
    if (m.partitive) {
      const head = m.head === 'one' ? null : m.head;
      const group = findBack(recent, memory, m, head, isGroupOf, true) ?? findBack(recent, memory, m, head, isGroupOf, false);
      if (group) {
        attach(i, m, group);
        continue;
      }
    }
    // `Hugh Hill, a doctor,` and `The other, a retired port worker,`: the aside names the same source
    if (m.kind !== 'organization' && !m.plural) {
      const joined = apposedEntity(text, prev, m, entityOf);
      if (joined && (joined.kind === 'person' || prev?.partitive)) {
        attach(i, m, joined);
        continue;
      }
    }
    if (m.kind === 'organization') {
      // `Ferrand's office` and `his office` are two bodies: an owned description keys on its owner
      const body = (m.description ?? m.text).replace(/^(?:the|a|an)\s+/i, '');
      const owned = /['’]s?\s|^(?:his|her|their|its|our)\s/i.test(body);
      // `the president's office` and `Macron's office` are one body when the president is Macron
      const owner = owned ? ownerEntity(body, m) : undefined;
      const key = owned ? (owner ? `@${owner.index} ${m.head}` : fold(body)) : m.description ? lastWord(m.description).toLowerCase() : '';
      const document = DOCUMENT_HEADS.has(m.head);
      const known = key
        ? orgByKey.get(key)
        : m.definite
          ? document
            ? findBack(recent, memory, m, null, isOrganization, false)
            : findBack(recent, memory, m, m.head, isOrganizationWithHead, false)
          : undefined;
      const e = known ?? create(m, 'organization', m.description ?? m.text);
      // named by its owner's name rather than role: `Macron's office` over `the president's office`
      if (known && owner && /^\p{Lu}/u.test(body) && !/^\p{Lu}/u.test(e.name.replace(/^(?:the|a|an)\s+/i, ''))) e.name = body;
      if (key && !orgByKey.has(key)) orgByKey.set(key, e);
      if (!owned) {
        if (key) addHead(e, key);
        if (!orgByKey.has(m.head) && !document) orgByKey.set(m.head, e);
      }
      attach(i, m, e);
      continue;
    }
    if (m.definite) {
      const known = findBack(recent, memory, m, m.head, isDescribedBy, false);
      if (known) {
        attach(i, m, known);
        continue;
      }
      const e = create(m, m.kind === 'anonymous' ? 'anonymous' : 'person', m.text);
      e.awaitingName = m.kind === 'person' && UNIQUE_ROLES.has(m.head) && speakerAt[i] === 1;
      if (e.awaitingName) awaiting.push(e);
      attach(i, m, e);
      continue;
    }
    const same = m.plural ? anonymousByName.get(fold(m.text)) : undefined;
    const e = same ?? create(m, 'anonymous', m.text);
    if (m.plural) anonymousByName.set(fold(m.text), e);
    attach(i, m, e);
  }
  for (const e of entities) if (knownOnlyByFirstName(text, e)) e.kind = 'anonymous';
  return { entities, entityOf };
}

/**
 * `a witness identified only as Ioana`: a person the story names by a first name alone, never by
 * a full name, is one whose name the story withholds (ANNOTATION.md).
 */
function knownOnlyByFirstName(text: string, e: Entity): boolean {
  if (e.kind !== 'person') return false;
  let withheld = false;
  for (const m of e.mentions) {
    if (m.type !== 'name' || !m.name) continue;
    if (hasSpace(m.name.text)) return false;
    // the story says so next to the name: a one-word name alone may be a surname used again
    withheld ||= FIRST_NAME_ONLY.test(text.slice(Math.max(0, m.start - 80), Math.min(text.length, m.end + 80)));
  }
  return withheld;
}

/** `identified only as Ioana`, `Samira, who gave only her first name`, `her surname was withheld`. */
const FIRST_NAME_ONLY =
  /\b(?:identified (?:\w+ )?(?:\w+ )?only as|only (?:by )?(?:her|his|their) first names?|first names? only|(?:last|family|full) names? (?:was |were )?(?:withheld|not (?:given|published|used|disclosed))|surnames? (?:was |were )?(?:withheld|not (?:given|published|used|disclosed))|declined to give (?:her|his|their) (?:last|family|full) names?)\b/i;

/**
 * Which mentions speak (are the subject of a cue), by position in `mentions`: each subject found
 * once by binary search, so that the pass reads an array rather than hashing every mention.
 */
function speakerFlags(mentions: readonly Mention[], cues: readonly Cue[]): Uint8Array {
  const flags = new Uint8Array(mentions.length);
  for (const c of cues) {
    const subject = c.subject;
    if (subject === null) continue;
    // every place of the subject in `mentions` is among the mentions starting where it starts
    for (let j = firstStartingAtOrAfter(mentions, subject.start); j < mentions.length && (mentions[j] as Mention).start === subject.start; j++)
      if (mentions[j] === subject) flags[j] = 1;
  }
  return flags;
}

function isHuman(m: Mention, speaks: boolean): boolean {
  if (m.place) return false;
  if (speaks && m.kind !== 'organization' && !m.generic) return true;
  if (m.type === 'pronoun') return m.head === 'he' || m.head === 'she';
  if (m.type === 'name') return m.kind === 'person' && ((m.name?.text ?? '').includes(' ') || m.description !== null);
  return m.kind !== 'organization' && (ANONYMOUS_HEADS.has(m.head) || ROLE_NOUNS.has(m.head) || m.partitive);
}

/**
 * `Hugh Hill, a doctor,`: the entity of the mention just before, when only a comma parts them and
 * the aside is closed (a comma, a dash, a bracket or the end of the sentence after it). Unclosed,
 * the second mention starts a clause of its own: `…his offensive on Tripoli, the official said`.
 */
function apposedEntity(text: string, prev: Mention | undefined, m: Mention, entityOf: EntityOf): Entity | undefined {
  if (!prev || prev.place || m.place || prev.sentence !== m.sentence) return undefined;
  return onlyCommaBetween(text, prev.end, m.start) && asideClosed(text, m.end) ? entityOf.get(prev) : undefined;
}

/** After `end`, past white space: a comma, dash, bracket, sentence end or line end (or the text's end). */
function asideClosed(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  // , ; : . ! ? ) ] — – - newline, and the quotation marks that close a sentence inside a quote
  return (
    c === 0x2c ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x2e ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x29 ||
    c === 0x5d ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 0x2d ||
    c === 0x0a ||
    c === 0x0d
  );
}

/** The first awaiting role the name's description repeats (`mayor` in `Mayor Ana Ruiz`), or -1. */
function awaitingWithRole(awaiting: readonly Entity[], description: string | null): number {
  const roles = new Set((description ?? '').toLowerCase().split(/\s+/));
  return awaiting.findIndex((e) => {
    for (const h of e.heads) if (roles.has(h)) return true;
    return false;
  });
}

/** The person a name refers to: same surname, or a close spelling among recent people. */
function findPerson(
  name: string,
  surname: string,
  bySurname: ReadonlyMap<string, Entity[]>,
  recentPeople: readonly Entity[],
  memory: Memory,
): Entity | undefined {
  if (surname.length < 2) return undefined;
  const firstName = hasSpace(name) ? fold(firstWord(name)) : undefined;
  const same = bySurname.get(surname);
  if (same) {
    for (let i = same.length - 1; i >= 0; i--) if (firstNamesAgree(same[i] as Entity, firstName, memory)) return same[i];
  }
  if (surname.length <= 3) return undefined;
  for (let i = recentPeople.length - 1; i >= 0 && recentPeople.length - i <= RECENT_PEOPLE; i--) {
    const e = recentPeople[i] as Entity;
    for (const s of memory.surnames[e.index] as string[])
      if (s.length > 3 && similarAtLeast(s, surname, SAME_SPELLING) && firstNamesAgree(e, firstName, memory)) return e;
  }
  return undefined;
}

/** `Chelsea Clinton` is not `Hillary Clinton`; `Clinton` alone may be either (the first wins). */
function firstNamesAgree(e: Entity, firstName: string | undefined, memory: Memory): boolean {
  const known = memory.firstName[e.index];
  return firstName === undefined || known === undefined || known === firstName;
}

/**
 * The entity of the latest of the last DESCRIPTION_LOOKBACK mentions that `fits` mention `m`
 * (among speakers only, if asked). `fits` must require `head` among the entity's heads when
 * `head` is given: the head bits then skip most entities without a set look-up.
 */
function findBack(
  recent: History,
  memory: Memory,
  m: Mention,
  head: string | null,
  fits: (e: Entity, m: Mention) => boolean,
  speakersOnly: boolean,
): Entity | undefined {
  const bit = head === null ? 0 : headBit(head);
  const n = recent.length;
  for (let i = n - 1; i >= 0 && n - i <= DESCRIPTION_LOOKBACK; i--) {
    if (speakersOnly && recent.speaks[i] === 0) continue;
    const e = recent.entities[i] as Entity;
    if (((memory.headBits[e.index] as number) & bit) === bit && fits(e, m)) return e;
  }
  return undefined;
}

/** `the official` → `an official of the presidential Elysee Palace` (heads: `m.head`). */
function isDescribedBy(e: Entity, m: Mention): boolean {
  return e.heads.has(m.head) && e.plural === m.plural && e.kind !== 'organization';
}

/** `one of them`, `one of the residents` → a group (heads: `m.head`, unless it is `one`). */
function isGroupOf(e: Entity, m: Mention): boolean {
  return e.plural && e.kind !== 'organization' && (m.head === 'one' || e.heads.has(m.head));
}

/** `the authors` → the last study, report or other document. */
function isDocument(e: Entity): boolean {
  if (e.kind !== 'organization') return false;
  for (const h of e.heads) if (DOCUMENT_HEADS.has(h)) return true;
  return false;
}

/** `the statement` → the last organization. */
function isOrganization(e: Entity): boolean {
  return e.kind === 'organization';
}

/** `the ministry` → the organization with that head (heads: `m.head`). */
function isOrganizationWithHead(e: Entity, m: Mention): boolean {
  return e.kind === 'organization' && e.heads.has(m.head);
}

function resolvePronoun(p: Mention, recent: History): Entity | undefined {
  let sentence = p.sentence;
  // within one sentence: a speaker beats a non-speaker, then the leftmost (the subject) wins
  let best: Entity | undefined;
  let bestSpeaks = false;
  let bestStart = 0;
  const n = recent.length;
  for (let i = n - 1; i >= 0 && n - i <= PRONOUN_LOOKBACK; i--) {
    const m = recent.mentions[i] as Mention;
    if (m.sentence !== sentence) {
      if (best) return best;
      sentence = m.sentence;
      if (p.sentence - sentence > PRONOUN_REACH) return undefined;
    }
    const e = recent.entities[i] as Entity;
    if (m.possessive || !pronounFits(p, e)) continue;
    const speaks = recent.speaks[i] === 1;
    if (!best || (speaks && !bestSpeaks) || (speaks === bestSpeaks && m.start < bestStart)) {
      best = e;
      bestSpeaks = speaks;
      bestStart = m.start;
    }
  }
  return best;
}

function pronounFits(p: Mention, e: Entity): boolean {
  if (p.head === 'it') return e.kind === 'organization';
  if (p.head === 'they') return !e.place && (e.plural || e.kind === 'organization');
  // one member of a group (`one of them`, `the other`) is a he or a she
  const member = e.plural && lastMentionsNameOne(e);
  return (!e.plural || member) && e.kind !== 'organization' && e.human && (e.gender === null || e.gender === p.gender);
}

/** One of the entity's last three mentions picks out a single member (`one of them`). */
function lastMentionsNameOne(e: Entity): boolean {
  for (let i = Math.max(0, e.mentions.length - 3); i < e.mentions.length; i++) {
    const x = e.mentions[i] as Mention;
    if (x.partitive && !x.plural) return true;
  }
  return false;
}

/** A 32-bit mask with one bit for the word: equal words get equal bits. */
function headBit(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (h * 31 + word.charCodeAt(i)) | 0;
  return 1 << (h & 31);
}

/** `/^\s*,\s*$/.test(text.slice(start, end))` without the copy: a comma alone between two mentions. */
function onlyCommaBetween(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isRegExpSpace(text.charCodeAt(i))) i++;
  if (i >= end || text.charCodeAt(i) !== 0x2c) return false;
  i++;
  while (i < end && isRegExpSpace(text.charCodeAt(i))) i++;
  return i === end;
}

/** `s.split(/\s+/).at(-1)`, without the array. */
function lastWord(s: string): string {
  for (let i = s.length - 1; i >= 0; i--) if (isRegExpSpace(s.charCodeAt(i))) return s.slice(i + 1);
  return s;
}

/** `s.split(/\s+/)[0]`, without the array. */
function firstWord(s: string): string {
  for (let i = 0; i < s.length; i++) if (isRegExpSpace(s.charCodeAt(i))) return s.slice(0, i);
  return s;
}

/** `s.split(/\s+/).length >= 2`: two words or more. */
function hasSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isRegExpSpace(s.charCodeAt(i))) return true;
  return false;
}

const REGEXP_SPACE = /\s/;

/** Exactly the code units `\s` matches; ASCII decided without the regex. */
function isRegExpSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return REGEXP_SPACE.test(String.fromCharCode(code));
}

/** The person a transcript label names (`WALLACE:`): a known surname, or a new person. */
export function entityForLabel(coref: Coreference, label: Mention): Entity {
  const surname = fold(label.text.split(/\s+/).at(-1) ?? '');
  let known: Entity | undefined;
  for (let i = coref.entities.length - 1; i >= 0 && coref.entities.length - i <= 200 && !known; i--) {
    const e = coref.entities[i] as Entity;
    if (e.kind === 'person' && e.surnames.has(surname)) known = e;
  }
  const e = known ?? {
    index: coref.entities.length,
    kind: 'person' as const,
    name: label.text.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (c) => c.toUpperCase()),
    description: null,
    surnames: new Set([surname]),
    heads: NO_WORDS,
    plural: false,
    gender: null,
    mentions: [],
    awaitingName: false,
    human: true,
    place: false,
    firstSentence: label.sentence,
  };
  if (!known) coref.entities.push(e);
  e.mentions.push(label);
  coref.entityOf.set(label, e);
  return e;
}
