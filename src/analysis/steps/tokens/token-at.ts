import type { Token } from './token-store.js';

/**
 * Token `k` of a frame, or undefined outside it. An index below 0 is no element but a slow
 * look-up of a property by name (about 17 times a read's cost), and the finders look one or two
 * words before and after a frame's first and last ones thousands of times in a story.
 */
export function tokenAt(tokens: readonly Token[], k: number): Token | undefined {
  return k >= 0 && k < tokens.length ? tokens[k] : undefined;
}
