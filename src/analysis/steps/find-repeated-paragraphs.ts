/**
 * A page pasted whole repeats its headline and standfirst (in the title bar, above the story, in
 * a share box): a paragraph at the top that says again, word for word, what an earlier one said
 * is not a second statement. Its quotes leave with a note, and its sentences give the later steps
 * no words, so that it adds no mention, cue or statement either. Only the top of the page is
 * read: further down, a paragraph said twice is the story's own doing (and a collection of
 * stories, one after another, may share paragraphs).
 */

import type { NoteSink } from '../notes.js';
import type { Span } from '../span.js';
import type { PairedQuote } from './pair-quotes.js';

/** Shorter paragraphs (`***`, `—`, `Advertisement`) repeat without saying anything twice. */
const MIN_LENGTH = 16;
/** The top of a pasted page: headline, standfirst, byline, share box, the headline again. */
const TOP_PARAGRAPHS = 12;

/** For each paragraph, 1 when an earlier paragraph of the top of the page has the same text (white space at the ends aside). */
export function findRepeatedParagraphs(text: string, paragraphs: readonly Span[]): Uint8Array {
  const repeated = new Uint8Array(paragraphs.length);
  const seen = new Set<string>();
  for (let p = 0; p < paragraphs.length && p < TOP_PARAGRAPHS; p++) {
    const span = paragraphs[p] as Span;
    const words = text.slice(span.start, span.end).trim();
    if (words.length < MIN_LENGTH) continue;
    if (seen.has(words)) repeated[p] = 1;
    else seen.add(words);
  }
  return repeated;
}

/** The quotes of paragraphs said once before leave, each with a note. */
export function dropRepeatedQuotes(quotes: readonly PairedQuote[], repeated: Uint8Array, notes: NoteSink): PairedQuote[] {
  const kept: PairedQuote[] = [];
  for (const q of quotes) {
    if (repeated[q.paragraph] === 1) {
      notes.push({
        rule: 'repeated-paragraph',
        message: 'This paragraph repeats an earlier one word for word (a headline or pull quote pasted twice): counted once.',
        start: q.open.start,
        end: q.close?.end ?? q.end,
      });
    } else kept.push(q);
  }
  return kept;
}

/** For each sentence, whether it lies in a repeated paragraph (both lists sorted: one walk). */
export function sentencesInRepeated(sentences: readonly Span[], paragraphs: readonly Span[], repeated: Uint8Array): Uint8Array {
  const out = new Uint8Array(sentences.length);
  let p = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as Span;
    while (p < paragraphs.length && (paragraphs[p] as Span).end <= sentence.start) p++;
    if (p < paragraphs.length && repeated[p] === 1 && (paragraphs[p] as Span).start <= sentence.start) out[s] = 1;
  }
  return out;
}
