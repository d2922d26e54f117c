/**
 * After the walk: a person the story names by a first name alone, never by a full name, and says
 * so next to the name (`a witness identified only as Ioana`), is one whose name the story
 * withholds (ANNOTATION.md), so an anonymous source.
 */

import type { Entity } from './entity.js';
import { hasSpace } from './words.js';

/** `identified only as Ioana`, `Samira, who gave only her first name`, `her surname was withheld`. */
const FIRST_NAME_ONLY =
  /\b(?:identified (?:\w+ )?(?:\w+ )?only as|only (?:by )?(?:her|his|their) first names?|first names? only|(?:last|family|full) names? (?:was |were )?(?:withheld|not (?:given|published|used|disclosed))|surnames? (?:was |were )?(?:withheld|not (?:given|published|used|disclosed))|declined to give (?:her|his|their) (?:last|family|full) names?)\b/i;

export function anonymizeFirstNamesOnly(text: string, entities: readonly Entity[]): void {
  for (const e of entities) if (knownOnlyByFirstName(text, e)) e.kind = 'anonymous';
}

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
