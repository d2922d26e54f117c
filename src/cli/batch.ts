/**
 * `quotecheck analyze` and `quotecheck summary`: inputs → tasks → the worker pool shared with the
 * web app (src/work/; --jobs threads, one with --jobs 1, so that the time budgets hold there
 * too) → results in input order → stdout, an --out file or an --out directory. Every input that
 * fails (unreadable, or over a time budget) is named on stderr with its reason, and the others
 * still finish.
 */
import os from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { type Budgets, seconds, TimeLimitError } from '../work/phases.js';
import { WorkPool } from '../work/pool.js';
import type { AnalyzeCommand, SummaryCommand } from './args.js';
import { UsageError } from './args.js';
import { countStoryLines, expandInputs, jsonlTasks, type Problem, type StoryInput } from './inputs.js';
import { runInOrder } from './order.js';
import { analyzeDestination, isDirectory, summaryDestination } from './outputs.js';
import { Progress } from './progress.js';
import type { Task, TaskResult } from './task.js';

export const EXIT_OK = 0;
export const EXIT_THRESHOLD = 1;
export const EXIT_USAGE = 2;
export const EXIT_INPUT = 3;

export interface BatchIO {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean; columns?: number };
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

async function* storyTasks(stories: readonly StoryInput[], stdin: Readable): AsyncGenerator<Task> {
  for (const s of stories) {
    if (s.kind === 'file') yield { kind: 'file', id: s.id, path: s.path };
    else yield { kind: 'bytes', id: '-', name: '', bytes: await readAll(stdin) };
  }
}

/** How a task is named in messages on stderr. */
function taskName(task: Task, result: TaskResult): string {
  if (task.kind === 'line') return result.id === null ? task.where : `${task.where} (id ${JSON.stringify(result.id)})`;
  return task.kind === 'bytes' ? 'standard input' : task.id;
}

const LIMIT_OPTION: Record<keyof Budgets, string> = {
  analysis: 'too complex to analyse within the time limit',
  extraction: 'too complex to read within the time limit',
  pdf: 'PDF too complex to make within the time limit',
};

/**
 * A task that failed in the pool, as the CLI reports it. A JSONL line is named by where it is,
 * and its id read here: the worker that would have read it is gone.
 */
function poolFailure(task: Task, e: unknown): TaskResult {
  const reason =
    e instanceof TimeLimitError
      ? `${LIMIT_OPTION[e.phase]} (${seconds(e.limitMs)}; --${e.phase}-time-limit)`
      : `internal error: ${e instanceof Error ? e.message : String(e)}`;
  if (task.kind !== 'line') return { ok: false, id: task.id, error: reason };
  let id: TaskResult['id'] = null;
  try {
    const value = (JSON.parse(task.line) as { id?: unknown }).id;
    if (typeof value === 'string' || typeof value === 'number') id = value;
  } catch {
    // not JSON: no id to give
  }
  return { ok: false, id, error: `${task.where}: ${reason}` };
}

export function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
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
  let tasks: AsyncIterable<Task>;
  let total: number | null = null;
  let batch = true;
  let expanded: StoryInput[] = [];
  if (cmd.jsonl) {
    if (cmd.out !== null && isDirectory(cmd.out))
      throw new UsageError(`--out ${cmd.out} is a directory; with --jsonl, --out names the output file`, cmd.command);
    tasks = jsonlTasks(cmd.inputs, io.stdin, problem);
    // On a terminal, count the lines of JSONL files first so that the bar can show a total and the time left.
    if (showProgress && !cmd.inputs.includes('-')) total = await countStoryLines(cmd.inputs);
  } else {
    const found = await expandInputs(cmd.inputs);
    expanded = found.stories;
    for (const p of found.problems) problem(p);
    batch = found.hadDirectory || cmd.inputs.length > 1;
    total = expanded.length;
    tasks = storyTasks(expanded, io.stdin);
  }

  // --- where the results go
  const destination =
    cmd.command === 'analyze'
      ? await analyzeDestination(cmd, {
          batch,
          stories: expanded,
          stdout: io.stdout,
          onWriteError: (task, result, message) => {
            failed++;
            analyzed--;
            say(`${taskName(task, result)}: ${message}`);
          },
        })
      : await summaryDestination(cmd, expanded, io.stdout, () => failed);
  const { config, output } = destination;

  // --- run
  const jobs = Math.max(1, total === null ? cmd.jobs : Math.min(cmd.jobs, total));
  const pool = new WorkPool({ threads: jobs, budgets: cmd.budgets });
  const run = (task: Task): Promise<TaskResult> => pool.run({ kind: 'cli', task, config }).catch((e: unknown) => poolFailure(task, e));
  progress = showProgress ? new Progress(io.stderr, total) : null;
  const lineErrors = cmd.command === 'analyze' && config.output === 'line';
  try {
    await runInOrder(
      tasks,
      (task) => run(task).then((result) => ({ task, result })),
      Math.max(2, jobs * 4),
      async ({ task, result }) => {
        progress?.tick();
        if (!result.ok) {
          failed++;
          say(task.kind === 'line' ? result.error : `${taskName(task, result)}: ${result.error}`);
          if (lineErrors) await output.write(`${JSON.stringify({ id: result.id, error: result.error })}\n`);
          return;
        }
        analyzed++;
        if (!cmd.quiet) for (const n of result.notices ?? []) say(`${taskName(task, result)}: ${n}`);
        if (result.crossed.length > 0) {
          crossed++;
          if (!cmd.quiet) for (const c of result.crossed) say(`${taskName(task, result)}: ${c}`);
        }
        await destination.emit(task, result);
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
