/**
 * After attribution: a short phrase in quotation marks that nobody is said to have said, inside a
 * sentence of the narrative (`the "reforms" passed`), is a scare quote, not a quote.
 */
import { findContaining, isWhiteSpace, type Span, spaceSeparatedCount } from '../span.js';
import type { Note } from '../story.js';
import type { Attribution } from './attribute-quotes.js';
import type { Cue } from './find-speech-cues.js';
import type { PairedQuote } from './pair-quotes.js';

const MAX_WORDS = 3;
const LETTER_NUMBER_OR_COMMA_BEFORE_SPACE = /[\p{L}\p{N},]\s*$/u;

export function dropScareQuotes(
  text: string,
  quotes: readonly PairedQuote[],
  attributions: readonly Attribution[],
  cues: readonly Cue[],
  sentences: readonly Span[],
  notes: Note[],
): { quotes: PairedQuote[]; attributions: Attribution[] } {
  let firstCueEnd: Float64Array | undefined; // built on first need
  // `…said the first releases could begin "within ten days"`: a cue earlier in the sentence keeps it
  const cueBefore = (q: PairedQuote): boolean => {
    const s = findContaining(sentences, q.open.start);
    firstCueEnd ??= earliestCueEnds(cues, sentences.length);
    return s >= 0 && (firstCueEnd[s] as number) <= q.open.start;
  };
  const kept: PairedQuote[] = [];
  const keptAttributions: Attribution[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i] as PairedQuote;
    const a = attributions[i] as Attribution;
    if (
      a.rule === 'none' &&
      q.close !== null &&
      spaceSeparatedCount(text, q.start, q.end, MAX_WORDS + 1) <= MAX_WORDS &&
      inRunningText(text, q.open.start) &&
      !cueBefore(q)
    ) {
      notes.push({
        rule: 'scare-quote',
        message: 'A short phrase in quotation marks that nobody in the story is said to have said: treated as scare quotes.',
        start: q.open.start,
        end: q.close.end,
      });
      continue;
    }
    kept.push(q);
    keptAttributions.push(a);
  }
  return { quotes: kept, attributions: keptAttributions };
}

/** For each sentence, the earliest end of a cue in it (Infinity if none): one pass over the cues. */
function earliestCueEnds(cues: readonly Cue[], sentences: number): Float64Array {
  const ends = new Float64Array(sentences).fill(Number.POSITIVE_INFINITY);
  for (const c of cues) if (c.sentence >= 0 && c.sentence < sentences && c.end < (ends[c.sentence] as number)) ends[c.sentence] = c.end;
  return ends;
}

/**
 * A letter, digit or comma (then perhaps white space) in the three characters before the opening
 * mark: `/[\p{L}\p{N},]\s*$/u` on them. Only the last non-space character can match, so an ASCII
 * one decides here; any other is left to the expression.
 */
function inRunningText(text: string, open: number): boolean {
  const from = Math.max(0, open - 3);
  let e = open;
  while (e > from && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  if (e === from) return false;
  const c = text.charCodeAt(e - 1);
  if (c < 0x80) return c === 44 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_NUMBER_OR_COMMA_BEFORE_SPACE.test(text.slice(from, open));
}
