/**
 * The exercise on paper or offline (README "The classroom"): the worksheet students fill in
 * (the story with its quotes numbered, nobody named, and the list of sources to choose from) and
 * the answer key the teacher keeps (each quote's source, marked when the teacher corrected it,
 * and why). The key is the report's, corrections included. Pure.
 */
import { CORRECTED } from './corrections/words.js';
import { buildExercise } from './exercise.js';
import { explainQuotes } from './explanations.js';
import type { SourcingReport } from './types.js';

export interface Worksheet {
  title: string;
  /** The quotes asked about, in text order, with their span in the story. */
  items: { n: number; id: string; text: string; start: number; end: number }[];
  /** What a student chooses from: the quoted sources, then "no one". */
  choices: string[];
  omitted: number;
  key: { n: number; text: string; answer: string; because: string; corrected: string | null }[];
  /** How many answers of the key an editor or teacher corrected. */
  correctedCount: number;
}

export const WORKSHEET_INSTRUCTIONS =
  'Read the story. Its quotes are numbered, but nobody is labelled. For each quote, write who said it, choosing from the list of sources. Look for the words that tell you: said, told, according to, and the names, roles and pronouns around them.';

export function buildWorksheet(report: SourcingReport, text: string): Worksheet {
  const exercise = buildExercise(report);
  const quotes = new Map(report.quotes.map((q) => [q.id, q] as const));
  const explained = new Map(explainQuotes(report, text).map((e) => [e.id, e] as const));
  const labels = new Map(exercise.choices.map((c) => [c.value, c.label] as const));
  const items = exercise.items.map((i) => {
    const q = quotes.get(i.id);
    return { n: i.n, id: i.id, text: i.text, start: q?.start ?? 0, end: q?.end ?? 0 };
  });
  const key = items.map((i) => {
    const q = quotes.get(i.id);
    const e = explained.get(i.id);
    const answer = q?.sourceId ? `${labels.get(q.sourceId) ?? e?.who ?? ''} (${e?.kindLabel ?? ''})` : (labels.get('none') ?? 'No one');
    return { n: i.n, text: i.text, answer, because: e?.because ?? '', corrected: q?.corrected ? CORRECTED : null };
  });
  return {
    title: report.title || 'Untitled story',
    items,
    choices: exercise.choices.map((c) => c.label),
    omitted: exercise.omitted,
    key,
    correctedCount: key.filter((k) => k.corrected).length,
  };
}
