/**
 * The command line in batch: `quotecheck analyze --jsonl [--jobs N] FILE` on a file of 5 KB
 * stories, timed from spawn to exit (process start included), output lines counted.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, round, storyWindows, TMP } from './common.js';

const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');

export interface BatchRow {
  jobs: number | null;
  command: string;
  stories: number;
  seconds: number;
  storiesPerS: number;
  exitCode: number | null;
  linesOut: number;
}

export interface BatchResult {
  jobsSupported: boolean;
  rows: BatchRow[];
  note: string | null;
}

export function cliHasJobs(): boolean {
  const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
  return /--jobs\b/.test(help.stdout ?? '');
}

export async function batch(texts: string[], count: number): Promise<BatchResult> {
  const file = join(TMP, 'batch.jsonl');
  const stories = storyWindows(texts, 5_000, count);
  writeFileSync(file, `${stories.map((text, i) => JSON.stringify({ id: `s${i}`, text })).join('\n')}\n`);
  const jobsSupported = cliHasJobs();
  const plans: (number | null)[] = jobsSupported ? [1, 2] : [null];
  const rows: BatchRow[] = [];
  for (const jobs of plans) {
    const args = ['analyze', '--jsonl', ...(jobs === null ? [] : ['--jobs', String(jobs)]), file];
    const outFile = join(TMP, `batch-out-${jobs ?? 'default'}.jsonl`);
    const fd = openSync(outFile, 'w');
    const t0 = performance.now();
    const exitCode = await new Promise<number | null>((resolve) => {
      const proc = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', fd, 'ignore'] });
      const timer = setTimeout(() => proc.kill('SIGKILL'), 300_000);
      proc.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
    const seconds = (performance.now() - t0) / 1000;
    closeSync(fd);
    const linesOut = readFileSync(outFile, 'utf8').split('\n').filter(Boolean).length;
    rows.push({
      jobs,
      command: `quotecheck ${args.slice(0, -1).join(' ')} bench/tmp/batch.jsonl`,
      stories: count,
      seconds: round(seconds, 2),
      storiesPerS: round(count / seconds, 0),
      exitCode,
      linesOut,
    });
  }
  return {
    jobsSupported,
    rows,
    note: jobsSupported ? null : 'this build of the CLI has no --jobs yet: measured `analyze --jsonl` as it is (one thread)',
  };
}
