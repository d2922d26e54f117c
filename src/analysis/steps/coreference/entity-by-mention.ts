import type { Mention } from '../find-mentions.js';
import type { Entity } from './entity.js';

/**
 * The entity of each mention, by the mention's position among the story's mentions (its `index`,
 * given by find-mentions), read by mention (`get`) or by position (`at`); a mention outside them
 * (a transcript label) in a Map of its own.
 */
export class EntityByMention {
  private readonly byIndex: (Entity | undefined)[];
  private readonly others = new Map<Mention, Entity>();

  /** `mentions`: the story's, as find-mentions returns them (each at its `index`). */
  constructor(private readonly mentions: readonly Mention[]) {
    this.byIndex = new Array<Entity | undefined>(mentions.length).fill(undefined);
  }

  /** Sets the entity of `mentions[i]`. */
  setAt(i: number, e: Entity): void {
    this.byIndex[i] = e;
  }

  /** The entity of `mentions[i]`. */
  at(i: number): Entity | undefined {
    return this.byIndex[i];
  }

  /** Sets the entity of any mention: one of the list by its position, another (a transcript label) in the Map. */
  set(m: Mention, e: Entity): void {
    if (this.#listed(m)) this.byIndex[m.index] = e;
    else this.others.set(m, e);
  }

  get(m: Mention): Entity | undefined {
    return this.#listed(m) ? this.byIndex[m.index] : this.others.get(m);
  }

  /** `m` is the list's mention at its index. */
  #listed(m: Mention): boolean {
    return m.index >= 0 && this.mentions[m.index] === m;
  }
}

/** What coreference hands to the later steps: the entities and the entity of each mention. */
export interface Coreference {
  entities: Entity[];
  /** `entityOf.get(mention)`, or `entityOf.at(i)` for the i-th mention given to resolveSources. */
  entityOf: EntityByMention;
}
