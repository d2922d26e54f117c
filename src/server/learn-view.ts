/**
 * Plain objects for the classroom templates (views/learn*.hbs). All user text stays raw here:
 * Handlebars escapes it; the few HTML fragments come from our own escaping code.
 */

import { ACCEPTED_EXTENSIONS } from '../input/extract.js';
import { compareRows } from '../report/compare.js';
import { buildExercise, type Grade, MAX_EXERCISE_QUOTES } from '../report/exercise.js';
import { explainQuotes } from '../report/explanations.js';
import { findingTitle } from '../report/findings/index.js';
import { KINDS, kindLabel, percent, plural } from '../report/formats/common.js';
import { compareChartSvg } from '../report/formats/compare-chart.js';
import { storyHtml } from '../report/formats/html-parts.js';
import { exerciseStoryHtml } from '../report/formats/learn-html.js';
import type { SourcingReport } from '../report/types.js';
import type { AppContext } from './context.js';
import type { Story } from './story.js';
import { megabytes } from './user-error.js';
import type { TrustedHtml } from './view-model.js';

/** At most this many stories in one comparison. */
export const MAX_COMPARE = 10;

const legend = () => [...KINDS.map((k) => ({ kind: k, label: kindLabel(k) }))];

function origin(story: Story): string {
  return story.origin === 'file' ? `the file “${story.name ?? ''}”` : story.origin === 'sample' ? `the sample story “${story.name ?? ''}”` : 'the pasted text';
}

export function learnHomeView(ctx: AppContext, extra: { error?: string } = {}) {
  const samples = ctx.samples().map((s) => ({ id: s.id, title: s.title }));
  return {
    pageTitle: 'Classroom',
    textLimit: megabytes(ctx.textLimit),
    fileLimit: megabytes(ctx.fileLimit),
    accepted: ACCEPTED_EXTENSIONS.filter((e) => e !== '.markdown' && e !== '.htm').join(', '),
    samples,
    hasSamples: samples.length > 0,
    maxCompare: MAX_COMPARE,
    legend: legend(),
    error: extra.error ?? null,
  };
}

export function learnSamplesView(ctx: AppContext) {
  const samples = ctx.samples().map((s) => ({ id: s.id, title: s.title, note: s.note }));
  return { pageTitle: 'Sample stories for the classroom', samples, hasSamples: samples.length > 0, maxCompare: MAX_COMPARE };
}

export function explainView(report: SourcingReport, story: Story) {
  const title = report.title || 'Untitled story';
  return {
    pageTitle: `Explained: ${title}`,
    title,
    origin: origin(story),
    summaryText: report.summary.text,
    explanations: explainQuotes(report, story.text),
    noQuotes: report.quotes.length === 0,
    findings: report.findings.map((f) => ({ title: findingTitle(f.rule), rule: f.rule, message: f.message, warning: f.severity === 'warning' })),
    hasFindings: report.findings.length > 0,
    legend: legend(),
    story: { trustedHtml: storyHtml(story.text, report) } satisfies TrustedHtml,
    text: story.text,
  };
}

export function exerciseView(report: SourcingReport, story: Story) {
  const title = report.title || 'Untitled story';
  const exercise = buildExercise(report);
  return {
    pageTitle: `Exercise: ${title}`,
    title,
    origin: origin(story),
    items: exercise.items,
    choices: exercise.choices,
    noQuotes: exercise.items.length === 0,
    omitted: exercise.omitted,
    maxQuotes: MAX_EXERCISE_QUOTES,
    story: { trustedHtml: exerciseStoryHtml(story.text, report.quotes, MAX_EXERCISE_QUOTES) } satisfies TrustedHtml,
    text: story.text,
  };
}

export function resultView(report: SourcingReport, text: string, grade: Grade) {
  const title = report.title || 'Untitled story';
  return {
    pageTitle: `Your answers: ${title}`,
    title,
    score: `You got ${grade.right} of ${plural(grade.total, 'quote')} right${grade.total ? ` (${percent(grade.right / grade.total)})` : ''}.`,
    items: grade.items.map((i) => ({ ...i, because: i.explanation?.because ?? '', about: i.explanation?.about ?? '' })),
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
    chart: { trustedHtml: compareChartSvg(rows) } satisfies TrustedHtml,
  };
}
