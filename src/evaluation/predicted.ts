/**
 * What the scorer reads of a report: the fields ANNOTATION.md "What a system reports" promises.
 * The project's own `SourcingReport` is one (checked below at compile time); another system's
 * output scores the same once it has these fields.
 */
import type { Span, TextSpan } from '../analysis/span.js';
import type { SourceKind } from '../analysis/story.js';
import type { SourcingReport } from '../report/types.js';

export interface PredictedQuote extends Span {
  sourceId: string | null;
  speakerMention: TextSpan | null;
  kind?: SourceKind;
  /** Read only for the reliability table: the confidence, and whether a learned model gave it. */
  evidence?: { confidence: number; model?: unknown };
}

export interface PredictedStatement extends Span {
  /** Pieces of a broken content; empty or absent means the whole span. */
  parts?: Span[];
  sourceId: string | null;
  speakerMention: TextSpan | null;
}

export interface PredictedSource {
  id: string;
  kind: SourceKind;
  name: string;
  mentions?: Span[];
  justified: boolean | null;
}

export interface PredictedReport {
  quotes: PredictedQuote[];
  statements?: PredictedStatement[];
  sources: PredictedSource[];
}

/** Anything with a source and the mention that names it: a predicted quote or statement. */
export interface PredictedAttribution {
  sourceId: string | null;
  speakerMention: TextSpan | null;
}

// The project's own report is a PredictedReport: this fails to compile the day it is not.
const _reportIsScorable = (r: SourcingReport): PredictedReport => r;
void _reportIsScorable;
