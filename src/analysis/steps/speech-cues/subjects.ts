import type { MentionsByToken } from '../../doc/mentions-by-token.js';
import { ADDRESSEE_PREPOSITIONS, ASIDE_OPENERS } from '../../lexicon/clause-words.js';
import { CALENDAR_OPENERS, PLACE_NOUNS_NAMED_AFTER, TEAM_WORDS, TIME_DETERMINERS, TIME_NOUNS, VERB_PARTICLES } from '../../lexicon/function-words.js';
import { WordClass as W } from '../../lexicon/word-classes.js';
import type { Mention } from '../find-mentions.js';
import type { Token } from '../tokenize-frames.js';
import { tokenAt } from '../tokens/token-at.js';
import { endsInEd, notAllCapitals, participleEnding, startsWithDigit } from './spelling-tests.js';

/**
 * `who` of `Mr. Varga, who stressed` and of `Ruiz, who in 2019 said`: the relative pronoun
 * before the verb, with at most a phrase of time or place between (`which he said` has a subject
 * of its own between, `a planner who was not authorized … said` a verb: neither is this case).
 */
export function relativeSubject(tokens: readonly Token[], i: number): Token | undefined {
  const segment = (tokens[i] as Token).segment;
  let j = i - 1;
  while (j >= 0 && (tokens[j] as Token).segment === segment && isSkippable(tokens[j] as Token)) j--;
  const next = tokenAt(tokens, j);
  if (next && next.segment === segment && isRelative(next)) return next;
  // most cues have no relative pronoun within reach (`the official said`): a bit test of a few
  // words spares the look-ups in the word lists below
  if (!relativeWithin(tokens, j, i - 5)) return undefined;
  for (let k = j; k >= 0 && i - k <= 5; k--) {
    const t = tokens[k] as Token;
    if (t.segment !== segment || t.punct) return undefined;
    if (isRelative(t)) return t.lower === 'who' || t.lower === 'which' ? t : undefined;
    const when = t.classes & (W.PREPOSITION | W.CALENDAR | W.DETERMINER) || TIME_NOUNS.has(t.lower) || startsWithDigit(t.text);
    if (!when) return undefined;
  }
  return undefined;
}

/** A word of the relative pronouns' class among tokens `from` down to `to` (and 0). */
function relativeWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k >= 0 && k >= to; k--) if ((tokens[k] as Token).classes & W.RELATIVE) return true;
  return false;
}

