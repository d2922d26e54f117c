/**
 * The story as the steps after find-mentions read it: the text, its paragraphs and sentences,
 * the narrative's tokens by sentence (`frames`, over one token store), the mentions, and the
 * indexes over them that several steps share. Made once per analysis by the pipeline and only
 * read after that: no step keeps an index of its own over the tokens or the mentions.
 */
import type { Span } from '../span.js';
import type { Mention } from '../steps/find-mentions.js';
import type { Frame } from '../steps/tokenize-frames.js';
import { Grouped } from './grouped.js';
import { MentionsByToken } from './mentions-by-token.js';

export class Doc {
  /** The mentions by the token they start or end at (the longest; possessives apart, as owners). */
  readonly mentionsAt: MentionsByToken;
  /** The mentions of each sentence that are not possessives, in text order. */
  readonly mentionsBySentence: Grouped<Mention>;

  constructor(
    readonly text: string,
    readonly paragraphs: readonly Span[],
    readonly sentences: readonly Span[],
    /** Per sentence, the tokens of its narrative (the words outside quotes). */
    readonly frames: readonly Frame[],
    /** In text order. */
    readonly mentions: readonly Mention[],
  ) {
    // each mention read once: its sentence, for the possessive ones or for the others
    const others = new Int32Array(mentions.length);
    const owners = new Int32Array(mentions.length);
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k] as Mention;
      const possessive = m.possessive;
      others[k] = possessive ? -1 : m.sentence;
      owners[k] = possessive ? m.sentence : -1;
    }
    this.mentionsBySentence = new Grouped(mentions, sentences.length, others);
    this.mentionsAt = new MentionsByToken(this.mentionsBySentence, new Grouped(mentions, sentences.length, owners), sentences.length);
  }
}
