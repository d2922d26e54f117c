/**
 * One pool of worker threads for the web app and the command line (piscina underneath). Jobs
 * wait in a FIFO queue here; at most two per thread are handed to piscina at a time, so that a
 * worker has its next job at hand when one ends. Each phase of a job (jobs.ts) has its own time
 * budget, timed from the moment the worker wrote on the job's clock (clock.ts) that the phase
 * started, for each story of a chunk in turn: a phase over its budget
 * has its worker terminated through the job's AbortSignal (piscina replaces it), and the job
 * fails with a TimeLimitError. A job that had not started on a worker that died (its
 * neighbour's fault) runs again once. Workers that cannot start fail every job with the
 * reason rather than leave them waiting.
 *
 * Under tsx or vitest the worker is started from its TypeScript source (ts-worker.mjs); once
 * built, dist/src/work/worker.js.
 */
import { Piscina } from 'piscina';
import { type Clock, clockNow, newClock, readClock } from './clock.js';
import { availableCpus } from './cpus.js';
import { type Job, jobItems, type ResultOf } from './jobs.js';
import { type Budgets, DEFAULT_BUDGETS, type Phase, TimeLimitError, WorkerError } from './phases.js';
import type { JobMessage } from './worker.js';

const FROM_SOURCE = import.meta.url.endsWith('.ts');
export const WORKER_URL = new URL(FROM_SOURCE ? './ts-worker.mjs' : './worker.js', import.meta.url);

export interface PoolStats {
  threads: number;
  /** Jobs waiting for a worker. */
  queued: number;
  /** Jobs handed to a worker (running, or next in line on it). */
  running: number;
}

/** What the server and the CLI run jobs with: the pool, or inline in tests. */
export interface Runner {
  /** Jobs that can be on workers at once: more wait in the runner's own queue. */
  readonly capacity: number;
  /** A signal that aborts while the job still waits in the queue takes it out; a running job finishes. */
  run<J extends Job>(job: J, options?: { signal?: AbortSignal }): Promise<ResultOf<J>>;
  stats(): PoolStats;
  /** Finishes the jobs queued and running, then stops the workers. */
  close(): Promise<void>;
}

export interface PoolOptions {
  threads: number;
  budgets?: Partial<Budgets>;
  /** The worker module (tests use stand-ins). */
  worker?: URL;
  /**
   * Lowers the worker threads' scheduling priority (Unix nice) by this much: a server gives its
   * event loop (health checks, refusals, answers) the CPU first when the threads keep every core busy.
   */
  niceIncrement?: number;
  /** Jobs each worker runs once as it starts, before its first job (results dropped): loads what the first job would. */
  warm?: Job[];
}

/** Threads for one process: the CPUs it may use (the cgroup quota: cpus.ts), shared between WORKERS processes. */
export function defaultThreads(processes = 1): number {
  return Math.max(1, Math.floor(availableCpus() / Math.max(1, processes)));
}

const PER_WORKER = 2;
/** Beyond the budgets of the job ahead, the time a worker may take to start a job (a cold thread loads the engine). */
const START_SLACK = 30_000;

interface Entry {
  id: number;
  job: Job;
  resolve: (result: never) => void;
  reject: (error: Error) => void;
  /** The phase running now (null: not started on a worker yet), and the story of the job it is for. */
  phase: Phase | null;
  item: number | undefined;
  /** Stories in the job (a CLI chunk holds several). */
  items: number;
  /** Where its worker writes which phase of which story runs, since when (clock.ts). */
  clock: Clock;
  timer: NodeJS.Timeout | null;
  /** Aborting it terminates the worker that runs the job. */
  kill: AbortController;
  overBudget: Phase | null;
  /** Handed to a worker that never started it (see dispatch). */
  stalled: boolean;
  retried: boolean;
  cancel: (() => void) | null;
}

export class WorkPool implements Runner {
  readonly capacity: number;
  readonly budgets: Budgets;
  private readonly threads: number;
  private readonly piscina: Piscina<JobMessage, unknown>;
  private readonly queue: Entry[] = [];
  private readonly running = new Map<number, Entry>();
  private readonly idle: (() => void)[] = [];
  private nextId = 1;
  private warmedThreads = 0;
  private warmJobs = 0;
  private succeeded = false;
  private broken: string | null = null;
  private closed: Promise<void> | null = null;

  constructor(options: PoolOptions) {
    this.threads = Math.max(1, Math.floor(options.threads));
    this.budgets = { ...DEFAULT_BUDGETS, ...options.budgets };
    this.capacity = this.threads * PER_WORKER;
    this.piscina = new Piscina({
      filename: (options.worker ?? WORKER_URL).href,
      minThreads: this.threads,
      maxThreads: this.threads,
      concurrentTasksPerWorker: PER_WORKER,
      niceIncrement: options.niceIncrement ?? 0,
      workerData: { warm: options.warm ?? [] },
    });
    // the one message a thread sends: its warm-up is done (phases go on the job's clock, clock.ts)
    this.piscina.on('message', (m: unknown) => {
      const warm = m as { qcWarm?: unknown; jobs?: unknown } | null;
      if (typeof warm === 'object' && warm !== null && warm.qcWarm === true) {
        this.warmedThreads++;
        this.warmJobs += typeof warm.jobs === 'number' ? warm.jobs : 0;
      }
    });
    // A worker that failed with no job on it: before any job has succeeded, none can start.
    this.piscina.on('error', (e: unknown) => {
      if (!this.succeeded) this.fail(`a worker thread failed to start (${e instanceof Error ? e.message : String(e)})`);
    });
  }

