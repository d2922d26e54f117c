/**
 * Hang guards: every hostile input of tests/support/hostile-inputs.ts at 2 MB finishes within a
 * generous limit and keeps the span contract. This is not a speed test (`npm run bench` times
 * each at 200 KB and 2 MB and reports the ratio); the limit is twenty times what a linear engine
 * takes here, and the quadratic code it guards against took minutes on the same inputs.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { buildReport } from '../../src/report/build-report.js';
import { ENGINE_HOSTILE } from '../support/hostile-inputs.js';
import { assertAnalysisInvariants, assertReportInvariants } from '../support/invariants.js';

const SIZE = 2_000_000;
const LIMIT_MS = 30_000;

describe('the engine on hostile inputs of 2 MB', () => {
  it.each(ENGINE_HOSTILE.map((h) => [h.name, h] as const))('%s', (_name, hostile) => {
    const text = hostile.make(SIZE);
    const t0 = performance.now();
    const analysis = analyze(text);
    const report = buildReport(analysis, text);
    const ms = performance.now() - t0;
    expect(ms, 'a hang guard: linear code takes about a second here').toBeLessThan(LIMIT_MS);
    assertAnalysisInvariants(text, analysis);
    assertReportInvariants(text, report);
  });
});
