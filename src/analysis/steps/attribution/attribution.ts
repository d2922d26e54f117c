/** An attribution: who said a quote or a statement, by which rule, and what the speaker model weighed. */
import type { Span, TextSpan } from '../../span.js';
import type { AttributionRule, ModelEvidence } from '../../story.js';
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

/** What the speaker model weighed, as the report gives it (made once, shared by the attribution and its evidence). */
export type ModelChoice = ModelEvidence;
