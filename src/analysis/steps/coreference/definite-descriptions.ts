/**
 * Definite descriptions of people: `the official` is the latest `an official of…` before it (same
 * head, same number). A new definite role that is unique and speaks (`The U.N. envoy for Libya
 * warned…`) waits for the story to name the person in it (names-and-surnames.ts).
 */

import { UNIQUE_ROLES } from '../../lexicon/titles.js';
import type { Mention } from '../find-mentions.js';
import { attach } from './attach.js';
import type { Entity } from './entity.js';
import { findBack, unnamedSpeakerJustBefore } from './look-back.js';
import { type CorefState, createEntity } from './state.js';

export function resolveDefiniteDescription(state: CorefState, i: number): void {
  const m = state.mentions[i] as Mention;
  const known = findBack(state, m, m.head, isDescribedBy, false);
  if (known) {
    attach(state, i, known);
    return;
  }
  const described = unnamedSpeakerDescribedAnew(state, i);
  if (described) {
    attach(state, i, described);
    return;
  }
  const e = createEntity(state, m, m.kind === 'anonymous' ? 'anonymous' : 'person', m.text);
  e.awaitingName = m.kind === 'person' && UNIQUE_ROLES.has(m.head) && state.speaks[i] === 1;
  if (e.awaitingName) state.awaitingRoles.push(e);
  attach(state, i, e);
}

/**
 * Heads: `m.head`, in the same number; or a group one of whose members spoke by that head
 * (`Western diplomats … one diplomat said … The diplomat added`: only a member gives a group a
 * singular head).
 */
function isDescribedBy(e: Entity, m: Mention, heads: ReadonlySet<string>): boolean {
  return e.kind !== 'organization' && (e.plural === m.plural || (e.plural && e.kind === 'anonymous')) && heads.has(m.head);
}

/**
 * `A member of the rescue team … said …. "…," the rescuer said`: a definite description of one
 * person that no earlier mention shares, speaking right after an unnamed speaker of this sentence
 * or the one before, describes that speaker anew.
 */
function unnamedSpeakerDescribedAnew(state: CorefState, i: number): Entity | undefined {
  const m = state.mentions[i] as Mention;
  if (m.plural || state.speaks[i] !== 1) return undefined;
  if (m.kind !== 'anonymous') {
    // a role (`the commissioner`) describes an unnamed speaker only by a word of its description
    // (`A member of the commission … said. "…," the commissioner said`)
    const last = m.kind === 'person' ? unnamedSpeakerJustBefore(state, m) : undefined;
    return last && !last.plural && describedByRoot(last, m.head) ? last : undefined;
  }
  const last = unnamedSpeakerJustBefore(state, m) ?? unnamedPersonOfSentenceBefore(state, m);
  return last && !last.plural ? last : undefined;
}

/** One of the entity's descriptions has a word that `head` grows from (`commission` → `commissioner`), of five letters or more. */
function describedByRoot(e: Entity, head: string): boolean {
  for (const x of e.mentions) {
    if (x.type !== 'description') continue;
    for (const w of x.text.toLowerCase().split(/[^\p{L}]+/u)) if (w.length >= 5 && w !== head && head.startsWith(w)) return true;
  }
  return false;
}

/**
 * `A different picture emerges from a former member of the team, who spoke on condition of
 * anonymity. "…," the former employee said`: the last unnamed person of the sentence before,
 * introduced without a word of speech, is the one a new description speaking now describes.
 */
function unnamedPersonOfSentenceBefore(state: CorefState, m: Mention): Entity | undefined {
  const recent = state.recent;
  for (let k = recent.length - 1; k >= 0 && recent.length - k <= 20; k--) {
    const x = recent.mentions[k] as Mention;
    if (x.sentence < m.sentence - 1) return undefined;
    if (x.sentence === m.sentence) continue;
    const e = recent.entities[k] as Entity;
    // the latest person of that sentence: an unnamed one, or no one
    if (e.human) return e.kind === 'anonymous' && !e.plural && e.mentions[0]?.type === 'description' ? e : undefined;
  }
  return undefined;
}
