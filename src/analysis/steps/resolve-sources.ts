/**
 * Coreference inside the story: which mentions name the same source. One walk over the mentions
 * in text order hands each to the case for its kind (`coreference/`, one file per case); the
 * order of the cases below is the order in which they claim a mention. Shared state and the
 * indexes that keep the walk linear live in `coreference/state.ts`.
 */

import type { Doc } from '../doc/doc.js';
import { joinAppositive } from './coreference/appositives.js';
import { attach } from './coreference/attach.js';
import { cataphoraTarget } from './coreference/cataphora.js';
import { resolveDefiniteDescription } from './coreference/definite-descriptions.js';
import type { Coreference } from './coreference/entity-by-mention.js';
import { anonymizeFirstNamesOnly } from './coreference/first-name-only.js';
import { resolveIndefiniteDescription } from './coreference/indefinite-descriptions.js';
import { resolvePersonName } from './coreference/names-and-surnames.js';
import { namesAuthors, resolveAuthors, resolveOrganizationDescription, resolveOrganizationName } from './coreference/organizations.js';
import { joinGroup, joinGroupAsOne } from './coreference/partitives.js';
import { resolvePronoun } from './coreference/pronouns.js';
import { type CorefState, newState } from './coreference/state.js';
import { noteWitness } from './coreference/witnesses.js';
import type { Mention } from './find-mentions.js';
import type { Cue } from './find-speech-cues.js';

export type { Entity } from './coreference/entity.js';
export type { Coreference, EntityByMention } from './coreference/entity-by-mention.js';
export { entityForLabel } from './coreference/transcript-labels.js';

export function resolveSources(doc: Pick<Doc, 'text' | 'mentions'>, cues: readonly Cue[]): Coreference {
  const { text, mentions } = doc;
  const state = newState(text, mentions, cues);
  // mentions that look ahead to the one after their opening's comma (cataphora.ts), by its position
  const waiting = new Map<number, number[]>();
  for (let i = 0; i < mentions.length; i++) {
    const ahead = cataphoraTarget(state, i);
    if (ahead >= 0) {
      const list = waiting.get(ahead);
      if (list) list.push(i);
      else waiting.set(ahead, [i]);
      continue;
    }
    resolveMention(state, i);
    // `the testimony of Thrale`, `he told officers`: a later `the witness` is that person
    noteWitness(state, i);
    // (most mentions have none waiting: the map is empty between a look-ahead and its target)
    const before = waiting.size > 0 ? waiting.get(i) : undefined;
    if (before === undefined) continue;
    waiting.delete(i);
    const named = state.entityOf.at(i);
    // (a pronoun looked ahead to may stand for no one: then each is resolved as usual, late)
    for (const k of before) {
      if (named) attach(state, k, named);
      else resolveMention(state, k);
    }
  }
  // a person named only by a first name the story says it withholds is unnamed after all
  anonymizeFirstNamesOnly(state);
  return { entities: state.entities, entityOf: state.entityOf };
}

function resolveMention(state: CorefState, i: number): void {
  const m = state.mentions[i] as Mention;
  // `he`, `they`, `it`: the last compatible, salient mention, or none
  if (m.type === 'pronoun') resolvePronoun(state, i);
  // `Hifter` → `Khalifa Hifter`; `Ana Ruiz` names the mayor waiting for a name
  else if (m.type === 'name' && m.kind === 'person') resolvePersonName(state, i);
  // `Saaremere Shipping` again: the body named before with the same head
  else if (m.type === 'name') resolveOrganizationName(state, i);
  else resolveDescription(state, i);
}

/** The cases of a description, in order: each takes the mention or passes it on to the next. */
function resolveDescription(state: CorefState, i: number): void {
  const m = state.mentions[i] as Mention;
  // `the authors`, `the researchers` after a study: they speak as the study (its lead author, named)
  if (namesAuthors(state, m)) resolveAuthors(state, i);
  // `one of them` → the group
  else if (m.partitive && joinGroup(state, i)) return;
  // `one welder` after `Several workers … said`
  else if (joinGroupAsOne(state, i)) return;
  // `Hugh Hill, a doctor,`
  else if (joinAppositive(state, i)) return;
  // `the ministry`, `Macron's office`, `a statement`
  else if (m.kind === 'organization') resolveOrganizationDescription(state, i);
  // `the official` → `an official of…`
  else if (m.definite) resolveDefiniteDescription(state, i);
  // `a doctor`, `officials`
  else resolveIndefiniteDescription(state, i);
}
