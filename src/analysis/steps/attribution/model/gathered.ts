/**
 * The candidates of one quote or statement as they are gathered: one per entity (a mention with no
 * entity stands for itself), taken from a pool that one story's quotes share. A candidate is read
 * only until its quote is decided; made afresh for each quote, the candidates and their feature
 * arrays (about 28,000 per MB) were a sixth of what an analysis allocated.
 */
import type { Entity } from '../../coreference/entity.js';
import type { Mention } from '../../find-mentions.js';
import { Features } from './features.js';
import type { Candidate } from './types.js';

export class CandidatePool {
  private readonly spare: Candidate[] = [];

  /** A candidate for `entity` (or `mention`) with no feature: a spare one emptied, else a new one. */
  take(entity: Entity | null, mention: Mention | null): Candidate {
    const c = this.spare.pop();
    if (c === undefined) return fresh(entity, mention);
    c.entity = entity;
    c.mention = mention;
    c.proposal = null;
    c.verdict = false;
    c.features.clear();
    return c;
  }

  /** Takes back the candidates of a decided quote: nothing reads them any more. */
  giveBack(candidates: readonly Candidate[]): void {
    for (const c of candidates) this.spare.push(c);
  }
}

export class Gathered {
  readonly list: Candidate[] = [];

  /** `pool`: where candidates come from, or null for new ones (a trace keeps them). */
  constructor(private readonly pool: CandidatePool | null) {}

  /** The candidate of `entity` (else of `mention`), added when it is not there yet. */
  get(entity: Entity | null, mention: Mention | null): Candidate {
    // a handful of candidates: a scan beats a Map made per quote
    const key = entity ?? mention;
    for (const c of this.list) if ((c.entity ?? c.mention) === key) return c;
    return this.add(entity, mention);
  }

  /** A candidate added without looking for one of the same key (no one, which is added once). */
  add(entity: Entity | null, mention: Mention | null): Candidate {
    const made = this.pool !== null ? this.pool.take(entity, mention) : fresh(entity, mention);
    this.list.push(made);
    return made;
  }
}

function fresh(entity: Entity | null, mention: Mention | null): Candidate {
  return { entity, mention, proposal: null, verdict: false, features: new Features() };
}
