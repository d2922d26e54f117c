/**
 * What the workers get: the input cut into chunks (chunk.ts). JSONL bytes are cut at line feeds
 * and never decoded on the main thread; story files go a few at a time. Read only as fast as the
 * chunks are asked for (batch.ts asks while fewer than four per thread are in flight).
 */
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import type { Chunk, StoryTask } from './chunk.js';
import { errnoReason } from './errno.js';
import type { Problem, StoryInput } from './inputs.js';

/** How a JSONL input is cut into chunks for the workers: at most this many lines, or about this many bytes. */
export const CHUNK_LINES = 64;
export const CHUNK_BYTES = 128 * 1024;
/**
 * A line longer than this is not read (memory stays bounded whatever the input): it is skipped
 * to its end and answered with an error line. Far above any story (the engine is measured to
 * 10 MB), and below what a JavaScript string can hold.
 */
export const MAX_LINE_BYTES = 256 * 1024 * 1024;

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
  {
    live = true,
    maxLines = CHUNK_LINES,
    maxBytes = CHUNK_BYTES,
    maxLineBytes = MAX_LINE_BYTES,
  }: { live?: boolean; maxLines?: number; maxBytes?: number; maxLineBytes?: number } = {},
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
  /** Inside a line too long to read, until its end. */
  let skipping = false;
  /** A line that was not read: a chunk of one stand-in line, skipped with the reason (chunk.ts). */
  const tooLong = (): LinesChunk => ({
    kind: 'lines',
    source,
    firstLine: firstLine++,
    bytes: new TextEncoder().encode('{}\n'),
    skip: [{ item: 0, reason: `longer than ${maxLineBytes / 2 ** 20} MB: not read` }],
  });
  try {
    for await (const data of stream as AsyncIterable<Buffer | string>) {
      let buf = typeof data === 'string' ? Buffer.from(data) : data;
      if (skipping) {
        const nl = buf.indexOf(10);
        if (nl === -1) continue;
        skipping = false;
        yield tooLong();
        buf = buf.subarray(nl + 1);
      }
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
      if (pendingBytes - linesEnd > maxLineBytes) {
        if (pendingLines > 0) yield make(linesEnd);
        parts = [];
        pendingBytes = 0;
        skipping = true;
      } else if (live && pendingLines > 0 && stream.readableLength === 0) yield make(linesEnd);
    }
  } catch (e) {
    onError(firstLine - 1 + pendingLines, e);
  }
  if (skipping) yield tooLong();
  else if (pendingBytes > 0) yield make(pendingBytes);
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
