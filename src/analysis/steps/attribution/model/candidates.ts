/**
 * The candidate speakers of a quote and their features: whom the rules proposed, the mentions of
 * the quote's sentence and of the two before it (and of the paragraph before, when the quote
 * opens a paragraph), the previous quote's speaker, and no one. One candidate per entity (a
 * mention with no entity stands for itself). Bounded: at most NEAREST mentions per sentence.
 */
import { findContaining, firstStartingAtOrAfter, type Span } from '../../../span.js';
import type { Entity } from '../../coreference/entity.js';
import type { Mention } from '../../find-mentions.js';
import type { Cue } from '../../find-speech-cues.js';
import { type Attribution, type AttributionContext, quoteEnd } from '../context.js';
import { EntityReads } from './entity-reads.js';
import { RULE_FEATURE, VERDICT_FEATURE } from './features.js';
import { CandidatePool, Gathered } from './gathered.js';
import { FACT, MentionFacts } from './mention-facts.js';
import { CUE_FORM, F } from './positions.js';
import { ReasonLists } from './ranker.js';
import type { Candidate, Said } from './types.js';

export type { Candidate } from './types.js';

/** What the quotes before this one decided. */
export interface SpeakerHistory {
  previous: Attribution | undefined;
  paragraphBefore: Attribution | undefined;
  /** How many earlier quotes each entity was given. */
  spoke: Map<Entity, number>;
  /** Whether a mention is a cue's subject, and its place in its clause (each mention's found once per story). */
  facts: MentionFacts;
  /** How many of an entity's mentions come before a quote, and whether it has a name, as found. */
  entities: EntityReads;
  /** The candidates the decided quotes gave back, for the next quotes. */
  pool: CandidatePool;
  /** The lists of reasons the choices gave, each kept once. */
  reasons: ReasonLists;
}

/**
 * What reported statements' candidates read: who spoke in the quotes, and the story's indexes.
 * `facts`: the quotes' (`speakerIndexes`), so that a mention's facts found for a quote are not
 * found again for a statement (they hang only on the story). Never the quotes' `entities`: a
 * transcript label that joined an entity after a quote asked would leave a stale answer there.
 */
export function statementHistory(cues: readonly Cue[], quoteSpeakers: readonly Attribution[], facts?: MentionFacts): SpeakerHistory {
  const spoke = new Map<Entity, number>();
  for (const a of quoteSpeakers) if (a.entity) spoke.set(a.entity, (spoke.get(a.entity) ?? 0) + 1);
  return {
    previous: undefined,
    paragraphBefore: undefined,
    spoke,
    facts: facts ?? speakerIndexes(cues).facts,
    entities: new EntityReads(),
    pool: new CandidatePool(),
    reasons: new ReasonLists(),
  };
}

/** The story-wide part of a SpeakerHistory: what every quote's candidates read. */
export function speakerIndexes(cues: readonly Cue[]): Pick<SpeakerHistory, 'facts' | 'entities'> {
  const subjects: Mention[] = [];
  for (const c of cues) if (c.subject) subjects.push(c.subject);
  return { facts: new MentionFacts(subjects), entities: new EntityReads() };
}

const NEAREST = 4;

export function candidatesOf(
  q: Said,
  s: number,
  proposals: readonly Attribution[],
  history: SpeakerHistory,
  ctx: AttributionContext,
  kind: 'quote' | 'statement',
  pool: CandidatePool | null,
): Candidate[] {
  const gathered = new Gathered(pool);
  // the rules' proposals, the first of them being the rules' verdict
  for (let i = 0; i < proposals.length; i++) {
    const a = proposals[i] as Attribution;
    if (!a.entity && !a.mention) continue;
    const c = gathered.get(a.entity, a.mention);
    if (!c.proposal) {
      c.proposal = a;
      c.mention = a.mention ?? c.mention;
    }
    const f = c.features;
    const rule = RULE_FEATURE.get(a.rule);
    if (rule !== undefined) f.raise(rule, 1);
    f.raise(F.proposed, 1);
    const colon = a.cue !== null && a.cue.end - a.cue.start === 1 && ctx.doc.text.charCodeAt(a.cue.start) === 0x3a;
    f.raise(colon ? F.cueColon : (CUE_FORM[a.rule] ?? F.cueNone), 1);
    if (i === 0) {
      c.verdict = true;
      f.raise(F.verdict, 1);
      const verdict = VERDICT_FEATURE.get(a.rule);
      if (verdict !== undefined) f.raise(verdict, 1);
    }
  }
  // the mentions around the quote; a reported statement's speaker is in its own sentence
  if (s >= 0) {
    addMentions(q, s, F.same, history.facts, gathered, ctx);
    if (kind === 'quote') addEarlierSentences(q, s, history.facts, gathered, ctx);
  }
  if (history.previous?.entity) gathered.get(history.previous.entity, history.previous.mention).features.raise(F.previousSpeaker, 1);
  const before = history.paragraphBefore;
  if (before?.entity) gathered.get(before.entity, before.mention).features.raise(F.paragraphBeforeSpeaker, 1);
  const list = gathered.list;
  for (const c of list) {
    describe(c, q, s, history, ctx);
    if (c.mention) placeInClause(c, history.facts.of(c.mention, ctx.doc));
  }
  const none = gathered.add(null, null).features;
  none.add(F.none);
  if (proposals.length === 0) none.add(F.noneNoVerdict);
  if (q.open.start === (ctx.doc.paragraphs[q.paragraph] as Span).start) none.add(F.noneOpensParagraph);
  return list;
}

