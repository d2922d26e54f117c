/**
 * After attribution: a short phrase in quotation marks that nobody is said to have said, inside a
 * sentence of the narrative (`the "reforms" passed`), is a scare quote, not a quote.
 */

import type { NoteSink } from '../notes.js';
import { endsInWordOrComma, findContaining, type Span, spaceSeparatedCount } from '../span.js';
import type { Attribution } from './attribution/attribution.js';
import type { Cue } from './find-speech-cues.js';
import type { PairedQuote } from './pair-quotes.js';

const MAX_WORDS = 3;

export function dropScareQuotes(
  text: string,
  quotes: readonly PairedQuote[],
  attributions: readonly Attribution[],
  cues: readonly Cue[],
  sentences: readonly Span[],
  notes: NoteSink,
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
    if (a.rule === 'none' && q.close !== null && isShortPhraseInSentence(text, q) && !cueBefore(q)) {
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

/** A closed quote of at most MAX_WORDS words, right after a letter, a digit or a comma: what a scare quote looks like. */
export function isShortPhraseInSentence(text: string, q: Pick<PairedQuote, 'start' | 'end' | 'open' | 'close'>): boolean {
  return (
    q.close !== null &&
    spaceSeparatedCount(text, q.start, q.end, MAX_WORDS + 1) <= MAX_WORDS &&
    endsInWordOrComma(text, Math.max(0, q.open.start - 3), q.open.start)
  );
}

/** For each sentence, the earliest end of a cue in it (Infinity if none): one pass over the cues. */
function earliestCueEnds(cues: readonly Cue[], sentences: number): Float64Array {
  const ends = new Float64Array(sentences).fill(Number.POSITIVE_INFINITY);
  for (const c of cues) if (c.sentence >= 0 && c.sentence < sentences && c.end < (ends[c.sentence] as number)) ends[c.sentence] = c.end;
  return ends;
}
