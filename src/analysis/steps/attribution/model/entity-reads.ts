/**
 * What the candidates read of an entity, kept by `Entity.index` for one history (the quotes', or
 * the statements'): how many of its mentions come before the quote, and whether it has a name.
 */
import type { Entity } from '../../coreference/entity.js';
import type { Mention } from '../../find-mentions.js';

/** Steps walked from the last answer before a binary search takes over (quotes come in text order: one or two steps). */
const WALK = 8;

export class EntityReads {
  /** By entity: how many of its mentions started before the offset last asked (0 before any). */
  private readonly before: number[] = [];
  /** By entity: 1 for no name among its mentions, 2 for a name, 0 (or a hole) not asked yet. */
  private readonly named: number[] = [];

  /**
   * How many of e's mentions (in text order) start before `at`: walked from where the last question
   * about e stopped, as the quotes ask in text order, so an entity mentioned a thousand times is
   * not searched at every quote; a binary search when `at` is far from there.
   */
  mentionsBefore(e: Entity, at: number): number {
    const ms = e.mentions;
    let k = Math.min(this.before[e.index] ?? 0, ms.length);
    let steps = 0;
    while (k > 0 && (ms[k - 1] as Mention).start >= at && steps++ < WALK) k--;
    while (k < ms.length && (ms[k] as Mention).start < at && steps++ < WALK) k++;
    if (steps > WALK) k = search(ms, at);
    this.before[e.index] = k;
    return k;
  }

  /** Whether a name is among e's mentions, as found when first asked (each entity's mentions are read once). */
  hasName(e: Entity): boolean {
    let known = this.named[e.index] ?? 0;
    if (known === 0) {
      known = e.mentions.some((x) => x.type === 'name') ? 2 : 1;
      this.named[e.index] = known;
    }
    return known === 2;
  }
}

/** The first of `ms` starting at or after `at` (ms.length if none). */
function search(ms: readonly Mention[], at: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ms[mid] as Mention).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
