/**
 * What the candidates read of an entity, for one history (the quotes', or the statements'): how
 * many of its mentions come before the quote, the sentence of the last of them, and whether it has
 * a name.
 */
import type { Doc } from '../../../doc/doc.js';
import { firstStartingAtOrAfter } from '../../../span.js';
import type { Entity } from '../../coreference/entity.js';
import type { Coreference } from '../../coreference/entity-by-mention.js';
import type { Mention } from '../../find-mentions.js';

/**
 * The mention counts come from one sweep through the story's mentions in text order, as the quotes
 * ask in text order: each mention is read once, where reading an entity's own mentions at every
 * quote meant a cache miss per mention (they lie all over the heap). An entity whose mentions are
 * not the story's (a transcript label joined it) and a question that goes back in the text are
 * answered from the entity's mentions by a binary search.
 */
export class EntityReads {
  private mentions: readonly Mention[] = [];
  private coref: Coreference | null = null;
  /** By entity: its mentions among the story's, all told. */
  private total: number[] = [];
  /** By entity: its mentions among the story's mentions swept so far, and the sentence of the last. */
  private passed: number[] = [];
  private lastSentence: number[] = [];
  /** The story's mentions [0 … swept) are counted: they start before `sweptTo`. */
  private swept = 0;
  private sweptTo = 0;
  /** The sentence of the last mention before the offset of the latest question (-1: none). */
  private sentenceOfLast = -1;
  /** By entity: 1 for no name among its mentions, 2 for a name, 0 (or a hole) not asked yet. */
  private readonly named: number[] = [];

  /** How many of e's mentions (in text order) start before `at`; `sentenceOfLastBefore` then tells the sentence of the last. */
  mentionsBefore(e: Entity, at: number, doc: Doc, coref: Coreference): number {
    if (this.coref !== coref) this.bind(doc, coref);
    const i = e.index;
    if (at >= this.sweptTo && i < this.total.length && e.mentions.length === this.total[i]) {
      this.sweep(at);
      const n = this.passed[i] as number;
      this.sentenceOfLast = n > 0 ? (this.lastSentence[i] as number) : -1;
      return n;
    }
    const n = firstStartingAtOrAfter(e.mentions, at);
    this.sentenceOfLast = n > 0 ? (e.mentions[n - 1] as Mention).sentence : -1;
    return n;
  }

  /** The sentence of the last of e's mentions before the offset `mentionsBefore` was last asked about (-1: none). */
  sentenceOfLastBefore(): number {
    return this.sentenceOfLast;
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

  /** Counts each entity's mentions among the story's, the sweep not begun. */
  private bind(doc: Doc, coref: Coreference): void {
    this.coref = coref;
    this.mentions = doc.mentions;
    const n = coref.entities.length;
    this.total = new Array<number>(n).fill(0);
    this.passed = new Array<number>(n).fill(0);
    this.lastSentence = new Array<number>(n).fill(-1);
    for (let k = 0; k < this.mentions.length; k++) {
      const e = coref.entityOf.at(k);
      if (e !== undefined && e.index < n) this.total[e.index] = (this.total[e.index] as number) + 1;
    }
    this.swept = 0;
    this.sweptTo = 0;
  }

  /** Counts the story's mentions that start before `at`, from where the last sweep stopped. */
  private sweep(at: number): void {
    const { mentions, passed, lastSentence } = this;
    const entityOf = (this.coref as Coreference).entityOf;
    let k = this.swept;
    for (; k < mentions.length && (mentions[k] as Mention).start < at; k++) {
      const e = entityOf.at(k);
      if (e === undefined || e.index >= passed.length) continue;
      passed[e.index] = (passed[e.index] as number) + 1;
      lastSentence[e.index] = (mentions[k] as Mention).sentence;
    }
    this.swept = k;
    this.sweptTo = at;
  }
}