  run<J extends Job>(job: J, options: { signal?: AbortSignal } = {}): Promise<ResultOf<J>> {
    return new Promise<ResultOf<J>>((resolve, reject) => {
      if (this.closed) return reject(new WorkerError('the worker pool is closed'));
      if (this.broken !== null) return reject(new WorkerError(this.broken));
      const entry: Entry = {
        id: this.nextId++,
        job,
        resolve: resolve as (r: never) => void,
        reject,
        phase: null,
        item: undefined,
        items: jobItems(job),
        clock: newClock(),
        timer: null,
        kill: new AbortController(),
        overBudget: null,
        stalled: false,
        retried: false,
        cancel: null,
      };
      const signal = options.signal;
      if (signal) {
        const onAbort = () => {
          const at = this.queue.indexOf(entry);
          if (at < 0) return;
          this.queue.splice(at, 1);
          reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
          this.settled();
        };
        if (signal.aborted) return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        entry.cancel = () => signal.removeEventListener('abort', onAbort);
      }
      this.queue.push(entry);
      this.pump();
    });
  }

  /** Worker threads that have started and run their warm-up (the `warm` option), replacements included, and the warm-up jobs that succeeded. */
  warmed(): { threads: number; jobs: number } {
    return { threads: this.warmedThreads, jobs: this.warmJobs };
  }

  stats(): PoolStats {
    return { threads: this.threads, queued: this.queue.length, running: this.running.size };
  }

  close(): Promise<void> {
    this.closed ??= (async () => {
      if (this.queue.length > 0 || this.running.size > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
      await this.piscina.destroy();
    })();
    return this.closed;
  }

  private pump(): void {
    while (this.queue.length > 0 && this.running.size < this.capacity) {
      const entry = this.queue.shift() as Entry;
      entry.cancel?.();
      this.dispatch(entry);
    }
  }

  private dispatch(entry: Entry): void {
    this.running.set(entry.id, entry);
    // A job waits on its worker at most for the one ahead of it, whose every phase of every
    // story is bounded: one not started long after that would wait for good, unseen by the budgets.
    const { extraction, analysis, pdf } = this.budgets;
    let ahead = 1;
    for (const other of this.running.values()) if (other !== entry && other.items > ahead) ahead = other.items;
    this.watch(entry, clockNow() + (extraction + analysis + pdf) * ahead + START_SLACK);
    this.piscina.run({ id: entry.id, job: entry.job, clock: entry.clock }, { signal: entry.kill.signal }).then(
      (result) => {
        this.succeeded = true;
        this.finish(entry);
        entry.resolve(result as never);
      },
      (error: unknown) => {
        this.finish(entry);
        this.read(entry);
        if (entry.overBudget) entry.reject(new TimeLimitError(entry.overBudget, this.budgets[entry.overBudget], entry.item));
        else if (this.broken !== null) entry.reject(new WorkerError(this.broken));
        else if (entry.stalled) entry.reject(new WorkerError('a worker thread did not start the job'));
        else if (entry.phase === null && !entry.retried && !this.closed) {
          // It never started: the worker died of another job's fault. Once more, at the front.
          entry.retried = true;
          entry.kill = new AbortController();
          this.queue.unshift(entry);
        } else entry.reject(workerError(error, entry.item));
        this.pump();
      },
    );
  }

  /** What the job's clock says now: the phase running and its story. */
  private read(entry: Entry): number | null {
    const state = readClock(entry.clock);
    if (state === null) return null;
    entry.phase = state.phase;
    entry.item = state.item;
    return state.start + this.budgets[state.phase];
  }

  /**
   * Times a job from its clock, with one timer at a time and no message per phase: the clock is
   * read at least every (smallest budget), and at the end of the running phase's budget. A phase
   * (of any story) that starts is seen before its own budget can end, so it is stopped at that
   * end; a job not started by `stallAt` has waited too long.
   */
  private watch(entry: Entry, stallAt: number): void {
    const smallest = Math.min(this.budgets.extraction, this.budgets.analysis, this.budgets.pdf);
    const check = () => {
      const now = clockNow();
      const deadline = this.read(entry);
      if (deadline === null) {
        if (now >= stallAt) {
          entry.stalled = true;
          entry.kill.abort();
        } else entry.timer = setTimeout(check, Math.min(smallest, stallAt - now));
      } else if (now >= deadline) {
        entry.overBudget = entry.phase;
        entry.kill.abort();
      } else entry.timer = setTimeout(check, Math.min(smallest, deadline - now));
    };
    entry.timer = setTimeout(check, smallest);
  }

  private finish(entry: Entry): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    this.running.delete(entry.id);
    this.settled();
  }

  private settled(): void {
    this.pump();
    if (this.queue.length === 0 && this.running.size === 0) for (const resolve of this.idle.splice(0)) resolve();
  }

  /** No worker can start: every job, queued or on its way to a worker, fails with the reason. */
  private fail(reason: string): void {
    if (this.broken !== null) return;
    this.broken = reason;
    for (const entry of this.queue.splice(0)) {
      entry.cancel?.();
      entry.reject(new WorkerError(reason));
    }
    for (const entry of this.running.values()) entry.kill.abort();
    this.settled();
  }
}

function workerError(error: unknown, item: number | undefined): Error {
  const message = error instanceof Error ? error.message : String(error);
  const exited = /worker exited with code: (-?\d+)/.exec(message);
  if (exited) return new WorkerError(`a worker thread stopped (exit code ${exited[1]})`, item);
  if (message === 'Terminating worker thread') return new WorkerError('a worker thread was stopped', item);
  return error instanceof Error ? error : new Error(message);
}
