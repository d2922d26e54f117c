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
import { type Mention, mention } from './mentions/mention.js';
import { FrameMerger, sortFew } from './mentions/merge.js';
import { findNames } from './mentions/names.js';
import { findOtherSubjects } from './mentions/other-subjects.js';
import { WordFacts } from './mentions/word-facts.js';
import type { Frame, Token } from './tokenize-frames.js';

export { bareMention, type Mention, type MentionType } from './mentions/mention.js';

export function findMentions(text: string, frames: readonly Frame[]): Mention[] {
  const out: Mention[] = [];
  // one buffer of taken-token flags, cleared for each frame, instead of an array per frame (the
  // finders read and write only the flags of the frame's tokens, indices below tokens.length)
  const longest = longestFrame(frames);
  const buffer = new Uint8Array(longest);
  const merger = new FrameMerger(longest);
  // likewise one pair of lists for a frame's names and descriptions, emptied for each frame: they
  // hand their mentions to `out` before the next frame
  const names: Mention[] = [];
  const descriptions: Mention[] = [];
  const frameMentions: Mention[] = [];
  // the trades met with an indefinite article so far (findDescriptions)
  const trades = new Set<string>();
  // what the finders ask of each spelling, answered on first sight
  const facts = new WordFacts();
  for (const frame of frames) {
    const tokens = frame.tokens;
    const taken = buffer.fill(0, 0, tokens.length);
    // the word lists the frame's words are in, to skip the finders that look for none of them
    const classes = classesIn(tokens);
    empty(names);
    empty(descriptions);
    findNames(text, tokens, taken, names);
    findPartitives(text, tokens, taken, descriptions);
    findDescriptions(text, tokens, taken, descriptions, trades, facts, classes);
    findOtherSubjects(text, tokens, taken, names, descriptions, classes);
    empty(frameMentions);
    merger.mergeRolesIntoNames(text, names, descriptions, frameMentions);
    if (classes & WordClass.PRONOUN) findPronouns(text, tokens, taken, frameMentions);
    // frames come in text order and a mention stays within its frame: sorting each frame's few
    // mentions puts the story's in order
    sortFew(frameMentions, byStart);
    for (const m of frameMentions) {
      m.index = out.length;
      out.push(m);
    }
  }
  return out;
}

/** The pronouns no other mention took: `he`, `they`. */
function findPronouns(text: string, tokens: readonly Token[], taken: Uint8Array, out: Mention[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!(t.classes & WordClass.PRONOUN) || taken[i]) continue;
    const p = PRONOUNS.get(t.lower);
    if (p) out.push(mention(text, tokens, i, i, 'pronoun', { kind: 'unknown', head: t.lower, plural: p.plural, gender: p.gender, definite: true }));
  }
}

/** The `WordClass` bits of any of the tokens. */
function classesIn(tokens: readonly Token[]): number {
  let classes = 0;
  for (let i = 0; i < tokens.length; i++) classes |= (tokens[i] as Token).classes;
  return classes;
}

/** Empties a list kept for the next frame (setting the length of an empty one costs a call all the same). */
function empty(list: Mention[]): void {
  if (list.length > 0) list.length = 0;
}

/** By start, the longer first. */
function byStart(a: Mention, b: Mention): number {
  return a.start - b.start || b.end - a.end;
}

function longestFrame(frames: readonly Frame[]): number {
  let longest = 0;
  for (const frame of frames) longest = Math.max(longest, frame.size);
  return longest;
}
