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
  /**
   * By entity, for the answer kept in `before`: the number of mentions it was found among, the
   * start of the mention before the offset (-1: none) and of the one after (-1: none), and the
   * sentence of the one before. Quotes in text order mostly ask again where the last answer holds,
   * and these say so without reading the mentions, which lie all over the heap.
   */
  private readonly length: number[] = [];
  private readonly startBefore: number[] = [];
  private readonly startAfter: number[] = [];
  private readonly sentenceBefore: number[] = [];
  /** By entity: 1 for no name among its mentions, 2 for a name, 0 (or a hole) not asked yet. */
  private readonly named: number[] = [];

  /**
   * How many of e's mentions (in text order) start before `at`: walked from where the last question
   * about e stopped, as the quotes ask in text order, so an entity mentioned a thousand times is
   * not searched at every quote; a binary search when `at` is far from there.
   */
  mentionsBefore(e: Entity, at: number): number {
    const i = e.index;
    const ms = e.mentions;
    // the last answer still holds: the entity has the same mentions, and `at` falls between the same two
    if (this.length[i] === ms.length) {
      const before = this.startBefore[i] as number;
      const after = this.startAfter[i] as number;
      if (before < at && (after < 0 || after >= at)) return this.before[i] as number;
    }
    let k = Math.min(this.before[i] ?? 0, ms.length);
    let steps = 0;
    while (k > 0 && (ms[k - 1] as Mention).start >= at && steps++ < WALK) k--;
    while (k < ms.length && (ms[k] as Mention).start < at && steps++ < WALK) k++;
    if (steps > WALK) k = search(ms, at);
    this.before[i] = k;
    this.length[i] = ms.length;
    const last = k > 0 ? (ms[k - 1] as Mention) : undefined;
    this.startBefore[i] = last ? last.start : -1;
    this.sentenceBefore[i] = last ? last.sentence : -1;
    this.startAfter[i] = k < ms.length ? (ms[k] as Mention).start : -1;
    return k;
  }

  /** The sentence of the last of e's mentions before the offset `mentionsBefore` was last asked about (-1: none). */
  sentenceOfLastBefore(e: Entity): number {
    return this.sentenceBefore[e.index] ?? -1;
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
