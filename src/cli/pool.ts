/**
 * Runs tasks: in the main thread (--jobs 1), or over a pool of worker threads. Workers start
 * when there is work for them, take at most two tasks at a time from one shared queue (so a
 * slow story does not hold up others queued behind it), and are replaced if one dies; the
 * tasks it held run again, each alone on a worker; one that kills a worker again comes back as
 * a failure with the reason. No task is lost.
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
/** Sent once by a worker when its modules are loaded: a worker that dies before it could not start. */
export interface ReadyMessage {
  ready: true;
}

interface Job {
  task: Task;
  resolve: (result: TaskResult) => void;
  /** It was held by a worker that died: it runs again alone on a worker, and fails if that one dies too. */
  suspect: boolean;
}

interface Slot {
  worker: Worker;
  inflight: Map<number, Job>;
  /** Running a suspect task alone: takes no other task until it is done. */
  isolated: boolean;
  ready: boolean;
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
      this.queue.push({ task, resolve, suspect: false });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closing) {
      const job = this.queue[0]!;
      if (this.broken !== null) {
        this.queue.shift();
        job.resolve(failure(job.task, this.broken));
        continue;
      }
      const slot = job.suspect ? this.idleSlot() : this.leastLoadedSlot();
      if (!slot) return;
      this.queue.shift();
      const n = this.next++;
      slot.inflight.set(n, job);
      if (job.suspect) slot.isolated = true;
      slot.worker.postMessage({ n, task: job.task } satisfies TaskMessage);
    }
  }

  /** The worker with the fewest tasks, or a new one when every worker is busy and there is room. */
  private leastLoadedSlot(): Slot | undefined {
    let best: Slot | undefined;
    for (const s of this.slots) if (!s.isolated && s.inflight.size < PER_WORKER && (!best || s.inflight.size < best.inflight.size)) best = s;
    if ((!best || best.inflight.size > 0) && this.slots.length < this.size) return this.spawn();
    return best;
  }

  /** A worker with nothing to do (new if need be), for a task that must run alone. */
  private idleSlot(): Slot | undefined {
    const idle = this.slots.find((s) => !s.isolated && s.inflight.size === 0);
    if (idle) return idle;
    return this.slots.length < this.size ? this.spawn() : undefined;
  }

  private spawn(): Slot {
    const worker = startWorker(this.url, this.config);
    const slot: Slot = { worker, inflight: new Map(), isolated: false, ready: false, dead: false };
    worker.on('message', (message: ResultMessage | ReadyMessage) => {
      if ('ready' in message) {
        slot.ready = true;
        return;
      }
      const job = slot.inflight.get(message.n);
      if (!job) return;
      slot.inflight.delete(message.n);
      if (slot.inflight.size === 0) slot.isolated = false;
      job.resolve(message.result);
      this.pump();
    });
    worker.on('error', (e) => this.bury(slot, `internal error: a worker thread failed (${e.message})`));
    worker.on('exit', (code) => this.bury(slot, `internal error: a worker thread stopped (exit code ${code})`));
    this.slots.push(slot);
    return slot;
  }

  /**
   * A worker died. The tasks it held go back to the front of the queue, each to run alone on a
   * worker, so that the one that kills a worker again is known and fails with the reason, and
   * the others finish. Workers that die before they are ready mean that none can start: after
   * three, every task fails with the reason.
   */
  private bury(slot: Slot, why: string): void {
    if (slot.dead) return;
    slot.dead = true;
    this.slots.splice(this.slots.indexOf(slot), 1);
    if (!slot.ready && !this.closing && ++this.startupFailures >= MAX_STARTUP_FAILURES) this.broken = why;
    const retry: Job[] = [];
    for (const job of slot.inflight.values()) {
      if (job.suspect || this.broken !== null) job.resolve(failure(job.task, why));
      else retry.push({ ...job, suspect: true });
    }
    slot.inflight.clear();
    this.queue.unshift(...retry);
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
