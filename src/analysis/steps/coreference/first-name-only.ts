/**
 * After the walk: a person the story names by a first name alone, never by a full name, and says
 * so next to the name (`a witness identified only as Ioana`), is one whose name the story
 * withholds (ANNOTATION.md), so an anonymous source.
 */

import { FIRST_NAME_ONLY } from '../../lexicon/anonymity-reasons.js';
import type { Entity } from './entity.js';
import { hasSpace } from './words.js';

export function anonymizeFirstNamesOnly(text: string, entities: readonly Entity[]): void {
  for (const e of entities) if (knownOnlyByFirstName(text, e)) e.kind = 'anonymous';
}

function knownOnlyByFirstName(text: string, e: Entity): boolean {
  if (e.kind !== 'person') return false;
  // a full name anywhere settles it, before any window of text is read
  for (const m of e.mentions) if (m.type === 'name' && m.name && hasSpace(m.name.text)) return false;
  // the story says so next to the name, or next to a pronoun that stands for the person (`He asked
  // that his surname not be published`): a one-word name alone may be a surname used again
  for (const m of e.mentions) {
    if (m.type === 'description' || (m.type === 'name' && !m.name)) continue;
    if (FIRST_NAME_ONLY.test(text.slice(Math.max(0, m.start - 80), Math.min(text.length, m.end + 80)))) return true;
  }
  return false;
}
