/**
 * Hand corrections applied by the lexicon generator (`npm run lexicon`) on top of WordNet. Each is a
 * word whose most frequent WordNet sense is not its usual sense in news copy; keep this list short.
 */
import type { NounCategoryName } from './knowledge.js';

/**
 * source: WordNet 3.1 first senses checked against news usage, 2026-12-06: `ministry` is first the
 * clergy, `court` an assembly, `regulator` a device (the agency sense is missing), `study` and
 * `survey` the act of inspecting, `ruling` the reasons for a judgment.
 */
export const NOUN_OVERRIDES: Readonly<Record<string, NounCategoryName>> = {
  ministry: 'organization',
  court: 'organization',
  regulator: 'organization',
  study: 'document',
  survey: 'document',
  ruling: 'document',
};

/** source: social-media verbs missing from WordNet 3.1 (2011) as communication verbs. */
export const EXTRA_COMMUNICATION_VERBS: readonly string[] = ['tweet', 'retweet', 'post', 'blog', 'email', 'text'];
