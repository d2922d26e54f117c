/**
 * Names of persons. A surname finds the person named in full before (`Hifter` → `Khalifa
 * Hifter`), or a close spelling among recent people (`Salame` → `Salamé`), unless the first names
 * differ (`Chelsea Clinton` is not `Hillary Clinton`). A one-word name that is the short form of
 * a body named before is that body (`Saaremere` after `Saaremere Shipping`). A name set off after
 * an unnamed source names it; a role that spoke and waits for its name gets it
 * (`Bridge will reopen, mayor says` … `Mayor Ana Ruiz said`).
 */

import { similarAtLeast } from '../../natural-adapter.js';
import type { Mention } from '../find-mentions.js';
import { apposedEntity } from './appositives.js';
import { attach } from './attach.js';
import type { Entity } from './entity.js';
import { type CorefState, createEntity, RECENT_PEOPLE } from './state.js';
import { hasSpace, type NameParts, namePartsOf } from './words.js';

/** A role waits this many sentences at most for the story to name the person in it. */
const ROLE_WAIT_SENTENCES = 8;
/** More words than this make a title-case headline run, not a person's name. */
const MAX_NAME_WORDS = 4;
/** Jaro–Winkler similarity from which two surnames are one spelled two ways (`Salame`, `Salamé`). */
const SAME_SPELLING = 0.93;

export function resolvePersonName(state: CorefState, i: number): void {
  const m = state.mentions[i] as Mention;
  const name = m.name?.text ?? m.text;
  const parts = namePartsOf(state.nameParts, name);
  state.lastNameParts.at = i;
  state.lastNameParts.parts = parts;
  // `Mrs. Banfield` is not her son `Banfield`: a gender the title gives must agree
  const found = findPerson(state, parts);
  const known = found && m.gender && found.gender && found.gender !== m.gender ? undefined : found;
  // over a person the story never named in full: `Saaremere` in a headline, before the body's full name
  const body = parts.firstName !== undefined || (known && hasSpace(known.name)) ? undefined : state.organizationsByKey.get(parts.lower);
  if (body && body.kind === 'organization') {
    attach(state, i, body);
    return;
  }
  const joined = known ? undefined : apposedEntity(state, i);
  if (known) attach(state, i, known);
  // `a spokeswoman, Ana Ruiz,`, `The science minister, Gareth Pullinger,`: a name set off after a role not yet named
  else if (joined && (joined.awaitingName || joined.kind === 'anonymous' || joined.kind === 'person') && !state.facts.named[joined.index])
    attach(state, i, joined);
  else attach(state, i, awaitingRoleNamed(state, i) ?? ledeRoleNamed(state, i) ?? ledeSpeakerNamed(state, i) ?? createEntity(state, m, 'person', name));
}

/** A place or a body (a wire service) at the head of a lede. */
function inDateline(m: Mention): boolean {
  return m.place || m.kind === 'organization';
}

/** The story's first sentences (a headline, a dateline lede, the sentence after it): where a wire story names late. */
const LEDE_SENTENCES = 3;

/**
 * Delayed identification (ANNOTATION.md: a role described first and named in the next sentence is
 * that person): `A former harbor master … told a court …` speaks in the lede, and the next
 * sentence opens on a new full name (`Ignacio Ferrer Lozano, 61, …`). The unnamed speaker who
 * opened the sentence before, described by a role, is the person named.
 */
function ledeSpeakerNamed(state: CorefState, i: number): Entity | undefined {
  const m = state.mentions[i] as Mention;
  if (m.sentence > LEDE_SENTENCES || m.possessive || m.description || !hasSpace(m.name?.text ?? '')) return undefined;
  // the name opens its sentence
  const before = state.mentions[i - 1];
  if (!before || before.sentence === m.sentence || before.sentence !== m.sentence - 1) return undefined;
  // the sentence before opens on an unnamed speaker described by a role, after its dateline (`VALENCIA, Spain (QW) —`)
  let first = i - 1;
  while (first > 0 && (state.mentions[first - 1] as Mention).sentence === before.sentence) first--;
  while (first < i - 1 && inDateline(state.mentions[first] as Mention)) first++;
  const role = state.mentions[first] as Mention;
  const e = state.entityOf.at(first);
  if (!e || role.type !== 'description' || role.definite || role.plural || state.speaks[first] !== 1) return undefined;
  // described once, and since only by pronouns
  return e.kind === 'anonymous' && e.human && !state.facts.named[e.index] && e.mentions.every((x) => x === role || x.type === 'pronoun') ? e : undefined;
}

