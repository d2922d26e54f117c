/** What every attribution rule reads and gives: the attribution, its context, and how a cue makes one. */
import type { Doc } from '../../doc/doc.js';
import type { AttributionRule } from '../../story.js';
import type { Mention } from '../find-mentions.js';
import type { Cue } from '../find-speech-cues.js';
import type { PairedQuote } from '../pair-quotes.js';
import type { Coreference } from '../resolve-sources.js';
import type { Attribution } from './attribution.js';
import type { Candidate, Said, SpeakerModel } from './model/types.js';

export type { Attribution, ModelChoice } from './attribution.js';

export interface AttributionContext {
  doc: Doc;
  cues: readonly Cue[];
  /** Inner cue → the outer report by the same speaker it is part of (find-nested-reports). */
  outerOf: ReadonlyMap<Cue, Cue>;
  coref: Coreference;
  /** The learned speaker model; null: the rules decide alone. */
  model: SpeakerModel | null;
  /** Sees every quote's candidates (for training: `npm run train` labels them). */
  trace?: (said: Said, candidates: Candidate[], kind: 'quote' | 'statement') => void;
}

export const NONE: Attribution = { entity: null, mention: null, cue: null, rule: 'none', confidence: 0 };

export function quoteEnd(q: Pick<PairedQuote, 'close' | 'end'>): number {
  return q.close?.end ?? q.end;
}

export function fromCue(inner: Cue, rule: AttributionRule, confidence: number, ctx: AttributionContext): Attribution {
  // `She said she recalls the ferry being "half empty"`: the outer report speaks
  const c = ctx.outerOf.get(inner) ?? inner;
  const mention = c.subject as Mention;
  const made: Attribution = { entity: ctx.coref.entityOf.get(mention) ?? null, mention, cue: c, rule, confidence };
  if (c.relativePronoun) made.relativePronoun = c.relativePronoun;
  return made;
}

/** The same speaker, mention and cue, found by another rule. */
export function withRule(a: Attribution, rule: AttributionRule, confidence: number): Attribution {
  return { entity: a.entity, mention: a.mention, cue: a.cue, rule, confidence };
}
