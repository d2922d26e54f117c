/**
 * Where a batch's results go: standard output, an --out file (opened before any work, so that a
 * path that cannot be written is a usage error), or an --out directory with one report per
 * story; and what each worker makes of a story for it (the job's config).
 */
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { type AnalyzeCommand, type SummaryCommand, UsageError } from './args.js';
import type { StoryResult } from './chunk.js';
import { outputNames, type StoryInput } from './inputs.js';
import { summaryWriter } from './summary/formats.js';
import { Totals } from './summary/totals.js';
import type { JobConfig } from './task.js';

/** A stream with backpressure. */
export interface Output {
  write(chunk: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** Where the results of a batch go, and what the workers make of each story for it. */
export interface Destination {
  config: JobConfig;
  /** Where the lines go: the results themselves, or (with --out DIR) only the error lines. */
  output: Output;
  /** JSON lines: each chunk's output (its stories' lines, errors included) goes to `output` as it is. */
  lines: boolean;
  /** Writes one story's result (a document, a summary row); not called for JSON lines. */
  emit(story: StoryResult & { ok: true }): Promise<void>;
  /** Writes what comes after the last story (the summary's totals). */
  finish(): Promise<void>;
}

export function streamOutput(stream: Writable, owned: boolean): Output {
  let error: Error | null = null;
  stream.on('error', (e) => {
    error = e;
  });
  return {
    async write(chunk) {
      if (error) throw error;
      // once() also rejects when the stream emits 'error' while waiting.
      if (!stream.write(chunk)) await once(stream, 'drain');
      if (error) throw error;
    },
    async close() {
      if (!owned) return;
      stream.end();
      await once(stream, 'close');
      if (error) throw error;
    },
  };
}

async function openOutFile(file: string): Promise<Output> {
  const stream = fs.createWriteStream(file);
  try {
    await once(stream, 'open');
  } catch (e) {
    throw new UsageError(`cannot write --out ${file}: ${(e as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a directory' : (e as Error).message}`);
  }
  return streamOutput(stream, true);
}

export function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function endsWithSeparator(p: string): boolean {
  return p.endsWith('/') || p.endsWith(path.sep);
}

export interface AnalyzeTarget {
  /** Several stories, or a directory: reports go out as JSON lines or into --out DIR. */
  batch: boolean;
  /** The stories named on the command line (none with --jsonl), for the names of --out DIR's files. */
  stories: readonly StoryInput[];
  stdout: Writable;
  /** A report that could not be written into --out DIR. */
  onWriteError(story: StoryResult & { ok: true }, message: string): void;
}

/** `analyze`: one document on stdout or --out FILE, JSON lines (--jsonl, or several stories), or --out DIR. */
export async function analyzeDestination(cmd: AnalyzeCommand, target: AnalyzeTarget): Promise<Destination> {
  const registry = await import('../report/formats/registry.js');
  const format = registry.getFormat(cmd.format);
  if (!format) throw new UsageError(`unknown --format "${cmd.format}"; the formats are ${registry.formatNames().join(', ')}`, 'analyze');
  const { batch } = target;
  // Several stories to `--out reports.jsonl`: JSON lines in that file, as on stdout.
  const linesFile = !cmd.jsonl && batch && cmd.out !== null && /\.jsonl$/i.test(cmd.out) && !isDirectory(cmd.out);
  const toDirectory = !cmd.jsonl && !linesFile && cmd.out !== null && (batch || endsWithSeparator(cmd.out) || isDirectory(cmd.out));
  const lines = cmd.jsonl || linesFile || (batch && cmd.out === null);
  if (lines && format.name !== 'json') {
    throw new UsageError(`several stories in ${format.name} need --out DIR (one report per story); as JSON they come as JSON lines`, 'analyze');
  }
  if (toDirectory && cmd.out !== null && fs.existsSync(cmd.out) && !isDirectory(cmd.out)) {
    throw new UsageError(`--out ${cmd.out} is a file; with several stories or a directory, --out names a directory`, 'analyze');
  }
  const config: JobConfig = { mode: 'analyze', output: lines ? 'line' : 'document', format: format.name, thresholds: cmd.thresholds };
  const output = cmd.out !== null && !toDirectory ? await openOutFile(cmd.out) : streamOutput(target.stdout, false);
  const finish = async () => {};
  if (!toDirectory) return { config, output, lines, emit: (story) => output.write(story.output!), finish };

  const dir = cmd.out as string;
  const names = outputNames(
    target.stories.map((s) => (s.kind === 'file' ? s.rel : '-')),
    format.extension,
  );
  const byId = new Map<string, string>();
  target.stories.forEach((s, i) => {
    if (s.kind === 'file') byId.set(s.id, names[i]!);
  });
  const used = new Set(names.map((n) => n.toLowerCase()));
  const emit = async (story: StoryResult & { ok: true }) => {
    let name = typeof story.id === 'string' ? byId.get(story.id) : undefined;
    if (name === undefined) {
      // Standard input: named after its headline, like a web download.
      const base = registry.reportFilename({ title: story.title }, format);
      name = base;
      for (let n = 2; used.has(name.toLowerCase()); n++) name = base.replace(/(\.[^.]+)$/, `-${n}$1`);
      used.add(name.toLowerCase());
    }
    const file = path.join(dir, name);
    try {
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      await fs.promises.writeFile(file, story.output!);
    } catch (e) {
      target.onWriteError(story, `cannot write ${file}: ${(e as Error).message}`);
    }
  };
  try {
    await fs.promises.mkdir(dir, { recursive: true });
  } catch (e) {
    throw new UsageError(`cannot make the --out directory ${dir}: ${(e as Error).message}`, 'analyze');
  }
  return { config, output, lines: false, emit, finish };
}

/** `summary`: the rows as they come, then the totals, on stdout or --out FILE. */
export async function summaryDestination(cmd: SummaryCommand, stories: readonly StoryInput[], stdout: Writable, failures: () => number): Promise<Destination> {
  const config: JobConfig = { mode: 'summary', output: 'line', format: 'json', thresholds: cmd.thresholds };
  const output = cmd.out !== null ? await openOutFile(cmd.out) : streamOutput(stdout, false);
  const idWidth = cmd.jsonl ? undefined : Math.max(5, ...stories.map((s) => (s.kind === 'file' ? s.id.length : 1)));
  const writer = summaryWriter(cmd.format, { basis: cmd.thresholds.shareOf, totals: cmd.totals, idWidth });
  const totals = new Totals(cmd.thresholds.shareOf);
  await output.write(writer.head());
  return {
    config,
    output,
    lines: false,
    async emit(story) {
      totals.add(story.row!);
      await output.write(writer.row(story.row!));
    },
    async finish() {
      for (let n = failures(); n > 0; n--) totals.fail();
      await output.write(writer.end(totals.result()));
    },
  };
}
