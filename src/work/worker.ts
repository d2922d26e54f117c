/**
 * A worker thread of the pool (pool.ts): runs one job at a time, writes on the job's clock as
 * each phase starts (clock.ts: the pool times it), and hands the finished bytes to the main
 * thread without a copy.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { check } from '../index.js';
import { type Clock, startPhase } from './clock.js';
import { type Job, runJob, transferables } from './jobs.js';
import type { Phase } from './phases.js';

export interface JobMessage {
  id: number;
  job: Job;
  clock: Clock;
}

// Loaded once per thread, before its first job: the engine's word lists (and the lexicon it
// reads lazily) would otherwise be paid within the first story's time budget.
check('Warm-up\n\n"We will," said Ana Ruiz, an official.');
// The pool's warm-up jobs (the server's: a report page and a PDF), run once before any job.
let warmJobs = 0;
for (const job of ((workerData as { warm?: Job[] } | null)?.warm ?? []) as Job[]) {
  try {
    await runJob(job, { phase: () => {}, check });
    warmJobs++;
  } catch {
    // a warm-up that fails leaves the work to the first job, as before
  }
}
parentPort?.postMessage({ qcWarm: true, jobs: warmJobs });

let previous: Promise<unknown> = Promise.resolve();

export default function work(message: JobMessage): Promise<unknown> {
  // The pool gives a worker its next job before the current one ends, so that it never waits
  // for the main thread between jobs. The next one starts (and its clock with it) only once
  // the one before has finished: jobs that await (a .docx, a PDF) must not overlap.
  const run = previous.then(() => runOne(message));
  previous = run.catch(() => {});
  return run;
}

async function runOne({ job, clock }: JobMessage): Promise<unknown> {
  const phase = (p: Phase, item?: number) => startPhase(clock, p, item);
  const result = await runJob(job, { phase, check });
  const buffers = transferables(result);
  if (buffers.length === 0) return result;
  return move({ [transferableSymbol]: buffers, [valueSymbol]: result } as never);
}
