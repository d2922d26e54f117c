/**
 * Who said each quote. Rules in order of strength, each recorded as evidence:
 * a cue right after the quote (`…," the official said` / `…," said Maria Olsen`), a dash
 * (`— Maria Olsen`), a cue or colon before it in the sentence (`Olsen said: "…"`), a cue later in
 * the sentence, the next short sentence (`"Go!" Olsen shouted.`), the quote before it in the
 * paragraph (`"A," she said. "B."`), the sentence before it, and across paragraphs: a quote that
 * runs on, or a conversation between the speakers last tagged.
 */
import { lexicalTags } from '../natural-adapter.js';
import { findContaining, firstStartingAtOrAfter, type Span } from '../span.js';
import type { AttributionRule } from '../story.js';
import { bareMention, type Mention } from './find-mentions.js';
import type { Cue } from './find-speech-cues.js';
import type { PairedQuote } from './pair-quotes.js';
import { type Coreference, type Entity, entityForLabel } from './resolve-sources.js';
import type { Frame, Token } from './tokenize-frames.js';

export interface Attribution {
  entity: Entity | null;
  mention: Mention | null;
  cue: Span | null;
  rule: AttributionRule;
  confidence: number;
}

export interface AttributionContext {
  text: string;
  paragraphs: readonly Span[];
  sentences: readonly Span[];
  frames: readonly Frame[];
  cues: readonly Cue[];
  mentions: readonly Mention[];
  coref: Coreference;
}

const NONE: Attribution = { entity: null, mention: null, cue: null, rule: 'none', confidence: 0 };
const DASHES = new Set(['—', '–', '-', '―']);

export function attributeQuotes(quotes: readonly PairedQuote[], ctx: AttributionContext): Attribution[] {
  const cuesBySentence = group(ctx.cues, (c) => c.sentence);
  const mentionsBySentence = group(ctx.mentions, (m) => m.sentence);
  const index = new SentenceIndex(cuesBySentence, mentionsBySentence, ctx.frames);
  const out: Attribution[] = [];
  const paragraphSpeakers: (Attribution | undefined)[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i] as PairedQuote;
    const s = findContaining(ctx.sentences, q.open.start);
    const prevQuote = i > 0 ? (quotes[i - 1] as PairedQuote) : undefined;
    const prevAttr = out[i - 1];
    const nextInSentence =
      quotes[i + 1] && findContaining(ctx.sentences, (quotes[i + 1] as PairedQuote).open.start) === s ? (quotes[i + 1] as PairedQuote) : undefined;
    const a =
      speakerLabel(q, ctx) ||
      (s >= 0 && inSentence(q, s, nextInSentence, index, ctx)) ||
      (s >= 0 && nextSentence(q, s, cuesBySentence, ctx)) ||
      (prevQuote && prevAttr && prevQuote.paragraph === q.paragraph && prevAttr.entity && opensSentence(q, s, ctx)
        ? fromPreviousQuote(prevQuote, prevAttr, q)
        : undefined) ||
      (s >= 0 && previousSentence(q, s, cuesBySentence, mentionsBySentence, ctx)) ||
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
    if ((quotes[i] as PairedQuote).continued && (out[i] as Attribution).rule === 'none' && next.entity)
      out[i] = { ...next, rule: 'continuation', confidence: 0.85 };
  }
}

const LABEL = /^\s*(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,2}):\s/u;

/** A transcript: `"WALLACE: Let's start with…"`, the speaker's name in capitals, then a colon. */
function speakerLabel(q: PairedQuote, ctx: AttributionContext): Attribution | undefined {
  const m = LABEL.exec(ctx.text.slice(q.start, Math.min(q.end, q.start + 40)));
  if (!m || (m[1] as string).length < 2 || /^(?:Q|A|NOTE|UPDATE|EDITOR)$/.test(m[1] as string)) return undefined;
  const start = q.start + m[0].indexOf(m[1] as string);
  const mention = bareMention(ctx.text, start, start + (m[1] as string).length, 'person', (m[1] as string).toLowerCase());
  return {
    entity: entityForLabel(ctx.coref, mention),
    mention,
    cue: { start: start + (m[1] as string).length, end: start + (m[1] as string).length + 1 },
    rule: 'speaker-label',
    confidence: 0.9,
  };
}