export function leftSubject(tokens: readonly Token[], i: number, sentence: number, at: MentionsByToken): Mention | null {
  const segment = (tokens[i] as Token).segment;
  let j = i - 1;
  while (j >= 0 && (tokens[j] as Token).segment === segment && isSkippable(tokens[j] as Token)) j--;
  // `Harbor Freight just this month announced`, `The Courier on Saturday wrote`: a time phrase says
  // when, the subject stands before it
  const when = timePhraseFirst(tokens, j);
  const timed = when <= j;
  if (timed) {
    j = when - 1;
    while (j >= 0 && (tokens[j] as Token).segment === segment && isSkippable(tokens[j] as Token)) j--;
  }
  if (j < 0 || (tokens[j] as Token).segment !== segment) return null;
  let t = tokens[j] as Token;
  // `Rep. Gwen Moore (D-Wis.) said`: step over a parenthesis
  if (t.text === ')') {
    let k = j - 1;
    while (k >= 0 && j - k < 12 && (tokens[k] as Token).text !== '(') k--;
    if (k > 0) {
      j = k - 1;
      t = tokens[j] as Token;
    }
  }
  // `the report, which said` / `a club owner who said`
  if (isRelative(t)) {
    // (`the report, which said`, `the study -- which notes`: a comma or a dash before the pronoun)
    j -= tokens[j - 1]?.text === '-' && tokens[j - 2]?.text === '-' ? 3 : ASIDE_OPENERS.has(tokens[j - 1]?.text ?? '') ? 2 : 1;
    if (j < 0) return null;
    // `a statement after the talks that described them as`: the antecedent may stand before a short phrase
    for (let k = j; k >= 0 && j - k <= 4; k--) {
      const m = at.endingAt(sentence, k);
      if (m && (k === j || (tokens[k + 1]?.classes ?? 0) & W.PREPOSITION)) return m;
      if ((tokens[k] as Token).punct || (tokens[k] as Token).segment !== segment) break;
    }
    return null;
  }
  // `a spokeswoman who was not named said`, `a planner who was not authorized to speak to
  // reporters said`: a relative clause between subject and verb; a noun ending it is its object,
  // of a preposition or of the clause's verb (`a nurse who signed the letter said`; with no comma
  // between, so that `Baek, who leads the group, said the rise broke a campaign promise` keeps `promise` a noun)
  const last = at.endingAt(sentence, j);
  const inClause = last === undefined || isObject(tokens, last.first);
  const verbsObject = last !== undefined && objectOfClause(tokens, last.first);
  let comma = false;
  // (no `who` can be taken unless the noun before the verb is some object: most cues look no further)
  for (let k = j - 1; (inClause || verbsObject) && t.text !== ',' && k >= 0 && j - k <= 12; k--) {
    const w = tokens[k] as Token;
    if (w.segment !== segment || (w.punct && w.text !== ',')) break;
    if (w.text === ',') comma = true;
    if (w.lower === 'who' && (inClause || (verbsObject && !comma))) {
      const m = at.endingAt(sentence, k - 1) ?? at.endingAt(sentence, k - 2);
      if (m) return m;
    }
  }
  // `…his offensive on Tripoli, the official said`: a description right before the verb is the
  // subject itself; an aside needs its closing comma (`Hugh Hill, a doctor, said`, below)
  const direct = last;
  // (`marched through Port Selim on Friday to protest`: before a time phrase, an object speaks not)
  if (direct && timed && isObject(tokens, direct.first)) return null;
  if (direct) {
    // `emails obtained by the Ledger suggest`: the agent of a participle before the verb is not its subject
    const agent = participleBefore(tokens, direct);
    if (agent >= 0) return at.endingAt(sentence, agent - 1) ?? null;
    return leadOfTeam(tokens, direct, sentence, at) ?? direct;
  }
  // `residents reached by telephone described`: a participle phrase after the subject, no comma
  const reached = beforeParticiplePhrase(tokens, j, sentence, at);
  if (reached) return reached;
  if (t.text !== ',') return null;
  // `Hugh Hill, a doctor at the clinic, said`: find the comma that opens the aside
  for (let k = j - 1; k >= 0 && j - k < 40; k--) {
    t = tokens[k] as Token;
    if (t.segment !== segment) return null;
    if (t.text === ',' || t.text === '(' || t.text === '—' || t.text === '–') {
      // `The head of the nurses' union, Hanne Mørk, said`: a name in the aside is the speaker; not
      // the name of a place the aside gives (`The Defense Ministry in the capital, Varlen, said`)
      const aside = at.endingAt(sentence, j - 1);
      const named = tokens[k - 1];
      const placeNamed = named !== undefined && (named.noun?.category === 'place' || PLACE_NOUNS_NAMED_AFTER.has(named.lower));
      if (aside && aside.first === k + 1 && aside.type === 'name' && aside.kind === 'person' && !placeNamed) return aside;
      if (placeNamed) {
        const body = bodyBeforePlace(tokens, k - 1, sentence, at);
        if (body) return body;
      }
      // `Rep. Dana Whitcombe (R-Ohio), a member of the panel, said`: the name before its parenthesis
      let end = k - 1;
      if (t.text === ',' && tokens[end]?.text === ')') {
        let open = end - 1;
        while (open > 0 && end - open < 12 && (tokens[open] as Token).text !== '(') open--;
        if ((tokens[open] as Token | undefined)?.text === '(') end = open - 1;
      }
      // `Ana Ruiz, 31, a photographer, said`: an age between the name and its aside
      if (t.text === ',' && isAge(tokens[end]) && tokens[end - 1]?.text === ',') end -= 2;
      // a place is part of the aside (`Ana Ruiz, of Dover, Del., said`), never the
      // speaker before one (`… in Bergen, Norway, arguing that`): look for the comma before it
      const before = at.endingAt(sentence, end);
      if (before?.place) continue;
      // nor the object of a preposition or of a relative clause's verb in an aside (`Ann Cole, who
      // grew up in Dover, Del., said`; `Hollis Drummond, who directs the Fair Paycheck Project, an
      // advocacy group, said`)
      if (before && t.text === ',' && (isObject(tokens, before.first) || objectInRelativeClause(tokens, before.first))) continue;
      return before ?? null;
    }
  }
  return null;
}

/**
 * The participle whose agent the mention is (`obtained` of `emails obtained by the Ledger`), past
 * a particle (`handed over by`): its index, or -1 when no `by` and participle stand before it.
 * (No index below 0 is read: a negative index is a slow look-up in an array.)
 */
function participleBefore(tokens: readonly Token[], m: Mention): number {
  const by = m.first - (m.first > 0 && (tokens[m.first - 1] as Token).classes & W.ARTICLE ? 2 : 1);
  if (by < 0 || (tokens[by] as Token).lower !== 'by') return -1;
  const verb = by > 0 && VERB_PARTICLES.has((tokens[by - 1] as Token).lower) ? by - 2 : by - 1;
  return verb >= 0 && isParticiple(tokens[verb]) ? verb : -1;
}

/**
 * The first token of a time phrase ending at token `j` (`this month`, `on Saturday`, `last
 * Tuesday`, `on Friday night`), or `j + 1` when none ends there.
 */
export function timePhraseFirst(tokens: readonly Token[], j: number): number {
  const t = tokenAt(tokens, j);
  const prev = tokenAt(tokens, j - 1);
  if (!t || !prev || prev.segment !== t.segment) return j + 1;
  const timeNoun = TIME_NOUNS.has(t.lower);
  if (timeNoun && TIME_DETERMINERS.has(prev.lower)) return j - 1;
  // `on Friday night`: a day before the noun of time
  const day = timeNoun && prev.classes & W.CALENDAR ? j - 1 : t.classes & W.CALENDAR ? j : -1;
  if (day < 1) return j + 1;
  const before = tokens[day - 1] as Token;
  return before.segment === t.segment && CALENDAR_OPENERS.has(before.lower) ? day - 1 : j + 1;
}

