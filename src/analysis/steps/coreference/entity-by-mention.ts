import type { Mention } from '../find-mentions.js';
import type { Entity } from './entity.js';

/**
 * The entity of each mention, as a Map keyed by mention would answer. The mentions given to
 * resolveSources are in text order (as findMentions returns them), so each one's entity sits at
 * its position in an array (`at`), and a look-up by mention is a binary search by start: a Map
 * keyed by every mention (hundreds of thousands on a long story) cost more to fill (hashing,
 * growing its table) than most of the pass, and kept a large table alive. Mentions outside that
 * list (a transcript label) go to a small Map.
 */
export class EntityByMention {
  /** `Entity.index + 1` of each mention's entity by its position in `mentions`; 0: none. */
  private readonly byPosition: Int32Array;
  private readonly others = new Map<Mention, Entity>();

  constructor(
    private readonly mentions: readonly Mention[],
    private readonly entities: readonly Entity[],
  ) {
    this.byPosition = new Int32Array(mentions.length);
  }

  /** Sets the entity of `mentions[i]`, one of `entities`. */
  setAt(i: number, e: Entity): void {
    this.byPosition[i] = e.index + 1;
  }

  /** The entity of `mentions[i]`: what a step walking every mention reads, with no search. */
  at(i: number): Entity | undefined {
    const found = this.byPosition[i] ?? 0;
    return found === 0 ? undefined : this.entities[found - 1];
  }

  set(m: Mention, e: Entity): void {
    this.others.set(m, e);
  }

  get(m: Mention): Entity | undefined {
    // a mention set by `set` answers first, as the later of two Map.set calls would
    const other = this.others.size > 0 ? this.others.get(m) : undefined;
    if (other !== undefined) return other;
    const mentions = this.mentions;
    // a binary search of its own rather than firstStartingAtOrAfter, which reads spans of every
    // kind: here it reads mentions only, and each read stays fast
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((mentions[mid] as Mention).start < m.start) lo = mid + 1;
      else hi = mid;
    }
    let found: Entity | undefined;
    // every place of `m` is among the mentions starting where it starts (the same object at two
    // places is never seen, but a Map would answer the later one set)
    for (let j = lo; j < mentions.length && (mentions[j] as Mention).start === m.start; j++) if (mentions[j] === m) found = this.at(j) ?? found;
    return found;
  }
}

/** What coreference hands to the later steps: the entities and the entity of each mention. */
export interface Coreference {
  entities: Entity[];
  /** `entityOf.get(mention)`, or `entityOf.at(i)` for the i-th mention given to resolveSources. */
  entityOf: EntityByMention;
}
