/** quotecheck as a library: the pure engine and the report builder. */
export { analyze } from './analysis/analyze.js';
export type { Span, TextSpan } from './analysis/span.js';
export type * from './analysis/story.js';
export { buildReport } from './report/build-report.js';
export type * from './report/types.js';

import { analyze } from './analysis/analyze.js';
import { buildReport } from './report/build-report.js';
import type { SourcingReport } from './report/types.js';

/** analyze + buildReport in one call. */
export function check(text: string): SourcingReport {
  return buildReport(analyze(text), text);
}
