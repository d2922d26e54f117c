/**
 * After the walk: a person the story names by a first name alone, never by a full name, and says
 * so next to the name (`a witness identified only as Ioana`) or brings in by that one name
 * (`Rosalind, 67, a retired bus driver`), is one whose name the story withholds (ANNOTATION.md),
 * so an anonymous source.
 */

import { FIRST_NAME_ONLY, FIRST_NAME_ONLY_WORDS } from '../../lexicon/anonymity-reasons.js';
import type { Entity } from './entity.js';
import type { CorefState } from './state.js';

/** `, 67,` or `, a retired bus driver` right after the name. */
const INTRODUCED = /^,\s+(?:\d{1,3},|an?\s+\p{Ll})/u;

export function anonymizeFirstNamesOnly(state: CorefState): void {
  // (an indexed loop: this runs once per story, where a for…of not yet optimized makes an object per entity)
  const entities = state.entities;
  for (let k = 0; k < entities.length; k++) if (knownOnlyByFirstName(state, entities[k] as Entity)) (entities[k] as Entity).kind = 'anonymous';
}

function knownOnlyByFirstName(state: CorefState, e: Entity): boolean {
  if (e.kind !== 'person') return false;
  // a full name anywhere settles it, before any window of text is read: the entity has a first
  // name once a name of two words or more joined it (attach.ts)
  if (state.facts.firstName[e.index] !== undefined) return false;
  const text = state.text;
  // known only by a handle (`@crumb_and_ledger`): no name at all
  if (namedByHandlesOnly(e)) return true;
  // introduced by one name with an age or a trade (`Rosalind, 67, a retired bus driver,`): a story
  // brings in people by their full names, so one word there is a first name standing alone
  const first = e.mentions[0];
  if (first?.type === 'name' && first.name && !first.description && INTRODUCED.test(text.slice(first.end, first.end + 40))) return true;
  // the story says so next to the name, or next to a pronoun that stands for the person (`He asked
  // that his surname not be published`): a one-word name alone may be a surname used again
  for (const m of e.mentions) {
    if (m.type === 'description' || (m.type === 'name' && !m.name)) continue;
    const window = text.slice(Math.max(0, m.start - 80), Math.min(text.length, m.end + 80));
    if (FIRST_NAME_ONLY_WORDS.test(window) && FIRST_NAME_ONLY.test(window)) return true;
  }
  return false;
}

/** Some name of the entity is a handle (`@crumb_and_ledger`), and every name of it is one. */
function namedByHandlesOnly(e: Entity): boolean {
  let handle = false;
  for (const m of e.mentions) {
    if (m.type !== 'name') continue;
    if (m.name?.text.charCodeAt(0) !== 64) return false;
    handle = true;
  }
  return handle;
}
