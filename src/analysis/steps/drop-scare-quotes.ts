/**
 * After attribution: a short phrase in quotation marks that nobody is said to have said, inside a
 * sentence of the narrative (`the "reforms" passed`), is a scare quote, not a quote.
 */
import { findContaining, type Span } from '../span.js';
import type { Note } from '../story.js';
import type { Attribution } from './attribute-quotes.js';
import type { Cue } from './find-speech-cues.js';
import type { PairedQuote } from './pair-quotes.js';

const MAX_WORDS = 3;

export function dropScareQuotes(
  text: string,
  quotes: readonly PairedQuote[],
  attributions: readonly Attribution[],
  cues: readonly Cue[],
  sentences: readonly Span[],
  notes: Note[],
): { quotes: PairedQuote[]; attributions: Attribution[] } {
  // `…said the first releases could begin "within ten days"`: a cue earlier in the sentence keeps it
  const cueBefore = (q: PairedQuote): boolean => {
    const s = findContaining(sentences, q.open.start);
    return s >= 0 && cues.some((c) => c.sentence === s && c.end <= q.open.start);
  };
  const kept: PairedQuote[] = [];
  const keptAttributions: Attribution[] = [];
  quotes.forEach((q, i) => {
    const a = attributions[i] as Attribution;
    const words = text.slice(q.start, q.end).trim().split(/\s+/).length;
    const inRunningText = /[\p{L}\p{N},]\s*$/u.test(text.slice(Math.max(0, q.open.start - 3), q.open.start));
    if (a.rule === 'none' && words <= MAX_WORDS && inRunningText && q.close !== null && !cueBefore(q)) {
      notes.push({
        rule: 'scare-quote',
        message: 'A short phrase in quotation marks that nobody in the story is said to have said: treated as scare quotes.',
        start: q.open.start,
        end: q.close.end,
      });
      return;
    }
    kept.push(q);
    keptAttributions.push(a);
  });
  return { quotes: kept, attributions: keptAttributions };
}
