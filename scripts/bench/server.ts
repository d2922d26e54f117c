/**
 * The web server under load: the built server (node dist/src/server/main.js, as `npm start` runs
 * it) in its own process on 127.0.0.1, autocannon in this one. Every load is bounded in time.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { percentile, ROOT, round, sleep, TMP } from './common.js';

export interface Server {
  base: string;
  pid: number;
  proc: ChildProcess;
  logFile: string;
  stop(): Promise<number | null>;
}

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as { port: number };
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

/** Starts the built server with `env` added (logs to a file under bench/tmp, as to a journal). */
export async function startServer(env: Record<string, string>, name: string): Promise<Server> {
  const port = await freePort();
  const logFile = join(TMP, `server-${name}.log`);
  const fd = openSync(logFile, 'w');
  const proc = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'server', 'main.js')], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), NODE_ENV: 'production', ...env },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}: ${readFileSync(logFile, 'utf8')}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`server did not answer /healthz in 20 s: ${readFileSync(logFile, 'utf8')}`);
    }
    await sleep(100);
  }
  return {
    base,
    pid: proc.pid as number,
    proc,
    logFile,
    stop: () =>
      new Promise((resolve) => {
        if (proc.exitCode !== null) return resolve(proc.exitCode);
        const timer = setTimeout(() => proc.kill('SIGKILL'), 15_000);
        proc.once('exit', (code) => {
          clearTimeout(timer);
          resolve(code);
        });
        proc.kill('SIGTERM');
      }),
  };
}

/** The server's processes: the main one and, with WORKERS ≥ 2, its workers. */
export function processTree(pid: number): number[] {
  const out = [pid];
  const file = `/proc/${pid}/task/${pid}/children`;
  if (existsSync(file)) {
    for (const child of readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean)) out.push(...processTree(Number(child)));
  }
  return out;
}

/** Resident memory of the server's processes, in MB (10^6 bytes). */
export function rssMB(pid: number): number {
  let kb = 0;
  for (const p of processTree(pid)) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      kb += Number(m?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return round((kb * 1024) / 1e6, 1);
}

export interface Target {
  path: string;
  contentType: string;
  body: string;
}

export function apiTarget(story: string): Target {
  return { path: '/api/analyze', contentType: 'application/json', body: JSON.stringify({ text: story }) };
}

export function formTarget(story: string, path = '/analyze'): Target {
  return { path, contentType: 'application/x-www-form-urlencoded', body: `text=${encodeURIComponent(story)}` };
}

export interface LoadResult {
  path: string;
  connections: number;
  seconds: number;
  offeredRate: number | null;
  requests: number;
  /** 2xx answers per second over the run. */
  okPerS: number;
  /** Latency of the 2xx answers, ms. */
  p50: number;
  p99: number;
  max: number;
  byStatus: Record<string, { count: number; p50: number; p99: number }>;
  errors: number;
  timeouts: number;
  /** CPU the load generator (autocannon, in this process) took during the run, in cores (1 = one core all the time). */
  loadGeneratorCores: number;
}

/** One autocannon run; latencies are collected per status from its response events. */
/** `seconds` bounds the run; with `amount` it ends sooner, after that many requests. */
export async function load(
  base: string,
  target: Target,
  opts: { connections: number; seconds: number; overallRate?: number; amount?: number; method?: 'GET' | 'POST' },
): Promise<LoadResult> {
  const latencies = new Map<number, number[]>();
  const method = opts.method ?? 'POST';
  const instance = autocannon({
    url: `${base}${target.path}`,
    method,
    ...(method === 'POST' ? { headers: { 'content-type': target.contentType }, body: target.body } : {}),
    connections: opts.connections,
    duration: opts.seconds,
    ...(opts.amount ? { amount: opts.amount } : {}),
    timeout: 10,
    ...(opts.overallRate ? { overallRate: opts.overallRate } : {}),
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    const list = latencies.get(status) ?? [];
    if (list.length === 0) latencies.set(status, list);
    list.push(ms);
  });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const res = await instance;
  const cpu = process.cpuUsage(cpu0);
  const wallMs = performance.now() - t0;
  const byStatus: LoadResult['byStatus'] = {};
  for (const [status, list] of [...latencies].sort((a, b) => a[0] - b[0])) {
    byStatus[String(status)] = { count: list.length, p50: round(percentile(list, 50), 1), p99: round(percentile(list, 99), 1) };
  }
  const ok = [...latencies].filter(([s]) => s >= 200 && s < 300).flatMap(([, l]) => l);
  return {
    path: target.path,
    connections: opts.connections,
    seconds: opts.seconds,
    offeredRate: opts.overallRate ?? null,
    requests: [...latencies.values()].reduce((n, l) => n + l.length, 0),
    okPerS: round(ok.length / opts.seconds, 0),
    p50: round(percentile(ok, 50), 1),
    p99: round(percentile(ok, 99), 1),
    max: round(ok.length ? Math.max(...ok) : Number.NaN, 1),
    byStatus,
    errors: res.errors,
    timeouts: res.timeouts,
    loadGeneratorCores: round((cpu.user + cpu.system) / 1000 / Math.max(1, wallMs), 2),
  };
}

export interface OverloadResult {
  scenario: string;
  offeredRate: number;
  connections: number;
  run: LoadResult;
  rssBeforeMB: number;
  rssPeakMB: number;
  rssAfterMB: number;
  /** The processes that served before the run still serve after it, and answer. */
  alive: boolean;
  healthAfter: number;
  analyzeAfter: number;
}

/** Drive `target` at `rate` requests/s through `connections`, watching memory and survival. */
export async function overload(
  server: Server,
  target: Target,
  scenario: string,
  opts: { rate: number; connections: number; seconds: number },
): Promise<OverloadResult> {
  const before = processTree(server.pid).sort();
  const rssBeforeMB = rssMB(server.pid);
  let rssPeakMB = rssBeforeMB;
  const poll = setInterval(() => {
    rssPeakMB = Math.max(rssPeakMB, rssMB(server.pid));
  }, 100);
  let run: LoadResult;
  try {
    run = await load(server.base, target, { connections: opts.connections, seconds: opts.seconds, overallRate: opts.rate });
  } finally {
    clearInterval(poll);
  }
  await sleep(500);
  const rssAfterMB = rssMB(server.pid);
  const after = processTree(server.pid).sort();
  const healthAfter = (await fetch(`${server.base}/healthz`)).status;
  // A client from another address would not share the load generator's rate-limit budget; from
  // here a 429 after a rate-limited run still proves the server answers.
  const analyzeAfter = (await fetch(`${server.base}${target.path}`, { method: 'POST', headers: { 'content-type': target.contentType }, body: target.body }))
    .status;
  return {
    scenario,
    offeredRate: opts.rate,
    connections: opts.connections,
    run,
    rssBeforeMB,
    rssPeakMB,
    rssAfterMB,
    alive: server.proc.exitCode === null && before.join() === after.join() && healthAfter === 200,
    healthAfter,
    analyzeAfter,
  };
}

export interface DownloadRow {
  path: string;
  requests: number;
  p50: number;
  p99: number;
  bytes: number;
}

/** One request at a time: the time to get each download back over HTTP (engine included). */
export async function downloads(base: string, story: string, paths: string[], n: number): Promise<DownloadRow[]> {
  const rows: DownloadRow[] = [];
  for (const path of paths) {
    const t = formTarget(story, path);
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < n + 2; i++) {
      const t0 = performance.now();
      const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': t.contentType }, body: t.body });
      const buf = await res.arrayBuffer();
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      if (i >= 2) times.push(performance.now() - t0);
      bytes = buf.byteLength;
    }
    rows.push({ path, requests: n, p50: round(percentile(times, 50), 1), p99: round(percentile(times, 99), 1), bytes });
  }
  return rows;
}

