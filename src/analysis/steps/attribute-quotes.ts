/**
 * Who said each quote. Rules in order of strength, each recorded as evidence:
 * a cue right after the quote (`…," the official said` / `…," said Maria Olsen`), a dash
 * (`— Maria Olsen`), a cue or colon before it in the sentence (`Olsen said: "…"`), a cue later in
 * the sentence, the next short sentence (`"Go!" Olsen shouted.`), the quote before it in the
 * paragraph (`"A," she said. "B."`), the sentence before it, and across paragraphs: a quote that
 * runs on, or a conversation between the speakers last tagged.
 */

import type { Doc } from '../doc/doc.js';
import { Grouped } from '../doc/grouped.js';
import { lexicalTags } from '../natural-adapter.js';
import { findContaining, firstStartingAtOrAfter, isWhiteSpace, type Span, type TextSpan, trimmedEnd } from '../span.js';
import type { AttributionRule } from '../story.js';
import { bareMention, type Mention } from './find-mentions.js';
import type { Cue } from './find-speech-cues.js';
import type { PairedQuote } from './pair-quotes.js';
import { type Coreference, type Entity, entityForLabel } from './resolve-sources.js';
import type { Token } from './tokenize-frames.js';

export interface Attribution {
  entity: Entity | null;
  mention: Mention | null;
  /** The relative pronoun that stands for `mention` as the cue's subject (`…, who said`), if one does. */
  relativePronoun?: TextSpan;
  cue: Span | null;
  rule: AttributionRule;
  confidence: number;
}

export interface AttributionContext {
  doc: Doc;
  cues: readonly Cue[];
  /** Inner cue → the outer report by the same speaker it is part of (find-nested-reports). */
  outerOf: ReadonlyMap<Cue, Cue>;
  coref: Coreference;
}

const NONE: Attribution = { entity: null, mention: null, cue: null, rule: 'none', confidence: 0 };
const DASHES = new Set(['—', '–', '-', '―']);

export function attributeQuotes(quotes: readonly PairedQuote[], ctx: AttributionContext): Attribution[] {
  const n = ctx.doc.sentences.length;
  // every rule looks only at cues with a speaker and at mentions that are not possessives
  const cuesBySentence = new Grouped(ctx.cues, n, (c) => (c.subject !== null ? c.sentence : -1));
  const out: Attribution[] = [];
  const paragraphSpeakers: (Attribution | undefined)[] = [];
  let nextS = quotes.length > 0 ? findContaining(ctx.doc.sentences, (quotes[0] as PairedQuote).open.start) : -1;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i] as PairedQuote;
    const s = nextS; // each quote's sentence is looked up once, as the next quote of the one before
    const prevQuote = i > 0 ? (quotes[i - 1] as PairedQuote) : undefined;
    const prevAttr = out[i - 1];
    const following = quotes[i + 1];
    nextS = following ? findContaining(ctx.doc.sentences, following.open.start) : -1;
    const nextInSentence = following && nextS === s ? following : undefined;
    const a =
      speakerLabel(q, ctx) ||
      (s >= 0 && inSentence(q, s, nextInSentence, cuesBySentence, ctx)) ||
      (s >= 0 && nextSentence(q, s, cuesBySentence, ctx)) ||
      (prevQuote && prevAttr && prevQuote.paragraph === q.paragraph && prevAttr.entity && opensSentence(q, s, ctx)
        ? fromPreviousQuote(prevQuote, prevAttr, q)
        : undefined) ||
      (s >= 0 && previousSentence(q, s, cuesBySentence, ctx)) ||
      acrossParagraphs(q, prevQuote, prevAttr, paragraphSpeakers, ctx) ||
      NONE;
    out.push(a);
    if (a.entity) paragraphSpeakers[q.paragraph] = a;
  }
  carryBackThroughContinuations(quotes, out);
  return out;
}

