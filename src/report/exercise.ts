/**
 * The classroom exercise (/learn): the story's quotes with their speakers hidden, a choice of
 * the story's quoted sources and "no one" for each, and the grading of the answers. Stateless:
 * the story travels back with the answers, is analysed again, and the answers are keyed by
 * quote id (`q1`…) and source id (`s1`…, or `none`), which the deterministic engine repeats.
 * Pure.
 */
import type { SourceKind } from '../analysis/story.js';
import { explainQuotes, type QuoteExplanation } from './explanations.js';
import type { SourcingReport } from './types.js';
import { kindLabel } from './words.js';

/** At most this many quotes make an exercise (the rest of a long story is left out). */
export const MAX_EXERCISE_QUOTES = 60;
export const NO_ONE = 'none';

export interface ExerciseChoice {
  value: string;
  label: string;
}

export interface ExerciseItem {
  n: number;
  id: string;
  text: string;
  /** The form field of this quote's answer: `answer-q1`. */
  field: string;
}

export interface Exercise {
  items: ExerciseItem[];
  choices: ExerciseChoice[];
  /** Quotes left out beyond MAX_EXERCISE_QUOTES. */
  omitted: number;
}

export function buildExercise(report: Pick<SourcingReport, 'quotes' | 'sources'>): Exercise {
  const quotes = [...report.quotes].sort((a, b) => a.start - b.start);
  const quoted = new Set(quotes.map((q) => q.sourceId).filter((id): id is string => id !== null));
  const choices: ExerciseChoice[] = report.sources
    .filter((s) => quoted.has(s.id))
    .map((s) => ({ value: s.id, label: s.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  choices.push({ value: NO_ONE, label: 'No one: the story does not say' });
  const items = quotes.slice(0, MAX_EXERCISE_QUOTES).map((q, i) => ({ n: i + 1, id: q.id, text: q.text, field: answerField(q.id) }));
  return { items, choices, omitted: Math.max(0, quotes.length - MAX_EXERCISE_QUOTES) };
}

export function answerField(quoteId: string): string {
  return `answer-${quoteId}`;
}

/** The exercise's items without a valid answer (nothing chosen, or a value not among the choices). */
export function missingAnswers(exercise: Exercise, answers: Readonly<Record<string, unknown>>): ExerciseItem[] {
  const valid = new Set(exercise.choices.map((c) => c.value));
  return exercise.items.filter((item) => {
    const a = answers[item.field];
    return typeof a !== 'string' || !valid.has(a);
  });
}

/** What a submission with answers missing is told, instead of a score. */
export function missingMessage(missing: readonly Pick<ExerciseItem, 'n'>[], total: number): string {
  const choose = 'choose who said it (or “No one” when the story does not say), then check your answers again';
  if (missing.length >= total) return `You have not answered any quote yet. For each numbered quote, ${choose}.`;
  const ns = missing.map((m) => m.n);
  const list = ns.length === 1 ? `quote ${ns[0]}` : `quotes ${ns.slice(0, -1).join(', ')} and ${ns.at(-1)}`;
  return `You have not answered ${list} yet. For ${ns.length === 1 ? 'it' : 'each of them'}, ${choose}.`;
}

export interface GradedItem extends ExerciseItem {
  /** What the student chose, in words (`no answer` when nothing was chosen). */
  answer: string;
  /** The right source, in words, with its kind. */
  correct: string;
  kind: SourceKind;
  kindLabel: string;
  right: boolean;
  explanation: QuoteExplanation;
}

export interface Grade {
  items: GradedItem[];
  right: number;
  total: number;
}

/** Grades answers (`answer-q1` → `s2` or `none`); a missing, unknown or malformed answer is wrong. */
export function gradeExercise(report: Pick<SourcingReport, 'quotes' | 'sources'>, text: string, answers: Readonly<Record<string, unknown>>): Grade {
  const exercise = buildExercise(report);
  const labels = new Map(exercise.choices.map((c) => [c.value, c.label] as const));
  const byId = new Map(report.quotes.map((q) => [q.id, q] as const));
  const explanations = new Map(explainQuotes(report, text).map((e) => [e.id, e] as const));
  const items = exercise.items.map((item): GradedItem => {
    const quote = byId.get(item.id);
    const expected = quote?.sourceId ?? NO_ONE;
    const raw = answers[item.field];
    const given = typeof raw === 'string' && labels.has(raw) ? raw : null;
    const kind = quote?.kind ?? 'unknown';
    return {
      ...item,
      answer: given === null ? 'no answer' : (labels.get(given) as string),
      correct: expected === NO_ONE ? 'No one: the story does not say' : `${labels.get(expected) ?? expected} (${kindLabel(kind)})`,
      kind,
      kindLabel: kindLabel(kind),
      right: given === expected,
      explanation: explanations.get(item.id) as QuoteExplanation,
    };
  });
  return { items, right: items.filter((i) => i.right).length, total: items.length };
}
