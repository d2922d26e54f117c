/**
 * The speaker of a quote, chosen by the learned model among the candidates (the rules' proposals
 * among them, as evidence). Without a model the rules' verdict stands, as it did before the model.
 */
import type { ModelChoice } from '../attribution.js';
import { type Attribution, type AttributionContext, NONE } from '../context.js';
import { type Candidate, candidatesOf, type SpeakerHistory } from './candidates.js';
import { rank } from './ranker.js';
import type { Said, SpeakerModel } from './types.js';

/**
 * A quote's speaker (`kind` quote, with the quote model) or a reported statement's (`kind`
 * statement: the proposal is its cue's subject, weighed by the statement model).
 */
export function chooseSpeaker(
  q: Said,
  s: number,
  proposals: readonly Attribution[],
  history: SpeakerHistory,
  ctx: AttributionContext,
  kind: 'quote' | 'statement' = 'quote',
): Attribution {
  const verdict = proposals[0] ?? NONE;
  const model: SpeakerModel | null = kind === 'quote' ? ctx.model : (ctx.model?.statements ?? null);
  if (!ctx.trace && (!model || proposals.length === 0)) return verdict;
  // candidates from the story's pool, given back below; a trace keeps its own, made new
  const pool = ctx.trace ? null : history.pool;
  const candidates = candidatesOf(q, s, proposals, history, ctx, kind, pool);
  ctx.trace?.(q, candidates, kind);
  // no rule found a speaker: the story does not tie the quote to anyone, and a guess from the
  // names around it would turn a scare quote or a title into someone's words
  if (!model || proposals.length === 0) return verdict;
  const r = rank(candidates, model, history.reasons);
  const evidence: ModelChoice = {
    probability: round(r.probability),
    runnerUp: r.runnerUp ? { name: nameOf(r.runnerUp), probability: round(r.runnerUpProbability) } : null,
    features: r.reasons,
  };
  const chosen = attributionOf(r.chosen, verdict, round(r.confidence), evidence);
  // the candidates are read no more
  pool?.giveBack(candidates);
  return chosen;
}

/**
 * The candidate as an attribution, with the model's confidence and evidence: a rule's own when a
 * rule named it, else the model's pick of a mention. Made whole in one literal (a field added
 * afterwards changes the object's shape and gives it a second store for the field).
 */
function attributionOf(c: Candidate, verdict: Attribution, confidence: number, model: ModelChoice): Attribution {
  if (!c.entity && !c.mention) return copy(NONE, confidence, model);
  if (c.verdict) return copy(verdict, confidence, model);
  if (c.proposal) return copy(c.proposal, confidence, model);
  return { entity: c.entity, mention: c.mention, cue: null, rule: 'learned', confidence, model };
}

/** A copy written out field by field (a spread is several times slower, and makes objects of another shape). */
function copy(a: Attribution, confidence: number, model: ModelChoice): Attribution {
  const made: Attribution = { entity: a.entity, mention: a.mention, cue: a.cue, rule: a.rule, confidence, model };
  if (a.relativePronoun) made.relativePronoun = a.relativePronoun;
  return made;
}

/** A candidate as the report names it: its entity's name, else its mention's words, else no one. */
function nameOf(c: Candidate): string | null {
  return c.entity?.name ?? c.mention?.text ?? null;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
