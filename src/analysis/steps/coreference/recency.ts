/**
 * The entities in the order of their latest mention among the resolved ones (`state.recent`),
 * the latest first: a doubly linked list by entity index, with each entity's latest place in
 * `recent`. A look-back for an entity that fits (look-back.ts) walks the entities mentioned in its
 * window once each, where a walk over the window's mentions met the same few entities again and
 * again.
 */

export interface Recency {
  /** The entity mentioned last, or -1. */
  newest: number;
  /** By entity index: the next entity toward the newest, or -1. */
  readonly newer: number[];
  /** By entity index: the next entity toward the oldest, or -1. */
  readonly older: number[];
  /** By entity index: the entity's latest place in `recent`, or -1 before its first mention. */
  readonly lastAt: number[];
}

export function newRecency(): Recency {
  return { newest: -1, newer: [], older: [], lastAt: [] };
}

/** A new entity, not mentioned yet: out of the list. */
export function addToRecency(r: Recency): void {
  r.newer.push(-1);
  r.older.push(-1);
  r.lastAt.push(-1);
}

/** The mention of entity `e` at `from` in `recent` moved one place on, to make room before it. */
export function shiftedInRecency(r: Recency, e: number, from: number): void {
  if (r.lastAt[e] === from) r.lastAt[e] = from + 1;
}

/**
 * Entity `e` was mentioned at place `at` of `recent` (the end, or a place or two before it for
 * a mention resolved late, after the later ones were shifted on): it moves up to its place in
 * the order.
 */
export function mentionedInRecency(r: Recency, e: number, at: number): void {
  if ((r.lastAt[e] as number) >= at) return;
  r.lastAt[e] = at;
  unlink(r, e);
  // the entities mentioned later than `at` (none, unless the mention was resolved late) stay ahead
  let ahead = -1;
  let next = r.newest;
  while (next >= 0 && (r.lastAt[next] as number) > at) {
    ahead = next;
    next = r.older[next] as number;
  }
  r.newer[e] = ahead;
  r.older[e] = next;
  if (next >= 0) r.newer[next] = e;
  if (ahead >= 0) r.older[ahead] = e;
  else r.newest = e;
}

function unlink(r: Recency, e: number): void {
  const newer = r.newer[e] as number;
  const older = r.older[e] as number;
  if (newer >= 0) r.older[newer] = older;
  else if (r.newest === e) r.newest = older;
  if (older >= 0) r.newer[older] = newer;
  r.newer[e] = -1;
  r.older[e] = -1;
}
