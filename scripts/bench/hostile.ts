/**
 * Issue 15: linear time on hostile inputs, and the span contract on 100,000 arbitrary inputs.
 * Each hostile input of tests/support/hostile-inputs.ts (the engine's, and the extraction and PDF
 * ones where present) is timed at 200 KB and 2 MB (--quick: 20 KB and 200 KB): a linear step
 * takes ten times as long at ten times the size; the target is at most 15.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { ARBITRARIES } from '../../tests/support/arbitraries.js';
import { ENGINE_HOSTILE, type HostileInput } from '../../tests/support/hostile-inputs.js';
import { assertAnalysisInvariants, assertReportInvariants } from '../../tests/support/invariants.js';
import { type Lib, loadDist, ROOT, round } from './common.js';
import type { Mode } from './engine.js';
import { extractionTasks, loadExtractors } from './extraction.js';
import { pdfTasks } from './pdf-inputs.js';

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
 * The fastest of `runs` timed series, following one untimed series: the fastest is the least
 * disturbed by whatever else the machine runs. A series is `calls` calls whose results are all
 * kept until it ends, so that ten calls on 200 KB keep as much alive as one on 2 MB does: the
 * collector's work then grows with the text as the steps' own does, and the ratio compares like
 * with like (a single 200 KB call fits in the young generation, a 2 MB one does not, and that
 * alone once made linear steps look superlinear). No full collection is forced between series:
 * it shrank the heap, so that each large call paid for growing it again, a cost a process that
 * keeps serving does not pay per request (measured: 11 to 18 times where steady calls give 11 to
 * 13 on the same input). The first call of a process is reported apart, in the throughput table.
 */
async function timed(work: () => unknown | Promise<unknown>, runs: number, calls: number): Promise<number> {
  const series = async (): Promise<number> => {
    const kept: unknown[] = [];
    const t0 = performance.now();
    for (let k = 0; k < calls; k++) kept.push(await work());
    const ms = (performance.now() - t0) / calls;
    kept.length = 0;
    return ms;
  };
  await series();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await series());
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

/** Every hostile task of the table, in its order: the engine's, text extraction's, the PDF renderer's (compiled code). */
export async function allHostileTasks(): Promise<HostileTask[]> {
  const { lib, registry } = await loadDist();
  return [...engineTasks(lib), ...extractionTasks(await loadExtractors()), ...pdfTasks(lib, registry)];
}

/** Times one task at the two sizes of the mode. */
export async function timeTask(t: HostileTask, mode: Pick<Mode, 'quick'>): Promise<HostileRow> {
  const [small, large] = mode.quick ? [20_000, 200_000] : [200_000, 2_000_000];
  // the large size is one call per series, so it gets more series: one slow collection in a
  // series of ten small calls is averaged out, in a single large call it is the whole figure
  const s = await timed(t.prepare(small), mode.quick ? 3 : 6, large / small);
  const l = await timed(t.prepare(large), mode.quick ? 3 : 9, 1);
  return { group: t.group, name: t.name, small: { chars: small, ms: round(s, 2) }, large: { chars: large, ms: round(l, 2) }, ratio: round(l / s, 1) };
}

/**
 * The table: each task timed in a process of its own (hostile-one.ts), so that no input pays for
 * the heap an earlier one left behind (measured in one process, the same input gave 10× or 14×
 * depending on what ran before it).
 */
export async function hostile(mode: Pick<Mode, 'quick'>, log: (s: string) => void): Promise<HostileRow[]> {
  const count = (await allHostileTasks()).length;
  const script = fileURLToPath(new URL('./hostile-one.ts', import.meta.url));
  const rows: HostileRow[] = [];
  for (let i = 0; i < count; i++) {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, String(i), mode.quick ? 'quick' : 'full'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    const row = JSON.parse(out.trim().split('\n').at(-1) ?? '') as HostileRow;
    log(`  ${row.group}: ${row.name}: ${row.small.ms} ms → ${row.large.ms} ms (${row.ratio}×)`);
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
