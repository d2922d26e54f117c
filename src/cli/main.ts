#!/usr/bin/env node
/**
 * The quotecheck command: args → input → check → JSON on stdout → exit status.
 * 0 done, 2 usage error, 3 unreadable input or a failed --jsonl line.
 */
import { once } from 'node:events';
import fs from 'node:fs';
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import { check } from '../index.js';
import { VERSION } from '../version.js';
import { type Command, parseCliArgs, SHORT_USAGE, USAGE, UsageError } from './args.js';

/** A problem with the user's input: one line on stderr, no stack trace. */
class InputError extends Error {}

const EXIT_USAGE = 2;
const EXIT_INPUT = 3;

async function main(argv: readonly string[]): Promise<number> {
  let command: Command;
  try {
    command = parseCliArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`quotecheck: ${e.message}\n${SHORT_USAGE}`);
    return EXIT_USAGE;
  }
  switch (command.command) {
    case 'help':
      await write(USAGE);
      return 0;
    case 'version':
      await write(`${VERSION}\n`);
      return 0;
    case 'analyze':
      return command.jsonl ? analyzeLines(command.input) : analyzeFile(command.input);
  }
}

async function analyzeFile(input: string): Promise<number> {
  const text = input === '-' ? await readAll(process.stdin) : await readFile(input);
  await write(`${JSON.stringify(check(text), null, 2)}\n`);
  return 0;
}

/** One output line per input line, in order, one line in memory at a time. */
async function analyzeLines(input: string): Promise<number> {
  const stream = input === '-' ? process.stdin : await openFile(input);
  const lines = readline.createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  let failed = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    let out: string;
    try {
      const { id, text } = parseLine(line);
      out = JSON.stringify({ id, report: check(text) });
    } catch (e) {
      failed++;
      const message = `line ${lineNo}: ${(e as Error).message}`;
      process.stderr.write(`quotecheck: ${message}\n`);
      out = JSON.stringify({ id: null, error: message });
    }
    await write(`${out}\n`);
  }
  return failed > 0 ? EXIT_INPUT : 0;
}

function parseLine(line: string): { id: string | number | null; text: string } {
  let value: unknown;
  try {
    value = JSON.parse(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
  } catch (e) {
    throw new InputError(`not valid JSON (${(e as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError('not a JSON object');
  const { id = null, text } = value as Record<string, unknown>;
  if (id !== null && typeof id !== 'string' && typeof id !== 'number') throw new InputError('"id" must be a string or a number');
  if (typeof text !== 'string') throw new InputError('"text" must be a string');
  return { id, text };
}

async function readFile(path: string): Promise<string> {
  try {
    return stripBom(await fs.promises.readFile(path, 'utf8'));
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${reason(e)}`);
  }
}

async function openFile(path: string): Promise<Readable> {
  try {
    const handle = await fs.promises.open(path, 'r');
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    }
    return handle.createReadStream({ encoding: 'utf8' });
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${reason(e)}`);
  }
}

async function readAll(stream: Readable): Promise<string> {
  stream.setEncoding('utf8');
  let text = '';
  for await (const chunk of stream) text += chunk;
  return stripBom(text);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return (e as Error).message;
}

/** Writes to stdout, waiting for it to drain when its buffer is full. */
async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

// A reader that went away (`quotecheck … | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof InputError) {
      process.stderr.write(`quotecheck: ${e.message}\n`);
      process.exitCode = EXIT_INPUT;
    } else {
      process.stderr.write(`quotecheck: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    }
  },
);
