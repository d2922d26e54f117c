/**
 * Where a frame's words of interest stand, found in one pass over its tokens: each finder then
 * visits its own few candidates (the capitals for names, the determiners for partitives, the
 * possible heads for descriptions, the verbs, `who`, `according` and pronouns for the other
 * subjects) instead of every token of the frame again.
 */
import { WordClass as W } from '../../lexicon/word-classes.js';
import type { Token } from '../tokenize-frames.js';
import { NO_HEAD } from './heads.js';
import { HEAD } from './word-facts.js';

/** The lists of the words `FrameIndex.cues` holds: what the other subjects, shares and pronouns are found by. */
const CUES = W.REPORTING_VERB | W.RELATIVE | W.PRONOUN | W.ATTRIBUTING_PHRASE_START;

/** Token indices of a frame, in text order: the first `length` of `at` (FrameIndex writes them). */
export class Positions {
  readonly at: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.at = new Int32Array(capacity);
  }

  /** The `n`th index. */
  get(n: number): number {
    return this.at[n] as number;
  }
}

export class FrameIndex {
  /** The `WordClass` bits of any of the frame's words: a finder whose words are in none has nothing to do. */
  classes = 0;
  /** A `who` (in any case) among the frame's words: only then may one follow a noun (`a welder who`). */
  who = false;
  /** Capitalised words (not marks): where names start. */
  readonly capitals: Positions;
  /** Determiners: where partitives start (`the other`, `one of them`). */
  readonly determiners: Positions;
  /** Words in a head list or starting a two-word role, and lower-case nouns that may head a description after an article. */
  readonly heads: Positions;
  /** Reporting verbs, relative pronouns, pronouns and `according`. */
  readonly cues: Positions;

  /** For frames of up to `longestFrame` tokens. */
  constructor(longestFrame: number) {
    this.capitals = new Positions(longestFrame);
    this.determiners = new Positions(longestFrame);
    this.heads = new Positions(longestFrame);
    this.cues = new Positions(longestFrame);
  }

  /**
   * Indexes the frame of `tokens`, forgetting the last one. (The four lists are filled through
   * local counts, set at the end: the loop runs for every token of the story.)
   */
  index(tokens: readonly Token[]): void {
    let union = 0;
    let who = false;
    const capitals = this.capitals.at;
    const determiners = this.determiners.at;
    const heads = this.heads.at;
    const cues = this.cues.at;
    let nCapitals = 0;
    let nDeterminers = 0;
    let nHeads = 0;
    let nCues = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const classes = t.classes;
      // a capital, a mark or neither (each read once: a token reads them through its spelling)
      const lower = !t.cap;
      const word = !t.punct;
      union |= classes;
      if (!lower && word) capitals[nCapitals++] = i;
      if (classes & W.DETERMINER) determiners[nDeterminers++] = i;
      // listed, or `mayHeadAfterArticle` on what is read above
      if (classes & (HEAD | W.COMPOUND_START) || (lower && word && !(classes & NO_HEAD) && t.noun !== undefined)) heads[nHeads++] = i;
      if (classes & CUES) {
        cues[nCues++] = i;
        who ||= t.lower === 'who';
      }
    }
    this.capitals.length = nCapitals;
    this.determiners.length = nDeterminers;
    this.heads.length = nHeads;
    this.cues.length = nCues;
    this.classes = union;
    this.who = who;
  }
}
