/**
 * `Ana Ruiz condemned what she called a breach of trust`: the words after `what she called` are
 * the speaker's, said in the sentence's own act of speech (condemning them), so the speaker's
 * mention is the subject of the verb that takes `what …`, not the pronoun of the free relative. The entity
 * stays the pronoun's; only the mention the statement rests on changes.
 */
import type { MentionsByToken } from '../../doc/mentions-by-token.js';
import type { Attribution } from '../attribution/attribution.js';
import type { Mention } from '../find-mentions.js';
import type { Coreference } from '../resolve-sources.js';
import { isObject } from '../speech-cues/subjects.js';
import type { Token } from '../tokenize-frames.js';
import { tokenAt } from '../tokens/token-at.js';

/** How many words the verb phrase before `what` may have (`condemned`, `focused his remarks more on`). */
const REACH = 7;

export function freeRelativeSpeaker(
  a: Attribution,
  tokens: readonly Token[],
  at: Pick<MentionsByToken, 'endingAt'>,
  coref: Pick<Coreference, 'entityOf'>,
): Mention | null {
  const pronoun = a.mention;
  if (pronoun?.type !== 'pronoun' || a.relativePronoun || !a.entity || tokenAt(tokens, pronoun.first - 1)?.lower !== 'what') return null;
  // the verb that takes `what …` as its object, and its subject before it: a few words, no comma
  const what = pronoun.first - 1;
  for (let k = what - 1; k >= 0 && what - k <= REACH; k--) {
    const t = tokens[k] as Token;
    if (t.punct || t.segment !== pronoun.segment) return null;
    const m = at.endingAt(pronoun.sentence, k);
    if (!m) continue;
    return !isObject(tokens, m.first) && coref.entityOf.get(m) === a.entity ? m : null;
  }
  return null;
}
