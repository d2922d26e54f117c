/**
 * Properties of the whole engine on arbitrary text: `analyze` never throws, its analysis and the
 * report built from it satisfy the invariants, and the same input always gives the same output
 * (no hidden state between calls). Run counts are kept modest so the file takes a few seconds.
 *
 * The seed is fixed so that the suite is reproducible; explore with fresh seeds and more runs:
 *   FC_SEED=random FC_RUNS=5000 npx vitest run tests/analysis/properties.test.ts
 * A failure prints its seed and counterexample; pin a found bug as a plain example test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { buildReport } from '../../src/report/build-report.js';
import { ARBITRARIES, storyShaped } from '../support/arbitraries.js';
import { assertAnalysisInvariants, assertReportInvariants } from '../support/invariants.js';

const RUNS = Number(process.env.FC_RUNS) || 500;
const SEED = process.env.FC_SEED === 'random' ? undefined : Number(process.env.FC_SEED) || 20_261_129;
fc.configureGlobal({ ...(SEED === undefined ? {} : { seed: SEED }), numRuns: RUNS });

function checkAll(text: string): void {
  const analysis = analyze(text);
  const report = buildReport(analysis, text);
  assertAnalysisInvariants(text, analysis);
  assertReportInvariants(text, report);
}

describe('analyze on arbitrary text', () => {
  describe.each(ARBITRARIES)('%s', (_name, arb) => {
    it('never throws and satisfies the invariants', () => {
      fc.assert(fc.property(arb, checkAll));
    });

    it('is deterministic: the same input gives deeply equal output, whatever ran in between', () => {
      fc.assert(
        fc.property(arb, arb, (a, b) => {
          const first = analyze(a);
          analyze(b);
          expect(analyze(a)).toStrictEqual(first);
        }),
        { numRuns: Math.round(RUNS / 3) },
      );
    });
  });

  it('the story-like arbitraries do produce quotes and sources (they exercise the later steps)', () => {
    const texts = fc.sample(storyShaped, { numRuns: 200, seed: 7 });
    const analyses = texts.map((t) => analyze(t));
    expect(analyses.some((a) => a.quotes.length > 0)).toBe(true);
    expect(analyses.some((a) => a.sources.length > 0)).toBe(true);
    expect(analyses.some((a) => a.statements.length > 0)).toBe(true);
  });
});
