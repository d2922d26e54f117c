import type { Mention } from '../find-mentions.js';
import type { Entity } from './entity.js';
import { type CorefState, headBit } from './state.js';

/** At most this many mentions back for a definite description, a group, an owner or a document. */
export const DESCRIPTION_LOOKBACK = 400;

/**
 * The entity of the latest of the last DESCRIPTION_LOOKBACK resolved mentions that `fits` mention
 * `m` (among speakers only, if asked). `fits` must require `head` among the entity's heads when
 * `head` is given: the head bits then skip most entities without a set look-up.
 */
/**
 * The unnamed source that spoke last, if it was mentioned in `m`'s sentence or the one before:
 * what `the rescuer` or `one welder`, speaking right after it, may stand for.
 */
export function unnamedSpeakerJustBefore(state: CorefState, m: Mention): Entity | undefined {
  const last = findBack(state, m, null, () => true, true);
  const at = last?.mentions.at(-1)?.sentence ?? -1;
  return last?.kind === 'anonymous' && m.sentence - at <= 1 ? last : undefined;
}

export function findBack(
  state: CorefState,
  m: Mention,
  head: string | null,
  fits: (e: Entity, m: Mention, heads: ReadonlySet<string>) => boolean,
  speakersOnly: boolean,
): Entity | undefined {
  const { recent, facts } = state;
  const bit = head === null ? 0 : headBit(head);
  const n = recent.length;
  if (speakersOnly) {
    for (let i = n - 1; i >= 0 && n - i <= DESCRIPTION_LOOKBACK; i--) {
      if (recent.speaks[i] === 0) continue;
      const e = recent.entities[i] as Entity;
      if (((facts.headBits[e.index] as number) & bit) === bit && fits(e, m, facts.heads[e.index] as ReadonlySet<string>)) return e;
    }
    return undefined;
  }
  // whether an entity fits does not hang on which of its mentions is met: the latest mention that
  // fits is the latest mention of the first entity in the order of recency that does
  const { recency, entities } = state;
  const oldest = n - DESCRIPTION_LOOKBACK;
  // (the entity itself read only once its head bits pass: most in the window have other heads)
  for (let x = recency.newest; x >= 0 && (recency.lastAt[x] as number) >= oldest; x = recency.older[x] as number)
    if (((facts.headBits[x] as number) & bit) === bit && fits(entities[x] as Entity, m, facts.heads[x] as ReadonlySet<string>)) return entities[x] as Entity;
  return undefined;
}
