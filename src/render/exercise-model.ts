/**
 * The exercise's story as views/partials/exercise-story.hbs draws it: pieces in text order whose
 * texts, put back together, are the story, with the quotes numbered, no word of who said them,
 * and each quote's question (a select of the story's sources) right after it. Plain data.
 */
import type { ReportQuote } from '../report/types.js';

/** The question asked right after a quote of the exercise: its select and the choices. */
export interface ExerciseAsk {
  n: number;
  field: string;
  choices: { value: string; label: string; selected: boolean }[];
  /** The student sent the exercise back without answering this one. */
  missing: boolean;
}

export type ExercisePiece = { text: string } | { quote: { n: number; id: string; text: string } } | { ask: ExerciseAsk };

/**
 * The story for the exercise: the first `limit` quotes marked and numbered, and no word of who
 * said them (no labels, no colour by source kind). With `ask`, each quote's question (a select)
 * follows it, after its closing quotation mark.
 */
export function exercisePieces(
  text: string,
  quotes: readonly (Pick<ReportQuote, 'id' | 'start' | 'end'> & { close?: ReportQuote['close'] })[],
  limit = Number.POSITIVE_INFINITY,
  ask?: (quoteId: string, n: number) => ExerciseAsk | null,
): ExercisePiece[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  const pieces: ExercisePiece[] = [];
  let at = 0;
  sorted.forEach((q, i) => {
    if (i >= limit || q.start < at || q.end > text.length || q.end <= q.start) return;
    if (q.start > at) pieces.push({ text: text.slice(at, q.start) });
    pieces.push({ quote: { n: i + 1, id: q.id, text: text.slice(q.start, q.end) } });
    at = q.end;
    const question = ask?.(q.id, i + 1) ?? null;
    if (question === null) return;
    const close = q.close;
    if (close && close.start === q.end && close.end > close.start && close.end - close.start <= 2 && close.end <= text.length) {
      pieces.push({ text: text.slice(q.end, close.end) });
      at = close.end;
    }
    pieces.push({ ask: question });
  });
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}
