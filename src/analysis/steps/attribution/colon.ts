/**
 * A quotation after a colon with no reporting verb (`The mayor had one answer: "No."`, `Ruiz made
 * the following remark:` closing a paragraph, the quote opening the next): the subject of the
 * clause the colon ends said it.
 */
import { LEADING_CONJUNCTIONS, SUBORDINATORS } from '../../lexicon/clause-words.js';
import { PREPOSITIONS } from '../../lexicon/function-words.js';
import type { Mention } from '../find-mentions.js';
import { isSkippable } from '../speech-cues/subjects.js';
import type { Token } from '../tokenize-frames.js';
import { tokenAt } from '../tokens/token-at.js';
import type { Attribution, AttributionContext } from './context.js';

/**
 * The subject of sentence s's main clause, ending before token `limit`: the mention that opens it
 * (an adverb or a conjunction may come first, or an adverb and a comma), after an opening phrase that a preposition, a
 * subordinating conjunction or a participle starts and a comma ends (`Asked about it, Ruiz …`);
 * never a place, a generic noun phrase or `it`.
 */
export function clauseSubject(s: number, limit: number, ctx: AttributionContext): Mention | undefined {
  const tokens = ctx.doc.frames[s]?.tokens ?? [];
  const first = tokens[0];
  if (!first) return undefined;
  let start = 0;
  // `However, Ruiz …`, `Meanwhile, the mayor …`: an adverb and its comma open the sentence
  if (tokens[1]?.text === ',' && first.tags?.[0] === 'RB') start = 2;
  else if (PREPOSITIONS.has(first.lower) || SUBORDINATORS.has(first.lower) || (first.cap && /[a-z](?:ed|ing)$/.test(first.text))) {
    let k = 1;
    while (k < limit && k < 24 && (tokens[k] as Token).text !== ',') k++;
    if (k >= limit || k >= 24) return undefined;
    start = k + 1;
    // `On July 6, 2015, Ruiz …`: the year after the date's comma is part of the opening phrase
    if (isNumber(tokens[start]) && tokenAt(tokens, start + 1)?.text === ',') start += 2;
  }
  while (start < limit && (isSkippable(tokens[start] as Token) || LEADING_CONJUNCTIONS.has((tokens[start] as Token).lower))) start++;
  const m = ctx.doc.mentionsAt.startingAt(s, start);
  if (!m || m.last >= limit || m.place || m.generic || m.possessive) return undefined;
  return m.type === 'pronoun' && m.head === 'it' ? undefined : m;
}

/** `The mayor had one answer: "No."`: the quote opens right after the colon that ends token `colon`'s clause. */
export function colonLead(s: number, colon: number, ctx: AttributionContext): Attribution | undefined {
  const m = clauseSubject(s, colon, ctx);
  if (!m) return undefined;
  const token = ctx.doc.frames[s]?.tokens[colon] as Token;
  return { entity: ctx.coref.entityOf.get(m) ?? null, mention: m, cue: token, rule: 'cue-before-quote', confidence: 0.6 };
}

function isNumber(t: Token | undefined): boolean {
  const c = t ? t.text.charCodeAt(0) : 0;
  return c >= 48 && c <= 57;
}
