/** Mentions by the token they start or end at: how a cue finds its subject by position. */
import type { Mention } from '../steps/find-mentions.js';
import type { Grouped } from './grouped.js';

/**
 * The longest mention ending and the longest starting at a token (possessive ones left out), and
 * the possessive one ending there, so that a cue finds its subject by position. Found among the
 * mentions of the token's sentence (two or three on average): a story of 1 MB asks about 11,000
 * times, and a table by token (140,000 of them) cost more to fill than all the questions.
 */
export class MentionsByToken {
  /**
   * `mentions`: the mentions that are no possessives, by sentence (Doc.mentionsBySentence);
   * `owners`: the possessive ones, by sentence. Each sentence's in text order, the longer first of
   * two that start together (as findMentions gives them): a search stops at the first that answers.
   */
  constructor(
    private readonly mentions: Grouped<Mention>,
    private readonly owners: Grouped<Mention>,
  ) {}

  /** The longest mention that ends at token `token` of the frame of `sentence` (the first of the longest). */
  endingAt(sentence: number, token: number): Mention | undefined {
    const { items } = this.mentions;
    for (let k = this.mentions.from(sentence), to = this.mentions.to(sentence); k < to; k++) {
      const m = items[k] as Mention;
      // (in text order: the first to end there starts first; none after one that starts past it ends there)
      if (m.last === token) return m;
      if (m.first > token) break;
    }
    return undefined;
  }

  /** The possessive mention that ends at token `token` (the owner of what follows), if any (the last such). */
  ownerEndingAt(sentence: number, token: number): Mention | undefined {
    const { items } = this.owners;
    let found: Mention | undefined;
    for (let k = this.owners.from(sentence), to = this.owners.to(sentence); k < to; k++) {
      const m = items[k] as Mention;
      if (m.first > token) break;
      if (m.last === token) found = m;
    }
    return found;
  }

  /** The longest mention that starts at token `token` of the frame of `sentence` (the first of the longest). */
  startingAt(sentence: number, token: number): Mention | undefined {
    const { items } = this.mentions;
    for (let k = this.mentions.from(sentence), to = this.mentions.to(sentence); k < to; k++) {
      const m = items[k] as Mention;
      // (in text order, the longer first: the first to start there is the longest)
      if (m.first === token) return m;
      if (m.first > token) break;
    }
    return undefined;
  }
}
