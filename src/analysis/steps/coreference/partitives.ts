/**
 * Partitives: `one of them`, `one of the residents`, `the two`, `the other` pick out members of
 * a group mentioned before, and speak as that group: a speaking group first, else any.
 */

import type { Mention } from '../find-mentions.js';
import { attach } from './attach.js';
import type { Entity } from './entity.js';
import { findBack } from './look-back.js';
import type { CorefState } from './state.js';

/** Joins a partitive to its group; false when no group fits. */
export function joinGroup(state: CorefState, i: number): boolean {
  const m = state.mentions[i] as Mention;
  const head = m.head === 'one' ? null : m.head;
  const group = findBack(state, m, head, isGroupOf, true) ?? findBack(state, m, head, isGroupOf, false);
  if (!group) return false;
  attach(state, i, group);
  return true;
}

/** A group of people (heads: `m.head`, unless it is `one`). */
function isGroupOf(e: Entity, m: Mention): boolean {
  return e.plural && e.kind !== 'organization' && (m.head === 'one' || e.heads.has(m.head));
}
