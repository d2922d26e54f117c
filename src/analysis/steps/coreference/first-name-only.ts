/**
 * After the walk: a person the story names by a first name alone, never by a full name, and says
 * so next to the name (`a witness identified only as Ioana`) or brings in by that one name
 * (`Rosalind, 67, a retired bus driver`), is one whose name the story withholds (ANNOTATION.md),
 * so an anonymous source.
 */

import { FIRST_NAME_ONLY } from '../../lexicon/anonymity-reasons.js';
import type { Mention } from '../find-mentions.js';
import type { Entity } from './entity.js';
import { hasSpace } from './words.js';

/** `, 67,` or `, a retired bus driver` right after the name. */
const INTRODUCED = /^,\s+(?:\d{1,3},|an?\s+\p{Ll})/u;

export function anonymizeFirstNamesOnly(text: string, entities: readonly Entity[]): void {
  for (const e of entities) if (knownOnlyByFirstName(text, e)) e.kind = 'anonymous';
}

function knownOnlyByFirstName(text: string, e: Entity): boolean {
  if (e.kind !== 'person') return false;
  // a full name anywhere settles it, before any window of text is read
  for (const m of e.mentions) if (m.type === 'name' && m.name && hasSpace(m.name.text)) return false;
  // known only by a handle (`@crumb_and_ledger`): no name at all
  const handle = (m: Mention) => m.type === 'name' && m.name?.text.charCodeAt(0) === 64;
  if (e.mentions.some(handle) && e.mentions.every((m) => m.type !== 'name' || handle(m))) return true;
  // introduced by one name with an age or a trade (`Rosalind, 67, a retired bus driver,`): a story
  // brings in people by their full names, so one word there is a first name standing alone
  const first = e.mentions[0];
  if (first?.type === 'name' && first.name && !first.description && INTRODUCED.test(text.slice(first.end, first.end + 40))) return true;
  // the story says so next to the name, or next to a pronoun that stands for the person (`He asked
  // that his surname not be published`): a one-word name alone may be a surname used again
  for (const m of e.mentions) {
    if (m.type === 'description' || (m.type === 'name' && !m.name)) continue;
    if (FIRST_NAME_ONLY.test(text.slice(Math.max(0, m.start - 80), Math.min(text.length, m.end + 80)))) return true;
  }
  return false;
}
