/**
 * The sourcing report as the templates show it, the same for the web page (views/report.hbs)
 * and the standalone HTML download (views/report-document.hbs): both draw these data with the
 * same partials, so that they say the same words. Plain data; every string is raw text that
 * Handlebars escapes.
 */

import { CORRECTED, correctionWords } from '../report/corrections/words.js';
import { findingTitle } from '../report/findings/index.js';
import { lineLocator } from '../report/positions.js';
import type { Finding, ReportSource, SourcingReport } from '../report/types.js';
import { ANONYMITY_EXPLAINED, clipPassage, countsLine, kindLabel, NOTHING, severityLabel, unnamedFigures } from '../report/words.js';
import { reportChart } from './chart-model.js';
import { withCorrections } from './editor-model.js';
import { legend } from './legend.js';
import { checkFirstModel, reviewAnchors } from './review-model.js';
import { storyPieces } from './story-model.js';

/** Findings counted by rule, in order of first appearance. */
export function findingCounts(findings: readonly Finding[]): { rule: string; title: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts.entries()].map(([rule, count]) => ({ rule, title: findingTitle(rule), count }));
}

/** The sources table's last column: `Yes` (with the story's words), `No reason given`, or not applicable. */
function anonymity(s: ReportSource): { answer: string; class: 'yes' | 'no' | 'na'; quote: string | null } {
  if (s.kind !== 'anonymous') return { answer: ANONYMITY_EXPLAINED.notAnonymous, class: 'na', quote: null };
  if (s.justified) return { answer: ANONYMITY_EXPLAINED.yes, class: 'yes', quote: s.justification?.text ?? null };
  return { answer: ANONYMITY_EXPLAINED.no, class: 'no', quote: null };
}

/** A passage of the story as a finding or a note quotes it: clipped, and nothing when blank. */
function passage(text: string, start: number, end: number, max: number): string {
  const clipped = clipPassage(text.slice(start, end), max);
  return clipped.trim() ? clipped : '';
}

export function reportModel(report: SourcingReport, text: string) {
  const { summary } = report;
  const locate = lineLocator(text);
  const title = report.title || 'Untitled story';
  return {
    pageTitle: `Sourcing report: ${title}`,
    title,
    counts: countsLine(report),
    languageNote: report.language?.note ?? null,
    summaryText: summary.text ?? '',
    figures: unnamedFigures(summary),
    noQuotes: summary.quotes === 0,
    chart: reportChart(report),
    sources: report.sources.map((s) => ({
      name: s.name,
      description: s.description,
      kind: s.kind,
      kindLabel: kindLabel(s.kind),
      quotes: s.quotes,
      quotedWords: s.quotedWords,
      statements: s.statements,
      anonymity: anonymity(s),
      corrected: s.corrected ? CORRECTED : null,
    })),
    findingCounts: findingCounts(report.findings),
    findings: report.findings.map((f, i) => ({
      n: i + 1,
      rule: f.rule,
      title: findingTitle(f.rule),
      severity: f.severity === 'warning' ? 'warning' : 'note',
      severityLabel: severityLabel(f.severity),
      message: f.message,
      guideline: f.guideline,
      line: locate(f.start).line,
      excerpt: passage(text, f.start, f.end, 300),
    })),
    notes: report.notes.map((n) => ({ message: n.message, line: locate(n.start).line, excerpt: passage(text, n.start, n.end, 200) })),
    legend: legend(),
    checkFirst: checkFirstModel(report, text),
    story: { pieces: withCorrections(storyPieces(text, report, { findings: true, anchors: reviewAnchors(report) }), report, false) },
    corrections: (report.corrections ?? []).map((c) => correctionWords(c, text)),
    nothing: NOTHING,
  };
}

export type ReportModel = ReturnType<typeof reportModel>;
