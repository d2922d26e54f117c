/**
 * Overload figures of issue 15, on the built server: `npx tsx scripts/bench/overload.ts`
 * (`--dist DIR` measures another build, `--seconds N` sets each run's length, default 10,
 * `--rounds N` repeats the first measure N times, alternating its two settings, `--only retry`
 * or `--only large` runs one measure).
 *
 * 1. Fifty clients that retry at once: autocannon's 50 connections each send the next request
 *    as soon as an answer comes, 503 or not. Served (2xx) answers a second with the default
 *    admission settings, and with every limit off.
 * 2. Two hundred clients posting 1.5 MB stories to /api/analyze: the latency of /healthz, probed
 *    every 100 ms from another connection, the latency of the 503s, and the peak resident
 *    memory of the server (all its threads).
 *
 * Load goes to 127.0.0.1 only and every run is bounded in time. The load generator runs on the
 * same cores as the server.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildStory, percentile, ROOT, round, sampleTexts, sleep, storyWindows } from './common.js';
import { apiTarget, type LoadResult, load, rssMB } from './server.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : fallback;
};
const MAIN = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
let DIST = option('--dist', join(ROOT, 'dist'));
let SECONDS = Number(option('--seconds', '10'));
const ROUNDS = Number(option('--rounds', '1'));
const ONLY = option('--only', 'both');
const NO_LIMITS = { MAX_IN_FLIGHT: '0', MAX_BODY_MB: '0', MAX_QUEUE_WAIT_MS: '0' };

interface Running {
  base: string;
  proc: ChildProcess;
  stop(): Promise<void>;
}

async function start(env: Record<string, string>): Promise<Running & { log: () => string }> {
  const proc = spawn(process.execPath, [join(DIST, 'src', 'server', 'main.js')], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', NODE_ENV: 'production', ACCESS_LOG: '0', RATE_LIMIT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  proc.stdout?.setEncoding('utf8').on('data', (d: string) => {
    out += d;
  });
  const deadline = Date.now() + 20_000;
  let port = 0;
  while (!port) {
    if (Date.now() > deadline || proc.exitCode !== null) throw new Error(`the server did not start: ${out}`);
    port = Number(/listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out)?.[1] ?? 0);
    await sleep(50);
  }
  const base = `http://127.0.0.1:${port}`;
  // Every worker thread warmed up before measuring.
  const warm = apiTarget(storyWindows(sampleTexts(), 5000, 1)[0] as string);
  await load(base, warm, { connections: 8, seconds: 2 });
  return {
    base,
    proc,
    log: () => out,
    stop: async () => {
      if (proc.exitCode !== null) return;
      const exited = new Promise((resolve) => proc.once('exit', resolve));
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function statuses(run: LoadResult): string {
  return Object.entries(run.byStatus)
    .map(([status, s]) => `${status} × ${s.count} (p50 ${s.p50} / p99 ${s.p99} ms)`)
    .join('; ');
}

async function retryingClients(label: string, env: Record<string, string>): Promise<number> {
  const server = await start(env);
  try {
    const story = storyWindows(sampleTexts(), 5000, 1)[0] as string;
    const run = await load(server.base, apiTarget(story), { connections: 50, seconds: SECONDS });
    console.log(`  ${label}: ${run.okPerS} served/s; ${statuses(run)}; errors ${run.errors}, timeouts ${run.timeouts}`);
    return run.okPerS;
  } finally {
    await server.stop();
  }
}

/**
 * GET /healthz every 100 ms for `seconds`, from a process of its own: in this one, autocannon
 * writing 200 bodies of 1.5 MB would delay the probes itself. Latencies in ms; over 5 s counts
 * as timed out.
 */
async function probe(base: string, seconds: number): Promise<{ ms: number[]; timedOut: number }> {
  const code = `
    await (await fetch('${base}/healthz')).arrayBuffer(); // fetch's own first-use cost, not the server's
    const ms = []; let timedOut = 0; const end = Date.now() + ${seconds * 1000};
    while (Date.now() < end) {
      const t0 = performance.now();
      try { await (await fetch('${base}/healthz', { signal: AbortSignal.timeout(5000) })).arrayBuffer(); ms.push(performance.now() - t0); }
      catch { timedOut++; }
      await new Promise((r) => setTimeout(r, 100));
    }
    process.stdout.write(JSON.stringify({ ms, timedOut }));`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    out += d;
  });
  await new Promise((resolve) => child.once('close', resolve));
  return JSON.parse(out) as { ms: number[]; timedOut: number };
}

/** Server-side durations of the answers with `status`, from the access log lines on `log()`. */
function served(log: string, status: number): number[] {
  const out: number[] = [];
  for (const m of log.matchAll(/^POST \/api\/analyze (\d{3}) ([\d.]+)ms$/gm)) if (Number(m[1]) === status) out.push(Number(m[2]));
  return out;
}

