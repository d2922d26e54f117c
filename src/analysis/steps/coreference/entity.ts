/** The entities coreference makes: one per real-world source. */

import type { SourceKind } from '../../story.js';
import type { Mention } from '../find-mentions.js';

export interface Entity {
  index: number;
  kind: Exclude<SourceKind, 'unknown'>;
  name: string;
  description: string | null;
  /**
   * The surnames the entity was named with (read again by transcript labels). Its other words,
   * the role and body heads that later mentions refer back with, are the coreference state's
   * (`EntityFacts.heads`): read by none of the later steps, they go with it.
   */
  surnames: ReadonlySet<string>;
  plural: boolean;
  gender: 'f' | 'm' | null;
  mentions: Mention[];
  /** A definite role (`the U.N. envoy for Libya`) still waiting for a name. */
  awaitingName: boolean;
  /** Known to be a person or people (a full name, a role, a speaker), not a place or a thing. */
  human: boolean;
  /** Named as a place (`Moscow said`): it speaks as its government, and no pronoun of people points to it. */
  place: boolean;
  firstSentence: number;
}

/**
 * The word set an entity starts with, shared and never added to: an entity gets a Set of its own
 * with its first surname or head. Most have one kind of word and not the other, and an empty Set
 * per entity was a fifth of what the pass kept on a long story.
 */
export const NO_WORDS: ReadonlySet<string> = new Set();
