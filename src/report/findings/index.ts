/**
 * The registry of editorial checks: one module per rule, run in this order, their findings
 * sorted by position. Rule ids are stable: API users and the CLI's `--fail-on RULE` filter
 * `report.findings[].rule` on them.
 */
import type { Finding } from '../types.js';
import { anonymousAttack } from './anonymous-attack.js';
import { anonymousFirstQuote } from './anonymous-first-quote.js';
import { anonymousMajority } from './anonymous-majority.js';
import { anonymousWithoutReason } from './anonymous-without-reason.js';
import type { FindingContext, FindingRule } from './context.js';
import { distantAttribution } from './distant-attribution.js';
import { loadedAttributionVerb } from './loaded-attribution-verb.js';
import { singleAnonymousSource } from './single-anonymous-source.js';
import { unattributedQuote } from './unattributed-quote.js';
import { vagueAnonymousSource } from './vague-anonymous-source.js';

export const FINDING_RULES: readonly FindingRule[] = [
  anonymousWithoutReason,
  vagueAnonymousSource,
  singleAnonymousSource,
  anonymousMajority,
  anonymousFirstQuote,
  anonymousAttack,
  unattributedQuote,
  distantAttribution,
  loadedAttributionVerb,
];

export type FindingRuleId =
  | 'anonymous-without-reason'
  | 'vague-anonymous-source'
  | 'single-anonymous-source'
  | 'anonymous-majority'
  | 'anonymous-first-quote'
  | 'anonymous-attack'
  | 'unattributed-quote'
  | 'distant-attribution'
  | 'loaded-attribution-verb';

export const FINDING_RULE_IDS: readonly FindingRuleId[] = FINDING_RULES.map((r) => r.id as FindingRuleId);

const BY_ID = new Map(FINDING_RULES.map((r) => [r.id, r] as const));

/** The check behind a rule id, or undefined for an id this version does not know. */
export function findingRule(id: string): FindingRule | undefined {
  return BY_ID.get(id);
}

/** How people read a rule id: its title, or the id itself. */
export function findingTitle(id: string): string {
  return BY_ID.get(id)?.title ?? id;
}

/** Every check's findings, sorted by start (then end, then the registry's order). */
export function runFindings(ctx: FindingContext, rules: readonly FindingRule[] = FINDING_RULES): Finding[] {
  const all = rules.flatMap((rule, order) => rule.check(ctx).map((f) => ({ f, order })));
  all.sort((a, b) => a.f.start - b.f.start || a.f.end - b.f.end || a.order - b.order);
  return all.map((x) => x.f);
}

export type { FindingContext, FindingOptions, FindingRule } from './context.js';
export { DEFAULT_FINDING_OPTIONS, findingContext } from './context.js';
