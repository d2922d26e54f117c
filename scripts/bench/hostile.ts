/**
 * Issue 15: linear time on hostile inputs, and the span contract on 100,000 arbitrary inputs.
 * Each hostile input of tests/support/hostile-inputs.ts (the engine's, and the extraction and PDF
 * ones where present) is timed at 200 KB and 2 MB (--quick: 20 KB and 200 KB): a linear step
 * takes ten times as long at ten times the size; the target is at most 15.
 */
import fc from 'fast-check';
import { ARBITRARIES } from '../../tests/support/arbitraries.js';
import { ENGINE_HOSTILE, type HostileInput } from '../../tests/support/hostile-inputs.js';
import { assertAnalysisInvariants, assertReportInvariants } from '../../tests/support/invariants.js';
import { gc, type Lib, round } from './common.js';
import type { Mode } from './engine.js';

export interface HostileRow {
  group: string;
  name: string;
  small: { chars: number; ms: number };
  large: { chars: number; ms: number };
  /** Time at the large size ÷ time at the small one: 10 is linear. */
  ratio: number;
}

/** A hostile input for a part other than the engine: `run` does the work on a text of about `n` characters. */
export interface HostileTask {
  group: string;
  name: string;
  /** Builds the input once (outside the timing); returns the work to time. */
  prepare: (n: number) => () => unknown | Promise<unknown>;
}

/**
 * The least CPU time (the process's, user and system) of `runs` calls after one untimed call: CPU
 * time, unlike the clock, does not count the time other programs hold the cores, and the least of
 * several is the least disturbed, so that the ratio of two sizes compares the work alone.
 */
async function timed(work: () => unknown | Promise<unknown>, runs: number): Promise<number> {
  const cpuMs = async (calls: number): Promise<number> => {
    const t0 = process.cpuUsage();
    for (let k = 0; k < calls; k++) await work();
    const t = process.cpuUsage(t0);
    return (t.user + t.system) / 1000 / calls;
  };
  // a call of a few milliseconds is timed over as many calls as make 20 ms, above the clock's grain and the noise
  const calls = Math.max(1, Math.ceil(20 / Math.max(0.01, await cpuMs(1))));
  // one collection before the series, none between its runs: a heap shrunk by a forced collection
  // must grow again on the next large call, a cost a linear step does not have in use
  gc();
  await cpuMs(calls);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await cpuMs(calls));
  return Math.min(...times);
}

export function engineTasks(lib: Lib, inputs: readonly HostileInput[] = ENGINE_HOSTILE): HostileTask[] {
  return inputs.map((h) => ({
    group: 'engine',
    name: h.name,
    prepare: (n: number) => {
      const text = h.make(n);
      return () => lib.check(text);
    },
  }));
}

export async function hostile(tasks: readonly HostileTask[], mode: Mode, log: (s: string) => void): Promise<HostileRow[]> {
  const [small, large] = mode.quick ? [20_000, 200_000] : [200_000, 2_000_000];
  const rows: HostileRow[] = [];
  for (const t of tasks) {
    const s = await timed(t.prepare(small), mode.quick ? 5 : 7);
    const l = await timed(t.prepare(large), mode.quick ? 2 : 4);
    const row = { group: t.group, name: t.name, small: { chars: small, ms: round(s, 2) }, large: { chars: large, ms: round(l, 2) }, ratio: round(l / s, 1) };
    log(`  ${t.group}: ${t.name}: ${row.small.ms} ms → ${row.large.ms} ms (${row.ratio}×)`);
    rows.push(row);
  }
  return rows;
}

export interface ContractResult {
  inputs: number;
  failures: number;
  /** The first few failures: the invariant broken and the input, for a test to pin. */
  examples: { message: string; input: string }[];
  seconds: number;
}

/** The span contract (tests/support/invariants.ts) on `total` inputs drawn from every arbitrary of the property tests. */
export function contract(lib: Lib, total: number, seed = 20_261_206): ContractResult {
  const t0 = performance.now();
  const per = Math.ceil(total / ARBITRARIES.length);
  let failures = 0;
  const examples: ContractResult['examples'] = [];
  for (const [, arb] of ARBITRARIES) {
    for (const text of fc.sample(arb, { numRuns: per, seed })) {
      try {
        const analysis = lib.analyze(text);
        assertAnalysisInvariants(text, analysis);
        assertReportInvariants(text, lib.buildReport(analysis, text));
      } catch (e) {
        failures++;
        if (examples.length < 5) examples.push({ message: (e as Error).message, input: text });
      }
    }
  }
  return { inputs: per * ARBITRARIES.length, failures, examples, seconds: round((performance.now() - t0) / 1000, 1) };
}
