/** What every attribution rule reads and gives: the attribution, its context, and how a cue makes one. */
import type { Doc } from '../../doc/doc.js';
import type { Span, TextSpan } from '../../span.js';
import type { AttributionRule } from '../../story.js';
import type { Mention } from '../find-mentions.js';
import type { Cue } from '../find-speech-cues.js';
import type { PairedQuote } from '../pair-quotes.js';
import type { Coreference, Entity } from '../resolve-sources.js';
import type { Candidate } from './model/candidates.js';
import type { SpeakerModel } from './model/ranker.js';

export interface Attribution {
  entity: Entity | null;
  mention: Mention | null;
  /** The relative pronoun that stands for `mention` as the cue's subject (`…, who said`), if one does. */
  relativePronoun?: TextSpan;
  cue: Span | null;
  rule: AttributionRule;
  confidence: number;
  /** What the learned speaker model weighed, when it chose. */
  model?: ModelChoice;
}

export interface ModelChoice {
  /** The chosen candidate's probability among the quote's candidates. */
  probability: number;
  runnerUp: { entity: Entity | null; mention: Mention | null; probability: number } | null;
  /** The features that weighed most, by their stable names. */
  reasons: string[];
}

export interface AttributionContext {
  doc: Doc;
  cues: readonly Cue[];
  /** Inner cue → the outer report by the same speaker it is part of (find-nested-reports). */
  outerOf: ReadonlyMap<Cue, Cue>;
  coref: Coreference;
  /** The learned speaker model; null: the rules decide alone. */
  model: SpeakerModel | null;
  /** Sees every quote's candidates (for training: `npm run train` labels them). */
  trace?: (q: PairedQuote, candidates: Candidate[]) => void;
}

export const NONE: Attribution = { entity: null, mention: null, cue: null, rule: 'none', confidence: 0 };

export function quoteEnd(q: PairedQuote): number {
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
