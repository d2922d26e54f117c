/**
 * The command line in batch: `quotecheck analyze --jsonl --jobs N FILE` for N = 1 and 2, timed
 * from spawn to exit (process start included), runs alternated, with the CPU time of the whole
 * process (cpu-at-exit.cjs) and the output of every run compared byte for byte. The workload is
 * the one of issue 16 when ../shared/corpus is there: the PolNeAR train texts three times over
 * (2,520 stories, about 12 MB of JSONL), built in bench/tmp at run time and never committed;
 * otherwise windows of the samples.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { median, ROOT, round, storyWindows, TMP } from './common.js';

const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const PRELOAD = join(ROOT, 'scripts', 'bench', 'cpu-at-exit.cjs');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'polnear-train.jsonl');

export interface BatchRow {
  jobs: number;
  command: string;
  stories: number;
  /** Wall seconds of each run, in the order run. */
  runs: number[];
  seconds: number;
  storiesPerS: number;
  /** CPU seconds of the whole process (median run), and the cores that makes on average. */
  cpuSeconds: number;
  cores: number;
  maxRssMB: number;
  exitCode: number | null;
  linesOut: number;
}

export interface BatchResult {
  workload: string;
  bytes: number;
  rows: BatchRow[];
  /** --jobs 1 time ÷ --jobs 2 time (medians). */
  speedup: number | null;
  /** Amdahl's serial fraction that speedup implies, and what it predicts for more threads. */
  serialFraction: number | null;
  predicted: { jobs: number; speedup: number }[];
  /** Every run wrote the same bytes. */
  sameOutput: boolean;
  /**
   * Where a thread's CPU goes, from `--jobs 1` over the whole input and over its first half:
   * a fixed cost per thread (starting, loading the engine, compiling its hot code: 2 × half −
   * whole) and a cost per story once warm ((whole − half) ÷ the stories of the second half).
   */
  perThread: { halfCpuSeconds: number; fixedCpuSeconds: number; perStoryCpuMs: number } | null;
  /**
   * The same stories SCALE times over (ids made unique), one run with each --jobs: what the two
   * threads gain once their fixed cost is spread over a long run. With the main workload's times
   * it gives each --jobs a line, wall seconds = fixed + stories × per story, and from the two
   * lines the run length at which --jobs 2 reaches 1.6×.
   */
  atScale: {
    times: number;
    stories: number;
    bytes: number;
    seconds: { jobs: number; seconds: number; cpuSeconds: number }[];
    speedup: number;
    lines: { jobs: number; fixedSeconds: number; perStoryMs: number }[];
    /** Stories from which --jobs 2 is 1.6× as fast as --jobs 1 (null: never, by these lines). */
    storiesFor16: number | null;
  } | null;
  /** The machine's ceiling for two threads (see `ceiling`). */
  ceiling: { oneSeconds: number; twoSeconds: number[]; speedup: number } | null;
  note: string | null;
}

/**
 * What two busy cores give on this machine with nothing shared: the same warm work (checking 5 KB
 * stories) in one process, then in two at once; speedup = 2 × one's seconds ÷ the two's (the
 * slower of them). No thread pool can beat it: it is the ceiling for --jobs 2 ÷ --jobs 1.
 */
export async function ceiling(passes: number): Promise<{ oneSeconds: number; twoSeconds: number[]; speedup: number }> {
  const child = join(ROOT, 'scripts', 'bench', 'ceiling-child.ts');
  const run = async (n: number): Promise<number[]> => {
    const procs = Array.from({ length: n }, () =>
      spawn(process.execPath, ['--import', 'tsx', child, String(passes)], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] }),
    );
    const outputs = procs.map((p) => {
      let out = '';
      p.stdout.setEncoding('utf8');
      const ready = new Promise<void>((resolve) =>
        p.stdout.on('data', (d: string) => {
          out += d;
          if (out.includes('ready\n')) resolve();
        }),
      );
      const done = new Promise<number>((resolve, reject) =>
        p.on('exit', (code) => (code === 0 ? resolve(Number(out.split('\n')[1])) : reject(new Error(`ceiling child exited with ${code}`)))),
      );
      return { ready, done };
    });
    await Promise.all(outputs.map((o) => o.ready));
    for (const p of procs) p.stdin.write('go\n');
    return Promise.all(outputs.map((o) => o.done));
  };
  const [one] = (await run(1)) as [number];
  const two = await run(2);
  return { oneSeconds: round(one, 2), twoSeconds: two.map((x) => round(x, 2)), speedup: round((2 * one) / Math.max(...two), 2) };
}

