/**
 * A chunk: the unit of work the CLI sends a worker thread (src/work/). Either raw JSONL bytes,
 * cut by the main thread at a line break and never decoded there, or a few story files. The
 * worker splits, parses and analyzes each story in turn (task.ts), announcing each story's
 * phases with its item number, and sends back finished output: with JSON lines, one string of
 * every story's line (reports and error lines, in order) as bytes; otherwise each story's
 * document or summary row. The main thread then only reads, orders and writes.
 *
 * A chunk whose worker was terminated over one story's budget comes again with that story in
 * `skip`: the worker writes its error line (reading its id from the line) and runs the rest.
 */
import type { JobHooks } from '../work/phases.js';
import { type JobConfig, runTask, type StoryId, type Task, type TaskResult } from './task.js';

/** A story of a chunk that is not to be run again, and why. */
export interface Skip {
  item: number;
  reason: string;
}

/** A story task that is not a JSONL line: a file, or standard input's bytes. */
export type StoryTask = Exclude<Task, { kind: 'line' }>;

export type Chunk =
  /**
   * Whole JSONL lines as read (UTF-8, each ending in LF but perhaps the last); item i is line
   * `firstLine + i` of `source` (`''` for standard input, else `FILE `, as messages name it).
   */
  | { kind: 'lines'; source: string; firstLine: number; bytes: Uint8Array; skip: Skip[] }
  /** Story files (or standard input's one story); item i is tasks[i]. */
  | { kind: 'stories'; tasks: StoryTask[]; skip: Skip[] };

export type StoryResult = TaskResult & {
  /** How messages on stderr name the story (`a/b.txt`, `line 3 (id "x")`). */
  name: string;
  /** For a failure, the message as stderr shows it. */
  message?: string;
};

export interface ChunkResult {
  /** With JSON lines (analyze): every story's line, reports and errors, in order. */
  output: Uint8Array | null;
  stories: StoryResult[];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The story's id as a line names it, read without analyzing it (for an error line). */
export function idOfLine(line: string): StoryId {
  try {
    const value = (JSON.parse(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line) as { id?: unknown } | null)?.id;
    return typeof value === 'string' || typeof value === 'number' ? value : null;
  } catch {
    return null;
  }
}

function named(task: Task, result: TaskResult): StoryResult {
  if (task.kind === 'line') {
    const name = result.id === null ? task.where : `${task.where} (id ${JSON.stringify(result.id)})`;
    return result.ok ? { ...result, name } : { ...result, name, message: result.error };
  }
  const name = task.kind === 'bytes' ? 'standard input' : task.id;
  return result.ok ? { ...result, name } : { ...result, name, message: `${name}: ${result.error}` };
}

function skipped(task: Task, reason: string): TaskResult {
  if (task.kind === 'line') return { ok: false, id: idOfLine(task.line), error: `${task.where}: ${reason}` };
  return { ok: false, id: task.id, error: reason };
}

/**
 * Runs every story of the chunk in order (those in `skip` become their error). With `rest`,
 * none runs: every story not in `skip` fails with that reason (the main thread's answer when
 * the pool cannot run the chunk at all).
 */
export async function runChunk(chunk: Chunk, config: JobConfig, hooks: JobHooks, rest?: string): Promise<ChunkResult> {
  const skip = new Map(chunk.skip.map((s) => [s.item, s.reason]));
  const lines = config.mode === 'analyze' && config.output === 'line';
  const out: string[] = [];
  const stories: StoryResult[] = [];
  const one = async (item: number, task: Task) => {
    const reason = skip.get(item) ?? rest;
    const result = reason === undefined ? await runTask(task, config, { phase: (p) => hooks.phase(p, item), check: hooks.check }) : skipped(task, reason);
    if (lines) out.push(result.ok ? (result.line as string) : `${JSON.stringify({ id: result.id, error: result.error })}\n`);
    // The line travels once, in `output`.
    stories.push(named(task, lines && result.ok ? { ...result, line: undefined } : result));
  };
  if (chunk.kind === 'stories') {
    for (let i = 0; i < chunk.tasks.length; i++) await one(i, chunk.tasks[i]!);
  } else {
    const text = decoder.decode(chunk.bytes);
    let item = 0;
    for (let start = 0; start < text.length; item++) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const line = text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
      start = end + 1;
      if (line.trim() === '') continue;
      await one(item, { kind: 'line', where: `${chunk.source}line ${chunk.firstLine + item}`, line });
    }
  }
  return { output: lines ? encoder.encode(out.join('')) : null, stories };
}
