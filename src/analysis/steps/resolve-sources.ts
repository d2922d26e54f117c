/**
 * Coreference inside the story: which mentions name the same source. A surname finds the full
 * name (`Hifter` → `Khalifa Hifter`, `Salame` → `Salamé`); `the official` finds `an official of
 * the presidential Elysee Palace`; an appositive joins its name (`Hugh Hill, a doctor,`); a
 * definite role waits for the person the story names in it (`The U.N. envoy for Libya warned…`
 * … `Ghassan Salame told the council`); pronouns go to the last compatible, salient mention.
 */

import { fold } from '../fold.js';
import { ANONYMOUS_HEADS } from '../lexicon/anonymous-descriptors.js';
import { ROLE_NOUNS, UNIQUE_ROLES } from '../lexicon/titles.js';
import { nameSimilarity } from '../natural-adapter.js';
import type { SourceKind } from '../story.js';
import type { Mention } from './find-mentions.js';
import type { Cue } from './find-speech-cues.js';

export interface Entity {
  index: number;
  kind: Exclude<SourceKind, 'unknown'>;
  name: string;
  description: string | null;
  /** Words later mentions may refer back with: surnames, role and organization heads. */
  surnames: Set<string>;
  heads: Set<string>;
  plural: boolean;
  gender: 'f' | 'm' | null;
  mentions: Mention[];
  /** A definite role (`the U.N. envoy for Libya`) still waiting for a name. */
  awaitingName: boolean;
  /** Known to be a person or people (a full name, a role, a speaker), not a place or a thing. */
  human: boolean;
  firstSentence: number;
}

export interface Coreference {
  entities: Entity[];
  entityOf: Map<Mention, Entity>;
}

const ROLE_WAIT_SENTENCES = 8;
const PRONOUN_REACH = 6;
/** At most this many mentions back: bounded work per pronoun, even in a sentence of thousands. */
const PRONOUN_LOOKBACK = 80;