/** How many times over the at-scale run repeats the workload. */
export const SCALE = 10;

export function cliHasJobs(): boolean {
  const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
  return /--jobs\b/.test(help.stdout ?? '');
}

/** The JSONL input: three copies of the PolNeAR train texts (ids made unique), or the samples' windows. */
function workload(texts: string[], count: number, quick: boolean): { file: string; label: string; stories: number } {
  const file = join(TMP, 'batch.jsonl');
  if (existsSync(CORPUS)) {
    const articles = readFileSync(CORPUS, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; text: string });
    const copies = quick ? 1 : 3;
    const lines: string[] = [];
    for (let c = 0; c < copies; c++) for (const a of articles) lines.push(JSON.stringify({ id: `${a.id}#${c + 1}`, text: a.text }));
    writeFileSync(file, `${lines.join('\n')}\n`);
    return {
      file,
      label: `the PolNeAR train texts ${copies === 1 ? 'once' : `${copies} times over`} (../shared/corpus, built at run time)`,
      stories: lines.length,
    };
  }
  const stories = storyWindows(texts, 5_000, count);
  writeFileSync(file, `${stories.map((text, i) => JSON.stringify({ id: `s${i}`, text })).join('\n')}\n`);
  return { file, label: 'windows of about 5 KB of the samples (../shared/corpus is not there)', stories: count };
}

