/**
 * `quotecheck analyze` and `quotecheck summary`: inputs → chunks of stories (raw JSONL lines or
 * file paths: inputs.ts, chunk.ts) → the worker pool shared with the web app (src/work/; --jobs
 * threads, one with --jobs 1, so that the time budgets hold there too), which hands back
 * finished output → results in input order → stdout, an --out file or an --out directory. Every input that
 * fails (unreadable, or over a time budget) is named on stderr with its reason, and the others
 * still finish.
 */
import type { Readable, Writable } from 'node:stream';
import v8 from 'node:v8';
import { availableCpus } from '../work/cpus.js';
import { type Budgets, seconds, TimeLimitError, WorkerError } from '../work/phases.js';
import { WorkPool } from '../work/pool.js';
import type { AnalyzeCommand, SummaryCommand } from './args.js';
import { UsageError } from './args.js';
import type { Chunk, ChunkResult } from './chunk.js';
import { readCorrections } from './corrections.js';
import { jsonlChunks, storyChunks } from './feed.js';
import { countStoryLines, expandInputs, type Problem, type StoryInput } from './inputs.js';
import { runInOrder } from './order.js';
import { analyzeDestination, isDirectory, summaryDestination } from './outputs.js';
import { Progress } from './progress.js';
import type { JobConfig } from './task.js';

export const EXIT_OK = 0;
export const EXIT_THRESHOLD = 1;
export const EXIT_USAGE = 2;
export const EXIT_INPUT = 3;

export interface BatchIO {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean; columns?: number };
}

const LIMIT_OPTION: Record<keyof Budgets, string> = {
  analysis: 'too complex to analyse within the time limit',
  extraction: 'too complex to read within the time limit',
  pdf: 'PDF too complex to make within the time limit',
};

/** Why the pool could not finish a chunk, as the CLI says it of a story. */
function poolReason(e: unknown): string {
  if (e instanceof TimeLimitError) return `${LIMIT_OPTION[e.phase]} (${seconds(e.limitMs)}; --${e.phase}-time-limit)`;
  return `internal error: ${e instanceof Error ? e.message : String(e)}`;
}

/**
 * A chunk on the pool. A worker terminated on one of its stories (over a time budget, or dead)
 * loses the chunk's work: the chunk goes again with that story skipped (it gets its error line)
 * and the others run again. A failure that names no story fails every story left.
 */
export async function runChunkOn(pool: WorkPool, chunk: Chunk, config: JobConfig): Promise<ChunkResult> {
  for (;;) {
    try {
      return await pool.run({ kind: 'cli', chunk, config });
    } catch (e) {
      const item = e instanceof TimeLimitError || e instanceof WorkerError ? e.item : undefined;
      if (item !== undefined && !chunk.skip.some((s) => s.item === item)) {
        chunk = { ...chunk, skip: [...chunk.skip, { item, reason: poolReason(e) }] };
        continue;
      }
      const { runChunk } = await import('./chunk.js');
      const none = () => {
        throw new Error('not run');
      };
      return runChunk(chunk, config, { phase: () => {}, check: none }, poolReason(e));
    }
  }
}

/** V8's cumulative inlining budget for the batch's threads (V8's default: 920 bytes of bytecode). */
const INLINE_BUDGET = 120;

/** --jobs when not given: the CPUs this process may use (the container's quota, if any). */
export function defaultJobs(): number {
  return availableCpus();
}

export async function runBatch(cmd: AnalyzeCommand | SummaryCommand, io: BatchIO): Promise<number> {
  let failed = 0;
  let crossed = 0;
  let analyzed = 0;
  const showProgress = !cmd.quiet && io.stderr.isTTY === true;
  let progress: Progress | null = null;
  const say = (line: string) => {
    const write = (l: string) => io.stderr.write(`quotecheck: ${l}\n`);
    if (progress) progress.message(line, write);
    else write(line);
  };
  const problem = (p: Problem) => {
    failed++;
    say(`${p.name}: ${p.reason}`);
  };

  // --- what to read
  let total: number | null = null;
  let batch = true;
  let expanded: StoryInput[] = [];
  if (cmd.jsonl) {
    if (cmd.out !== null && isDirectory(cmd.out))
      throw new UsageError(`--out ${cmd.out} is a directory; with --jsonl, --out names the output file`, cmd.command);
    // On a terminal, count the lines of JSONL files first so that the bar can show a total and the time left.
    if (showProgress && !cmd.inputs.includes('-')) total = await countStoryLines(cmd.inputs);
  } else {
    const found = await expandInputs(cmd.inputs);
    expanded = found.stories;
    for (const p of found.problems) problem(p);
    batch = found.hadDirectory || cmd.inputs.length > 1;
    total = expanded.length;
  }

  // --- where the results go
  const destination =
    cmd.command === 'analyze'
      ? await analyzeDestination(cmd, {
          batch,
          stories: expanded,
          stdout: io.stdout,
          onWriteError: (story, message) => {
            failed++;
            analyzed--;
            say(`${story.name}: ${message}`);
          },
        })
      : await summaryDestination(cmd, expanded, io.stdout, () => failed);
  const { output } = destination;
  const config =
    cmd.command === 'analyze' && cmd.corrections !== null ? { ...destination.config, corrections: await readCorrections(cmd.corrections) } : destination.config;

  // --- run: chunks of stories on the pool, their results in input order
  const jobs = Math.max(1, total === null ? cmd.jobs : Math.min(cmd.jobs, total));
  const chunks = cmd.jsonl ? jsonlChunks(cmd.inputs, io.stdin, problem) : storyChunks(expanded, io.stdin, jobs);
  // Every worker thread compiles the engine's hot code for itself (about a second of CPU each,
  // on V8's helper threads): inlining less makes that compiling cheaper at no measurable cost
  // per story, which is what lets a run of a few thousand stories gain from a second thread.
  v8.setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINE_BUDGET}`);
  const pool = new WorkPool({ threads: jobs, budgets: cmd.budgets });
  progress = showProgress ? new Progress(io.stderr, total) : null;
  try {
    // Two chunks per thread in the pool, two more read ahead: input and output both wait for
    // the workers, so memory holds a few chunks whatever the size of the input.
    await runInOrder(
      chunks,
      (chunk) => runChunkOn(pool, chunk, config),
      jobs * 4,
      async (result) => {
        if (destination.lines && result.output !== null) await output.write(result.output);
        for (const story of result.stories) {
          progress?.tick();
          if (!story.ok) {
            failed++;
            say(story.message ?? `${story.name}: ${story.error}`);
            continue;
          }
          analyzed++;
          if (!cmd.quiet) for (const n of story.notices ?? []) say(`${story.name}: ${n}`);
          if (story.crossed.length > 0) {
            crossed++;
            if (!cmd.quiet) for (const c of story.crossed) say(`${story.name}: ${c}`);
          }
          if (!destination.lines) await destination.emit(story);
        }
      },
    );
    await destination.finish();
  } finally {
    progress?.finish();
    progress = null;
    await pool.close();
    await output.close();
  }
  if (failed > 0) {
    if (batch) say(`${failed} ${failed === 1 ? 'input' : 'inputs'} could not be analyzed; ${analyzed} analyzed`);
    return EXIT_INPUT;
  }
  return crossed > 0 ? EXIT_THRESHOLD : EXIT_OK;
}
