/** Mentions by the token they start or end at: how a cue finds its subject by position. */
import type { Mention } from '../steps/find-mentions.js';
import type { Frame } from '../steps/tokenize-frames.js';

/**
 * The mentions that end and that start at each token: per token, the longest mention ending
 * there and the longest starting there (possessive ones left out), so that a cue finds its
 * subject by position. A token's place in the story is its frame's offset plus its index in the
 * frame; the tables are typed arrays of mention index + 1 (0: none), with no key per look-up.
 */
export class MentionsByToken {
  private readonly offsets: Int32Array;
  private readonly ending: Int32Array;
  private readonly starting: Int32Array;
  /** The possessive mentions, by the token they end at (`Olsen` of `Olsen's claim`). */
  private readonly owning: Int32Array;

  constructor(
    frames: readonly Frame[],
    private readonly mentions: readonly Mention[],
  ) {
    this.offsets = new Int32Array(frames.length + 1);
    for (let f = 0; f < frames.length; f++) this.offsets[f + 1] = (this.offsets[f] as number) + (frames[f] as Frame).size;
    const size = this.offsets[frames.length] as number;
    this.ending = new Int32Array(size);
    this.starting = new Int32Array(size);
    this.owning = new Int32Array(size);
    for (let n = 0; n < mentions.length; n++) {
      const m = mentions[n] as Mention;
      if (m.possessive) {
        const end = this.place(m.sentence, m.last);
        if (end >= 0) this.owning[end] = n + 1;
        continue;
      }
      const end = this.place(m.sentence, m.last);
      if (end >= 0) {
        const prev = this.ending[end] as number;
        if (prev === 0 || (mentions[prev - 1] as Mention).first > m.first) this.ending[end] = n + 1;
      }
      const start = this.place(m.sentence, m.first);
      if (start >= 0) {
        const other = this.starting[start] as number;
        if (other === 0 || (mentions[other - 1] as Mention).last < m.last) this.starting[start] = n + 1;
      }
    }
  }

  /** The longest mention that ends at token `token` of the frame of `sentence`. */
  endingAt(sentence: number, token: number): Mention | undefined {
    const k = this.ending[this.place(sentence, token)];
    return k ? this.mentions[k - 1] : undefined;
  }

  /** The possessive mention that ends at token `token` (the owner of what follows), if any. */
  ownerEndingAt(sentence: number, token: number): Mention | undefined {
    const k = this.owning[this.place(sentence, token)];
    return k ? this.mentions[k - 1] : undefined;
  }

  /** The longest mention that starts at token `token` of the frame of `sentence`. */
  startingAt(sentence: number, token: number): Mention | undefined {
    const k = this.starting[this.place(sentence, token)];
    return k ? this.mentions[k - 1] : undefined;
  }

  /** Index of a token in the whole story, -1 for a place outside its frame. */
  private place(sentence: number, token: number): number {
    if (sentence < 0 || sentence + 1 >= this.offsets.length || token < 0) return -1;
    const at = (this.offsets[sentence] as number) + token;
    return at < (this.offsets[sentence + 1] as number) ? at : -1;
  }
}
