/**
 * The candidate speakers of a quote and their features: whom the rules proposed, the mentions of
 * the quote's sentence and of the two before it (and of the paragraph before, when the quote
 * opens a paragraph), the previous quote's speaker, and no one. One candidate per entity (a
 * mention with no entity stands for itself). Bounded: at most NEAREST mentions per sentence.
 */
import { PREPOSITIONS } from '../../../lexicon/function-words.js';
import { findContaining, firstStartingAtOrAfter, isWhiteSpace, type Span } from '../../../span.js';
import type { Entity } from '../../coreference/entity.js';
import type { Mention } from '../../find-mentions.js';
import type { Cue } from '../../find-speech-cues.js';
import { type Attribution, type AttributionContext, quoteEnd } from '../context.js';
import { type FeatureName, Features, hasFeature, RULE_FEATURE, setFeature, VERDICT_FEATURE } from './features.js';
import type { Candidate, Said } from './types.js';

export type { Candidate } from './types.js';

/** What the quotes before this one decided. */
export interface SpeakerHistory {
  previous: Attribution | undefined;
  paragraphBefore: Attribution | undefined;
  /** How many earlier quotes each entity was given. */
  spoke: Map<Entity, number>;
  /** Every cue's subject (made once per story: each quote's look-up is then one hash probe). */
  subjects: ReadonlySet<Mention>;
  /** Whether an entity has a name among its mentions, as found (each entity's mentions are read once). */
  named: Map<Entity, boolean>;
}

/** What reported statements' candidates read: who spoke in the quotes, and the story's indexes. */
export function statementHistory(cues: readonly Cue[], quoteSpeakers: readonly Attribution[]): SpeakerHistory {
  const spoke = new Map<Entity, number>();
  for (const a of quoteSpeakers) if (a.entity) spoke.set(a.entity, (spoke.get(a.entity) ?? 0) + 1);
  return { previous: undefined, paragraphBefore: undefined, spoke, ...speakerIndexes(cues) };
}

/** The story-wide part of a SpeakerHistory: what every quote's candidates read. */
export function speakerIndexes(cues: readonly Cue[]): Pick<SpeakerHistory, 'subjects' | 'named'> {
  const subjects = new Set<Mention>();
  for (const c of cues) if (c.subject) subjects.add(c.subject);
  return { subjects, named: new Map() };
}

const NEAREST = 4;

const CUE_FORM: Partial<Record<Attribution['rule'], FeatureName>> = {
  'cue-after-quote': 'cue:after',
  'cue-inverted': 'cue:inverted',
  'cue-before-quote': 'cue:before',
  'cue-inside-split': 'cue:after',
  'according-to': 'cue:according-to',
  'dash-attribution': 'cue:dash',
  'speaker-label': 'cue:label',
};

export function candidatesOf(
  q: Said,
  s: number,
  proposals: readonly Attribution[],
  history: SpeakerHistory,
  ctx: AttributionContext,
  kind: 'quote' | 'statement' = 'quote',
): Candidate[] {
  const byKey = new Map<Entity | Mention, Candidate>();
  const list: Candidate[] = [];
  const get = (entity: Entity | null, mention: Mention | null): Candidate => {
    const key = entity ?? (mention as Mention);
    let c = byKey.get(key);
    if (!c) {
      c = { entity, mention, proposal: null, verdict: false, features: new Features() };
      byKey.set(key, c);
      list.push(c);
    }
    return c;
  };
  // the rules' proposals, the first of them being the rules' verdict
  proposals.forEach((a, i) => {
    if (!a.entity && !a.mention) return;
    const c = get(a.entity, a.mention);
    if (!c.proposal) {
      c.proposal = a;
      c.mention = a.mention ?? c.mention;
    }
    const rule = RULE_FEATURE.get(a.rule);
    if (rule !== undefined) c.features.raise(rule, 1);
    setFeature(c.features, 'proposed');
    const colon = a.cue !== null && a.cue.end - a.cue.start === 1 && ctx.doc.text.charCodeAt(a.cue.start) === 0x3a;
    setFeature(c.features, colon ? 'cue:colon' : (CUE_FORM[a.rule] ?? 'cue:none'));
    if (i === 0) {
      c.verdict = true;
      setFeature(c.features, 'verdict');
      const verdict = VERDICT_FEATURE.get(a.rule);
      if (verdict !== undefined) c.features.raise(verdict, 1);
    }
  });
  // the mentions around the quote
  // a reported statement's speaker is in its own sentence: the sentences before are a quote's
  if (kind === 'statement') addMentions(q, s, 'sentence:same', history.subjects, get, ctx);
  else for (const [sentence, where] of windowOf(q, s, ctx)) addMentions(q, sentence, where, history.subjects, get, ctx);
  for (const [a, name] of [
    [history.previous, 'previous-speaker'],
    [history.paragraphBefore, 'paragraph-before-speaker'],
  ] as const) {
    if (a?.entity) setFeature(get(a.entity, a.mention).features, name);
  }
  for (const c of list) describe(c, q, s, history);
  for (const c of list) if (c.mention) placeInClause(c, ctx);
  const none: Candidate = { entity: null, mention: null, proposal: null, verdict: false, features: new Features() };
  setFeature(none.features, 'none');
  if (proposals.length === 0) setFeature(none.features, 'none:no-verdict');
  if (q.open.start === (ctx.doc.paragraphs[q.paragraph] as Span).start) setFeature(none.features, 'none:opens-paragraph');
  list.push(none);
  return list;
}

