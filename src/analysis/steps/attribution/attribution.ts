/** An attribution: who said a quote or a statement, by which rule, and what the speaker model weighed. */
import type { Span, TextSpan } from '../../span.js';
import type { AttributionRule } from '../../story.js';
import type { Entity } from '../coreference/entity.js';
import type { Mention } from '../find-mentions.js';

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
