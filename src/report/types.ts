/**
 * The sourcing report: the analysis plus the figures an editor reads. This is the JSON
 * contract of ANNOTATION.md ("What a system reports") and of the API, downloads and CLI.
 */
import type { Note, Quote, Source, SourceKind, Statement } from '../analysis/story.js';
import type { AppliedCorrection, RejectedCorrection } from './corrections/types.js';
import type { StoryLanguage } from './language.js';

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

/** Why an attribution is in "Check these first" (src/report/review.ts). */
export type ReviewReason = 'turn-taking' | 'other-paragraph' | 'distant-pronoun' | 'doubtful-kind' | 'low-confidence' | 'no-source';

/** One attribution to check, or one sentence whose speaker the engine could not tell. */
export interface ReviewItem {
  /** What the span is: a quote or a statement (by `id`), or a sentence (`id` null). */
  target: 'quote' | 'statement' | 'sentence';
  id: string | null;
  start: number;
  end: number;
  /** The passage, clipped. */
  text: string;
  /** The source it is attributed to, or null. */
  who: string | null;
  reasons: ReviewReason[];
  /** What to check, in words. */
  message: string;
  /** The attribution's confidence 0..1, or null for a sentence nobody could be given. */
  confidence: number | null;
}

/** "Check these first": the attributions likeliest to be wrong, and what nobody could be given. */
export interface Review {
  /** Likeliest to be wrong first; at most 5. */
  check: ReviewItem[];
  /** How many more the list left out. */
  more: number;
  /** Sentences with a reporting verb no source could be given to, in text order; at most 10. */
  couldNotTell: ReviewItem[];
  couldNotTellMore: number;
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
  /** The story's language (src/report/language.ts); `note` says so when it is not English. */
  language: StoryLanguage;
  quotes: ReportQuote[];
  statements: ReportStatement[];
  sources: ReportSource[];
  summary: ReportSummary;
  findings: Finding[];
  /** What an editor should check first (src/report/review.ts). */
  review: Review;
  notes: Note[];
  /** The editor's corrections that took effect, in their order (src/report/corrections/). */
  corrections: AppliedCorrection[];
  /** The corrections that did not apply, each with the reason. */
  rejectedCorrections: RejectedCorrection[];
}
