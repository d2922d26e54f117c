/** Plain objects for the templates. All user text stays raw here: Handlebars escapes it. */

import { ACCEPTED_EXTENSIONS } from '../input/extract.js';
import { findingTitle } from '../report/findings/index.js';
import { justificationSummary, KINDS, kindLabel, lineLocator, percent, plural } from '../report/formats/common.js';
import { chartSvg, findingCounts, storyHtml } from '../report/formats/html-parts.js';
import { FORMATS } from '../report/formats/registry.js';
import type { SourcingReport } from '../report/types.js';
import type { AppContext } from './context.js';
import type { Story } from './story.js';
import { megabytes } from './user-error.js';

/** Trusted HTML built by our own escaping code (html-parts.ts); passed to `{{{…}}}`. */
export interface TrustedHtml {
  trustedHtml: string;
}

export function homeView(ctx: AppContext, extra: { error?: string; status?: number; text?: string } = {}) {
  const samples = ctx.samples().map((s) => ({ id: s.id, title: s.title, note: s.note }));
  return {
    pageTitle: extra.error ? 'There is a problem' : 'Check the sourcing of a story',
    textLimit: megabytes(ctx.textLimit),
    fileLimit: megabytes(ctx.fileLimit),
    accepted: ACCEPTED_EXTENSIONS.filter((e) => e !== '.markdown' && e !== '.htm').join(', '),
    samples,
    hasSamples: samples.length > 0,
    error: extra.error ?? null,
    text: extra.text ?? '',
  };
}

export function reportView(report: SourcingReport, story: Story) {
  const { summary } = report;
  const locate = lineLocator(story.text);
  const title = report.title || 'Untitled story';
  const origin =
    story.origin === 'file' ? `the file “${story.name ?? ''}”` : story.origin === 'sample' ? `the sample story “${story.name ?? ''}”` : 'the pasted text';
  return {
    pageTitle: `Sourcing report: ${title}`,
    title,
    origin,
    meta: `${plural(report.length, 'character')} · ${plural(summary.quotes, 'quote')} · ${plural(summary.statements, 'statement')} · ${plural(summary.sources, 'source')}`,
    figures: [
      {
        value: percent(summary.unnamedShare.quotes),
        label: 'of quotes',
        detail: `${summary.byKind.anonymous.quotes} of ${summary.quotes}`,
      },
      {
        value: percent(summary.unnamedShare.quotedWords),
        label: 'of quoted words',
        detail: `${summary.byKind.anonymous.quotedWords} of ${summary.quotedWords}`,
      },
      {
        value: percent(summary.unnamedShare.statements),
        label: 'of statements',
        detail: `${summary.byKind.anonymous.statements} of ${summary.statements}`,
      },
    ],
    noQuotes: summary.quotes === 0,
    chart: { trustedHtml: chartSvg(report) } satisfies TrustedHtml,
    kinds: KINDS.map((k) => ({ kind: k, label: kindLabel(k), ...summary.byKind[k] })),
    sources: report.sources.map((s) => ({
      name: s.name,
      description: s.description,
      kind: s.kind,
      kindLabel: kindLabel(s.kind),
      quotes: s.quotes,
      quotedWords: s.quotedWords,
      statements: s.statements,
      anonymous: s.kind === 'anonymous',
      justified: s.justified === true,
      justification: s.kind === 'anonymous' ? (s.justification?.text ?? null) : null,
      justificationSummary: justificationSummary(s),
    })),
    hasSources: report.sources.length > 0,
    summaryText: summary.text,
    findings: report.findings.map((f, i) => ({
      n: i + 1,
      rule: f.rule,
      title: findingTitle(f.rule),
      severity: f.severity,
      warning: f.severity === 'warning',
      message: f.message,
      guideline: f.guideline,
      line: locate(f.start).line,
      excerpt: story.text.slice(f.start, f.end).slice(0, 300),
    })),
    findingCounts: findingCounts(report.findings),
    hasFindings: report.findings.length > 0,
    notes: report.notes.map((n) => ({ message: n.message, rule: n.rule, line: locate(n.start).line, excerpt: story.text.slice(n.start, n.end).slice(0, 200) })),
    hasNotes: report.notes.length > 0,
    legend: KINDS.map((k) => ({ kind: k, label: kindLabel(k) })),
    story: { trustedHtml: storyHtml(story.text, report, { findings: true }) } satisfies TrustedHtml,
    text: story.text,
    formats: FORMATS.map((f) => ({ label: f.label, path: `/report.${f.extension}`, extension: f.extension })),
  };
}
