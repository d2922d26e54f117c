/**
 * Partitives: `one of them`, `one of the residents`, `the two`, `the other` pick out members of
 * a group mentioned before, and speak as that group: a speaking group first, else any.
 */

import type { Mention } from '../find-mentions.js';
import { attach } from './attach.js';
import type { Entity } from './entity.js';
import { findBack, unnamedSpeakerJustBefore } from './look-back.js';
import type { CorefState } from './state.js';
import { isRegExpSpace } from './words.js';

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
function isGroupOf(e: Entity, m: Mention, heads: ReadonlySet<string>): boolean {
  return e.plural && e.kind !== 'organization' && (m.head === 'one' || heads.has(m.head));
}

/**
 * `Several workers at the gate … said …. "…," one welder said`: `one` and a noun, right after an
 * unnamed group spoke (this sentence or the one before), is a member of it and speaks as it.
 */
export function joinGroupAsOne(state: CorefState, i: number): boolean {
  const m = state.mentions[i] as Mention;
  if (m.plural || m.kind !== 'anonymous' || !opensWithOne(m.text)) return false;
  const last = unnamedSpeakerJustBefore(state, m);
  if (!last?.plural) return false;
  attach(state, i, last);
  return true;
}

/** `/^one\s/i` by code unit (no expression run on every unnamed source): `one`, in any case, then white space. */
function opensWithOne(text: string): boolean {
  return (
    text.length > 3 &&
    (text.charCodeAt(0) | 0x20) === 0x6f &&
    (text.charCodeAt(1) | 0x20) === 0x6e &&
    (text.charCodeAt(2) | 0x20) === 0x65 &&
    isRegExpSpace(text.charCodeAt(3))
  );
}
