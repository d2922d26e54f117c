/**
 * An untagged quote paragraph right after a paragraph of narration is the words of the person the
 * narration ends on: the speaker of its reported speech (`She said the branch was busy.`), the
 * person it is about (`He pointed to the ship.`), the one asked (`Engen was asked whether…`), or,
 * after `X asked (Y) whether…`, X when the quote is itself a question and the one who answers when
 * it is not.
 */
import { firstStartingAtOrAfter, type Span } from '../../span.js';
import type { Mention } from '../find-mentions.js';
import type { Cue } from '../find-speech-cues.js';
import type { PairedQuote } from '../pair-quotes.js';
import type { Attribution, AttributionContext } from './context.js';
import type { RuleContext } from './layout.js';
import { isQuestion, lastSentence, quoteParagraph } from './turns.js';

export function afterNarration(q: PairedQuote, speakers: readonly (Attribution | undefined)[], ctx: RuleContext): Attribution | undefined {
  const p = q.paragraph;
  const para = ctx.doc.paragraphs[p] as Span;
  // the first paragraph may be a headline, which is no narration
  if (p < 2 || q.open.start !== para.start || !spoken(ctx.doc.text, q) || ctx.layout.hasQuote(p - 1) || !quoteParagraph(ctx, p, 0)) return undefined;
  const narration = ctx.doc.paragraphs[p - 1] as Span;
  const s = lastSentence(ctx, narration);
  if (s < 0) return undefined;
  const sentence = ctx.doc.sentences[s] as Span;
  const c = lastCueIn(ctx, sentence);
  const speaker = c?.subject ? ctx.coref.entityOf.get(c.subject) : undefined;
  if (c && speaker?.human && speaker.kind !== 'organization') {
    if (c.verb?.lemma !== 'ask' || isQuestion(ctx.doc.text, q)) return made(c.subject as Mention, c, ctx);
    // the answer to a question told in narration: the one the asker was talking to, last quoted
    for (let k = p - 1; k >= 0 && p - k <= 12; k--) {
      const other = speakers[k];
      if (other?.entity && other.entity !== speaker)
        return { entity: other.entity, mention: other.mention, cue: null, rule: 'previous-sentence', confidence: 0.5 };
    }
    return undefined;
  }
  const subject = humanSubject(ctx, s);
  return subject ? made(subject, null, ctx) : undefined;
}

function made(mention: Mention, cue: Cue | null, ctx: AttributionContext): Attribution {
  return { entity: ctx.coref.entityOf.get(mention) ?? null, mention, cue, rule: 'previous-sentence', confidence: 0.5 };
}

/**
 * Words in lower case in double quotation marks, or in single ones (British style) when they run
 * to a sentence of some length: speech, not a subheading set in single marks or in capitals (`'A
 * change of heart'`, `"NOT THIS TIME"`).
 */
function spoken(text: string, q: PairedQuote): boolean {
  const mark = text.charCodeAt(q.open.start);
  const words = text.slice(q.start, q.end);
  if (!/\p{Ll}/u.test(words)) return false;
  return mark === 0x22 || mark === 0x201c || mark === 0xab || ((mark === 0x27 || mark === 0x2018) && BRITISH_SPEECH.test(words));
}

/** Eight words or more and a sentence's end inside: a paragraph of speech in single marks. */
const BRITISH_SPEECH = /^(?:\S+\s+){7,}\S*[.?!]/u;

/** The last cue (with a speaker) that starts inside the span. */
function lastCueIn(ctx: AttributionContext, span: Span): Cue | undefined {
  const cues = ctx.cues;
  let last: Cue | undefined;
  for (let k = firstStartingAtOrAfter(cues, span.start); k < cues.length && (cues[k] as Cue).start < span.end; k++)
    if ((cues[k] as Cue).subject) last = cues[k] as Cue;
  return last;
}

/** The person the sentence is about: the one that opens it, else the only person it names. */
function humanSubject(ctx: AttributionContext, s: number): Mention | undefined {
  const by = ctx.doc.mentionsBySentence;
  let only: Mention | undefined;
  let several = false;
  for (let k = by.from(s), to = by.to(s); k < to; k++) {
    const m = by.items[k] as Mention;
    const entity = ctx.coref.entityOf.get(m);
    if (!entity?.human || entity.kind === 'organization') continue;
    if (m.first <= 1) return m;
    if (only === undefined) only = m;
    else if (ctx.coref.entityOf.get(only) !== entity) several = true;
  }
  return several ? undefined : only;
}
