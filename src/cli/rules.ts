/**
 * The ids of the editorial findings (`report.findings[].rule`), for `--fail-on` and the summary's
 * columns, in the order of the findings registry (src/report/findings/). A report may carry a
 * rule not listed here (one made by a newer version), which the summary still counts in its total.
 * Ids only: the rule objects themselves are the registry's `FINDING_RULES`.
 */
export { FINDING_RULE_IDS, type FindingRuleId } from '../report/findings/index.js';
