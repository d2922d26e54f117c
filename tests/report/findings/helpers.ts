/** Runs the real engine on a passage and returns what one editorial check says about it. */
import { expect } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import { buildReport, type ReportOptions } from '../../../src/report/build-report.js';
import type { Finding, SourcingReport } from '../../../src/report/types.js';
import { assertReportInvariants } from '../../support/invariants.js';

export function report(text: string, options?: ReportOptions): SourcingReport {
  const r = buildReport(analyze(text), text, options);
  assertReportInvariants(text, r);
  return r;
}

export function fired(text: string, rule: string, options?: ReportOptions): Finding[] {
  const found = report(text, options).findings.filter((f) => f.rule === rule);
  for (const f of found) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(['warning', 'note']).toContain(f.severity);
    expect(f.message.length).toBeGreaterThan(10);
    expect(f.guideline.length).toBeGreaterThan(5);
  }
  return found;
}

/** The passage a finding points at. */
export function passage(text: string, f: Finding): string {
  return text.slice(f.start, f.end);
}

/** A story: a headline, then paragraphs separated by blank lines. */
export function story(...paragraphs: string[]): string {
  return ['Harbour council votes on new ferry fares', ...paragraphs].join('\n\n');
}