export interface PacedResult {
  path: string;
  /** Requests per second sent on schedule, whatever the answers' pace (open loop). */
  rate: number;
  seconds: number;
  sent: number;
  ok: number;
  okPerS: number;
  /** Latency from each request's scheduled time (no coordinated omission), 2xx only, ms. */
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
}

export interface PacedOptions {
  rate: number;
  seconds: number;
  sockets?: number;
}

/**
 * `paced` in a fresh process of its own. The generator's own pauses count as latency (it times
 * from each request's due time), so it does not share a heap with the rest of the bench (the
 * engine's 10 MB runs, compromise, autocannon's loads), whose collections could pause it.
 */
export async function pacedInChild(base: string, target: Target, opts: PacedOptions): Promise<PacedResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'bench', 'paced-child.ts'), JSON.stringify({ base, target, opts })], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    out += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  if (code !== 0) throw new Error(`the load generator exited with ${code}`);
  return JSON.parse(out) as PacedResult;
}

/**
 * An open-loop load: requests leave on a fixed schedule (`rate` a second, every millisecond) over
 * a pool of keep-alive connections, whether or not earlier ones were answered, and each latency
 * counts from the time its request was due. This is how "N requests/s at p99 ≤ X" is measured:
 * a closed loop (autocannon's connections) only says how fast answers come back at saturation.
 */
export async function paced(base: string, target: Target, opts: PacedOptions): Promise<PacedResult> {
  const { request, Agent } = await import('node:http');
  const url = new URL(`${base}${target.path}`);
  const agent = new Agent({ keepAlive: true, maxSockets: opts.sockets ?? 64 });
  const body = Buffer.from(target.body);
  const latencies: number[] = [];
  let sent = 0;
  let non2xx = 0;
  let errors = 0;
  let outstanding = 0;
  const start = performance.now();
  const total = Math.round(opts.rate * opts.seconds);
  const send = (due: number) => {
    outstanding++;
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent,
        headers: { 'content-type': target.contentType, 'content-length': body.length },
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          outstanding--;
          if (res.statusCode !== undefined && res.statusCode >= 200 && res.statusCode < 300) latencies.push(performance.now() - due);
          else non2xx++;
        });
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.on('error', () => {
      outstanding--;
      errors++;
    });
    req.end(body);
  };
  // Every millisecond, send what has fallen due. Latency counts from each request's due time, so a
  // coarser tick would charge the generator's own lateness (up to a tick) to the server.
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      const now = performance.now();
      const due = Math.min(total, Math.floor(((now - start) * opts.rate) / 1000));
      while (sent < due) {
        send(start + (sent * 1000) / opts.rate);
        sent++;
      }
      if (sent >= total) {
        clearInterval(tick);
        resolve();
      }
    }, 1);
  });
  const deadline = performance.now() + 15_000;
  while (outstanding > 0 && performance.now() < deadline) await sleep(20);
  agent.destroy();
  return {
    path: target.path,
    rate: opts.rate,
    seconds: opts.seconds,
    sent,
    ok: latencies.length,
    okPerS: round(latencies.length / opts.seconds, 0),
    p50: round(percentile(latencies, 50), 1),
    p99: round(percentile(latencies, 99), 1),
    max: round(latencies.length ? Math.max(...latencies) : Number.NaN, 1),
    non2xx,
    errors: errors + outstanding,
  };
}
