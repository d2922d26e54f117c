/** Small helpers for step tables: the texts a list of spans covers, and an early pipeline. */
import type { Span } from '../../src/analysis/span.js';
import { findQuoteMarks } from '../../src/analysis/steps/find-quote-marks.js';
import { type PairedQuote, pairQuotes } from '../../src/analysis/steps/pair-quotes.js';
import { splitParagraphs } from '../../src/analysis/steps/split-paragraphs.js';
import type { Note } from '../../src/analysis/story.js';

/** The text each span covers. */
export function slices(text: string, spans: readonly Span[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}

/** The stable steps up to pairing: paragraphs, marks, paired quotes and the notes they left. */
export function pairedQuotesOf(text: string): { paragraphs: Span[]; quotes: PairedQuote[]; notes: Note[] } {
  const notes: Note[] = [];
  const paragraphs = splitParagraphs(text);
  const quotes = pairQuotes(text, findQuoteMarks(text, notes), paragraphs, notes);
  return { paragraphs, quotes, notes };
}