export function resolveSources(text: string, mentions: readonly Mention[], cues: readonly Cue[]): Coreference {
  const entities: Entity[] = [];
  const entityOf = new Map<Mention, Entity>();
  const speakers = new Set(cues.map((c) => c.subject).filter((m): m is Mention => m !== null));
  const recent: Mention[] = []; // resolved non-pronoun and pronoun mentions, in text order
  // indexes keep the pass linear on long inputs
  const bySurname = new Map<string, Entity[]>();
  const orgByKey = new Map<string, Entity>();
  const anonymousByName = new Map<string, Entity>();
  const awaiting: Entity[] = [];
  const recentPeople: Entity[] = [];

  const create = (m: Mention, kind: Entity['kind'], name: string): Entity => {
    const e: Entity = {
      index: entities.length,
      kind,
      name,
      description: null,
      surnames: new Set(),
      heads: new Set(),
      plural: m.plural,
      gender: m.gender,
      mentions: [],
      awaitingName: false,
      human: false,
      firstSentence: m.sentence,
    };
    entities.push(e);
    return e;
  };
  const attach = (m: Mention, e: Entity) => {
    e.mentions.push(m);
    entityOf.set(m, e);
    if (isHuman(m, speakers)) e.human = true;
    if (m.gender && !e.gender) e.gender = m.gender;
    if (m.type === 'name' && m.name) {
      const words = m.name.text.split(/\s+/);
      if (e.kind !== 'organization' && m.kind === 'person') {
        const surname = fold(words.at(-1) ?? '');
        if (!e.surnames.has(surname)) {
          e.surnames.add(surname);
          bySurname.set(surname, [...(bySurname.get(surname) ?? []), e]);
        }
        if (recentPeople.at(-1) !== e) recentPeople.push(e);
        if (recentPeople.length > 60) recentPeople.shift();
      }
      if (m.kind === 'organization') orgByKey.set(m.head, e);
      if (m.name.text.length > e.name.length || e.awaitingName || e.mentions.every((x) => x.type !== 'name' || x === m)) {
        if (e.kind !== 'organization' || m.kind === 'organization') e.name = m.name.text;
      }
      if (m.kind === 'person') e.kind = 'person';
      e.awaitingName = false;
      if (m.kind === 'organization') {
        for (const w of words) {
          e.heads.add(w.toLowerCase());
          if (!orgByKey.has(w.toLowerCase())) orgByKey.set(w.toLowerCase(), e);
        }
      }
    }
    if (m.description) {
      e.description ??= m.description;
      const role = m.description.split(/\s+/).at(-1)?.toLowerCase();
      if (role) e.heads.add(role);
    }
    if (m.type === 'description') e.heads.add(m.head);
    recent.push(m);
  };

  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const prev = i > 0 ? (mentions[i - 1] as Mention) : undefined;
    const apposed = prev && prev.sentence === m.sentence && /^\s*,\s*$/.test(text.slice(prev.end, m.start)) ? entityOf.get(prev) : undefined;
    if (m.type === 'pronoun') {
      const e = resolvePronoun(m, recent, entityOf, speakers);
      if (e) attach(m, e);
      continue;
    }
    if (m.type === 'name') {
      if (m.kind === 'person') {
        const known = findPerson(m, bySurname, recentPeople);
        if (known) attach(m, known);
        else if (apposed && (apposed.awaitingName || apposed.kind === 'anonymous') && !apposed.mentions.some((x) => x.type === 'name')) attach(m, apposed);
        else {
          while (awaiting.length > 0 && (!(awaiting[0] as Entity).awaitingName || m.sentence - (awaiting[0] as Entity).firstSentence > ROLE_WAIT_SENTENCES))
            awaiting.shift();
          // `Bridge will reopen, mayor says` … `Mayor Ana Ruiz said`: the role names the person later
          const roles = new Set((m.description ?? '').toLowerCase().split(/\s+/));
          const sameRole = awaiting.findIndex((e) => [...e.heads].some((h) => roles.has(h)));
          const fullName = (m.name?.text ?? '').includes(' ');
          const index = m.possessive ? -1 : sameRole >= 0 ? sameRole : !m.description && fullName && speakers.has(m) ? 0 : -1;
          const waiting = index >= 0 ? awaiting.splice(index, 1)[0] : undefined;
          attach(m, waiting ?? create(m, 'person', m.name?.text ?? m.text));
        }
      } else {
        const known = orgByKey.get(m.head);
        attach(m, known ?? create(m, 'organization', m.name?.text ?? m.text));
      }
      continue;
    }
    // descriptions
    if (m.partitive) {
      const fits = (e: Entity) => e.plural && e.kind !== 'organization' && (m.head === 'one' || e.heads.has(m.head));
      const group = findBack(recent, entityOf, fits, speakers) ?? findBack(recent, entityOf, fits);
      if (group) {
        attach(m, group);
        continue;
      }
    }
    // `Hugh Hill, a doctor,` and `The other, a retired port worker,`: the aside names the same source
    if (apposed && (apposed.kind === 'person' || prev?.partitive) && m.kind !== 'organization' && !m.plural) {
      attach(m, apposed);
      continue;
    }
    if (m.kind === 'organization') {
      // `Ferrand's office` and `his office` are two bodies: an owned description keys on its owner
      const body = (m.description ?? m.text).replace(/^(?:the|a|an)\s+/i, '');
      const owned = /['’]s?\s|^(?:his|her|their|its|our)\s/i.test(body);
      const key = owned ? fold(body) : (m.description?.split(/\s+/).at(-1)?.toLowerCase() ?? '');
      const known = key
        ? orgByKey.get(key)
        : m.definite
          ? findBack(recent, entityOf, (e) => e.kind === 'organization' && (e.heads.has(m.head) || isDocumentHead(m.head)))
          : undefined;
      const e = known ?? create(m, 'organization', m.description ?? m.text);
      if (key && !orgByKey.has(key)) orgByKey.set(key, e);
      if (!owned) {
        if (key) e.heads.add(key);
        if (!orgByKey.has(m.head) && !isDocumentHead(m.head)) orgByKey.set(m.head, e);
      }
      attach(m, e);
      continue;
    }
    if (m.definite) {
      const known = findBack(recent, entityOf, (e) => e.heads.has(m.head) && e.plural === m.plural && e.kind !== 'organization');
      if (known) {
        attach(m, known);
        continue;
      }
      const e = create(m, m.kind === 'anonymous' ? 'anonymous' : 'person', m.text);
      e.awaitingName = m.kind === 'person' && UNIQUE_ROLES.has(m.head) && speakers.has(m);
      if (e.awaitingName) awaiting.push(e);
      attach(m, e);
      continue;
    }
    const same = m.plural ? anonymousByName.get(fold(m.text)) : undefined;
    const e = same ?? create(m, 'anonymous', m.text);
    if (m.plural) anonymousByName.set(fold(m.text), e);
    attach(m, e);
  }
  return { entities, entityOf };
}