type Where = 'sentence:same' | 'sentence:previous' | 'sentence:two-before' | 'sentence:paragraph-before';
const WHERE: readonly Where[] = ['sentence:same', 'sentence:previous', 'sentence:two-before', 'sentence:paragraph-before'];

/** The sentences whose mentions are candidates, with where each stands from the quote. */
function windowOf(q: Said, s: number, ctx: AttributionContext): [number, Where][] {
  if (s < 0) return [];
  const out: [number, Where][] = [[s, 'sentence:same']];
  const para = ctx.doc.paragraphs[q.paragraph] as Span;
  const opens = q.open.start === para.start;
  for (let k = 1; k <= 2 && s - k >= 0; k++) {
    const before = ctx.doc.sentences[s - k] as Span;
    if (before.start >= para.start) out.push([s - k, k === 1 ? 'sentence:previous' : 'sentence:two-before']);
    else if (opens && findContaining(ctx.doc.paragraphs, before.start) === q.paragraph - 1) out.push([s - k, 'sentence:paragraph-before']);
    else break;
  }
  return out;
}

function addMentions(
  q: Said,
  sentence: number,
  where: Where,
  subjects: ReadonlySet<Mention>,
  get: (entity: Entity | null, mention: Mention | null) => Candidate,
  ctx: AttributionContext,
): void {
  const bySentence = ctx.doc.mentionsBySentence;
  const from = bySentence.from(sentence);
  const to = bySentence.to(sentence);
  const same = where === 'sentence:same';
  const end = quoteEnd(q);
  // the nearest mentions first: those before the quote from the nearest back, then those after
  const split = firstStartingAtOrAfter(bySentence.items, q.open.start, from, to);
  const order: number[] = [];
  for (let k = split - 1; k >= from && order.length < NEAREST; k--) order.push(k);
  if (same) for (let k = split; k < to && order.length < NEAREST * 2; k++) order.push(k);
  let rank = 0;
  for (const k of order) {
    const m = bySentence.items[k] as Mention;
    const entity = ctx.coref.entityOf.get(m) ?? null;
    if (!entity && m.type === 'pronoun') continue;
    const c = get(entity, m);
    c.mention ??= m;
    const f = c.features;
    setFeature(f, where);
    if (subjects.has(m)) setFeature(f, same ? 'subject:same-sentence' : 'subject:window');
    if (!same) continue;
    const before = m.start < q.open.start;
    setFeature(f, before ? 'side:before' : 'side:after');
    // how far, in characters of the text (a frame's tokens are not made again for it)
    const gap = before ? q.open.start - m.end : m.start - end;
    setFeature(f, gap <= 3 ? 'gap:0-3' : gap <= 20 ? 'gap:4-20' : gap <= 60 ? 'gap:21-60' : 'gap:61+');
    rank++;
    setFeature(f, rank === 1 ? 'nearest:1' : rank === 2 ? 'nearest:2' : 'nearest:3+');
    if (!before && subjects.has(m)) setFeature(f, 'side:after&subject:same-sentence');
  }
}

