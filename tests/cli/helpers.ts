/**
 * Runs the built `quotecheck` binary (dist/src/cli/main.js) as a user would, and the short
 * stories the CLI tests check (written for these tests).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCommand } from '../../src/cli/command.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const bin = path.join(root, 'dist/src/cli/main.js');

/** What a command run in this process wrote, and its exit status. */
export interface InProcessRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The command line run in this process (no build needed), with `stdin` as its standard input. */
export async function runInProcess(args: string[], stdin = ''): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        append(chunk.toString('utf8'));
        done();
      },
    });
  const status = await runCommand(args, {
    stdin: Readable.from(stdin ? [Buffer.from(stdin)] : []),
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
  });
  return { status, stdout, stderr };
}

/** A story that leans on unnamed sources: two thirds of its quotes and statements. */
export const ANON_STORY = `Ministry weighs closing rural clinics

The health ministry is considering closing four rural clinics in the north, according to two officials familiar with the plans.

"The money is simply not there," one of the officials said.

"Nobody wants to announce it before the vote," the other official said.

A senior aide said the decision would come next month.

Dr. Lena Okafor, who runs the clinic in Marsh Hollow, said she had heard nothing. "We find out from the radio, like everyone else," she said.
`;

/** A story whose every source is named. */
export const NAMED_STORY = `Council approves new bus depot

The city council voted 7-2 on Tuesday to build a bus depot on the old tannery site.

"We will reopen the bridge by spring," Mayor Ana Ruiz said.

"This depot will cut waiting times across the east side," said Tomas Berg, who chairs the transport committee.

Councillor Mia Hart voted against the plan. "The site still needs a full soil survey," she said.
`;

/** The same kind of story for the .docx, one paragraph per element. */
export const DOCX_PARAGRAPHS = [
  'Harbour ferry returns after storm repairs',
  'The island ferry resumed service on Friday after three weeks of repairs to its loading ramp.',
  '“Every crossing this morning left on time,” said Ruth Calder, the harbour master.',
];

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout as bytes (for PDFs). */
  raw: Buffer;
}

export function run(args: string[], options: { cwd: string; input?: string | Buffer; env?: Record<string, string> }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd, env: { ...process.env, ...options.env } });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => {
      const raw = Buffer.concat(out);
      resolve({ status, stdout: raw.toString('utf8'), stderr, raw });
    });
    child.stdin.on('error', () => {}); // a child that exits before reading stdin
    child.stdin.end(options.input ?? '');
  });
}

function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/**
 * Builds dist/ when a source file is newer than the built CLI (tsc emits even when other modules
 * are mid-edit), and only then: CI builds on install, and other test files run dist/ at the same
 * time, so a needless rebuild would rewrite files under them.
 */
export function buildBinary(): void {
  const built = [bin, path.join(root, 'dist/src/work/worker.js')];
  const fresh = () => built.every((f) => fs.existsSync(f)) && Math.min(...built.map((f) => fs.statSync(f).mtimeMs)) >= newest(path.join(root, 'src'));
  if (fresh()) return;
  const started = Date.now();
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (!built.every((f) => fs.existsSync(f) && fs.statSync(f).mtimeMs >= started - 1000)) {
    throw new Error(`the build did not produce ${built.join(' and ')}:\n${build.stdout}${build.stderr}`);
  }
}

export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .trimEnd()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
