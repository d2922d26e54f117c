/**
 * `quotecheck summary`'s row: the figures of one story's report, made in the worker that
 * checked the story, or read from a report that came in as JSONL.
 */
import type { SourceKind } from '../../analysis/story.js';
import type { SourcingReport } from '../../report/types.js';
import type { ShareBasis } from '../args.js';

/** The kinds of source the summary counts, in the order of its columns. */
export const SOURCE_KINDS: readonly SourceKind[] = ['person', 'organization', 'anonymous', 'unknown'];
/** The unnamed shares the summary gives, in the order of its columns. */
export const SHARE_BASES: readonly ShareBasis[] = ['quotes', 'quotedWords', 'statements'];
/** How messages and the table's totals name a share. */
export const SHARE_BASIS_LABEL: Record<ShareBasis, string> = { quotes: 'quotes', quotedWords: 'quoted words', statements: 'statements' };
/** A story rests mostly on unnamed sources when its share is over this. */
export const MOSTLY = 0.5;

export interface SummaryRow {
  id: string;
  title: string;
  quotes: number;
  quotedWords: number;
  statements: number;
  sources: number;
  sourcesByKind: Record<SourceKind, number>;
  unnamedShare: Record<ShareBasis, number>;
  /** Whether the share has anything to share (a story with no quotes has no share of quotes). */
  hasShare: Record<ShareBasis, boolean>;
  findings: number;
  findingsByRule: Record<string, number>;
}

export function summarizeReport(id: string, report: SourcingReport): SummaryRow {
  const s = report.summary;
  const findingsByRule: Record<string, number> = {};
  for (const f of report.findings ?? []) findingsByRule[f.rule] = (findingsByRule[f.rule] ?? 0) + 1;
  return {
    id,
    title: report.title ?? '',
    quotes: s.quotes,
    quotedWords: s.quotedWords,
    statements: s.statements,
    sources: s.sources,
    sourcesByKind: Object.fromEntries(SOURCE_KINDS.map((k) => [k, s.byKind[k]?.sources ?? 0])) as Record<SourceKind, number>,
    unnamedShare: { quotes: s.unnamedShare.quotes, quotedWords: s.unnamedShare.quotedWords, statements: s.unnamedShare.statements },
    hasShare: { quotes: s.quotes > 0, quotedWords: s.quotedWords > 0, statements: s.statements > 0 },
    findings: report.findings?.length ?? 0,
    findingsByRule,
  };
}

/** Whether a report has the shape the summary reads (for reports that come in as JSONL). */
export function looksLikeReport(value: unknown): value is SourcingReport {
  const r = value as SourcingReport;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.summary === 'object' &&
    r.summary !== null &&
    typeof r.summary.quotes === 'number' &&
    typeof r.summary.statements === 'number' &&
    typeof r.summary.byKind === 'object' &&
    typeof r.summary.unnamedShare === 'object' &&
    r.summary.unnamedShare !== null &&
    SHARE_BASES.every((b) => typeof r.summary.unnamedShare[b] === 'number') &&
    (r.findings === undefined || Array.isArray(r.findings))
  );
}

export function mostlyUnnamed(row: SummaryRow, basis: ShareBasis): boolean {
  return row.hasShare[basis] && row.unnamedShare[basis] > MOSTLY;
}