/** A quote over several paragraphs is tagged at its end (`…," Han said.`): its earlier paragraphs share it. */
function carryBackThroughContinuations(quotes: readonly PairedQuote[], out: Attribution[]): void {
  for (let i = quotes.length - 2; i >= 0; i--) {
    const next = out[i + 1] as Attribution;
    if ((quotes[i] as PairedQuote).continued && (out[i] as Attribution).rule === 'none' && next.entity) out[i] = withRule(next, 'continuation', 0.85);
  }
}

/** The same speaker, mention and cue, found by another rule. */
function withRule(a: Attribution, rule: AttributionRule, confidence: number): Attribution {
  return { entity: a.entity, mention: a.mention, cue: a.cue, rule, confidence };
}

const LABEL = /^\s*(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,2}):\s/u;

/** A transcript: `"WALLACE: Let's start with…"`, the speaker's name in capitals, then a colon. */
function speakerLabel(q: PairedQuote, ctx: AttributionContext): Attribution | undefined {
  if (!mayOpenWithLabel(ctx.doc.text, q.start, Math.min(q.end, q.start + 40))) return undefined;
  const m = LABEL.exec(ctx.doc.text.slice(q.start, Math.min(q.end, q.start + 40)));
  if (!m || (m[1] as string).length < 2 || /^(?:Q|A|NOTE|UPDATE|EDITOR)$/.test(m[1] as string)) return undefined;
  const start = q.start + m[0].indexOf(m[1] as string);
  const mention = bareMention(ctx.doc.text, start, start + (m[1] as string).length, 'person', (m[1] as string).toLowerCase());
  return {
    entity: entityForLabel(ctx.coref, mention),
    mention,
    cue: { start: start + (m[1] as string).length, end: start + (m[1] as string).length + 1 },
    rule: 'speaker-label',
    confidence: 0.9,
  };
}

/**
 * False when LABEL cannot match text[start..end): its first two characters after white space are
 * not capitals (or `.'’-`). Decides only on ASCII characters, leaving the rest to the expression.
 */
function mayOpenWithLabel(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isWhiteSpace(text.charCodeAt(i))) i++;
  if (i + 1 >= end) return false;
  const first = text.charCodeAt(i);
  if (first < 0x80 && !(first >= 65 && first <= 90)) return false;
  const second = text.charCodeAt(i + 1);
  return second >= 0x80 || (second >= 65 && second <= 90) || second === 46 || second === 39 || second === 45;
}

function quoteEnd(q: PairedQuote): number {
  return q.close?.end ?? q.end;
}

function fromCue(inner: Cue, rule: AttributionRule, confidence: number, ctx: AttributionContext): Attribution {
  // `She said she recalls the colleague being "confused"`: the outer report speaks
  const c = ctx.outerOf.get(inner) ?? inner;
  const mention = c.subject as Mention;
  const made: Attribution = { entity: ctx.coref.entityOf.get(mention) ?? null, mention, cue: c, rule, confidence };
  if (c.relativePronoun) made.relativePronoun = c.relativePronoun;
  return made;
}