/**
 * Where the mention stands in its clause: first of its sentence, after a preposition (`in public
 * office`, `to CNN`), after another word (the object of a verb: `telling Reuters`), before a word
 * (a subject before its verb).
 */
function placeInClause(c: Candidate, ctx: AttributionContext): void {
  const m = c.mention as Mention;
  const f = c.features;
  const text = ctx.doc.text;
  const bySentence = ctx.doc.mentionsBySentence;
  if (bySentence.from(m.sentence) < bySentence.to(m.sentence) && bySentence.items[bySentence.from(m.sentence)] === m) setFeature(f, 'first-in-sentence');
  const before = wordBefore(text, m.start);
  if (before !== null && PREPOSITIONS.has(before)) setFeature(f, 'after-preposition');
  else if (before !== null) setFeature(f, 'after-word');
  if (startsLowerWord(text, m.end)) setFeature(f, 'before-word');
  if (c.verdict) {
    if (hasFeature(f, 'after-preposition')) setFeature(f, 'verdict&after-preposition');
    if (hasFeature(f, 'after-word')) setFeature(f, 'verdict&after-word');
  }
}

/** The lower-case word right before `at` (spaces between), or null when punctuation or a capital comes first. */
function wordBefore(text: string, at: number): string | null {
  let i = at;
  while (i > 0 && isWhiteSpace(text.charCodeAt(i - 1))) i--;
  const end = i;
  while (i > 0 && isLowerAscii(text.charCodeAt(i - 1))) i--;
  if (i === end || end - i > 20) return null;
  // a word that goes on in a capital or a digit is no lower-case word
  if (i > 0 && !isWhiteSpace(text.charCodeAt(i - 1)) && isWordChar(text.charCodeAt(i - 1))) return null;
  return text.slice(i, end);
}

/** A lower-case word starts right after `at` (spaces between). */
function startsLowerWord(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && isWhiteSpace(text.charCodeAt(i))) i++;
  return i > at && i < text.length && isLowerAscii(text.charCodeAt(i));
}

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || isLowerAscii(c) || c >= 0xc0;
}

function hasName(e: Entity, named: Map<Entity, boolean>): boolean {
  let known = named.get(e);
  if (known === undefined) {
    known = e.mentions.some((x) => x.type === 'name');
    named.set(e, known);
  }
  return known;
}

/** The features of the candidate's own words and of its place in the story. */
function describe(c: Candidate, q: Said, s: number, history: SpeakerHistory): void {
  const f = c.features;
  const m = c.mention;
  if (!WHERE.some((w) => hasFeature(f, w))) setFeature(f, 'sentence:elsewhere');
  if (m) {
    setFeature(f, m.type === 'name' ? 'type:name' : m.type === 'pronoun' ? 'type:pronoun' : 'type:description');
    if (m.place) setFeature(f, 'place');
    if (m.plural) setFeature(f, 'plural');
    if (m.definite) setFeature(f, 'definite');
    if (m.gender) setFeature(f, 'gender-known');
    if (m.generic) setFeature(f, 'generic');
    if (m.partitive) setFeature(f, 'partitive');
  }
  const e = c.entity;
  if (e) {
    setFeature(f, e.kind === 'person' ? 'kind:person' : e.kind === 'organization' ? 'kind:organization' : 'kind:anonymous');
    if (e.human) setFeature(f, 'human');
    const before = firstStartingAtOrAfter(e.mentions, q.open.start);
    if (before > 0) {
      setFeature(f, 'salience', Math.log1p(before) / 2);
      const last = (e.mentions[before - 1] as Mention).sentence;
      setFeature(f, s - last <= 0 ? 'recent:same' : s - last <= 2 ? 'recent:1-2' : 'recent:3+');
    }
    if ((history.spoke.get(e) ?? 0) > 0) setFeature(f, 'spoke-before');
    if (m?.type === 'pronoun' && hasName(e, history.named)) setFeature(f, 'pronoun-resolved');
  }
  if (c.verdict) {
    if (m?.type === 'pronoun') setFeature(f, 'verdict&type:pronoun');
    if (e?.kind === 'organization') setFeature(f, 'verdict&kind:organization');
    if (hasFeature(f, 'sentence:same')) setFeature(f, 'verdict&sentence:same');
  }
}
