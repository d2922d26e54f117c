/**
 * What the command line names: files, directories (every .txt, .md, .html and .docx inside,
 * recursively, sorted), `-` for standard input, or JSONL files cut into chunks of lines; and the
 * chunks (chunk.ts) the workers get of them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { isAcceptedName } from '../input/extract.js';
import type { Chunk, StoryTask } from './chunk.js';
import { errnoReason } from './task.js';

export type StoryInput =
  /** `id`: how the story is named (its path); `rel`: its path under the directory given, or its base name. */
  { kind: 'file'; id: string; path: string; rel: string } | { kind: 'stdin' };

export interface Problem {
  name: string;
  reason: string;
}

export interface Expanded {
  stories: StoryInput[];
  problems: Problem[];
  /** Whether a directory was named (which makes the run a batch even with one story). */
  hadDirectory: boolean;
}

/** Skipped inside directories: hidden files (.git, macOS ._ files) and Word's ~$ lock files. */
function skipped(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

export async function expandInputs(args: readonly string[]): Promise<Expanded> {
  const stories: StoryInput[] = [];
  const problems: Problem[] = [];
  let hadDirectory = false;
  for (const arg of args) {
    if (arg === '-') {
      stories.push({ kind: 'stdin' });
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(arg);
    } catch (e) {
      problems.push({ name: arg, reason: errnoReason(e) });
      continue;
    }
    if (!stat.isDirectory()) {
      stories.push({ kind: 'file', id: arg, path: arg, rel: path.basename(arg) });
      continue;
    }
    hadDirectory = true;
    const found: string[] = [];
    await walk(arg, '', found, problems);
    if (found.length === 0) problems.push({ name: arg, reason: 'no .txt, .md, .html or .docx files in it' });
    found.sort(compareCodeUnits);
    for (const rel of found) {
      const id = path.join(arg, rel);
      stories.push({ kind: 'file', id, path: id, rel });
    }
  }
  return { stories, problems, hadDirectory };
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Collects story files under `root/rel`; follows symbolic links to files, not to directories (no cycles). */
async function walk(root: string, rel: string, found: string[], problems: Problem[]): Promise<void> {
  const dir = path.join(root, rel);
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ name: dir, reason: `cannot read the directory: ${errnoReason(e)}` });
    return;
  }
  for (const entry of entries) {
    if (skipped(entry.name)) continue;
    const child = rel === '' ? entry.name : path.join(rel, entry.name);
    if (entry.isDirectory()) await walk(root, child, found, problems);
    else if ((entry.isFile() || entry.isSymbolicLink()) && isAcceptedName(entry.name)) {
      if (entry.isSymbolicLink()) {
        const target = await fs.promises.stat(path.join(root, child)).catch(() => null);
        if (target?.isDirectory()) continue;
      }
      found.push(child);
    }
  }
}

/**
 * Names for the reports written into an --out directory: the story's path under the directory
 * it was found in, with the report's extension (`2024/a.docx` → `2024/a.pdf`). Stories whose
 * names would clash (`a.txt` and `a.docx`) keep their own extension too (`a.txt.pdf`,
 * `a.docx.pdf`), and any clash left gets a number (`a-2.pdf`).
 */
export function outputNames(rels: readonly string[], extension: string): string[] {
  const stem = (rel: string) => {
    const ext = path.extname(rel);
    return ext ? rel.slice(0, -ext.length) : rel;
  };
  const key = (name: string) => name.toLowerCase();
  const first = rels.map((rel) => `${stem(rel)}.${extension}`);
  const counts = new Map<string, number>();
  for (const name of first) counts.set(key(name), (counts.get(key(name)) ?? 0) + 1);
  const second = rels.map((rel, i) => (counts.get(key(first[i]!))! > 1 ? `${rel}.${extension}` : first[i]!));
  const used = new Set<string>();
  return second.map((name) => {
    let candidate = name;
    for (let n = 2; used.has(key(candidate)); n++) candidate = `${stem(name)}-${n}.${extension}`;
    used.add(key(candidate));
    return candidate;
  });
}

/** How a JSONL input is cut into chunks for the workers: at most this many lines, or about this many bytes. */
export const CHUNK_LINES = 64;
export const CHUNK_BYTES = 128 * 1024;

type LinesChunk = Extract<Chunk, { kind: 'lines' }>;

/**
 * Chunks of whole lines of a byte stream (chunk.ts), cut at a line feed after at most `maxLines`
 * lines or once `maxBytes` is reached (a longer line makes a chunk of its own), or (`live`:
 * standard input) whenever the stream has nothing more at hand, so that a live feed is answered
 * line by line as it comes; the last
 * line may lack its LF. The bytes are never decoded here: the worker does that. One chunk in
 * memory at a time, read only as fast as the consumer asks for chunks.
 */
