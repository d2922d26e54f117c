/**
 * Transcript labels (`WALLACE:`), found by attribute-quotes after coreference: the label names
 * the person with that surname among the last entities, or a new person.
 */

import { fold } from '../../fold.js';
import { firstStartingAtOrAfter } from '../../span.js';
import type { Mention } from '../find-mentions.js';
import type { Entity } from './entity.js';
import type { Coreference } from './entity-by-mention.js';

/** At most this many entities back. */
const LABEL_LOOKBACK = 200;

export function entityForLabel(coref: Coreference, label: Mention): Entity {
  const surname = fold(label.text.split(/\s+/).at(-1) ?? '');
  let known: Entity | undefined;
  for (let i = coref.entities.length - 1; i >= 0 && coref.entities.length - i <= LABEL_LOOKBACK && !known; i--) {
    const e = coref.entities[i] as Entity;
    // a person, or one the story names by a first name alone (`a caller who gave her name only as Dee`)
    if ((e.kind === 'person' || e.kind === 'anonymous') && e.surnames.has(surname)) known = e;
  }
  const e = known ?? {
    index: coref.entities.length,
    kind: 'person' as const,
    name: label.text.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (c) => c.toUpperCase()),
    description: null,
    surnames: new Set([surname]),
    plural: false,
    gender: null,
    mentions: [],
    awaitingName: false,
    human: true,
    place: false,
    firstSentence: label.sentence,
  };
  if (!known) coref.entities.push(e);
  // in text order, as every reader of an entity's mentions assumes (a label may come before mentions already found)
  e.mentions.splice(firstStartingAtOrAfter(e.mentions, label.start), 0, label);
  coref.entityOf.set(label, e);
  return e;
}
