import type { Mention } from '../find-mentions.js';
import type { Entity } from './entity.js';

/**
 * The entity of each mention, by the mention's position among the story's mentions (`index`),
 * read by mention (`get`) or by position (`at`); a mention outside them (a transcript label) in
 * a Map of its own.
 */
export class EntityByMention {
  private readonly byIndex: (Entity | undefined)[];
  private readonly others = new Map<Mention, Entity>();
  /** Each mention's position, when the list is not the story's (its mentions' indexes are not their positions). */
  private readonly positions: Map<Mention, number> | null;

  constructor(private readonly mentions: readonly Mention[]) {
    this.byIndex = new Array<Entity | undefined>(mentions.length).fill(undefined);
    let indexed = true;
    for (let i = 0; i < mentions.length && indexed; i++) indexed = (mentions[i] as Mention).index === i;
    this.positions = indexed ? null : new Map(mentions.map((m, i) => [m, i]));
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
    const i = this.#position(m);
    if (i >= 0) this.byIndex[i] = e;
    else this.others.set(m, e);
  }

  get(m: Mention): Entity | undefined {
    const i = this.#position(m);
    return i >= 0 ? this.byIndex[i] : this.others.get(m);
  }

  /** Where `m` is in the list, or -1. */
  #position(m: Mention): number {
    if (this.positions !== null) return this.positions.get(m) ?? -1;
    const i = m.index;
    return i >= 0 && i < this.mentions.length && this.mentions[i] === m ? i : -1;
  }
}

/** What coreference hands to the later steps: the entities and the entity of each mention. */
export interface Coreference {
  entities: Entity[];
  /** `entityOf.get(mention)`, or `entityOf.at(i)` for the i-th mention given to resolveSources. */
  entityOf: EntityByMention;
}
