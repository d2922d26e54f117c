/**
 * The ids of the editorial findings (`report.findings[].rule`), for `--fail-on` and the summary's
 * columns. Kept in step with the findings of src/report; a report may carry a rule not listed
 * here, which the summary still counts in its total.
 */
export const FINDING_RULES = [
  'anonymous-without-reason',
  'vague-anonymous-source',
  'single-anonymous-source',
  'anonymous-majority',
  'anonymous-first-quote',
  'anonymous-attack',
  'unattributed-quote',
  'distant-attribution',
  'loaded-attribution-verb',
] as const;

export type FindingRule = (typeof FINDING_RULES)[number];