async function once(args: string[], outFile: string): Promise<{ seconds: number; exitCode: number | null; cpuSeconds: number; maxRssMB: number }> {
  const cpuFile = join(TMP, 'batch-cpu.json');
  rmSync(cpuFile, { force: true });
  const fd = openSync(outFile, 'w');
  const t0 = performance.now();
  const exitCode = await new Promise<number | null>((resolve) => {
    const proc = spawn(process.execPath, ['--require', PRELOAD, CLI, ...args], {
      stdio: ['ignore', fd, 'ignore'],
      env: { ...process.env, QC_BENCH_CPU_FILE: cpuFile },
    });
    const timer = setTimeout(() => proc.kill('SIGKILL'), 300_000);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  const seconds = (performance.now() - t0) / 1000;
  closeSync(fd);
  const cpu = existsSync(cpuFile) ? (JSON.parse(readFileSync(cpuFile, 'utf8')) as { userUs: number; systemUs: number; maxRssKB: number }) : null;
  return { seconds, exitCode, cpuSeconds: cpu ? (cpu.userUs + cpu.systemUs) / 1e6 : Number.NaN, maxRssMB: cpu ? cpu.maxRssKB / 1000 : Number.NaN };
}

export async function batch(texts: string[], count: number, quick: boolean): Promise<BatchResult> {
  const input = workload(texts, count, quick);
  const bytes = statSync(input.file).size;
  if (!cliHasJobs()) throw new Error('this build of the CLI has no --jobs');
  const plans = [1, 2];
  const rounds = quick ? 1 : 3;
  const lines = readFileSync(input.file, 'utf8').split('\n').filter(Boolean);
  const halfFile = join(TMP, 'batch-half.jsonl');
  const half = Math.floor(lines.length / 2);
  writeFileSync(halfFile, `${lines.slice(0, half).join('\n')}\n`);
  const halves: number[] = [];
  const runs = new Map<number, Awaited<ReturnType<typeof once>>[]>(plans.map((j) => [j, []]));
  let reference: Buffer | null = null;
  let sameOutput = true;
  // Alternated, so that a change in the machine's load falls on both.
  for (let r = 0; r < rounds; r++) {
    for (const jobs of plans) {
      const outFile = join(TMP, `batch-out-${jobs}.jsonl`);
      runs.get(jobs)!.push(await once(['analyze', '--jsonl', '--jobs', String(jobs), input.file], outFile));
      const out = readFileSync(outFile);
      if (reference === null) reference = out;
      else if (!out.equals(reference)) sameOutput = false;
    }
    halves.push((await once(['analyze', '--jsonl', '--jobs', '1', halfFile], join(TMP, 'batch-out-half.jsonl'))).cpuSeconds);
  }
  const rows: BatchRow[] = plans.map((jobs) => {
    const list = runs.get(jobs)!;
    const seconds = median(list.map((x) => x.seconds));
    const mid = list.reduce((a, b) => (Math.abs(b.seconds - seconds) < Math.abs(a.seconds - seconds) ? b : a));
    return {
      jobs,
      command: `quotecheck analyze --jsonl --jobs ${jobs} bench/tmp/batch.jsonl`,
      stories: input.stories,
      runs: list.map((x) => round(x.seconds, 2)),
      seconds: round(seconds, 2),
      storiesPerS: round(input.stories / seconds, 0),
      cpuSeconds: round(mid.cpuSeconds, 2),
      cores: round(mid.cpuSeconds / mid.seconds, 2),
      maxRssMB: round(mid.maxRssMB, 0),
      exitCode: mid.exitCode,
      linesOut: (reference ?? Buffer.alloc(0)).toString('utf8').split('\n').filter(Boolean).length,
    };
  });
  const [one, two] = rows;
  const speedup = one && two ? round(one.seconds / two.seconds, 2) : null;
  // Amdahl: S(2) = 1 / (f + (1 - f) / 2), so f = 2 / S(2) - 1; S(N) = 1 / (f + (1 - f) / N).
  const serialFraction = speedup === null ? null : round(Math.min(1, Math.max(0, 2 / speedup - 1)), 3);
  const predicted = serialFraction === null ? [] : [4, 8].map((n) => ({ jobs: n, speedup: round(1 / (serialFraction + (1 - serialFraction) / n), 2) }));
  const wholeCpu = median(runs.get(1)!.map((x) => x.cpuSeconds));
  const halfCpu = median(halves);
  const perThread =
    Number.isFinite(wholeCpu) && Number.isFinite(halfCpu)
      ? {
          halfCpuSeconds: round(halfCpu, 2),
          fixedCpuSeconds: round(2 * halfCpu - wholeCpu, 2),
          perStoryCpuMs: round(((wholeCpu - halfCpu) / (input.stories - half)) * 1000, 3),
        }
      : null;
  const atScale = quick ? null : await scaled(lines, rows);
  const machine = await ceiling(quick ? 5 : 20);
  return { workload: input.label, bytes, rows, speedup, serialFraction, predicted, sameOutput, perThread, atScale, ceiling: machine, note: null };
}

/** One run with each --jobs over the workload SCALE times over (--jobs 2 first, so that a warmer machine favours --jobs 1). */
async function scaled(lines: string[], rows: BatchRow[]): Promise<BatchResult['atScale']> {
  const file = join(TMP, 'batch-scale.jsonl');
  const fd = openSync(file, 'w');
  for (let k = 0; k < SCALE; k++) writeSync(fd, `${lines.map((l) => l.replace('{"id":"', `{"id":"${k + 1}/`)).join('\n')}\n`);
  closeSync(fd);
  const bytes = statSync(file).size;
  const stories = lines.length * SCALE;
  const seconds: { jobs: number; seconds: number; cpuSeconds: number }[] = [];
  for (const jobs of [2, 1]) {
    const r = await once(['analyze', '--jsonl', '--jobs', String(jobs), file], join(TMP, `batch-scale-out-${jobs}.jsonl`));
    seconds.unshift({ jobs, seconds: round(r.seconds, 2), cpuSeconds: round(r.cpuSeconds, 2) });
  }
  rmSync(file, { force: true });
  for (const jobs of [1, 2]) rmSync(join(TMP, `batch-scale-out-${jobs}.jsonl`), { force: true });
  const lineOf = (jobs: number): { jobs: number; fixedSeconds: number; perStoryMs: number } => {
    const short = rows.find((r) => r.jobs === jobs) as BatchRow;
    const long = seconds.find((r) => r.jobs === jobs) as { seconds: number };
    const perStory = (long.seconds - short.seconds) / (stories - short.stories);
    return { jobs, fixedSeconds: round(short.seconds - short.stories * perStory, 2), perStoryMs: round(perStory * 1000, 3) };
  };
  const fits = [lineOf(1), lineOf(2)];
  const [a, b] = fits as [ReturnType<typeof lineOf>, ReturnType<typeof lineOf>];
  // a.fixed + n a.per = 1.6 (b.fixed + n b.per)  →  n = (1.6 b.fixed − a.fixed) / (a.per − 1.6 b.per)
  const denominator = a.perStoryMs - 1.6 * b.perStoryMs;
  const n = denominator > 0 ? ((1.6 * b.fixedSeconds - a.fixedSeconds) * 1000) / denominator : null;
  const one = seconds.find((r) => r.jobs === 1) as { seconds: number };
  const two = seconds.find((r) => r.jobs === 2) as { seconds: number };
  return {
    times: SCALE,
    stories,
    bytes,
    seconds,
    speedup: round(one.seconds / two.seconds, 2),
    lines: fits,
    storiesFor16: n === null ? null : Math.max(0, Math.round(n / 100) * 100),
  };
}