/** The two sentences before a quote's, in its paragraph, or the paragraph before when the quote opens one. */
function addEarlierSentences(q: Said, s: number, facts: MentionFacts, gathered: Gathered, ctx: AttributionContext): void {
  const para = ctx.doc.paragraphs[q.paragraph] as Span;
  const opens = q.open.start === para.start;
  for (let k = 1; k <= 2 && s - k >= 0; k++) {
    const before = ctx.doc.sentences[s - k] as Span;
    if (before.start >= para.start) addMentions(q, s - k, k === 1 ? F.previous : F.twoBefore, facts, gathered, ctx);
    else if (opens && findContaining(ctx.doc.paragraphs, before.start) === q.paragraph - 1) addMentions(q, s - k, F.paragraphBefore, facts, gathered, ctx);
    else break;
  }
}

/** The NEAREST mentions of `sentence` before the quote (and, in its own sentence, after it). */
function addMentions(q: Said, sentence: number, where: number, facts: MentionFacts, gathered: Gathered, ctx: AttributionContext): void {
  const bySentence = ctx.doc.mentionsBySentence;
  const from = bySentence.from(sentence);
  const to = bySentence.to(sentence);
  const same = where === F.same;
  const end = quoteEnd(q);
  const split = firstStartingAtOrAfter(bySentence.items, q.open.start, from, to);
  let rank = 0;
  // the nearest first: those before the quote from the nearest back, then those after
  for (let k = split - 1, n = 0; k >= from && n < NEAREST; k--, n++)
    rank = addMention(q, bySentence.items[k] as Mention, where, same, end, rank, facts, gathered, ctx);
  if (same)
    for (let k = split, n = 0; k < to && n < NEAREST; k++, n++)
      rank = addMention(q, bySentence.items[k] as Mention, where, same, end, rank, facts, gathered, ctx);
}

function addMention(
  q: Said,
  m: Mention,
  where: number,
  same: boolean,
  end: number,
  rank: number,
  facts: MentionFacts,
  gathered: Gathered,
  ctx: AttributionContext,
): number {
  const entity = ctx.coref.entityOf.get(m) ?? null;
  if (!entity && m.type === 'pronoun') return rank;
  const c = gathered.get(entity, m);
  c.mention ??= m;
  const f = c.features;
  f.raise(where, 1);
  const subject = (facts.of(m, ctx.doc) & FACT.subject) !== 0;
  if (subject) f.raise(same ? F.subjectSame : F.subjectWindow, 1);
  if (!same) return rank;
  const before = m.start < q.open.start;
  f.raise(before ? F.sideBefore : F.sideAfter, 1);
  // how far, in characters of the text (a frame's tokens are not made again for it)
  const gap = before ? q.open.start - m.end : m.start - end;
  f.raise(gap <= 3 ? F.gap3 : gap <= 20 ? F.gap20 : gap <= 60 ? F.gap60 : F.gapFar, 1);
  const next = rank + 1;
  f.raise(next === 1 ? F.nearest1 : next === 2 ? F.nearest2 : F.nearest3, 1);
  if (!before && subject) f.raise(F.afterSubject, 1);
  return next;
}

// placeInClause and describe set features no other step sets, once each: `add`, not `raise`

/**
 * Where the mention stands in its clause (its FACT bits): first of its sentence, after a
 * preposition (`in public office`, `to CNN`), after another word (the object of a verb: `telling
 * Reuters`), before a word (a subject before its verb).
 */
function placeInClause(c: Candidate, facts: number): void {
  const f = c.features;
  if (facts & FACT.firstInSentence) f.add(F.firstInSentence);
  const preposition = (facts & FACT.afterPreposition) !== 0;
  const word = preposition || (facts & FACT.afterWord) !== 0;
  if (preposition) f.add(F.afterPreposition);
  else if (word) f.add(F.afterWord);
  if (facts & FACT.beforeWord) f.add(F.beforeWord);
  if (c.verdict && word) f.add(preposition ? F.verdictAfterPreposition : F.verdictAfterWord);
}

/** The features of the candidate's own words and of its place in the story. */
function describe(c: Candidate, q: Said, s: number, history: SpeakerHistory, ctx: AttributionContext): void {
  const f = c.features;
  const m = c.mention;
  if (!(f.has(F.same) || f.has(F.previous) || f.has(F.twoBefore) || f.has(F.paragraphBefore))) f.add(F.elsewhere);
  if (m) {
    f.add(m.type === 'name' ? F.typeName : m.type === 'pronoun' ? F.typePronoun : F.typeDescription);
    if (m.place) f.add(F.place);
    if (m.plural) f.add(F.plural);
    if (m.definite) f.add(F.definite);
    if (m.gender) f.add(F.genderKnown);
    if (m.generic) f.add(F.generic);
    if (m.partitive) f.add(F.partitive);
  }
  const e = c.entity;
  if (e) {
    f.add(e.kind === 'person' ? F.kindPerson : e.kind === 'organization' ? F.kindOrganization : F.kindAnonymous);
    if (e.human) f.add(F.human);
    const before = history.entities.mentionsBefore(e, q.open.start, ctx.doc, ctx.coref);
    if (before > 0) {
      f.add(F.salience, Math.log1p(before) / 2);
      const last = history.entities.sentenceOfLastBefore();
      f.add(s - last <= 0 ? F.recentSame : s - last <= 2 ? F.recent2 : F.recent3);
    }
    if ((history.spoke.get(e) ?? 0) > 0) f.add(F.spokeBefore);
    if (m?.type === 'pronoun' && history.entities.hasName(e)) f.add(F.pronounResolved);
  }
  if (c.verdict) {
    if (m?.type === 'pronoun') f.add(F.verdictPronoun);
    if (e?.kind === 'organization') f.add(F.verdictOrganization);
    if (f.has(F.same)) f.add(F.verdictSame);
  }
}
