/**
 * The turns of an exchange: who spoke the turn before the last one. A turn may run over several
 * paragraphs (a two-paragraph answer is one turn), and a paragraph of narration may hold a turn
 * (`Dolan asked Quist whether she would resign.`: Dolan's question, answered in the next quote).
 */
import { findContaining, firstStartingAtOrAfter, type Span, trimmedEnd } from '../../span.js';
import type { Mention } from '../find-mentions.js';
import type { Cue } from '../find-speech-cues.js';
import type { PairedQuote } from '../pair-quotes.js';
import type { Attribution, AttributionContext } from './context.js';
import { hasQuoteMark, type RuleContext } from './layout.js';

export interface TurnBefore {
  /** The paragraph where the last speaker's turn starts. */
  start: number;
  /** Who spoke the turn before it, if anyone did. */
  before: Attribution | undefined;
  /**
   * That turn was a question told in narration (`X asked Y whether…`), not quoted, or the last
   * turn of an exchange that a paragraph of narration broke off.
   */
  acrossNarration: boolean;
}

/** The turn before the one that ends in paragraph p - 1, by `last`. */
export function turnBefore(p: number, last: Attribution, speakers: readonly (Attribution | undefined)[], ctx: RuleContext): TurnBefore {
  // a quote running over several paragraphs is one turn: go back to its first paragraph
  let start = p - 1;
  while (start > 0 && speakers[start]?.rule === 'continuation' && speakers[start - 1]?.entity === last.entity) start--;
  const before = speakers[start - 1];
  if (before?.entity || start < 1 || ctx.layout.hasQuote(start - 1)) return { start, before, acrossNarration: false };
  const asker = askerIn(ctx, start - 1);
  const entity = asker && ctx.coref.entityOf.get(asker.subject as Mention);
  if (asker && entity && entity !== last.entity)
    return { start, before: { entity, mention: asker.subject, cue: asker, rule: 'conversation', confidence: 0.6 }, acrossNarration: true };
  // an exchange broken by a paragraph of narration resumes after it, with its turns
  const earlier = speakers[start - 2];
  if (earlier?.entity && earlier.rule === 'conversation' && earlier.entity !== last.entity) return { start, before: earlier, acrossNarration: true };
  return { start, before, acrossNarration: false };
}

/** The last cue of paragraph p whose verb is `ask` and whose subject is a person: `Kloet asked whether…`. */
export function askerIn(ctx: AttributionContext, p: number): Cue | undefined {
  const para = ctx.doc.paragraphs[p] as Span;
  const cues = ctx.cues;
  let found: Cue | undefined;
  for (let k = firstStartingAtOrAfter(cues, para.start); k < cues.length && (cues[k] as Cue).start < para.end; k++) {
    const c = cues[k] as Cue;
    if (c.verb?.lemma !== 'ask' || !c.subject) continue;
    const entity = ctx.coref.entityOf.get(c.subject);
    if (entity && entity.kind !== 'organization' && entity.human) found = c;
  }
  return found;
}

/** The sentence that ends the paragraph, or -1. */
export function lastSentence(ctx: AttributionContext, para: Span): number {
  const end = trimmedEnd(ctx.doc.text, para.start, para.end);
  const s = end > para.start ? findContaining(ctx.doc.sentences, end - 1) : -1;
  return s >= 0 && (ctx.doc.sentences[s] as Span).start >= para.start ? s : -1;
}

/** Paragraph p is all quote, as turns in a conversation are: at most `most` words of narration (a short tag). */
export function quoteParagraph(ctx: RuleContext, p: number, most = 4): boolean {
  const para = ctx.doc.paragraphs[p];
  if (!para) return false;
  const sentences = ctx.doc.sentences;
  let words = 0;
  for (let s = ctx.layout.firstSentence(p); s >= 0 && s < sentences.length && (sentences[s] as Span).start < para.end; s++) {
    for (const t of ctx.doc.frames[s]?.tokens ?? []) if (!t.punct && ++words > most) return false;
  }
  return true;
}

/**
 * Paragraph p ends with a quoted turn: its last sentence holds a quote and at most a short tag
 * (`Erlich opened the questions. "Why a poster?" he asked.`).
 */
export function endsWithTurn(ctx: AttributionContext, p: number): boolean {
  const para = ctx.doc.paragraphs[p];
  const s = para ? lastSentence(ctx, para) : -1;
  if (s < 0) return false;
  const sentence = ctx.doc.sentences[s] as Span;
  let words = 0;
  for (const t of ctx.doc.frames[s]?.tokens ?? []) if (!t.punct && ++words > 4) return false;
  return hasQuoteMark(ctx.doc.text, sentence.start, sentence.end);
}

/**
 * The one `last` has been talking with: the speaker whose quote paragraphs most often came right
 * before or after theirs in the dozen paragraphs before `start`, at least twice; else undefined.
 */
export function partnerOf(last: Attribution, start: number, speakers: readonly (Attribution | undefined)[]): Attribution | undefined {
  const counts = new Map<unknown, { a: Attribution; n: number }>();
  let best: { a: Attribution; n: number } | undefined;
  for (let k = start; k > 0 && start - k < 12; k--) {
    const x = speakers[k];
    const y = speakers[k - 1];
    if (!x?.entity || !y?.entity || x.entity === y.entity) continue;
    const other = x.entity === last.entity ? y : y.entity === last.entity ? x : undefined;
    if (!other) continue;
    const c = counts.get(other.entity) ?? { a: other, n: 0 };
    c.n++;
    counts.set(other.entity, c);
    if (!best || c.n > best.n) best = c;
  }
  return best && best.n >= 2 ? best.a : undefined;
}

/** The quote asks a question. */
export function isQuestion(text: string, q: Pick<PairedQuote, 'start' | 'end'>): boolean {
  return text.slice(q.start, q.end).includes('?');
}
