/** quotecheck as a library: the pure engine and the report builder. */
export { type AnalyzeOptions, analyze, analyzeWith } from './analysis/analyze.js';
export type { Span, TextSpan } from './analysis/span.js';
export type * from './analysis/story.js';
export { buildReport, type ReportOptions } from './report/build-report.js';
export { FINDING_RULE_IDS, type FindingRuleId } from './report/findings/index.js';
export type * from './report/types.js';

import { analyze } from './analysis/analyze.js';
import { buildReport, type ReportOptions } from './report/build-report.js';
import type { SourcingReport } from './report/types.js';

/** analyze + buildReport in one call. */
export function check(text: string, options?: ReportOptions): SourcingReport {
  return buildReport(analyze(text), text, options);
}
