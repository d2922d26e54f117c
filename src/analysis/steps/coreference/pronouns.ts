/**
 * Pronouns: `he`, `she`, `they`, `it` go to the last compatible, salient mention within a few
 * sentences. They agree in number, gender (from a first name or a title) and animacy: `he` and
 * `she` need a human, `it` a body, `they` a group or a body; a place is never an antecedent, nor
 * an owner (`Olsen` of `Olsen's plan`) outside the pronoun's own sentence.
 */

import { nounCategory } from '../../lexicon/knowledge.js';
import { ISSUED_DOCUMENT_HEADS } from '../../lexicon/organization-words.js';
import type { Mention } from '../find-mentions.js';
import { attach } from './attach.js';
import type { Entity } from './entity.js';
import type { CorefState } from './state.js';

/** At most this many sentences back. */
const PRONOUN_REACH = 6;
/** At most this many mentions back: bounded work per pronoun, even in a sentence of thousands. */
const PRONOUN_LOOKBACK = 80;

export function resolvePronoun(state: CorefState, i: number): void {
  const e = antecedent(state, state.mentions[i] as Mention);
  if (e) attach(state, i, e);
}

function antecedent(state: CorefState, p: Mention): Entity | undefined {
  const recent = state.recent;
  let sentence = p.sentence;
  // within one sentence: a speaker beats a non-speaker, then the leftmost (the subject) wins
  let best: Entity | undefined;
  let bestSpeaks = false;
  let bestStart = 0;
  let bestOwns = false;
  const n = recent.length;
  for (let i = n - 1; i >= 0 && n - i <= PRONOUN_LOOKBACK; i--) {
    const m = recent.mentions[i] as Mention;
    if (m.sentence !== sentence) {
      if (best) return best;
      sentence = m.sentence;
      if (p.sentence - sentence > PRONOUN_REACH) return undefined;
    }
    const e = recent.entities[i] as Entity;
    // a named owner only in the pronoun's own sentence, and only when it has no other antecedent
    const owns = m.possessive;
    if ((owns && !ownerInSentence(m, p)) || !pronounFits(p, e, m) || documentItSpeaksThrough(state.text, m, p)) continue;
    const speaks = recent.speaks[i] === 1;
    const before = owns === bestOwns ? m.start < bestStart : bestOwns;
    if (!best || (speaks && !bestSpeaks) || (speaks === bestSpeaks && before)) {
      best = e;
      bestSpeaks = speaks;
      bestStart = m.start;
      bestOwns = owns;
    }
  }
  return best;
}

/**
 * `Olsen's plan won her the vote, and she said …`: a person's name that only owns a noun is still
 * the antecedent of a pronoun in its own sentence (never across sentences, where the owner of a
 * `Macron's office` is seldom whom a later `he` means).
 */
function ownerInSentence(m: Mention, p: Mention): boolean {
  return m.sentence === p.sentence && m.type === 'name' && m.kind === 'person';
}

/** `p` may stand for entity `e`, met as mention `m` (`they` for `the researchers` who are their named lead author). */
function pronounFits(p: Mention, e: Entity, m: Mention): boolean {
  if (p.head === 'it') return e.kind === 'organization';
  if (p.head === 'they') return !e.place && (e.plural || (m.plural && m.type === 'description') || e.kind === 'organization');
  // one member of a group (`one of them`, `the other`) is a he or a she, met as that member (not
  // as `they`: `Told what they had said, Kostarev was quiet … she said` is Kostarev)
  const member = e.plural && lastMentionsNameOne(e) && m.type !== 'pronoun';
  return (!e.plural || member) && e.kind !== 'organization' && e.human && (e.gender === null || e.gender === p.gender) && !collective(m);
}

/** `the family`, `the crowd`, `the jury`: a description of many people in a singular noun is no he or she. */
function collective(m: Mention): boolean {
  if (m.type !== 'description' || m.partitive) return false;
  const category = nounCategory(m.head)?.category;
  return category === 'group' || category === 'organization';
}

/** One of the entity's last three mentions picks out a single member (`one of them`). */
function lastMentionsNameOne(e: Entity): boolean {
  for (let i = Math.max(0, e.mentions.length - 3); i < e.mentions.length; i++) {
    const x = e.mentions[i] as Mention;
    if (x.partitive && !x.plural) return true;
  }
  return false;
}

/**
 * `In a brief statement, it said …`: a document after a preposition in the pronoun's own
 * sentence is what `it` speaks through, not what `it` stands for.
 */
function documentItSpeaksThrough(text: string, m: Mention, p: Mention): boolean {
  if (p.head !== 'it' || m.sentence !== p.sentence || !ISSUED_DOCUMENT_HEADS.has(m.head)) return false;
  return THROUGH_DOCUMENT.test(text.slice(Math.max(0, m.start - 40), m.start));
}

/** A preposition, then up to three words (`in a brief`, `through its`), right before the document. */
const THROUGH_DOCUMENT = /\b(?:in|through|via|with)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