function group<T>(items: readonly T[], key: (t: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function quoteEnd(q: PairedQuote): number {
  return q.close?.end ?? q.end;
}

function fromCue(c: Cue, rule: AttributionRule, confidence: number, ctx: AttributionContext): Attribution {
  const mention = c.subject as Mention;
  return { entity: ctx.coref.entityOf.get(mention) ?? null, mention, cue: c, rule, confidence };
}

function inSentence(q: PairedQuote, s: number, next: PairedQuote | undefined, index: SentenceIndex, ctx: AttributionContext): Attribution | undefined {
  const { cues, tokens, mentionAt } = index.of(s);
  const end = quoteEnd(q);
  const limit = next ? next.open.start : Number.POSITIVE_INFINITY;
  // every look-up below is a binary search: a sentence with thousands of quotes stays linear
  const firstAfter = firstStartingAtOrAfter(tokens, end);
  const after = tokens.slice(firstAfter, firstAfter + 3).filter((t) => t.start < limit);
  // dash attribution: "…" — Maria Olsen
  if (after[0] && DASHES.has(after[0].text) && after[0].start - end <= 2) {
    const m = after[1] ? mentionAt(after[1].start, 'start') : undefined;
    if (m) return { entity: ctx.coref.entityOf.get(m) ?? null, mention: m, cue: after[0], rule: 'dash-attribution', confidence: 0.9 };
  }
  const c = firstStartingAtOrAfter(cues, end);
  const cueAfter = cues[c] && (cues[c] as Cue).start < limit ? (cues[c] as Cue) : undefined;
  const adjacent = cueAfter && startsAfter(after, cueAfter.side === 'right' ? cueAfter.start : (cueAfter.subject as Mention).start);
  if (cueAfter && adjacent)
    return fromCue(cueAfter, cueAfter.type === 'according-to' ? 'according-to' : cueAfter.side === 'right' ? 'cue-inverted' : 'cue-after-quote', 0.95, ctx);
  // before: the nearest cue before the quote, or `Olsen: "…"`
  let b = firstStartingAtOrAfter(cues, q.open.start) - 1;
  while (b >= 0 && (cues[b] as Cue).end > q.open.start) b--;
  const cueBefore = cues[b];
  if (cueBefore) {
    const between = ctx.text.slice(cueBefore.end, q.open.start);
    const split = /["“”»]/.test(between) && /,\s*["“«]?$/.test(between.trimEnd());
    return fromCue(cueBefore, cueBefore.type === 'according-to' ? 'according-to' : split ? 'cue-inside-split' : 'cue-before-quote', 0.9, ctx);
  }
  const lastBefore = firstStartingAtOrAfter(tokens, q.open.start) - 1;
  const colon = tokens[lastBefore];
  if (colon?.text === ':' && q.open.start - colon.end <= 2) {
    const named = tokens[lastBefore - 1];
    const m = named ? mentionAt(named.end, 'end') : undefined;
    if (m && m.type !== 'pronoun') return { entity: ctx.coref.entityOf.get(m) ?? null, mention: m, cue: colon, rule: 'cue-before-quote', confidence: 0.85 };
  }
  if (cueAfter) return fromCue(cueAfter, 'same-sentence', 0.75, ctx);
  return subjectAndVerb(q, tokens, lastBefore, mentionAt, ctx);
}

/**
 * No reporting verb, but a subject and a verb lead straight into the quote (`Trump attacked
 * "the hateful ideology…"`, `the mayor vowed "no new taxes"`): the subject said it.
 */
function subjectAndVerb(
  q: PairedQuote,
  tokens: readonly Token[],
  lastBefore: number,
  mentionAt: MentionLookup,
  ctx: AttributionContext,
): Attribution | undefined {
  const segment = tokens[lastBefore]?.segment;
  for (let k = lastBefore; k >= 1 && lastBefore - k < 8 && (tokens[k] as Token).segment === segment; k--) {
    const verb = tokens[k] as Token;
    if (verb.punct || !/^VB[DZP]$/.test(lexicalTags(verb.lower)?.[0] ?? '')) continue;
    const before = tokens[k - 1] as Token;
    const subject = before.segment === segment ? mentionAt(before.end, 'end') : undefined;
    const entity = subject && subject.type !== 'description' ? ctx.coref.entityOf.get(subject) : undefined;
    if (subject && entity && entity.kind !== 'organization' && q.open.start - verb.end < 80) {
      return { entity, mention: subject, cue: verb, rule: 'same-sentence', confidence: 0.5 };
    }
  }
  return undefined;
}

type MentionLookup = (offset: number, side: 'start' | 'end') => Mention | undefined;

interface SentenceView {
  cues: Cue[];
  tokens: readonly Token[];
  mentionAt: MentionLookup;
}

/** Per-sentence views built once: the cues with a speaker, the tokens, mentions by offset. */
class SentenceIndex {
  private readonly views = new Map<number, SentenceView>();
  constructor(
    private readonly cuesBySentence: ReadonlyMap<number, Cue[]>,
    private readonly mentionsBySentence: ReadonlyMap<number, Mention[]>,
    private readonly frames: AttributionContext['frames'],
  ) {}

  of(s: number): SentenceView {
    let view = this.views.get(s);
    if (!view) {
      const byStart = new Map<number, Mention>();
      const byEnd = new Map<number, Mention>();
      for (const m of this.mentionsBySentence.get(s) ?? []) {
        if (m.possessive) continue;
        if (!byStart.has(m.start)) byStart.set(m.start, m);
        if (!byEnd.has(m.end)) byEnd.set(m.end, m);
      }
      view = {
        cues: (this.cuesBySentence.get(s) ?? []).filter((c) => c.subject !== null),
        tokens: this.frames[s]?.tokens ?? [],
        mentionAt: (offset, side) => (side === 'start' ? byStart : byEnd).get(offset),
      };
      this.views.set(s, view);
    }
    return view;
  }
}

/** The attribution opens the text after the quote (a comma or dash may come first). */
function startsAfter(after: readonly Token[], start: number): boolean {
  const k = after.findIndex((t) => t.start === start);
  return k === 0 || (k === 1 && (after[0] as Token).punct);
}

/** `"Go!" Olsen shouted.`: the capital after `!"` opened a new, short sentence. */
function nextSentence(q: PairedQuote, s: number, cuesBySentence: ReadonlyMap<number, Cue[]>, ctx: AttributionContext): Attribution | undefined {
  const sentence = ctx.sentences[s] as Span;
  if (quoteEnd(q) < sentence.end - 1) return undefined;
  const next = ctx.sentences[s + 1];
  if (!next || findContaining(ctx.paragraphs, next.start) !== q.paragraph) return undefined;
  const tokens = ctx.frames[s + 1]?.tokens ?? [];
  if (tokens.length > 12 || tokens.some((t) => t.segment > 0)) return undefined;
  const c = (cuesBySentence.get(s + 1) ?? []).find((x) => x.subject !== null && (x.subject.first === 0 || x.first === 0));
  return c ? fromCue(c, 'cue-after-quote', 0.85, ctx) : undefined;
}

function opensSentence(q: PairedQuote, s: number, ctx: AttributionContext): boolean {
  const sentence = ctx.sentences[s];
  return sentence !== undefined && q.open.start - sentence.start <= 1;
}

function fromPreviousQuote(prev: PairedQuote, prevAttr: Attribution, q: PairedQuote): Attribution {
  const cueBetween = prevAttr.cue !== null && prevAttr.cue.start >= quoteEnd(prev) && prevAttr.cue.end <= q.open.start;
  return { ...prevAttr, rule: cueBetween ? 'cue-inside-split' : 'previous-sentence', confidence: cueBetween ? 0.9 : 0.7 };
}

function previousSentence(
  q: PairedQuote,
  s: number,
  cuesBySentence: ReadonlyMap<number, Cue[]>,
  mentionsBySentence: ReadonlyMap<number, Mention[]>,
  ctx: AttributionContext,
): Attribution | undefined {
  const prev = ctx.sentences[s - 1];
  if (!prev || findContaining(ctx.paragraphs, prev.start) !== q.paragraph) return previousParagraphLeadIn(q, s, cuesBySentence, ctx);
  const sentence = ctx.sentences[s] as Span;
  if (q.open.start - sentence.start > 2) return undefined; // only a quote that opens its sentence
  const c = (cuesBySentence.get(s - 1) ?? []).filter((x) => x.subject !== null).at(-1);
  if (c) return fromCue(c, 'previous-sentence', 0.75, ctx);
  const candidates = (mentionsBySentence.get(s - 1) ?? []).filter(
    (m) => !m.possessive && ctx.coref.entityOf.get(m)?.kind !== 'organization' && ctx.coref.entityOf.get(m)?.human,
  );
  const people = new Set(candidates.map((m) => ctx.coref.entityOf.get(m)));
  const subject = people.size === 1 ? candidates[0] : candidates.find((m) => m.first <= 1);
  if (subject) return { entity: ctx.coref.entityOf.get(subject) ?? null, mention: subject, cue: null, rule: 'previous-sentence', confidence: 0.55 };
  return undefined;
}

/** `Olsen said:` closing one paragraph, the quote opening the next. */
function previousParagraphLeadIn(_q: PairedQuote, s: number, cuesBySentence: ReadonlyMap<number, Cue[]>, ctx: AttributionContext): Attribution | undefined {
  const prev = ctx.sentences[s - 1];
  if (!prev || !/:\s*$/.test(ctx.text.slice(prev.start, prev.end))) return undefined;
  const c = (cuesBySentence.get(s - 1) ?? []).filter((x) => x.subject !== null).at(-1);
  return c ? fromCue(c, 'previous-sentence', 0.8, ctx) : undefined;
}

function acrossParagraphs(
  q: PairedQuote,
  prevQuote: PairedQuote | undefined,
  prevAttr: Attribution | undefined,
  speakers: readonly (Attribution | undefined)[],
  ctx: AttributionContext,
): Attribution | undefined {
  if (q.continues && prevAttr?.entity) return { ...prevAttr, rule: 'continuation', confidence: 0.9 };
  const para = ctx.paragraphs[q.paragraph] as Span;
  if (q.open.start !== para.start || !prevQuote || prevQuote.paragraph !== q.paragraph - 1) return undefined;
  const last = speakers[q.paragraph - 1];
  if (!last?.entity) return undefined;
  const before = speakers[q.paragraph - 2];
  // turns alternate only in an exchange: two quote paragraphs by different speakers, with a
  // question among them, or turns already alternating
  const asked = (p: number) => {
    const para = ctx.paragraphs[p];
    return para !== undefined && ctx.text.slice(para.start, para.end).includes('?');
  };
  // a transcript's unlabelled paragraph goes on with the last labelled speaker
  const exchange = last.rule !== 'speaker-label' && (last.rule === 'conversation' || asked(q.paragraph - 1) || asked(q.paragraph - 2));
  const alternate = exchange && before?.entity && before.entity !== last.entity && quoteParagraph(ctx, q.paragraph - 1) && quoteParagraph(ctx, q.paragraph - 2);
  const chosen = alternate ? before : last;
  return { ...(chosen as Attribution), rule: 'conversation', confidence: alternate ? 0.6 : 0.65 };
}

/** A paragraph that is all quote, as turns in a conversation are. */
function quoteParagraph(ctx: AttributionContext, p: number): boolean {
  const para = ctx.paragraphs[p];
  if (!para) return false;
  let words = 0;
  for (let s = findContaining(ctx.sentences, para.start); s >= 0 && s < ctx.sentences.length && (ctx.sentences[s] as Span).start < para.end; s++) {
    for (const t of ctx.frames[s]?.tokens ?? []) if (!t.punct && ++words > 4) return false;
  }
  return true;
}