/**
 * `Dr. Østberg and her colleagues wrote`: a team speaks through the person named at its head
 * (ANNOTATION.md: a study's authors are its named lead author).
 */
export function leadOfTeam(tokens: readonly Token[], team: Mention, sentence: number, at: MentionsByToken): Mention | undefined {
  if (!TEAM_WORDS.has(team.head) || !/^(?:his|her|their)\s/i.test(team.text) || tokens[team.first - 1]?.lower !== 'and') return undefined;
  const lead = at.endingAt(sentence, team.first - 2);
  return lead?.type === 'name' && lead.kind === 'person' ? lead : undefined;
}

/** `A protester, Lena Brandt, said`: the first token of the description set before the name, if any. */
export function apposedLead(tokens: readonly Token[], subject: Mention, sentence: number, at: MentionsByToken): number | undefined {
  if (subject.type !== 'name' || tokenAt(tokens, subject.first - 1)?.text !== ',' || tokens[subject.last + 1]?.text !== ',') return undefined;
  const lead = at.endingAt(sentence, subject.first - 2);
  return lead && lead.type === 'description' ? lead.first : undefined;
}

/** The noun phrase starting at token `first` follows a preposition: an object, not a subject. */
export function isObject(tokens: readonly Token[], first: number): boolean {
  const before = tokenAt(tokens, first - 1);
  return before !== undefined && (before.classes & W.PREPOSITION) !== 0;
}

/**
 * The noun phrase starting at token `first` is the object of a verb or of a preposition of
 * address (`released a statement`, `emailed supporters`, `a memo to employees`), not a subject;
 * after `of` or `with` it is the subject of what follows (`footage of the mayor saying`).
 */
export function objectOfClause(tokens: readonly Token[], first: number): boolean {
  const before = tokenAt(tokens, first - 1);
  if (!before || before.punct || before.segment !== (tokens[first] as Token).segment) return false;
  if (before.classes & W.PREPOSITION) return ADDRESSEE_PREPOSITIONS.has(before.lower);
  const tag = before.tags?.[0];
  return tag === undefined ? endsInEd(before.text) : tag === 'VBD' || tag === 'VBN' || tag === 'VBZ' || tag === 'VBP';
}

/** The noun phrase at `first` (after its article, if any) is the object of a verb right after `who`. */
function objectInRelativeClause(tokens: readonly Token[], first: number): boolean {
  const k = (tokenAt(tokens, first - 1)?.classes ?? 0) & W.ARTICLE ? first - 1 : first;
  return objectOfClause(tokens, k) && tokenAt(tokens, k - 2)?.lower === 'who';
}

/** `who`, `which`, `that`; not `WHO` (the World Health Organization). */
export function isRelative(t: Token): boolean {
  return (t.classes & W.RELATIVE) !== 0 && (t.text.length < 2 || notAllCapitals(t.text));
}

export function isSkippable(t: Token): boolean {
  if (t.classes & W.WORD_BEFORE_VERB) return true;
  if (t.punct || !t.lower.endsWith('ly')) return false;
  // an adverb in -ly the lexicon knows (`sharply said`): the cheap suffix test first
  return t.tags?.[0] === 'RB';
}

/** `The Defense Ministry in the capital`: the mention before the preposition that leads to the place noun at `p`. */
function bodyBeforePlace(tokens: readonly Token[], p: number, sentence: number, at: MentionsByToken): Mention | null {
  for (let k = p - 1; k >= 1 && p - k <= 3; k--) {
    if ((tokens[k] as Token).punct) return null;
    if ((tokens[k] as Token).classes & W.PREPOSITION) return at.endingAt(sentence, k - 1) ?? null;
  }
  return null;
}

/**
 * The mention right before a short participle phrase ending at `j` (`residents reached by
 * telephone`, `officials contacted on Monday`): a participle, a preposition, up to three words.
 */
function beforeParticiplePhrase(tokens: readonly Token[], j: number, sentence: number, at: MentionsByToken): Mention | null {
  const segment = (tokens[j] as Token).segment;
  for (let p = j - 1; p >= 1 && j - p <= 4; p--) {
    const t = tokens[p] as Token;
    if (t.segment !== segment || t.punct) return null;
    if (!isParticiple(t) || !((tokens[p + 1]?.classes ?? 0) & W.PREPOSITION)) continue;
    const m = at.endingAt(sentence, p - 1);
    return m && m.type === 'description' && m.plural ? m : null;
  }
  return null;
}

/** `obtained`, `combed`, `written`: a past participle by its ending (what `by` follows in a passive). */
function isParticiple(t: Token | undefined): boolean {
  return t !== undefined && participleEnding(t.text);
}

/** A number of one to three digits: a person's age set after the name. */
function isAge(t: Token | undefined): boolean {
  if (!t || t.text.length > 3) return false;
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
