import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, FINDING_RULE_IDS as EXPORTED_IDS } from '../../../src/index.js';
import { FINDING_RULE_IDS, FINDING_RULES } from '../../../src/report/findings/index.js';
import { report } from './helpers.js';

const samplesDir = new URL('../../../samples/', import.meta.url);
const samples = readdirSync(samplesDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, samplesDir), 'utf8')) as { id: string; text: string });

describe('the registry of editorial checks', () => {
  it('has the issue’s rule ids, exactly and once each', () => {
    expect([...FINDING_RULE_IDS].sort()).toEqual(
      [
        'anonymous-without-reason',
        'vague-anonymous-source',
        'single-anonymous-source',
        'anonymous-majority',
        'anonymous-first-quote',
        'anonymous-attack',
        'unattributed-quote',
        'distant-attribution',
        'loaded-attribution-verb',
      ].sort(),
    );
    for (const rule of FINDING_RULES) {
      expect(rule.guideline.length).toBeGreaterThan(10);
      expect(rule.description.length).toBeGreaterThan(10);
    }
  });

  it.each(samples.map((s) => [s.id, s.text] as const))('%s: findings are sorted, in the text, and carry a known rule and its guideline', (_id, text) => {
    const r = report(text);
    const guideline = new Map(FINDING_RULES.map((x) => [x.id, x.guideline]));
    for (const [i, f] of r.findings.entries()) {
      expect(guideline.get(f.rule)).toBe(f.guideline);
      expect(text.slice(f.start, f.end).trim()).not.toBe('');
      const prev = r.findings[i - 1];
      if (prev) expect(prev.start <= f.start).toBe(true);
    }
    expect(r.summary.text.length).toBeGreaterThan(20);
  });

  it('is part of the library: the rule ids, and check() with the options', () => {
    expect(EXPORTED_IDS).toEqual(FINDING_RULE_IDS);
    const text = 'Ferry fares to rise\n\n"We will vote on Tuesday, and the fares will rise," said Mayor Lena Dahl.\n\n"It is a scandal," said a ferry captain.';
    const rules = (t?: number) => check(text, t === undefined ? undefined : { anonymousMajorityThreshold: t }).findings.map((f) => f.rule);
    expect(rules()).not.toContain('anonymous-majority');
    expect(rules(0.1)).toContain('anonymous-majority');
  });

  it('is deterministic', () => {
    const text = samples[0]?.text ?? '';
    expect(report(text).findings).toEqual(report(text).findings);
  });
});
