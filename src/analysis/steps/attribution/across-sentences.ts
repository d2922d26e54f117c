import type { Grouped } from '../../doc/grouped.js';
import { type Span, trimmedEnd } from '../../span.js';
import type { Mention } from '../find-mentions.js';
import type { Cue } from '../find-speech-cues.js';
import type { PairedQuote } from '../pair-quotes.js';
import type { Token } from '../tokenize-frames.js';
import { bareTag } from './bare-tag.js';
import { colonLead } from './colon.js';
import { type Attribution, type AttributionContext, fromCue, quoteEnd, withRule } from './context.js';
import type { RuleContext } from './layout.js';
import { afterNarration } from './narration.js';
import { endsWithTurn, isQuestion, partnerOf, quoteParagraph, turnBefore } from './turns.js';

/** `"Go!" Olsen shouted.`: the capital after `!"` opened a new, short sentence. */
export function nextSentence(q: PairedQuote, s: number, cuesBySentence: Grouped<Cue>, ctx: RuleContext): Attribution | undefined {
  const sentence = ctx.doc.sentences[s] as Span;
  if (quoteEnd(q) < sentence.end - 1) return undefined;
  const next = ctx.doc.sentences[s + 1];
  if (!next || ctx.layout.paragraphOf(s + 1) !== q.paragraph) return undefined;
  const tokens = ctx.doc.frames[s + 1]?.tokens ?? [];
  let short = tokens.length <= 12;
  for (let k = 0; short && k < tokens.length; k++) if ((tokens[k] as Token).segment > 0) short = false;
  const cues = cuesBySentence.items;
  for (let k = cuesBySentence.from(s + 1), to = cuesBySentence.to(s + 1); k < to; k++) {
    const c = cues[k] as Cue;
    const subject = c.subject as Mention;
    if (short ? subject.first === 0 || c.first === 0 : opensWithTag(c, subject)) return fromCue(c, 'cue-after-quote', 0.85, ctx);
  }
  // `"Why not?" Olsen barked.`
  return short ? bareTag(tokens, s + 1, 0, next.end, ctx) : undefined;
}

/**
 * A longer sentence still opens with the tag (`"…!" Olsen wrote in an email to her staff on
 * Monday.`): the speaker first and the verb right after, or the verb first, before any quote.
 */
function opensWithTag(c: Cue, subject: Mention): boolean {
  if (c.segment !== 0) return false;
  return c.side === 'left' ? subject.first === 0 && c.first <= subject.last + 2 : c.first === 0;
}

export function opensSentence(q: PairedQuote, s: number, ctx: AttributionContext): boolean {
  const sentence = ctx.doc.sentences[s];
  return sentence !== undefined && q.open.start - sentence.start <= 1;
}

export function fromPreviousQuote(prev: PairedQuote, prevAttr: Attribution, q: PairedQuote): Attribution {
  const cueBetween = prevAttr.cue !== null && prevAttr.cue.start >= quoteEnd(prev) && prevAttr.cue.end <= q.open.start;
  return withRule(prevAttr, cueBetween ? 'cue-inside-split' : 'previous-sentence', cueBetween ? 0.9 : 0.7);
}

export function previousSentence(q: PairedQuote, s: number, cuesBySentence: Grouped<Cue>, ctx: RuleContext): Attribution | undefined {
  const prev = ctx.doc.sentences[s - 1];
  if (!prev || ctx.layout.paragraphOf(s - 1) !== q.paragraph) return previousParagraphLeadIn(q, s, cuesBySentence, ctx);
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
export function lastCue(cuesBySentence: Grouped<Cue>, s: number): Cue | undefined {
  const to = cuesBySentence.to(s);
  return to > cuesBySentence.from(s) ? cuesBySentence.items[to - 1] : undefined;
}

/** `Olsen said:` closing one paragraph, the quote opening the next. */
export function previousParagraphLeadIn(_q: PairedQuote, s: number, cuesBySentence: Grouped<Cue>, ctx: AttributionContext): Attribution | undefined {
  const prev = ctx.doc.sentences[s - 1];
  if (!prev || !endsWithColon(ctx.doc.text, prev)) return undefined;
  const c = lastCue(cuesBySentence, s - 1);
  if (c) return fromCue(c, 'previous-sentence', 0.8, ctx);
  // `Ruiz made the following remark:` with no reporting verb: the clause's subject
  const tokens = ctx.doc.frames[s - 1]?.tokens ?? [];
  const lead = colonLead(s - 1, tokens.length - 1, ctx);
  return lead ? withRule(lead, 'previous-sentence', 0.6) : undefined;
}

/** `/:\s*$/` on the span's text, read backwards from its end. */
export function endsWithColon(text: string, span: Span): boolean {
  const e = trimmedEnd(text, span.start, span.end);
  return e > span.start && text.charCodeAt(e - 1) === 0x3a;
}

export function acrossParagraphs(
  q: PairedQuote,
  prevQuote: PairedQuote | undefined,
  prevAttr: Attribution | undefined,
  speakers: readonly (Attribution | undefined)[],
  ctx: RuleContext,
): Attribution | undefined {
  if (q.continues && prevAttr?.entity) return withRule(prevAttr, 'continuation', 0.9);
  const para = ctx.doc.paragraphs[q.paragraph] as Span;
  if (q.open.start !== para.start) return undefined;
  if (!prevQuote || prevQuote.paragraph !== q.paragraph - 1) return afterNarration(q, speakers, ctx);
  const last = speakers[q.paragraph - 1];
  if (!last?.entity) return undefined;
  const { start, before, acrossNarration } = turnBefore(q.paragraph, last, speakers, ctx);
  // two quote paragraphs by different speakers (or a question told in narration, then its
  // answer) make an exchange: an untagged third takes the turn back, as the writer leaves turns
  // untagged only when they alternate; a transcript's unlabelled paragraph goes on with the last
  // labelled speaker
  const alternate =
    last.rule !== 'speaker-label' &&
    before?.entity &&
    before.entity !== last.entity &&
    quoteParagraph(ctx, start) &&
    (acrossNarration || quoteParagraph(ctx, start - 1) || endsWithTurn(ctx, start - 1));
  if (alternate) return withRule(before as Attribution, 'conversation', 0.6);
  // `"…?" she asked.` in a paragraph of narration, then an answer: the one she has been questioning
  const partner = isQuestion(ctx.doc.text, prevQuote) && !isQuestion(ctx.doc.text, q) ? partnerOf(last, start, speakers) : undefined;
  return partner ? withRule(partner, 'conversation', 0.6) : withRule(last, 'conversation', 0.65);
}
