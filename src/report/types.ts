/**
 * The sourcing report: the analysis plus the figures an editor reads. This is the JSON
 * contract of ANNOTATION.md ("What a system reports") and of the API, downloads and CLI.
 */
import type { Note, Quote, Source, SourceKind, Statement } from '../analysis/story.js';
import type { AppliedCorrection, RejectedCorrection } from './corrections/types.js';

export interface ReportQuote extends Quote {
  kind: SourceKind;
  words: number;
  /** Present (true) when an editor's correction changed its source. */
  corrected?: true;
}

export interface ReportStatement extends Statement {
  kind: SourceKind;
  corrected?: true;
}

export interface ReportSource extends Source {
  quotes: number;
  quotedWords: number;
  statements: number;
  /** Present (true) when an editor's correction made, renamed, merged into or changed it. */
  corrected?: true;
}

export interface KindTally {
  sources: number;
  quotes: number;
  quotedWords: number;
  statements: number;
}

/**
 * An editorial check's result (src/report/findings/): the rule id (stable: filter on it), how
 * serious, what to do, the span of the passage it concerns, and the newsroom standard behind it.
 */
export interface Finding {
  rule: string;
  severity: 'warning' | 'note';
  message: string;
  start: number;
  end: number;
  guideline: string;
}

export interface ReportSummary {
  quotes: number;
  quotedWords: number;
  statements: number;
  sources: number;
  byKind: Record<SourceKind, KindTally>;
  /** Fractions 0..1 of quotes, quoted words and statements whose source is anonymous. */
  unnamedShare: { quotes: number; quotedWords: number; statements: number };
  /** What the figures mean, in plain language (src/report/narrative.ts). */
  text: string;
}

export interface SourcingReport {
  /**
   * What made the report: the package version, the engine version (bumped when the analysis of a
   * story may change) and a content hash of each generated data file (`nouns.ts`, …), so that
   * runs over an archive can be compared.
   */
  tool: { name: 'quotecheck'; version: string; engine: string; data: Readonly<Record<string, string>> };
  /** Length of the story in UTF-16 code units; the report never repeats the story itself. */
  length: number;
  /** The story's headline (its first line), used to name downloads. */
  title: string;
  quotes: ReportQuote[];
  statements: ReportStatement[];
  sources: ReportSource[];
  summary: ReportSummary;
  findings: Finding[];
  notes: Note[];
  /** The editor's corrections that took effect, in their order (src/report/corrections/). */
  corrections: AppliedCorrection[];
  /** The corrections that did not apply, each with the reason. */
  rejectedCorrections: RejectedCorrection[];
}
