/**
 * The one way a mention joins an entity: the entity learns from it (humanity, gender, name,
 * surnames, role and name words) and every index and the recent mentions file it, so that the
 * cases never update state piecemeal.
 */

import { ANONYMOUS_HEADS } from '../../lexicon/anonymous-descriptors.js';
import { ROLE_NOUNS } from '../../lexicon/titles.js';
import type { Mention } from '../find-mentions.js';
import { type Entity, NO_WORDS } from './entity.js';
import { mentionedInRecency, shiftedInRecency } from './recency.js';
import { addHead, type CorefState, NO_SURNAMES, RECENT_PEOPLE } from './state.js';
import { lastWord, type NameParts, namePartsOf } from './words.js';

/** `mentions[i]` joins `e`. */
export function attach(state: CorefState, i: number, e: Entity): void {
  const m = state.mentions[i] as Mention;
  const speaks = state.speaks[i] as number;
  // in text order: a mention comes after those resolved before it, but for a pronoun left until the
  // name it looks ahead to (cataphora.ts), which goes back one or two places
  const mentions = e.mentions;
  const lastStart = state.facts.lastStart;
  // the usual case read from a number by entity, not from the entity's last mention
  if ((lastStart[e.index] as number) <= m.start) {
    // (an entity's first mention gets an array of one: most entities have one mention, and the
    // first push to an empty array makes room for 17, kept to the end of the analysis)
    if (mentions.length === 0) e.mentions = [m];
    else mentions.push(m);
    lastStart[e.index] = m.start;
  } else {
    let at = mentions.length;
    while (at > 0 && (mentions[at - 1] as Mention).start > m.start) at--;
    mentions.splice(at, 0, m);
  }
  state.entityOf.setAt(i, e);
  if (!e.human && isHuman(m, speaks === 1)) e.human = true;
  if (m.gender && !e.gender) e.gender = m.gender;
  const hadName = state.facts.named[e.index] as boolean;
  if (m.type === 'name') state.facts.named[e.index] = true;
  if (m.type === 'name' && m.name) fileName(state, e, m, m.name.text, namePartsAt(state, i, m.name.text), hadName);
  if (m.description) {
    e.description ??= m.description;
    const role = roleOf(state.roles, m.description);
    if (role) addHead(state, e, role);
  }
  if (m.type === 'description') addHead(state, e, m.head);
  const recent = state.recent;
  let k = recent.length++;
  for (; k > 0 && (recent.mentions[k - 1] as Mention).start > m.start; k--) {
    recent.mentions[k] = recent.mentions[k - 1] as Mention;
    recent.entities[k] = recent.entities[k - 1] as Entity;
    recent.speaks[k] = recent.speaks[k - 1] as number;
    shiftedInRecency(state.recency, (recent.entities[k] as Entity).index, k - 1);
  }
  recent.mentions[k] = m;
  recent.entities[k] = e;
  recent.speaks[k] = speaks;
  mentionedInRecency(state.recency, e.index, k);
}

/** The parts of `name`, the name of `mentions[i]`: the ones its case looked up, if it did. */
function namePartsAt(state: CorefState, i: number, name: string): NameParts {
  const last = state.lastNameParts;
  return last.at === i && last.parts !== null ? last.parts : namePartsOf(state.nameParts, name);
}

/** The name of mention `m` (`parts`: its parts) joins `e`: its first name, surname, name words and the indexes. */
function fileName(state: CorefState, e: Entity, m: Mention, name: string, parts: NameParts, hadName: boolean): void {
  const facts = state.facts;
  if (facts.firstName[e.index] === undefined && parts.firstName !== undefined) facts.firstName[e.index] = parts.firstName;
  if (e.kind !== 'organization' && m.kind === 'person') {
    const filed = parts.surname;
    if (!e.surnames.has(filed)) {
      e.surnames = (e.surnames === NO_WORDS ? new Set<string>() : (e.surnames as Set<string>)).add(filed);
      const list = facts.surnames[e.index] as string[];
      if (list === NO_SURNAMES) facts.surnames[e.index] = [filed];
      else list.push(filed);
      const same = state.personsBySurname.get(filed);
      if (same) same.push(e);
      else state.personsBySurname.set(filed, [e]);
    }
    const recentPeople = state.recentPeople;
    if (recentPeople.at(-1) !== e) recentPeople.push(e);
    if (recentPeople.length >= 2 * RECENT_PEOPLE) recentPeople.splice(0, recentPeople.length - RECENT_PEOPLE);
  }
  const organizations = state.organizationsByKey;
  if (m.kind === 'organization') organizations.set(m.head, e);
  if (name.length > e.name.length || e.awaitingName || !hadName) {
    if (e.kind !== 'organization' || m.kind === 'organization') e.name = name;
  }
  if (m.kind === 'person' && e.kind !== 'organization') e.kind = 'person';
  e.awaitingName = false;
  if (m.kind === 'organization') {
    for (const word of parts.lowerWords) {
      addHead(state, e, word);
      if (!organizations.has(word)) organizations.set(word, e);
    }
  }
}

/** The role word of a description (`commander` of `Libyan commander`), in lower case, once per spelling of the description. */
function roleOf(roles: Map<string, string>, description: string): string {
  let role = roles.get(description);
  if (role === undefined) {
    role = lastWord(description).toLowerCase();
    roles.set(description, role);
  }
  return role;
}

function isHuman(m: Mention, speaks: boolean): boolean {
  if (m.place) return false;
  if (speaks && m.kind !== 'organization' && !m.generic) return true;
  if (m.type === 'pronoun') return m.head === 'he' || m.head === 'she';
  if (m.type === 'name') return m.kind === 'person' && ((m.name?.text ?? '').includes(' ') || m.description !== null);
  // a description by role or trade: the lists', or one find-mentions took for a person's (an
  // unnamed source's head that WordNet knows first as a person: `a bus mechanic`), not a phrase
  // found only because a cue follows it (`generic`)
  return m.kind !== 'organization' && (ANONYMOUS_HEADS.has(m.head) || ROLE_NOUNS.has(m.head) || m.partitive || (m.kind === 'anonymous' && !m.generic));
}
