/**
 * The ids of the editorial findings (`report.findings[].rule`), for `--fail-on` and the summary's
 * columns, in the order of the findings registry (src/report/findings/). A report may carry a
 * rule not listed here (one made by a newer version), which the summary still counts in its total.
 */
export { FINDING_RULE_IDS as FINDING_RULES, type FindingRuleId as FindingRule } from '../report/findings/index.js';
