/**
 * A speaker and a verb that is no reporting verb, next to a quote: `"…," Olsen barked`, `"…?" he
 * pressed.`, `Governor Reyes attacked "…"`. The tagger's lexicon says which words are verbs.
 */
import { lexicalTags } from '../../natural-adapter.js';
import type { Token } from '../tokenize-frames.js';
import { tokenAt } from '../tokens/token-at.js';
import type { Attribution, AttributionContext } from './context.js';

/** A finite verb by the tagger's lexicon: its first tag, or a past participle that is also a past tense (`attacked`). */
export function finiteVerb(word: string): boolean {
  const tags = lexicalTags(word);
  if (!tags) return false;
  const first = tags[0] ?? '';
  return first === 'VBD' || first === 'VBZ' || first === 'VBP' || (first === 'VBN' && tags.includes('VBD'));
}

/** A word the lexicon knows as a past tense among its senses (`shot` of `shot back`), right after a speaker. */
function pastTense(word: string): boolean {
  return finiteVerb(word) || lexicalTags(word)?.includes('VBD') === true;
}

/**
 * `"…," Olsen barked`, `"…?" he pressed.`: a mention that opens the words after the quote (token k
 * of sentence s) and a finite verb right after it, before `limit`, tag the quote.
 */
export function bareTag(tokens: readonly Token[], s: number, k: number, limit: number, ctx: AttributionContext): Attribution | undefined {
  const m = ctx.doc.mentionsAt.startingAt(s, k);
  if (!m || m.place || m.generic || (m.type === 'pronoun' && m.head === 'it')) return undefined;
  const verb = tokenAt(tokens, m.last + 1);
  if (!verb || verb.start >= limit || verb.punct || verb.segment !== (tokens[k] as Token).segment || !pastTense(verb.lower)) return undefined;
  return { entity: ctx.coref.entityOf.get(m) ?? null, mention: m, cue: verb, rule: 'cue-after-quote', confidence: 0.6 };
}
