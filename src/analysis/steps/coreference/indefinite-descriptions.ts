/**
 * Indefinite descriptions (`a doctor`, `officials`, `two people familiar with the talks`): each is
 * a new unnamed source, except that a plural said again in the same words is the same group. A
 * role that speaks in the lede (`A Brennick County judge on Thursday sentenced …, telling him …`)
 * waits for the story to name the person in it with that role (`Circuit Judge Teodora Vance`),
 * as a definite unique role does (names-and-surnames.ts).
 */

import { fold } from '../../fold.js';
import { ANONYMOUS_HEADS } from '../../lexicon/anonymous-descriptors.js';
import { ROLE_NOUNS } from '../../lexicon/titles.js';
import type { Mention } from '../find-mentions.js';
import { attach } from './attach.js';
import { type CorefState, createEntity } from './state.js';

/** The lede: the headline and the first sentences of the story. */
const LEDE_SENTENCES = 3;

export function resolveIndefiniteDescription(state: CorefState, i: number): void {
  const m = state.mentions[i] as Mention;
  const groups = state.anonymousGroupsByName;
  const folded = m.plural ? fold(m.text) : '';
  const same = m.plural ? groups.get(folded) : undefined;
  const e = same ?? createEntity(state, m, 'anonymous', m.text);
  if (m.plural) groups.set(folded, e);
  // a named office, not an unnamed source's trade (`an official`, `a witness`), speaking in the lede
  if (!same && !m.plural && m.sentence <= LEDE_SENTENCES && state.speaks[i] === 1 && ROLE_NOUNS.has(m.head) && !ANONYMOUS_HEADS.has(m.head))
    state.ledeRoles.push(e);
  attach(state, i, e);
}
