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
import { findNames } from './mentions/names.js';
import { findOtherSubjects } from './mentions/other-subjects.js';
import type { Frame, Token } from './tokenize-frames.js';

export { bareMention, type Mention, type MentionType } from './mentions/mention.js';

export function findMentions(text: string, frames: readonly Frame[]): Mention[] {
  const out: Mention[] = [];
  // one buffer of taken-token flags, cleared for each frame, instead of an array per frame (the
  // finders read and write only the flags of the frame's tokens, indices below tokens.length)
  const buffer = new Uint8Array(longestFrame(frames));
  // likewise one pair of lists for a frame's names and descriptions, emptied for each frame: they
  // hand their mentions to `out` before the next frame
  const names: Mention[] = [];
  const descriptions: Mention[] = [];
  const frameMentions: Mention[] = [];
  // the trades met with an indefinite article so far (findDescriptions)
  const trades = new Set<string>();
  for (const frame of frames) {
    const tokens = frame.tokens;
    const taken = buffer.fill(0, 0, tokens.length);
    names.length = 0;
    descriptions.length = 0;
    findNames(text, tokens, taken, names);
    findPartitives(text, tokens, taken, descriptions);
    findDescriptions(text, tokens, taken, descriptions, trades);
    findOtherSubjects(text, tokens, taken, names, descriptions);
    frameMentions.length = 0;
    mergeRolesIntoNames(text, names, descriptions, frameMentions);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (!(t.classes & WordClass.PRONOUN) || taken[i]) continue;
      const p = PRONOUNS.get(t.lower);
      if (p) frameMentions.push(mention(text, tokens, i, i, 'pronoun', { kind: 'unknown', head: t.lower, plural: p.plural, gender: p.gender, definite: true }));
    }
    // frames come in text order and a mention stays within its frame: sorting each frame's few
    // mentions puts the story's in order
    if (frameMentions.length > 1) frameMentions.sort(byStart);
    for (const m of frameMentions) {
      m.index = out.length;
      out.push(m);
    }
  }
  return out;
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

/**
 * A role right before a name joins it (`Libyan commander` + `Khalifa Hifter`); a name inside a
 * description only modifies it (`the U.N. envoy for Libya`, `Macron's office`). Appends the
 * names, then the descriptions that did not join one, to `out`.
 */
function mergeRolesIntoNames(text: string, names: Mention[], descriptions: Mention[], out: Mention[]): void {
  if (names.length === 0) {
    // most frames: nothing to merge, no name to mark
    for (const d of descriptions) out.push(d);
    return;
  }
  const kept: Mention[] = [];
  if (descriptions.length > 0) {
    // each person name by the token it starts at before any merge (a merge moves a name's start);
    // the later of two wins, as in text order
    const personAt = new Map<number, Mention>();
    for (const n of names) if (n.kind === 'person') personAt.set(n.first, n);
    for (const d of descriptions) {
      const n = personAt.get(d.last + 1);
      if (n && d.kind !== 'organization') {
        // a number before the role is neither (`9/11 widow Ann Cole`: the role is `widow`)
        const number = /^\d+\s+/.exec(d.text);
        const start = number ? d.start + number[0].length : d.start;
        n.description = n.description ? `${text.slice(start, n.name?.start ?? n.start).trim()}` : d.text.slice(start - d.start);
        n.gender ??= d.gender;
        n.start = start;
        n.first = number ? d.first + 1 : d.first;
        n.text = text.slice(n.start, n.end);
        continue;
      }
      kept.push(d);
    }
  }
  markNamesInsideLonger(names, kept);
  for (const n of names) out.push(n);
  for (const d of kept) out.push(d);
}

/**
 * A name inside a longer mention only modifies it (`Macron` in `Macron's office`). One sweep over
 * the frame's mentions by start (the longest first, descriptions before names of the same range):
 * a name is inside another mention when one that starts no later reaches at least as far.
 */
function markNamesInsideLonger(names: readonly Mention[], descriptions: readonly Mention[]): void {
  // (names are the mentions of type name: descriptions and other subjects are never of that type)
  const all = [...descriptions, ...names];
  all.sort((a, b) => a.first - b.first || b.last - a.last || Number(a.type === 'name') - Number(b.type === 'name'));
  let reach = -1;
  for (const m of all) {
    if (m.type === 'name' && m.last <= reach) m.possessive = true;
    reach = Math.max(reach, m.last);
  }
}
