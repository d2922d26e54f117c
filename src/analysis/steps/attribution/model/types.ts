/** The speaker model's two shapes: a candidate speaker of a quote, and the model that scores it. */
import type { Entity } from '../../coreference/entity.js';
import type { Mention } from '../../find-mentions.js';
import type { PairedQuote } from '../../pair-quotes.js';
import type { Attribution } from '../attribution.js';
import type { Features } from './features.js';

export interface Candidate {
  entity: Entity | null;
  /** The mention that stands for the candidate here: a rule's, else the nearest. */
  mention: Mention | null;
  /** The first rule's attribution that named it, if any (its cue and rule are kept). */
  proposal: Attribution | null;
  /** The rules' verdict: the candidate the first rule to answer named. */
  verdict: boolean;
  features: Features;
}

/** What is said: a quote, or a statement's content (its marks are then empty spans at its ends). */
export type Said = Pick<PairedQuote, 'open' | 'close' | 'end' | 'paragraph'>;

export interface SpeakerModel {
  weights: Float64Array;
  /** How much more probable than the rules' verdict another candidate must be to be chosen instead. */
  margin: number;
  /** p(right) = sigmoid(a · logit(probability) + b): Platt scaling of the chosen probability. */
  calibration: { a: number; b: number };
  /** The model of reported statements' speakers (`X said that …`), trained apart; null: their cues decide. */
  statements?: SpeakerModel | null;
}
