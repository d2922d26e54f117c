/**
 * The worker pool shared by the web app and the CLI, with a stand-in worker whose jobs spin,
 * die or answer on demand: time budgets per phase, replaced workers, a worker that cannot
 * start, cancelling a queued job, and closing. No assertion on a duration beyond "ended".
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ChunkResult } from '../../src/cli/chunk.js';
import type { JobConfig, Task } from '../../src/cli/task.js';
import type { Job } from '../../src/work/jobs.js';
import { type Budgets, TimeLimitError, WorkerError } from '../../src/work/phases.js';
import { type PoolOptions, WorkPool } from '../../src/work/pool.js';

const STAND_IN = new URL('./fixtures/stand-in-worker.mjs', import.meta.url);
const config: JobConfig = { mode: 'analyze', output: 'line', format: 'json', thresholds: { failOn: [], maxUnnamedShare: null, shareOf: 'statements' } };
const pools: WorkPool[] = [];

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

function pool(threads: number, budgets: Partial<Budgets> = {}, worker: URL = STAND_IN): WorkPool {
  const p = new WorkPool({ threads, budgets, worker } satisfies PoolOptions);
  pools.push(p);
  return p;
}

/** A job of one story, or of several (a CLI chunk: the stand-in reads each task's line). */
const job = (...lines: string[]): Job => ({
  kind: 'cli',
  chunk: { kind: 'stories', tasks: lines.map((line) => ({ kind: 'line', where: line, line }) satisfies Task) as never, skip: [] },
  config,
});

/** The outcome of a job: the echoed ids, or the error's class and message. */
async function outcome(p: WorkPool, line: string, signal?: AbortSignal): Promise<string> {
  try {
    const r = (await p.run(job(line), signal ? { signal } : {})) as ChunkResult;
    return r.stories.map((s) => String(s.id)).join(',');
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

describe('the worker pool', () => {
  it('runs jobs on worker threads and hands their bytes back', async () => {
    const p = pool(2);
    const r = (await p.run(job('hello'))) as ChunkResult;
    expect(new TextDecoder().decode(r.output ?? undefined)).toBe('hello\n');
    expect(await Promise.all(['a', 'b', 'c', 'd', 'e'].map((l) => outcome(p, l)))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(p.stats()).toEqual({ threads: 2, queued: 0, running: 0 });
  });

  it('a phase over its budget: the job fails with the phase and the limit, its worker is replaced, the job queued behind it runs', async () => {
    const p = pool(1, { analysis: 300 });
    // One thread: "after" is handed to the same worker, next in line, when "spin" starts.
    const [spun, after, later] = await Promise.all([outcome(p, 'spin:analysis'), outcome(p, 'after'), outcome(p, 'later')]);
    expect(spun).toBe('TimeLimitError: analysis over its time limit of 0.3 s');
    expect(after).toBe('after');
    expect(later).toBe('later');
    const e = await p.run(job('spin:analysis')).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TimeLimitError);
    expect(e).toMatchObject({ phase: 'analysis', limitMs: 300 });
    expect(await outcome(p, 'still serving')).toBe('still serving');
  });

  it('a job of several stories: each has its own budget, and a failure names the story it was on', async () => {
    const p = pool(1, { analysis: 300 });
    // Four stories of 200 ms each: together far over the budget, each within it.
    const r = (await p.run(job('slow:200', 'slow:200', 'slow:200', 'slow:200'))) as ChunkResult;
    expect(r.stories.map((s) => s.id)).toEqual(['slow:200', 'slow:200', 'slow:200', 'slow:200']);
    const spun = await p.run(job('a', 'b', 'spin:analysis', 'c')).catch((e: unknown) => e);
    expect(spun).toBeInstanceOf(TimeLimitError);
    expect(spun).toMatchObject({ phase: 'analysis', limitMs: 300, item: 2 });
    const died = await p.run(job('a', 'die')).catch((e: unknown) => e);
    expect(died).toBeInstanceOf(WorkerError);
    expect(died).toMatchObject({ item: 1 });
  });

  it('each phase has its own budget: the PDF may take longer than the analysis', async () => {
    const p = pool(1, { extraction: 700, analysis: 700, pdf: 200 });
    // Two phases of 450 ms: each within its own budget, together over either.
    expect(await outcome(p, 'slow:450')).toBe('slow:450');
    expect(await outcome(p, 'spin:pdf')).toBe('TimeLimitError: pdf over its time limit of 0.2 s');
  });

  it('a job that kills its worker fails with the reason; the others finish', async () => {
    const p = pool(2);
    const lines = ['a', 'b', 'die', 'c', 'd', 'e', 'f'];
    const results = await Promise.all(lines.map((l) => outcome(p, l)));
    expect(results[2]).toBe('WorkerError: a worker thread stopped (exit code 7)');
    expect(results.filter((_, i) => i !== 2)).toEqual(lines.filter((l) => l !== 'die'));
  });

  it('a worker that cannot start fails every job with the reason, without hanging', async () => {
    const p = pool(2, {}, new URL('./fixtures/no-such-worker.mjs', import.meta.url));
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => p.run(job(String(i))).catch((e: unknown) => e)));
    for (const r of results) expect(r).toBeInstanceOf(WorkerError);
    await expect(p.run(job('x'))).rejects.toBeInstanceOf(WorkerError);
  });

  it('a queued job whose signal aborts leaves the queue; a running one finishes', async () => {
    const p = pool(1);
    const first = p.run(job('slow:100'));
    const second = p.run(job('second'));
    const abort = new AbortController();
    const queued = outcome(p, 'queued', abort.signal);
    expect(p.stats().queued).toBe(1);
    abort.abort(new Error('client gone'));
    expect(await queued).toBe('Error: client gone');
    expect(((await first) as ChunkResult).stories[0]?.ok).toBe(true);
    expect(((await second) as ChunkResult).stories[0]?.ok).toBe(true);
  });

  it('close() finishes what is queued and running, then refuses more', async () => {
    const p = pool(1);
    const pending = ['a', 'b', 'c', 'd'].map((l) => outcome(p, l));
    await p.close();
    expect(await Promise.all(pending)).toEqual(['a', 'b', 'c', 'd']);
    await expect(p.run(job('late'))).rejects.toThrow('closed');
  });
});
