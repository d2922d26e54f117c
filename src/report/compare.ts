/**
 * Several stories side by side for the classroom (/learn/compare): per story, its quotes,
 * sources and unnamed shares, how many of its unnamed sources the story explains, and its
 * findings. Pure.
 */
import { speaksAsAnonymous } from './findings/describe-source.js';
import type { SourcingReport } from './types.js';

export interface CompareRow {
  n: number;
  title: string;
  quotes: number;
  statements: number;
  sources: number;
  /** Anonymous sources that are quoted, or paraphrased under a word for people (`officials said`). */
  anonymousSources: number;
  /** Of those, how many the story says why it does not name. */
  explained: number;
  /** Fractions 0..1, as in `summary.unnamedShare`. */
  unnamedQuotes: number;
  unnamedWords: number;
  unnamedStatements: number;
  warnings: number;
  notes: number;
  summary: string;
}

export function compareRows(reports: readonly SourcingReport[]): CompareRow[] {
  return reports.map((r, i) => {
    const anonymous = r.sources.filter(speaksAsAnonymous);
    const warnings = r.findings.filter((f) => f.severity === 'warning').length;
    return {
      n: i + 1,
      title: r.title || `Story ${i + 1}`,
      quotes: r.summary.quotes,
      statements: r.summary.statements,
      sources: r.summary.sources,
      anonymousSources: anonymous.length,
      explained: anonymous.filter((s) => s.justified === true).length,
      unnamedQuotes: r.summary.unnamedShare.quotes,
      unnamedWords: r.summary.unnamedShare.quotedWords,
      unnamedStatements: r.summary.unnamedShare.statements,
      warnings,
      notes: r.findings.length - warnings,
      summary: r.summary.text,
    };
  });
}

/** Stories pasted into one box, separated by a line of three or more hyphens (`---`). */
export function splitStories(text: string): string[] {
  return text
    .split(/^[ \t]*-{3,}[ \t]*$/m)
    .map((s) => s.replace(/^\s*\n|\s+$/g, ''))
    .filter((s) => s.trim() !== '');
}
