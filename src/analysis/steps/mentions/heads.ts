/**
 * What heads a description beyond the role lists, and what modifies one: a trade WordNet knows
 * first as a person (`a baker`), a noun `who` follows (`a mixer at the plant, who`), met first with
 * an indefinite article; never a body's noun alone after a preposition (`admitted to hospital`)
 * nor a role given to someone after `as` (`worked as a porter`).
 */
import { PREPOSITIONS } from '../../lexicon/function-words.js';
import type { NounInfo } from '../../lexicon/knowledge.js';
import { WordClass as W } from '../../lexicon/word-classes.js';
import type { Token } from '../tokenize-frames.js';
import { tokenAt } from '../tokens/token-at.js';
import { Fact, type WordFacts } from './word-facts.js';

/** [first, last] comes right after `as` and no verb follows it: a role predicated of someone (`worked as a porter`). */
export function isRoleAfterAs(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokenAt(tokens, first - 1);
  if (before?.lower !== 'as' || before.segment !== (tokens[first] as Token).segment) return false;
  const after = tokenAt(tokens, last + 1);
  if (!after || after.segment !== before.segment || after.punct) return true;
  const tag = after.tags?.[0] ?? '';
  return !(after.classes & W.REPORTING_VERB) && !tag.startsWith('VB') && !tag.startsWith('MD');
}

/**
 * `a night-shift mixer at the plant, who asked not to be named`: `who` after the noun's phrase
 * (its `at`, `of`… tail) says the noun names a person, whatever WordNet knows it as first.
 */
function whoFollows(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  for (let k = i + 1; k < tokens.length && k - i <= 8; k++) {
    const n = tokens[k] as Token;
    if (n.segment !== t.segment) return false;
    const who = n.lower === 'who' && !n.cap ? k : n.text === ',' && tokenAt(tokens, k + 1)?.lower === 'who' ? k + 1 : -1;
    // `who` belongs to the nearest noun that can be someone: the head only past nouns of things (`at the plant, who`)
    if (who >= 0) return k === i + 1 || who === i + 1 || !mayBeSomeone(tokens[k - 1] as Token);
    if (n.punct || n.classes & W.REPORTING_VERB) return false;
  }
  return false;
}

/** A name, or a noun WordNet knows first as a person or a group: what a `who` after it may be about. */
function mayBeSomeone(t: Token): boolean {
  if (t.cap) return true;
  const noun = t.noun;
  return noun === undefined || noun.category === 'person' || noun.category === 'group';
}

/** Records a trade (WordNet person noun) met with an indefinite article or a number, and says whether it is met: a definite one only once it was. */
export function meetTrade(t: Token, detClasses: number, trades: Set<string>): boolean {
  const lemma = t.noun?.lemma ?? t.lower;
  if (!(detClasses & W.DEFINITE)) {
    trades.add(lemma);
    return true;
  }
  return trades.has(lemma);
}

/** The word before `i` is a preposition (`to hospital`, `in court`), not the `to` of `according to`. */
export function isBarePlaceOfInstitution(tokens: readonly Token[], i: number): boolean {
  const before = tokenAt(tokens, i - 1);
  if (!before || before.segment !== (tokens[i] as Token).segment || !PREPOSITIONS.has(before.lower)) return false;
  return !(before.lower === 'to' && tokenAt(tokens, i - 2)?.lower === 'according');
}

/**
 * `a baker at the plant`, `the welders`: a noun WordNet knows first as a person (or that `who`
 * follows, or met so as a person before: `trades`), after an article or a number (two words of
 * modifiers between at most). The role lists hold the usual sources;
 * WordNet holds the trades and walks of life no list foresees.
 */
export function isPersonNounAfterArticle(
  tokens: readonly Token[],
  i: number,
  trades: ReadonlySet<string>,
  facts: WordFacts,
  /** A `who` among the frame's words (`FrameIndex.who`): else none to look for after the noun. */
  who: boolean,
): boolean {
  // the cheap tests first: most words are no lower-case noun after an article
  return mayHeadAfterArticle(tokens[i] as Token) && isNounOfPersonAfterArticle(tokens, i, trades, facts, who);
}

/**
 * `isPersonNounAfterArticle` of a word known to pass `mayHeadAfterArticle` (FrameIndex.heads
 * holds only such words besides the listed ones): the same answer, without asking again.
 */
export function isNounOfPersonAfterArticle(tokens: readonly Token[], i: number, trades: ReadonlySet<string>, facts: WordFacts, who: boolean): boolean {
  const t = tokens[i] as Token;
  const noun = t.noun as NounInfo;
  // (the last test's cheap half before the walks: in a frame with no `who`, a noun that names no
  // one met so far is no head, whatever stands before it)
  const person = noun.category === 'person' || trades.has(noun.lemma);
  if (!person && !who) return false;
  // the tagger's lexicon must read it as a noun first (`familiar`, `native` are adjectives first)
  if (!(t.tags?.[0] ?? 'NN').startsWith('NN') || !afterArticle(tokens, i, facts)) return false;
  // a noun before another noun modifies it (`the steel worker`): the head comes later
  const next = tokenAt(tokens, i + 1);
  if (next && next.segment === t.segment && !next.punct && isNounBeforeNoun(next)) return false;
  return person || whoFollows(tokens, i);
}

/** Function words: never the noun `isPersonNounAfterArticle` finds. */
export const NO_HEAD = W.STOP | W.PRONOUN | W.DETERMINER;

/** A lower-case noun of WordNet, no mark nor function word: what `isPersonNounAfterArticle` looks further at (FrameIndex asks the same). */
export function mayHeadAfterArticle(t: Token): boolean {
  return !t.cap && !t.punct && !(t.classes & NO_HEAD) && t.noun !== undefined;
}

/** A lower-case noun of WordNet, no stop word, tagged a noun first: it modifies a noun right after it (`steel` of `steel worker`). */
function isNounBeforeNoun(t: Token): boolean {
  return t.noun !== undefined && !t.cap && !(t.classes & W.STOP) && (t.tags?.[0] ?? '').startsWith('NN');
}

/** An article, a determiner or a number before `i`, two words of modifiers between at most. */
function afterArticle(tokens: readonly Token[], i: number, facts: WordFacts): boolean {
  const t = tokens[i] as Token;
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    const b = tokens[k] as Token;
    if (b.segment !== t.segment || b.punct) return false;
    if (b.classes & W.DETERMINER) return true;
    const f = facts.at(tokens, k);
    if (f & Fact.NUMBER) return true;
    if (b.cap || !(f & Fact.MODIFIER || isParticipleAfterArticle(tokens, k, f))) return false;
  }
  return false;
}

/** `a letting agent`, `a visiting professor`: a form in -ing (`f`: the facts of token `k`) right after an article modifies the noun after it. */
export function isParticipleAfterArticle(tokens: readonly Token[], k: number, f: number): boolean {
  return (f & Fact.GERUND) !== 0 && ((tokenAt(tokens, k - 1)?.classes ?? 0) & W.DETERMINER) !== 0;
}
