/**
 * A quote inside a sentence that no cue ties to anyone (`In May, Ruiz dismissed the levy as "a tax
 * on the poor and nothing else"`): the subject of the sentence's main clause, standing before the
 * quote, is weakly proposed as its speaker, for the speaker model to weigh. Not for a short phrase
 * that a scare quote would be (drop-scare-quotes keeps those unattributed ones out), nor in a
 * sentence about a chant, a banner or a sign (ANNOTATION.md: their words are no one's).
 */
import { CHANT_AND_BANNER_WORDS } from '../../lexicon/non-quotes.js';
import { firstStartingAtOrAfter } from '../../span.js';
import { isShortPhraseInSentence } from '../drop-scare-quotes.js';
import type { PairedQuote } from '../pair-quotes.js';
import type { Token } from '../tokenize-frames.js';
import { clauseSubject } from './colon.js';
import type { Attribution, AttributionContext } from './context.js';

export function sentenceSubject(q: PairedQuote, s: number, ctx: AttributionContext): Attribution | undefined {
  if (isShortPhraseInSentence(ctx.doc.text, q)) return undefined;
  const tokens = ctx.doc.frames[s]?.tokens ?? [];
  const limit = firstStartingAtOrAfter(tokens, q.open.start);
  for (let k = 0; k < limit; k++) if (CHANT_AND_BANNER_WORDS.has((tokens[k] as Token).lower)) return undefined;
  const m = clauseSubject(s, limit, ctx);
  const entity = m && ctx.coref.entityOf.get(m);
  // a person or a body speaks; a thing the sentence is about (`The bridge was called "…"`) does not
  if (!m || !entity || !(entity.human || entity.kind === 'organization')) return undefined;
  return { entity, mention: m, cue: null, rule: 'same-sentence', confidence: 0.4 };
}