export interface LargeBodiesResult {
  /** Server-side time of the 503 answers and of the 200 answers, ms. */
  busy: { count: number; p50: number; p99: number };
  served: { count: number; p50: number; p99: number };
  /** /healthz probed every 100 ms from another process. */
  health: { probes: number; p50: number; p99: number; max: number; over5s: number };
  rss: { beforeMB: number; peakMB: number; afterMB: number };
}

async function largeBodies(label: string, env: Record<string, string>): Promise<LargeBodiesResult> {
  // The access log gives each answer's time in the server, from its arrival to its last byte.
  const server = await start({ ACCESS_LOG: '1', ...env });
  try {
    const story = buildStory(sampleTexts(), 1_500_000);
    const target = { path: '/api/analyze', contentType: 'text/plain; charset=utf-8', body: story };
    const pid = server.proc.pid as number;
    const before = rssMB(pid);
    let peak = before;
    const poll = setInterval(() => {
      peak = Math.max(peak, rssMB(pid));
    }, 100);
    const warmedUp = server.log().length;
    const [run, health] = await Promise.all([load(server.base, target, { connections: 200, seconds: SECONDS }), probe(server.base, SECONDS)]);
    clearInterval(poll);
    await sleep(500);
    const h = health.ms;
    const busy = served(server.log().slice(warmedUp), 503);
    const ok = served(server.log().slice(warmedUp), 200);
    const f = (xs: number[]) => `p50 ${round(percentile(xs, 50), 1)} / p99 ${round(percentile(xs, 99), 1)} ms`;
    const stat = (xs: number[]) => ({ count: xs.length, p50: round(percentile(xs, 50), 1), p99: round(percentile(xs, 99), 1) });
    const result: LargeBodiesResult = {
      busy: stat(busy),
      served: stat(ok),
      health: { probes: h.length, p50: round(percentile(h, 50), 1), p99: round(percentile(h, 99), 1), max: round(Math.max(...h), 1), over5s: health.timedOut },
      rss: { beforeMB: before, peakMB: peak, afterMB: rssMB(pid) },
    };
    console.log(
      `  ${label}: at the client ${statuses(run)}; errors (connections closed or reset) ${run.errors}, timeouts ${run.timeouts}\n` +
        `    in the server: 503 × ${busy.length} (${f(busy)}), 200 × ${ok.length} (${f(ok)})\n` +
        `    /healthz: ${h.length} probes, ${f(h)}, max ${round(Math.max(...h), 1)} ms, ${health.timedOut} over 5 s\n` +
        `    RSS: ${before} → peak ${peak} MB; after ${result.rss.afterMB} MB`,
    );
    return result;
  } finally {
    await server.stop();
  }
}

export interface OverloadFigures {
  seconds: number;
  /** Fifty clients retrying at once: served answers a second, median of the rounds. */
  retrying: { defaultPerS: number; unlimitedPerS: number; percent: number };
  large: LargeBodiesResult;
}

/** Both measures, for `npm run bench`: `rounds` alternated runs of the first, one of the second. */
export async function overloadFigures(opts: { dist?: string; seconds: number; rounds: number }): Promise<OverloadFigures> {
  DIST = opts.dist ?? DIST;
  SECONDS = opts.seconds;
  const retrying = await retryRounds(opts.rounds);
  console.log('200 clients posting 1.5 MB to /api/analyze:');
  const large = await largeBodies('default settings', {});
  return { seconds: SECONDS, retrying, large };
}

async function retryRounds(rounds: number): Promise<OverloadFigures['retrying']> {
  console.log('50 clients retrying at once, POST /api/analyze (5 KB):');
  const limited: number[] = [];
  const unlimited: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // Alternated, so that a change in the machine's other load falls on both alike.
    if (i % 2 === 0) limited.push(await retryingClients('default settings', {}));
    unlimited.push(await retryingClients('no limits', NO_LIMITS));
    if (i % 2 === 1) limited.push(await retryingClients('default settings', {}));
  }
  const med = (xs: number[]) => percentile(xs, 50);
  const percent = round((100 * med(limited)) / med(unlimited), 1);
  console.log(`  median served/s: default ${med(limited)}, no limits ${med(unlimited)}: ${percent} %`);
  return { defaultPerS: med(limited), unlimitedPerS: med(unlimited), percent };
}

if (MAIN) {
  console.log(`quotecheck overload (${DIST}); ${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(2)}; ${SECONDS} s a run`);
  if (ONLY !== 'large') await retryRounds(ROUNDS);
  if (ONLY !== 'retry') {
    console.log('200 clients posting 1.5 MB to /api/analyze:');
    await largeBodies('default settings', {});
  }
  console.log(`load average at the end ${loadavg()[0]?.toFixed(2)}`);
}
