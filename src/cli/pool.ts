/**
 * Runs tasks: in the main thread (--jobs 1), or over a pool of worker threads. Workers start
 * when there is work for them, take at most two tasks at a time from one shared queue (so a
 * slow story does not hold up others queued behind it), and are replaced if one dies; the
 * tasks it held come back as failures, never lost.
 *
 * The worker runs worker.js beside this file: dist/src/cli/worker.js once built. Under tsx
 * (`tsx src/cli/main.ts`) it is worker.ts, started with tsx's loader.
 */
import { Worker } from 'node:worker_threads';
import { type JobConfig, runTask, type Task, type TaskResult } from './task.js';

export interface Runner {
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
}

export function inlineRunner(config: JobConfig): Runner {
  return { run: (task) => runTask(task, config), close: async () => {} };
}

const FROM_SOURCE = import.meta.url.endsWith('.ts');
export const WORKER_URL = new URL(FROM_SOURCE ? './worker.ts' : './worker.js', import.meta.url);

/** A new worker thread. Under tsx the worker registers tsx's loader first: workers do not inherit it on Node 20. */
function startWorker(url: URL, workerData: JobConfig): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const code = `import(${api}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(code, { eval: true, workerData });
}

/** The messages between the pool and a worker. */
export interface TaskMessage {
  n: number;
  task: Task;
}
export interface ResultMessage {
  n: number;
  result: TaskResult;
}

interface Job {
  task: Task;
  resolve: (result: TaskResult) => void;
}

interface Slot {
  worker: Worker;
  inflight: Map<number, Job>;
  answered: boolean;
  dead: boolean;
}

const PER_WORKER = 2;
const MAX_STARTUP_FAILURES = 3;

export class WorkerPool implements Runner {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private next = 0;
  private closing = false;
  private startupFailures = 0;
  private broken: string | null = null;

  constructor(
    private readonly size: number,
    private readonly config: JobConfig,
    private readonly url: URL = WORKER_URL,
  ) {}

  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closing) {
      if (this.broken !== null) {
        const job = this.queue.shift()!;
        job.resolve(failure(job.task, this.broken));
        continue;
      }
      let slot: Slot | undefined;
      for (const s of this.slots) if (s.inflight.size < PER_WORKER && (!slot || s.inflight.size < slot.inflight.size)) slot = s;
      // A new worker when every one is busy (and there is room for one).
      if ((!slot || slot.inflight.size > 0) && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      const n = this.next++;
      slot.inflight.set(n, job);
      slot.worker.postMessage({ n, task: job.task } satisfies TaskMessage);
    }
  }

  private spawn(): Slot {
    const worker = startWorker(this.url, this.config);
    const slot: Slot = { worker, inflight: new Map(), answered: false, dead: false };
    worker.on('message', (message: ResultMessage) => {
      const job = slot.inflight.get(message.n);
      if (!job) return;
      slot.inflight.delete(message.n);
      slot.answered = true;
      job.resolve(message.result);
      this.pump();
    });
    worker.on('error', (e) => this.bury(slot, `internal error: a worker thread failed (${e.message})`));
    worker.on('exit', (code) => this.bury(slot, `internal error: a worker thread stopped (exit code ${code})`));
    this.slots.push(slot);
    return slot;
  }

  /** A worker died: its tasks fail with the reason, and a new worker takes the queue. */
  private bury(slot: Slot, why: string): void {
    if (slot.dead) return;
    slot.dead = true;
    this.slots.splice(this.slots.indexOf(slot), 1);
    if (!slot.answered && !this.closing && ++this.startupFailures >= MAX_STARTUP_FAILURES) this.broken = why;
    for (const job of slot.inflight.values()) job.resolve(failure(job.task, why));
    slot.inflight.clear();
    this.pump();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

function failure(task: Task, error: string): TaskResult {
  return { ok: false, id: task.kind === 'line' ? null : task.id, error };
}

/**
 * Runs tasks in order of arrival with at most `window` in flight, and hands each result to
 * `emit` in the same order, as soon as it and all before it are done: a bounded reorder window,
 * so memory stays bounded however long the stream, output order is input order whatever the
 * number of workers, and a trickling input (a live feed) is answered as it comes.
 */
export async function runInOrder<R>(
  tasks: AsyncIterable<Task> | Iterable<Task>,
  run: (task: Task) => Promise<R>,
  window: number,
  emit: (result: R) => Promise<void> | void,
): Promise<void> {
  const pending: Promise<R>[] = [];
  let inputDone = false;
  let failed: { error: unknown } | null = null;
  let inputFailed: { error: unknown } | null = null;
  // The reader waits only when the window is full and the emitter only when it is empty, so
  // one wake-up slot serves both.
  let wake: (() => void) | null = null;
  const poke = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const wait = () => new Promise<void>((resolve) => (wake = resolve));
  const emitter = (async () => {
    try {
      for (;;) {
        if (pending.length === 0) {
          if (inputDone) return;
          await wait();
          continue;
        }
        const result = await pending[0]!;
        pending.shift();
        poke();
        await emit(result);
      }
    } catch (error) {
      failed = { error };
      poke();
    }
  })();
  try {
    for await (const task of tasks) {
      while (pending.length >= window && !failed) await wait();
      if (failed) break;
      pending.push(run(task));
      poke();
    }
  } catch (error) {
    inputFailed = { error };
  } finally {
    inputDone = true;
    poke();
  }
  await emitter;
  if (failed) throw (failed as { error: unknown }).error;
  if (inputFailed) throw (inputFailed as { error: unknown }).error;
}
