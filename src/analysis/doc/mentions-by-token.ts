/** Mentions by the token they start or end at: how a cue finds its subject by position. */
import type { Mention } from '../steps/find-mentions.js';
import type { Grouped } from './grouped.js';

/**
 * The longest mention ending and the longest starting at a token (possessive ones left out), and
 * the possessive one ending there, so that a cue finds its subject by position. Found among the
 * mentions of the token's sentence, by a binary search on their first tokens: a story of 1 MB
 * asks about 11,000 times, and a table by token (140,000 of them) cost more to fill than all the
 * questions; a search keeps a sentence of thousands of mentions (a story with no full stop) fast.
 */
export class MentionsByToken {
  /** By sentence, the most tokens any of its mentions spans past its first (`last - first`); -1 until asked. */
  private readonly reach: Int32Array;

  /**
   * `mentions`: the mentions that are no possessives, by sentence (Doc.mentionsBySentence);
   * `owners`: the possessive ones, by sentence. Each sentence's in text order, the longer first of
   * two that start together (as findMentions gives them).
   */
  constructor(
    private readonly mentions: Grouped<Mention>,
    private readonly owners: Grouped<Mention>,
    sentences: number,
  ) {
    this.reach = new Int32Array(sentences).fill(-1);
  }

  /** The longest mention that ends at token `token` of the frame of `sentence` (the first of the longest). */
  endingAt(sentence: number, token: number): Mention | undefined {
    const { items } = this.mentions;
    const from = this.mentions.from(sentence);
    const earliest = token - this.#reach(sentence);
    let found: Mention | undefined;
    // back from the last to start by `token`, as far as one that ends there may start; the first in
    // text order is the one to give (it starts first)
    for (let k = startingAfter(items, from, this.mentions.to(sentence), token) - 1; k >= from; k--) {
      const m = items[k] as Mention;
      if (m.first < earliest) break;
      if (m.last === token) found = m;
    }
    return found;
  }

  /** The possessive mention that ends at token `token` (the owner of what follows), if any (the last such). */
  ownerEndingAt(sentence: number, token: number): Mention | undefined {
    const { items } = this.owners;
    const from = this.owners.from(sentence);
    const earliest = token - this.#reach(sentence);
    for (let k = startingAfter(items, from, this.owners.to(sentence), token) - 1; k >= from; k--) {
      const m = items[k] as Mention;
      if (m.first < earliest) break;
      if (m.last === token) return m;
    }
    return undefined;
  }

  /** The longest mention that starts at token `token` of the frame of `sentence` (the first of the longest). */
  startingAt(sentence: number, token: number): Mention | undefined {
    const { items } = this.mentions;
    const to = this.mentions.to(sentence);
    const k = startingAfter(items, this.mentions.from(sentence), to, token - 1);
    // (the first of those that start there is the longest)
    return k < to && (items[k] as Mention).first === token ? items[k] : undefined;
  }

  /** The reach of a sentence's longest mention, found when first asked (only the sentences with a cue are). */
  #reach(sentence: number): number {
    if (sentence < 0 || sentence >= this.reach.length) return 0;
    let reach = this.reach[sentence] as number;
    if (reach < 0) {
      reach = Math.max(longest(this.mentions, sentence), longest(this.owners, sentence));
      this.reach[sentence] = reach;
    }
    return reach;
  }
}

/** The first place in items[from, to) (in text order) of a mention that starts past token `token`; `to` for none. */
function startingAfter(items: readonly Mention[], from: number, to: number, token: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid] as Mention).first > token) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The most tokens a mention of group `sentence` spans past its first. */
function longest(group: Grouped<Mention>, sentence: number): number {
  const { items } = group;
  let reach = 0;
  for (let k = group.from(sentence), to = group.to(sentence); k < to; k++) {
    const m = items[k] as Mention;
    reach = Math.max(reach, m.last - m.first);
  }
  return reach;
}