export async function* lineChunks(
  stream: Readable,
  source: string,
  onError: (linesRead: number, e: unknown) => void,
  { live = true, maxLines = CHUNK_LINES, maxBytes = CHUNK_BYTES }: { live?: boolean; maxLines?: number; maxBytes?: number } = {},
): AsyncGenerator<LinesChunk> {
  let parts: Uint8Array[] = [];
  let pendingBytes = 0;
  /** Lines ended in what is pending, and where the last of them ends. */
  let pendingLines = 0;
  let linesEnd = 0;
  let firstLine = 1;
  /** The first `n` pending bytes as a chunk, in a buffer of their own (they go to a worker as they are). */
  const make = (n: number): LinesChunk => {
    const bytes = new Uint8Array(n);
    let at = 0;
    let rest: Uint8Array[] = [];
    for (const p of parts) {
      if (at >= n) rest.push(p);
      else if (at + p.byteLength <= n) {
        bytes.set(p, at);
        at += p.byteLength;
      } else {
        bytes.set(p.subarray(0, n - at), at);
        rest = [p.subarray(n - at)];
        at = n;
      }
    }
    const chunk: LinesChunk = { kind: 'lines', source, firstLine, bytes, skip: [] };
    firstLine += pendingLines;
    parts = rest;
    pendingBytes -= n;
    pendingLines = 0;
    linesEnd = 0;
    return chunk;
  };
  try {
    for await (const data of stream as AsyncIterable<Buffer | string>) {
      const buf = typeof data === 'string' ? Buffer.from(data) : data;
      const base = pendingBytes;
      parts.push(buf);
      pendingBytes += buf.length;
      let cutAt = 0;
      for (let nl = buf.indexOf(10); nl !== -1; nl = buf.indexOf(10, nl + 1)) {
        pendingLines++;
        linesEnd = base - cutAt + nl + 1;
        if (pendingLines >= maxLines || linesEnd >= maxBytes) {
          cutAt += linesEnd;
          yield make(linesEnd);
        }
      }
      if (live && pendingLines > 0 && stream.readableLength === 0) yield make(linesEnd);
    }
  } catch (e) {
    onError(firstLine - 1 + pendingLines, e);
  }
  if (pendingBytes > 0) yield make(pendingBytes);
}

/**
 * The chunks of a JSONL run: each source in turn, cut into chunks of lines. A source that
 * cannot be opened, or stops being readable, is reported to `onProblem` (what was read of it
 * still runs).
 */
export async function* jsonlChunks(sources: readonly string[], stdin: Readable, onProblem: (p: Problem) => void): AsyncGenerator<Chunk> {
  for (const source of sources) {
    let stream: Readable;
    if (source === '-') stream = stdin;
    else {
      try {
        stream = await openForReading(source);
      } catch (e) {
        onProblem({ name: source, reason: errnoReason(e) });
        continue;
      }
    }
    const name = source === '-' ? 'standard input' : source;
    yield* lineChunks(
      stream,
      source === '-' ? '' : `${source} `,
      (lineNo, e) => onProblem({ name, reason: `reading stopped after line ${lineNo}: ${errnoReason(e)}` }),
      { live: source === '-' },
    );
  }
}

/**
 * The chunks of a run over story files (and standard input's story): a few files each, fewer
 * when there are few stories, so that every worker gets some.
 */
export async function* storyChunks(stories: readonly StoryInput[], stdin: Readable, jobs: number): AsyncGenerator<Chunk> {
  const size = Math.max(1, Math.min(8, Math.ceil(stories.length / (jobs * 4))));
  let tasks: StoryTask[] = [];
  for (const s of stories) {
    if (s.kind === 'file') tasks.push({ kind: 'file', id: s.id, path: s.path });
    else tasks.push({ kind: 'bytes', id: '-', name: '', bytes: await readAll(stdin) });
    if (tasks.length >= size) {
      yield { kind: 'stories', tasks, skip: [] };
      tasks = [];
    }
  }
  if (tasks.length > 0) yield { kind: 'stories', tasks, skip: [] };
}

async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

async function openForReading(file: string): Promise<Readable> {
  const handle = await fs.promises.open(file, 'r');
  if ((await handle.stat()).isDirectory()) {
    await handle.close();
    throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  }
  return handle.createReadStream();
}

/** The non-blank lines of the files, read as bytes (for the progress bar's total); null if one cannot be read. */
export async function countStoryLines(files: readonly string[]): Promise<number | null> {
  let count = 0;
  for (const file of files) {
    let blank = true;
    try {
      for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
        for (const b of chunk) {
          if (b === 10) {
            if (!blank) count++;
            blank = true;
          } else if (blank && b !== 32 && b !== 9 && b !== 13) blank = false;
        }
      }
    } catch {
      return null;
    }
    if (!blank) count++;
  }
  return count;
}
