/**
 * Definite descriptions of people: `the official` is the latest `an official of…` before it (same
 * head, same number). A new definite role that is unique and speaks (`The U.N. envoy for Libya
 * warned…`) waits for the story to name the person in it (names-and-surnames.ts).
 */

import { UNIQUE_ROLES } from '../../lexicon/titles.js';
import type { Mention } from '../find-mentions.js';
import { attach } from './attach.js';
import type { Entity } from './entity.js';
import { findBack } from './look-back.js';
import { type CorefState, createEntity } from './state.js';

export function resolveDefiniteDescription(state: CorefState, i: number): void {
  const m = state.mentions[i] as Mention;
  const known = findBack(state, m, m.head, isDescribedBy, false);
  if (known) {
    attach(state, i, known);
    return;
  }
  const e = createEntity(state, m, m.kind === 'anonymous' ? 'anonymous' : 'person', m.text);
  e.awaitingName = m.kind === 'person' && UNIQUE_ROLES.has(m.head) && state.speaks[i] === 1;
  if (e.awaitingName) state.awaitingRoles.push(e);
  attach(state, i, e);
}

/** Heads: `m.head`. */
function isDescribedBy(e: Entity, m: Mention): boolean {
  return e.heads.has(m.head) && e.plural === m.plural && e.kind !== 'organization';
}