function inSentence(q: PairedQuote, s: number, next: PairedQuote | undefined, cuesBySentence: Grouped<Cue>, ctx: AttributionContext): Attribution | undefined {
  const cues = cuesBySentence.items;
  const from = cuesBySentence.from(s);
  const to = cuesBySentence.to(s);
  const tokens = ctx.doc.frames[s]?.tokens ?? [];
  const end = quoteEnd(q);
  const limit = next ? next.open.start : Number.POSITIVE_INFINITY;
  // every look-up below is a binary search: a sentence with thousands of quotes stays linear
  const firstAfter = firstStartingAtOrAfter(tokens, end);
  // the (up to) two tokens right after the quote, before the next quote (tokens are in text order)
  const after0 = tokenBefore(tokens[firstAfter], limit);
  const after1 = after0 && tokenBefore(tokens[firstAfter + 1], limit);
  // dash attribution: "…" — Maria Olsen
  if (after0 && DASHES.has(after0.text) && after0.start - end <= 2) {
    const m = after1 ? ctx.doc.mentionsAt.startingAt(s, firstAfter + 1) : undefined;
    if (m) return { entity: ctx.coref.entityOf.get(m) ?? null, mention: m, cue: after0, rule: 'dash-attribution', confidence: 0.9 };
  }
  const c = firstStartingAtOrAfter(cues, end, from, to);
  const cueAfter = c < to && (cues[c] as Cue).start < limit ? (cues[c] as Cue) : undefined;
  const adjacent = cueAfter && startsAfter(after0, after1, cueAfter.side === 'right' ? cueAfter.start : (cueAfter.subject as Mention).start);
  if (cueAfter && adjacent)
    return fromCue(cueAfter, cueAfter.type === 'according-to' ? 'according-to' : cueAfter.side === 'right' ? 'cue-inverted' : 'cue-after-quote', 0.95, ctx);
  // before: the nearest cue before the quote, or `Olsen: "…"`
  let b = firstStartingAtOrAfter(cues, q.open.start, from, to) - 1;
  while (b >= from && (cues[b] as Cue).end > q.open.start) b--;
  const cueBefore = b >= from ? (cues[b] as Cue) : undefined;
  if (cueBefore) {
    const split = isSplitAfterCue(ctx.doc.text, cueBefore, q.open.start, (ctx.doc.sentences[s] as Span).start);
    return fromCue(cueBefore, cueBefore.type === 'according-to' ? 'according-to' : split ? 'cue-inside-split' : 'cue-before-quote', 0.9, ctx);
  }
  const lastBefore = firstStartingAtOrAfter(tokens, q.open.start) - 1;
  const colon = tokens[lastBefore];
  if (colon?.text === ':' && q.open.start - colon.end <= 2) {
    const named = tokens[lastBefore - 1];
    const m = named ? ctx.doc.mentionsAt.endingAt(s, lastBefore - 1) : undefined;
    if (m && m.type !== 'pronoun') return { entity: ctx.coref.entityOf.get(m) ?? null, mention: m, cue: colon, rule: 'cue-before-quote', confidence: 0.85 };
  }
  if (cueAfter) return fromCue(cueAfter, 'same-sentence', 0.75, ctx);
  return subjectAndVerb(q, s, tokens, lastBefore, ctx);
}

/** The token, if it starts before `limit`. */
function tokenBefore(t: Token | undefined, limit: number): Token | undefined {
  return t && t.start < limit ? t : undefined;
}

/**
 * `"A," she said, "B."`: the cue phrase stands right after a closing quotation mark of its own
 * sentence, and a comma
 * ends what lies between it and this quote. Reads the cue's surroundings, never the sentence.
 */
