/**
 * Appositives: `Hugh Hill, a doctor,` and `The other, a retired port worker,` name one source
 * twice, and a name set off after a waiting role or an unnamed source names it (`a spokeswoman,
 * Ana Ruiz,`). Only a closed aside joins: unclosed, the second mention starts a clause of its own
 * (`…his offensive on Tripoli, the official said`), unless the name is given as such (`The woman,
 * identified only as Ioana because…`). A place never joins, either side.
 */

import { IDENTIFIED_AS } from '../../lexicon/anonymity-reasons.js';
import type { Mention } from '../find-mentions.js';
import { attach } from './attach.js';
import type { Entity } from './entity.js';
import type { CorefState } from './state.js';
import { isRegExpSpace } from './words.js';

/** A description set off after a person or a member of a group joins it; false if it does not. */
export function joinAppositive(state: CorefState, i: number): boolean {
  const m = state.mentions[i] as Mention;
  if (m.kind === 'organization' || m.plural) return false;
  const prev = previousMention(state.mentions, i);
  const joined = apposedTo(state, m, prev);
  if (!joined || !(joined.kind === 'person' || prev?.partitive)) return false;
  attach(state, i, joined);
  // `Hugh Hill, a doctor,`: the aside is the role the story gives the source
  if (m.type === 'description' && joined.description === null) joined.description = m.text;
  return true;
}

/**
 * The entity of the mention just before `mentions[i]`, when only a comma parts them and the aside
 * is closed (a comma, a dash, a bracket or the end of the sentence after it).
 */
export function apposedEntity(state: CorefState, i: number): Entity | undefined {
  const m = state.mentions[i] as Mention;
  return apposedTo(state, m, previousMention(state.mentions, i)) ?? identifiedAs(state, i);
}

/**
 * `The woman, identified in court only as Ioana,`: the name the story gives a source it does not
 * otherwise name joins it, across the few mentions of the phrase between (`court`).
 */
function identifiedAs(state: CorefState, i: number): Entity | undefined {
  const m = state.mentions[i] as Mention;
  if (m.type !== 'name') return undefined;
  for (let p = i - 1; p >= 0 && i - p <= 3; p--) {
    const prev = state.mentions[p] as Mention;
    if (prev.sentence !== m.sentence || m.start - prev.end > 60) return undefined;
    if (!prev.place && !prev.possessive && IDENTIFIED_AS.test(state.text.slice(prev.end, m.start))) return state.entityOf.get(prev);
  }
  return undefined;
}

function apposedTo(state: CorefState, m: Mention, prev: Mention | undefined): Entity | undefined {
  if (!prev || prev.place || m.place || prev.sentence !== m.sentence) return undefined;
  return onlyCommaBetween(state.text, prev.end, m.start) && asideClosed(state.text, m.end) ? state.entityOf.get(prev) : undefined;
}

/** The mention before `mentions[i]`, not a name inside it (`Baltica` of `Baltica’s chief executive, Aleksi Virtanen,`). */
function previousMention(mentions: readonly Mention[], i: number): Mention | undefined {
  let p = i - 1;
  while (p >= 0 && (mentions[p] as Mention).possessive) p--;
  return p >= 0 ? (mentions[p] as Mention) : undefined;
}

/**
 * After `end`, past white space and a relative clause about the person (`, a pediatrician who led
 * the study,`): a comma, dash, bracket, sentence end or line end (or the text's end).
 */
function asideClosed(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  if (i >= text.length) return true;
  const relative = RELATIVE_CLAUSE.exec(text.slice(i, i + RELATIVE_REACH));
  if (relative) i += relative[0].length;
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  // , ; : . ! ? ) ] — – - newline, and the quotation marks that close a sentence inside a quote
  return (
    c === 0x2c ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x2e ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x29 ||
    c === 0x5d ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 0x2d ||
    c === 0x0a ||
    c === 0x0d
  );
}

/** `who led the study`, `whose son was hurt`: a clause about a person, up to the mark that may close the aside. */
const RELATIVE_CLAUSE = /^(?:who|whose)\s[^,;:.!?()[\]—–\n"“”«»]*/;
const RELATIVE_REACH = 100;

/** `/^\s*,\s*$/.test(text.slice(start, end))` without the copy: a comma alone between two mentions. */
function onlyCommaBetween(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isRegExpSpace(text.charCodeAt(i))) i++;
  if (i >= end || text.charCodeAt(i) !== 0x2c) return false;
  i++;
  while (i < end && isRegExpSpace(text.charCodeAt(i))) i++;
  return i === end;
}
