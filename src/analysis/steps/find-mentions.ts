/**
 * Mentions of possible speakers in the narrative (never inside quotes): proper names with the
 * titles and roles around them (`Libyan commander Khalifa Hifter`), descriptions
 * (`an official of the presidential Elysee Palace`, `two people familiar with the talks`,
 * `the ministry`, `a statement from Macron's office`) and pronouns. Each mention says what kind
 * of source it points to and the head word that later mentions can refer back with.
 */

import { PRONOUNS } from '../lexicon/function-words.js';
import { WordClass } from '../lexicon/word-classes.js';
import { findDescriptions, findPartitives } from './mentions/descriptions.js';
import { FrameIndex, type Positions } from './mentions/frame-index.js';
import { type Mention, mention } from './mentions/mention.js';
import { FrameMerger, sortRange } from './mentions/merge.js';
import { findNames } from './mentions/names.js';
import { findOtherSubjects } from './mentions/other-subjects.js';
import { WordFacts } from './mentions/word-facts.js';
import type { Frame, Token } from './tokenize-frames.js';

export { bareMention, type Mention, type MentionType } from './mentions/mention.js';

export function findMentions(text: string, frames: readonly Frame[]): Mention[] {
  const out: Mention[] = [];
  const finder = new FrameFinder(text, longestFrame(frames));
  // (a sentence of a repeated paragraph, or all quote, has no words: one frame in eight of the 1 MB story)
  // (by index: a loop run once per story, mostly before the optimizing compiler takes it, made an
  // iterator result per frame with for…of)
  for (let f = 0; f < frames.length; f++) {
    const frame = frames[f] as Frame;
    if (frame.size > 0) finder.find(frame, out);
  }
  return out;
}

/**
 * Finds the mentions of one frame after another, with what they share: the trades met so far
 * (findDescriptions), the facts of the story's spellings, and buffers cleared for each frame
 * instead of new ones (the finders read and write only the entries of the frame's tokens, indices
 * below tokens.length).
 */
class FrameFinder {
  readonly #text: string;
  readonly #taken: Uint8Array;
  readonly #merger: FrameMerger;
  /** The trades met with an indefinite article so far (findDescriptions). */
  readonly #trades = new Set<string>();
  /** What the finders ask of each spelling, answered on first sight. */
  readonly #facts: WordFacts;
  /** Where the frame's words of interest stand. */
  readonly #index: FrameIndex;

  constructor(text: string, longest: number) {
    this.#text = text;
    this.#taken = new Uint8Array(longest);
    this.#merger = new FrameMerger(longest);
    this.#facts = new WordFacts(longest);
    this.#index = new FrameIndex(longest);
  }

  /** Appends the mentions of `frame` to `out`, in text order, each with the frame's sentence (the finders leave it unset). */
  find(frame: Frame, out: Mention[]): void {
    const text = this.#text;
    const tokens = frame.tokens;
    const taken = this.#taken;
    // (by hand: a frame has 16 tokens on average, and the built-in fill is a call V8 does not inline)
    for (let k = 0; k < tokens.length; k++) taken[k] = 0;
    this.#facts.startFrame(tokens.length);
    // where the words each finder looks for stand (one pass over the tokens, not one per finder)
    const index = this.#index;
    index.index(tokens);
    // (new lists for each frame: emptying a kept one costs more than making one)
    const names: Mention[] = [];
    const descriptions: Mention[] = [];
    findNames(text, tokens, taken, names, index.capitals);
    findPartitives(text, tokens, taken, descriptions, index.determiners);
    findDescriptions(text, tokens, taken, descriptions, this.#trades, this.#facts, index);
    findOtherSubjects(text, tokens, taken, names, descriptions, index);
    const from = out.length;
    this.#merger.mergeRolesIntoNames(text, names, descriptions, out);
    if (index.classes & WordClass.PRONOUN) findPronouns(text, tokens, taken, out, index.cues);
    // frames come in text order and a mention stays within its frame: sorting each frame's few
    // mentions puts the story's in order
    sortRange(out, from, out.length, byStart);
    const sentence = frame.sentence;
    for (let k = from; k < out.length; k++) {
      const m = out[k] as Mention;
      m.sentence = sentence;
      m.index = k;
    }
  }
}

/** The pronouns (among the `cues`) no other mention took: `he`, `they`. */
function findPronouns(text: string, tokens: readonly Token[], taken: Uint8Array, out: Mention[], cues: Positions): void {
  for (let n = 0; n < cues.length; n++) {
    const i = cues.get(n);
    const t = tokens[i] as Token;
    if (!(t.classes & WordClass.PRONOUN) || taken[i]) continue;
    const p = PRONOUNS.get(t.lower);
    if (p === undefined) continue;
    const m = mention(text, tokens, i, i, 'pronoun', 'unknown', t.lower);
    m.plural = p.plural;
    m.gender = p.gender;
    m.definite = true;
    out.push(m);
  }
}

/** By start, the longer first. */
function byStart(a: Mention, b: Mention): number {
  return a.start - b.start || b.end - a.end;
}

function longestFrame(frames: readonly Frame[]): number {
  let longest = 0;
  for (let f = 0; f < frames.length; f++) longest = Math.max(longest, (frames[f] as Frame).size);
  return longest;
}