function isSplitAfterCue(text: string, c: Cue, open: number, sentenceStart: number): boolean {
  let e = trimmedEnd(text, c.end, open);
  if (e <= c.end || text.charCodeAt(e - 1) !== 0x2c) return false;
  const phraseStart = c.subject && c.side === 'left' ? Math.min(c.subject.start, c.start) : c.start;
  e = phraseStart;
  while (e > sentenceStart && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  const before = e > sentenceStart ? text.charCodeAt(e - 1) : -1;
  return before === 0x22 || before === 0x201d || before === 0xbb || before === 0x2019 || before === 0x27;
}

/**
 * No reporting verb, but a subject and a verb lead straight into the quote (`Trump attacked
 * "the hateful ideology…"`, `the mayor vowed "no new taxes"`): the subject said it.
 */
function subjectAndVerb(q: PairedQuote, s: number, tokens: readonly Token[], lastBefore: number, ctx: AttributionContext): Attribution | undefined {
  const segment = tokens[lastBefore]?.segment;
  for (let k = lastBefore; k >= 1 && lastBefore - k < 8 && (tokens[k] as Token).segment === segment; k--) {
    const verb = tokens[k] as Token;
    if (verb.punct) continue;
    const before = tokens[k - 1] as Token;
    const subject = before.segment === segment ? ctx.doc.mentionsAt.endingAt(s, k - 1) : undefined;
    const entity = subject && subject.type !== 'description' ? ctx.coref.entityOf.get(subject) : undefined;
    if (!(subject && entity && entity.kind !== 'organization' && q.open.start - verb.end < 80)) continue;
    // the tagger's lexicon last: a look-up in a large table, needed only after a speaker
    if (/^VB[DZP]$/.test(lexicalTags(verb.lower)?.[0] ?? '')) return { entity, mention: subject, cue: verb, rule: 'same-sentence', confidence: 0.5 };
  }
  return undefined;
}

/** The attribution opens the text after the quote (a comma or dash may come first). */
function startsAfter(after0: Token | undefined, after1: Token | undefined, start: number): boolean {
  if (!after0) return false;
  if (after0.start === start) return true;
  return after1 !== undefined && after1.start === start && after0.punct;
}

/** `"Go!" Olsen shouted.`: the capital after `!"` opened a new, short sentence. */
function nextSentence(q: PairedQuote, s: number, cuesBySentence: Grouped<Cue>, ctx: AttributionContext): Attribution | undefined {
  const sentence = ctx.doc.sentences[s] as Span;
  if (quoteEnd(q) < sentence.end - 1) return undefined;
  const next = ctx.doc.sentences[s + 1];
  if (!next || findContaining(ctx.doc.paragraphs, next.start) !== q.paragraph) return undefined;
  const tokens = ctx.doc.frames[s + 1]?.tokens ?? [];
  if (tokens.length > 12) return undefined;
  for (const t of tokens) if (t.segment > 0) return undefined;
  const cues = cuesBySentence.items;
  for (let k = cuesBySentence.from(s + 1), to = cuesBySentence.to(s + 1); k < to; k++) {
    const c = cues[k] as Cue;
    if ((c.subject as Mention).first === 0 || c.first === 0) return fromCue(c, 'cue-after-quote', 0.85, ctx);
  }
  return undefined;
}

function opensSentence(q: PairedQuote, s: number, ctx: AttributionContext): boolean {
  const sentence = ctx.doc.sentences[s];
  return sentence !== undefined && q.open.start - sentence.start <= 1;
}

function fromPreviousQuote(prev: PairedQuote, prevAttr: Attribution, q: PairedQuote): Attribution {
  const cueBetween = prevAttr.cue !== null && prevAttr.cue.start >= quoteEnd(prev) && prevAttr.cue.end <= q.open.start;
  return withRule(prevAttr, cueBetween ? 'cue-inside-split' : 'previous-sentence', cueBetween ? 0.9 : 0.7);
}

function previousSentence(q: PairedQuote, s: number, cuesBySentence: Grouped<Cue>, ctx: AttributionContext): Attribution | undefined {
  const prev = ctx.doc.sentences[s - 1];
  if (!prev || findContaining(ctx.doc.paragraphs, prev.start) !== q.paragraph) return previousParagraphLeadIn(q, s, cuesBySentence, ctx);
  const sentence = ctx.doc.sentences[s] as Span;
  if (q.open.start - sentence.start > 2) return undefined; // only a quote that opens its sentence
  const c = lastCue(cuesBySentence, s - 1);
  if (c) return fromCue(c, 'previous-sentence', 0.75, ctx);
  // the people the sentence mentions: the only one, or else the first that opens it
  let only: Mention | undefined;
  let several = false;
  let opening: Mention | undefined;
  const bySentence = ctx.doc.mentionsBySentence;
  const mentions = bySentence.items;
  for (let k = bySentence.from(s - 1), to = bySentence.to(s - 1); k < to; k++) {
    const m = mentions[k] as Mention;
    const entity = ctx.coref.entityOf.get(m);
    if (entity?.kind === 'organization' || !entity?.human) continue;
    if (only === undefined) only = m;
    else if (ctx.coref.entityOf.get(only) !== entity) several = true;
    if (opening === undefined && m.first <= 1) opening = m;
  }
  const subject = only && !several ? only : opening;
  if (subject) return { entity: ctx.coref.entityOf.get(subject) ?? null, mention: subject, cue: null, rule: 'previous-sentence', confidence: 0.55 };
  return undefined;
}

/** The last cue (with a speaker) of sentence s. */
function lastCue(cuesBySentence: Grouped<Cue>, s: number): Cue | undefined {
  const to = cuesBySentence.to(s);
  return to > cuesBySentence.from(s) ? cuesBySentence.items[to - 1] : undefined;
}

/** `Olsen said:` closing one paragraph, the quote opening the next. */
function previousParagraphLeadIn(_q: PairedQuote, s: number, cuesBySentence: Grouped<Cue>, ctx: AttributionContext): Attribution | undefined {
  const prev = ctx.doc.sentences[s - 1];
  if (!prev || !endsWithColon(ctx.doc.text, prev)) return undefined;
  const c = lastCue(cuesBySentence, s - 1);
  return c ? fromCue(c, 'previous-sentence', 0.8, ctx) : undefined;
}

/** `/:\s*$/` on the span's text, read backwards from its end. */
function endsWithColon(text: string, span: Span): boolean {
  const e = trimmedEnd(text, span.start, span.end);
  return e > span.start && text.charCodeAt(e - 1) === 0x3a;
}

function acrossParagraphs(
  q: PairedQuote,
  prevQuote: PairedQuote | undefined,
  prevAttr: Attribution | undefined,
  speakers: readonly (Attribution | undefined)[],
  ctx: AttributionContext,
): Attribution | undefined {
  if (q.continues && prevAttr?.entity) return withRule(prevAttr, 'continuation', 0.9);
  const para = ctx.doc.paragraphs[q.paragraph] as Span;
  if (q.open.start !== para.start || !prevQuote || prevQuote.paragraph !== q.paragraph - 1) return undefined;
  const last = speakers[q.paragraph - 1];
  if (!last?.entity) return undefined;
  const before = speakers[q.paragraph - 2];
  // turns alternate only in an exchange: two quote paragraphs by different speakers, with a
  // question among them, or turns already alternating;
  // a transcript's unlabelled paragraph goes on with the last labelled speaker
  const exchange = last.rule !== 'speaker-label' && (last.rule === 'conversation' || asked(ctx, q.paragraph - 1) || asked(ctx, q.paragraph - 2));
  const alternate = exchange && before?.entity && before.entity !== last.entity && quoteParagraph(ctx, q.paragraph - 1) && quoteParagraph(ctx, q.paragraph - 2);
  const chosen = alternate ? before : last;
  return withRule(chosen as Attribution, 'conversation', alternate ? 0.6 : 0.65);
}

/** Paragraph p asks a question. */
function asked(ctx: AttributionContext, p: number): boolean {
  const para = ctx.doc.paragraphs[p];
  return para !== undefined && ctx.doc.text.slice(para.start, para.end).includes('?');
}

/** A paragraph that is all quote, as turns in a conversation are. */
function quoteParagraph(ctx: AttributionContext, p: number): boolean {
  const para = ctx.doc.paragraphs[p];
  if (!para) return false;
  let words = 0;
  for (let s = findContaining(ctx.doc.sentences, para.start); s >= 0 && s < ctx.doc.sentences.length && (ctx.doc.sentences[s] as Span).start < para.end; s++) {
    for (const t of ctx.doc.frames[s]?.tokens ?? []) if (!t.punct && ++words > 4) return false;
  }
  return true;
}
