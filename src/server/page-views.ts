/**
 * The pages made from a report, in the worker threads (web-jobs.ts): the report page and the
 * classroom's explanations, exercise, results and comparison, as plain objects for their
 * templates. All user text stays raw here: Handlebars escapes it; the story and the charts are
 * data for the render layer's partials (src/render/).
 */

import { compareChart } from '../render/chart-model.js';
import { reviewModel, withCorrections, withDismissals } from '../render/editor-model.js';
import { exercisePieces } from '../render/exercise-model.js';
import { legend } from '../render/legend.js';
import { reportModel } from '../render/report-model.js';
import { storyPieces } from '../render/story-model.js';
import { compareRows } from '../report/compare.js';
import type { Correction } from '../report/corrections/types.js';
import { answerField, buildExercise, type Grade, MAX_EXERCISE_QUOTES, missingAnswers, missingMessage } from '../report/exercise.js';
import { explainQuotes } from '../report/explanations.js';
import { findingTitle } from '../report/findings/index.js';
import { FORMATS } from '../report/formats/registry.js';
import type { SourcingReport } from '../report/types.js';
import { NOTHING, percent, plural, severityLabel } from '../report/words.js';
import { CLASSROOM_FILES } from './classroom-files.js';
import type { Story } from './story.js';

/** At most this many stories in one comparison. */
export const MAX_COMPARE = 10;

/** Where the story came from, as the report and classroom pages say it: `the file “draft.docx”`. */
export function originPhrase(story: Pick<Story, 'origin' | 'name'>): string {
  if (story.origin === 'file') return `the file “${story.name ?? ''}”`;
  if (story.origin === 'sample') return `the sample story “${story.name ?? ''}”`;
  return 'the pasted text';
}

/** The report page: the report's sections (shared with the HTML download), where the story came from, and the downloads. */
export function reportView(report: SourcingReport, story: Story, corrections: readonly Correction[] = []) {
  const model = reportModel(report, story.text);
  return {
    ...model,
    story: { pieces: withCorrections(model.story.pieces, report, true) },
    findings: withDismissals(model.findings, report),
    review: reviewModel(report, story.text, corrections),
    origin: originPhrase(story),
    text: story.text,
    formats: FORMATS.map((f) => ({ label: f.label, path: `/report.${f.extension}`, extension: f.extension })),
  };
}

export function explainView(report: SourcingReport, story: Story) {
  const title = report.title || 'Untitled story';
  return {
    pageTitle: `Explained: ${title}`,
    title,
    origin: originPhrase(story),
    summaryText: report.summary.text,
    explanations: explainQuotes(report, story.text),
    noQuotes: report.quotes.length === 0,
    findings: report.findings.map((f) => ({
      title: findingTitle(f.rule),
      rule: f.rule,
      message: f.message,
      severity: f.severity === 'warning' ? 'warning' : 'note',
      severityLabel: severityLabel(f.severity),
    })),
    nothing: NOTHING,
    legend: legend(),
    story: { pieces: storyPieces(story.text, report) },
    text: story.text,
  };
}

/**
 * The exercise: the story with each quote's question next to it. Sent back with answers missing,
 * it comes again with the answers given still chosen, the missing ones marked, and a message
 * saying which they are (`error`), instead of a score. `corrections`: the teacher's corrected key.
 */
export function exerciseView(
  report: SourcingReport,
  story: Pick<Story, 'text' | 'origin' | 'name'> | { text: string; origin?: undefined },
  corrections: readonly Correction[] = [],
  sent?: Readonly<Record<string, string>>,
) {
  const title = report.title || 'Untitled story';
  const exercise = buildExercise(report);
  const missing = sent ? missingAnswers(exercise, sent) : [];
  const isMissing = new Set(missing.map((m) => m.field));
  const ask = (quoteId: string, n: number) => {
    const field = answerField(quoteId);
    const given = sent?.[field];
    return { n, field, missing: isMissing.has(field), choices: exercise.choices.map((c) => ({ ...c, selected: c.value === given })) };
  };
  return {
    pageTitle: `Exercise: ${title}`,
    title,
    origin: story.origin === undefined ? null : originPhrase(story as Pick<Story, 'origin' | 'name'>),
    noQuotes: exercise.items.length === 0,
    omitted: exercise.omitted,
    maxQuotes: MAX_EXERCISE_QUOTES,
    error: missing.length > 0 ? missingMessage(missing, exercise.items.length) : null,
    story: { pieces: exercisePieces(story.text, report.quotes, MAX_EXERCISE_QUOTES, ask) },
    text: story.text,
    corrections: JSON.stringify(corrections),
    correctedCount: report.quotes.filter((q) => q.corrected).length,
    correctedPlural: report.quotes.filter((q) => q.corrected).length !== 1,
    files: CLASSROOM_FILES.map((f) => ({ path: f.path, label: f.label })),
  };
}

export function resultView(report: SourcingReport, text: string, grade: Grade) {
  const title = report.title || 'Untitled story';
  return {
    pageTitle: `Your answers: ${title}`,
    title,
    score: `You got ${grade.right} of ${plural(grade.total, 'quote')} right${grade.total ? ` (${percent(grade.right / grade.total)})` : ''}.`,
    items: grade.items.map((i) => ({
      ...i,
      because: i.explanation?.because ?? '',
      weighed: i.explanation?.weighed ?? null,
      about: i.explanation?.about ?? '',
    })),
    text,
  };
}

export function compareView(reports: readonly SourcingReport[]) {
  const rows = compareRows(reports).map((r) => ({
    ...r,
    unnamedQuotesText: percent(r.unnamedQuotes),
    unnamedWordsText: percent(r.unnamedWords),
    unnamedStatementsText: percent(r.unnamedStatements),
  }));
  return {
    pageTitle: `Comparing ${plural(rows.length, 'story', 'stories')}`,
    heading: `Comparing ${plural(rows.length, 'story', 'stories')}`,
    rows,
    chart: compareChart(rows),
  };
}