function isHuman(m: Mention, speakers: ReadonlySet<Mention>): boolean {
  if (speakers.has(m) && m.kind !== 'organization' && !m.generic) return true;
  if (m.type === 'pronoun') return m.head === 'he' || m.head === 'she';
  if (m.type === 'name') return m.kind === 'person' && ((m.name?.text ?? '').includes(' ') || m.description !== null);
  return m.kind !== 'organization' && (ANONYMOUS_HEADS.has(m.head) || ROLE_NOUNS.has(m.head) || m.partitive);
}

function isDocumentHead(head: string): boolean {
  return /^(?:statement|report|communiqu[eé]|document|letter|release|memo|filing)$/.test(head);
}

/** The person a name refers to: same surname, or a close spelling among recent people. */
function findPerson(m: Mention, bySurname: ReadonlyMap<string, Entity[]>, recentPeople: readonly Entity[]): Entity | undefined {
  const words = (m.name?.text ?? m.text).split(/\s+/);
  const surname = fold(words.at(-1) ?? '');
  if (surname.length < 2) return undefined;
  const exact = bySurname.get(surname)?.findLast((e) => firstNamesAgree(e, words));
  if (exact) return exact;
  if (surname.length <= 3) return undefined;
  for (let i = recentPeople.length - 1; i >= 0; i--) {
    const e = recentPeople[i] as Entity;
    for (const s of e.surnames) if (s.length > 3 && nameSimilarity(s, surname) >= 0.93 && firstNamesAgree(e, words)) return e;
  }
  return undefined;
}

/** `Chelsea Clinton` is not `Hillary Clinton`; `Clinton` alone may be either (the first wins). */
function firstNamesAgree(e: Entity, words: readonly string[]): boolean {
  if (words.length < 2) return true;
  const full = e.mentions.find((x) => x.type === 'name' && (x.name?.text ?? '').split(/\s+/).length >= 2);
  if (!full) return true;
  return fold((full.name?.text ?? '').split(/\s+/)[0] ?? '') === fold(words[0] ?? '');
}

function findBack(
  recent: readonly Mention[],
  entityOf: ReadonlyMap<Mention, Entity>,
  test: (e: Entity) => boolean,
  among?: ReadonlySet<Mention>,
): Entity | undefined {
  for (let i = recent.length - 1; i >= 0 && recent.length - i <= 400; i--) {
    if (among && !among.has(recent[i] as Mention)) continue;
    const e = entityOf.get(recent[i] as Mention);
    if (e && test(e)) return e;
  }
  return undefined;
}

function resolvePronoun(p: Mention, recent: readonly Mention[], entityOf: ReadonlyMap<Mention, Entity>, speakers: ReadonlySet<Mention>): Entity | undefined {
  const fits = (e: Entity): boolean => {
    if (p.head === 'it') return e.kind === 'organization';
    if (p.head === 'they') return e.plural || e.kind === 'organization';
    // one member of a group (`one of them`, `the other`) is a he or a she
    const member = e.plural && e.mentions.slice(-3).some((x) => x.partitive && !x.plural);
    return (!e.plural || member) && e.kind !== 'organization' && e.human && (e.gender === null || e.gender === p.gender);
  };
  let sentence = p.sentence;
  let best: { e: Entity; speaker: boolean; start: number } | undefined;
  for (let i = recent.length - 1; i >= 0 && recent.length - i <= PRONOUN_LOOKBACK; i--) {
    const m = recent[i] as Mention;
    if (m.sentence !== sentence) {
      if (best) return best.e;
      sentence = m.sentence;
      if (p.sentence - sentence > PRONOUN_REACH) return undefined;
    }
    const e = entityOf.get(m);
    if (!e || m.possessive || !fits(e)) continue;
    const speaker = speakers.has(m);
    // within one sentence: a speaker beats a non-speaker, then the leftmost (the subject) wins
    if (!best || (speaker && !best.speaker) || (speaker === best.speaker && m.start < best.start)) best = { e, speaker, start: m.start };
  }
  return best?.e;
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
    heads: new Set<string>(),
    plural: false,
    gender: null,
    mentions: [],
    awaitingName: false,
    human: true,
    firstSentence: label.sentence,
  };
  if (!known) coref.entities.push(e);
  e.mentions.push(label);
  coref.entityOf.set(label, e);
  return e;
}
