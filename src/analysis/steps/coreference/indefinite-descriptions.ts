/**
 * Indefinite descriptions (`a doctor`, `officials`, `two people familiar with the talks`): each is
 * a new unnamed source, except that a plural said again in the same words is the same group.
 */

import { fold } from '../../fold.js';
import type { Mention } from '../find-mentions.js';
import { attach } from './attach.js';
import { type CorefState, createEntity } from './state.js';

export function resolveIndefiniteDescription(state: CorefState, i: number): void {
  const m = state.mentions[i] as Mention;
  const groups = state.anonymousGroupsByName;
  const same = m.plural ? groups.get(fold(m.text)) : undefined;
  const e = same ?? createEntity(state, m, 'anonymous', m.text);
  if (m.plural) groups.set(fold(m.text), e);
  attach(state, i, e);
}