/** The person a name refers to: same surname, or a close spelling among recent people. */
function findPerson(state: CorefState, parts: NameParts): Entity | undefined {
  const { surname, firstName } = parts;
  if (surname.length < 2) return undefined;
  const same = state.personsBySurname.get(surname);
  if (same) {
    // a surname alone is the first person the story named with it (`Mäkelä` is the subject of the
    // obituary, not the son quoted after her); a full name, the latest that agrees with it
    if (firstName === undefined) {
      for (const e of same) if (wordCount(e.name) <= MAX_NAME_WORDS) return e;
      return same[0];
    }
    for (let i = same.length - 1; i >= 0; i--) if (firstNamesAgree(state, same[i] as Entity, firstName)) return same[i];
  }
  if (surname.length <= 3) return undefined;
  const recentPeople = state.recentPeople;
  // the surname's comparisons found once for all the recent people, not once per pair
  let compared: Map<string, boolean> | undefined;
  for (let i = recentPeople.length - 1; i >= 0 && recentPeople.length - i <= RECENT_PEOPLE; i--) {
    const e = recentPeople[i] as Entity;
    // the first names first: a look-up, where the spellings' comparison is the costly test
    for (const s of state.facts.surnames[e.index] as readonly string[]) {
      if (s.length <= 3 || !firstNamesAgree(state, e, firstName)) continue;
      compared ??= comparisonsOf(state.spellings, surname);
      if (sameSpelling(compared, s, surname)) return e;
    }
  }
  // `Irina said`, after `her younger sister, Irina Kostarev,`: relatives who share a surname go by
  // their first names; one word that is no one's surname is the first name of a recent person
  if (firstName === undefined)
    for (let i = recentPeople.length - 1; i >= 0 && recentPeople.length - i <= RECENT_PEOPLE; i--) {
      const e = recentPeople[i] as Entity;
      if (state.facts.firstName[e.index] === surname && sharesSurname(state, e)) return e;
    }
  return undefined;
}

/** The comparisons of `surname` with the surnames known, kept in `cache` (the state's `spellings`), by the surname known. */
function comparisonsOf(cache: Map<string, Map<string, boolean>>, surname: string): Map<string, boolean> {
  let bySurname = cache.get(surname);
  if (bySurname === undefined) {
    bySurname = new Map();
    cache.set(surname, bySurname);
  }
  return bySurname;
}

/**
 * `similarAtLeast(known, surname, SAME_SPELLING)`, kept by the surname known in `compared` (the
 * surname's comparisons): a name that finds no one (a body's one-word name read as a person's,
 * `Health`) is compared with the same recent people at each of its mentions.
 */
function sameSpelling(compared: Map<string, boolean>, known: string, surname: string): boolean {
  let same = compared.get(known);
  if (same === undefined) {
    same = similarAtLeast(known, surname, SAME_SPELLING);
    compared.set(known, same);
  }
  return same;
}

/** Another person of the story has one of the entity's surnames. */
function sharesSurname(state: CorefState, e: Entity): boolean {
  for (const s of state.facts.surnames[e.index] as readonly string[]) if ((state.personsBySurname.get(s)?.length ?? 0) > 1) return true;
  return false;
}

/** `Chelsea Clinton` is not `Hillary Clinton`; `Clinton` alone may be either (the first wins). */
function firstNamesAgree(state: CorefState, e: Entity, firstName: string | undefined): boolean {
  const known = state.facts.firstName[e.index];
  return firstName === undefined || known === undefined || known === firstName;
}

/**
 * The waiting role that `mentions[i]` names, taken off the waiting list: the first whose role the
 * name's description repeats (`mayor` in `Mayor Ana Ruiz`), else the oldest if a full name with
 * no role speaks. Roles named already, or waiting too long, leave the list first.
 */
function awaitingRoleNamed(state: CorefState, i: number): Entity | undefined {
  const m = state.mentions[i] as Mention;
  const awaiting = state.awaitingRoles;
  while (awaiting.length > 0 && (!(awaiting[0] as Entity).awaitingName || m.sentence - (awaiting[0] as Entity).firstSentence > ROLE_WAIT_SENTENCES))
    awaiting.shift();
  const sameRole = awaiting.length > 0 ? awaitingWithRole(state, awaiting, m.description) : -1;
  const fullName = (m.name?.text ?? '').includes(' ');
  const index = m.possessive ? -1 : sameRole >= 0 ? sameRole : !m.description && fullName && state.speaks[i] === 1 ? 0 : -1;
  return index >= 0 ? awaiting.splice(index, 1)[0] : undefined;
}

/** The role that spoke in the lede, unnamed since, that the name's description repeats (`Judge` of `Circuit Judge Teodora Vance`). */
function ledeRoleNamed(state: CorefState, i: number): Entity | undefined {
  const m = state.mentions[i] as Mention;
  const roles = state.ledeRoles;
  if (roles.length === 0 || m.possessive || !m.description) return undefined;
  const k = awaitingWithRole(state, roles, m.description);
  const e = k >= 0 ? (roles.splice(k, 1)[0] as Entity) : undefined;
  return e && e.kind === 'anonymous' && !state.facts.named[e.index] ? e : undefined;
}

/** The first awaiting role the name's description repeats (`mayor` in `Mayor Ana Ruiz`), or -1. */
function awaitingWithRole(state: CorefState, awaiting: readonly Entity[], description: string | null): number {
  const roles = new Set((description ?? '').toLowerCase().split(/\s+/));
  return awaiting.findIndex((e) => {
    for (const h of state.facts.heads[e.index] as ReadonlySet<string>) if (roles.has(h)) return true;
    return false;
  });
}

/** The words of a name, as `split(' ')` counts them (no array made). */
function wordCount(name: string): number {
  let n = 1;
  for (let at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) n++;
  return n;
}
