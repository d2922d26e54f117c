/**
 * A transcript's speaker label: `"WALLACE: Let's start with…"` (the name in capitals and a colon
 * open the quote), or `WREN: "…"` opening the quote's paragraph.
 */
import { NOT_SPEAKER_LABELS } from '../../lexicon/function-words.js';
import { findContaining, firstStartingAtOrAfter, isWhiteSpace, type Span } from '../../span.js';
import { bareMention, type Mention } from '../find-mentions.js';
import type { PairedQuote } from '../pair-quotes.js';
import { entityForLabel } from '../resolve-sources.js';
import type { Attribution, AttributionContext } from './context.js';

const LABEL = /^\s*(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,2}):\s/u;

/** A transcript: `"WALLACE: Let's start with…"`, the speaker's name in capitals, then a colon. */
export function speakerLabel(q: PairedQuote, ctx: AttributionContext): Attribution | undefined {
  if (!mayOpenWithLabel(ctx.doc.text, q.start, Math.min(q.end, q.start + 40))) return undefined;
  const m = LABEL.exec(ctx.doc.text.slice(q.start, Math.min(q.end, q.start + 40)));
  if (!m || (m[1] as string).length < 2 || NOT_SPEAKER_LABELS.has((m[1] as string).toLowerCase())) return undefined;
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

/** A label that opens the quote's paragraph: `WREN: "…"`, `DEE, IN NORBURY: "…"` (the name is the part before the comma). */
const LABEL_BEFORE = /^\s*(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,2})(?:, \p{Lu}[\p{Lu} .'’-]{0,40})?:\s*$/u;

export function labelBefore(q: PairedQuote, ctx: AttributionContext): Attribution | undefined {
  const para = ctx.doc.paragraphs[q.paragraph] as Span;
  if (q.open.start - para.start > 60 || q.open.start - para.start < 3) return undefined;
  if (!mayOpenWithLabel(ctx.doc.text, para.start, q.open.start)) return undefined;
  const m = LABEL_BEFORE.exec(ctx.doc.text.slice(para.start, q.open.start));
  if (!m || NOT_SPEAKER_LABELS.has((m[1] as string).toLowerCase())) return undefined;
  const start = para.start + m[0].indexOf(m[1] as string);
  const end = start + (m[1] as string).length;
  const colon = para.start + m[0].lastIndexOf(':');
  const cue = { start: colon, end: colon + 1 };
  // the name found in the narrative already, when it is a person's (an acronym-like `WREN` was taken for a body)
  const found = mentionAt(ctx, start, end);
  const entity = found && ctx.coref.entityOf.get(found);
  if (found && entity && entity.kind !== 'organization') return { entity, mention: found, cue, rule: 'speaker-label', confidence: 0.9 };
  const mention = bareMention(ctx.doc.text, start, end, 'person', (m[1] as string).toLowerCase());
  return { entity: entityForLabel(ctx.coref, mention), mention, cue, rule: 'speaker-label', confidence: 0.9 };
}

/** The mention spanning exactly [start, end), if the engine found one. */
function mentionAt(ctx: AttributionContext, start: number, end: number): Mention | undefined {
  const s = findContaining(ctx.doc.sentences, start);
  if (s < 0) return undefined;
  const by = ctx.doc.mentionsBySentence;
  const k = firstStartingAtOrAfter(by.items, start, by.from(s), by.to(s));
  const m = k < by.to(s) ? (by.items[k] as Mention) : undefined;
  return m && m.start === start && m.end === end ? m : undefined;
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
