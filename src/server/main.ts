#!/usr/bin/env node
/**
 * The web server: `npm start` (after the build) or `tsx src/server/main.ts`.
 * PORT and HOST choose the address (default localhost:3000); RATE_LIMIT and
 * RATE_LIMIT_WINDOW_MS the rate limit on the analyze, report and API routes (RATE_LIMIT=0
 * turns it off); TRUST_PROXY sets Express's "trust proxy". WORKERS=N (default 1) serves from N
 * processes on the one port (node:cluster), sharing one rate limit. Each process runs the work
 * of its requests on THREADS worker threads (default: the CPUs it may use, the container's CPU
 * quota where there is one, divided by WORKERS: the CPUs are used one way, never multiplied),
 * each phase within its time budget (ANALYSIS_TIME_LIMIT, EXTRACTION_TIME_LIMIT, PDF_TIME_LIMIT,
 * in seconds), and admits requests by MAX_IN_FLIGHT, MAX_BODY_MB and MAX_QUEUE_WAIT_MS
 * (admission.ts; 0 turns each off); READY_QUEUE is /readyz's threshold; THREAD_NICE lowers the
 * threads' priority below the event loop's (default 5, 0: the same). SIGTERM and SIGINT stop
 * accepting connections, let requests in flight finish, then stop the worker threads.
 */
import cluster from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { DEFAULT_UNZIPPED_LIMIT, STORY_BYTES } from '../input/limits.js';
import { availableCpus } from '../work/cpus.js';
import { DEFAULT_BUDGETS } from '../work/phases.js';
import { defaultThreads, WorkPool } from '../work/pool.js';
import { DEFAULT_ADMISSION } from './admission.js';
import { createApp, DEFAULT_RATE_LIMIT } from './app.js';
import { ClusterRateLimitStore, serveRateLimits } from './cluster.js';
import { closeGracefully, createHttpServer } from './listen.js';
import { warmUpJobs } from './warm-up.js';

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`quotecheck: ${name} must be a whole number, not "${raw}"`);
    process.exit(2);
  }
  return n;
}

/** A time limit in seconds (decimals allowed), as milliseconds. */
function secondsFromEnv(name: string, fallbackMs: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallbackMs;
  const s = Number(raw);
  if (!Number.isFinite(s) || s <= 0) {
    console.error(`quotecheck: ${name} must be a number of seconds above 0, not "${raw}"`);
    process.exit(2);
  }
  return Math.round(s * 1000);
}

const off = (n: number) => (n === 0 ? false : n);

const port = intFromEnv('PORT', 3000);
const host = process.env.HOST?.trim() || 'localhost';
const limit = intFromEnv('RATE_LIMIT', DEFAULT_RATE_LIMIT.limit);
const windowMs = intFromEnv('RATE_LIMIT_WINDOW_MS', DEFAULT_RATE_LIMIT.windowMs);
const trustProxy = process.env.TRUST_PROXY;
const workers = intFromEnv('WORKERS', 1);
const maxInFlight = intFromEnv('MAX_IN_FLIGHT', DEFAULT_ADMISSION.maxInFlight || 0);
const maxBodyMb = intFromEnv('MAX_BODY_MB', (DEFAULT_ADMISSION.maxBodyBytes || 0) / 2 ** 20);
const maxQueueWaitMs = intFromEnv('MAX_QUEUE_WAIT_MS', DEFAULT_ADMISSION.maxWaitMs || 0);
const readyQueue = intFromEnv('READY_QUEUE', DEFAULT_ADMISSION.readyQueue);
// One way to use the CPUs, never both multiplied: by default one process whose threads are the
// CPUs it may use (the container's quota: cpus.ts); WORKERS=N splits them between N processes.
const cpus = availableCpus();
const threads = intFromEnv('THREADS', 0) || defaultThreads(workers);
const budgets = {
  analysis: secondsFromEnv('ANALYSIS_TIME_LIMIT', DEFAULT_BUDGETS.analysis),
  extraction: secondsFromEnv('EXTRACTION_TIME_LIMIT', DEFAULT_BUDGETS.extraction),
  pdf: secondsFromEnv('PDF_TIME_LIMIT', DEFAULT_BUDGETS.pdf),
};
// The longest a request may take: its wait for a worker, then every phase to its limit.
const graceMs = maxQueueWaitMs + budgets.extraction + budgets.analysis + budgets.pdf + 5_000;
const shown = host.includes(':') ? `[${host}]` : host;
// The worker threads yield the CPU to the event loop, which answers health checks and refusals.
const threadNice = Math.min(19, intFromEnv('THREAD_NICE', 5));

if (cluster.isPrimary && Math.max(1, workers) * threads > cpus) {
  console.error(`quotecheck: WORKERS × THREADS = ${Math.max(1, workers) * threads} threads of work on ${cpus} CPUs: they will take turns`);
}
if (workers > 1 && cluster.isPrimary) primary();
else serve();

/** WORKERS ≥ 2: fork the workers, keep their rate-limit counters, pass signals on, replace a crashed worker. */
function primary(): void {
  serveRateLimits(cluster);
  let stopping = false;
  let announced = false;
  let exitCode = 0;
  const alive = new Set<number>();
  const listened = new Set<number>();
  const fork = () => alive.add(cluster.fork().id);
  cluster.on('listening', (worker, addr) => {
    listened.add(worker.id);
    // Announced once every worker serves, so that the line means ready.
    if (announced || listened.size < workers) return;
    announced = true;
    console.log(`quotecheck listening on http://${shown}:${addr.port} (${workers} workers, ${threads} ${threads === 1 ? 'thread' : 'threads'} each)`);
  });
  cluster.on('exit', (worker, code, signal) => {
    alive.delete(worker.id);
    if (stopping) {
      // A worker stopped by our SIGTERM before it had set up its handler has nothing in flight.
      if (code !== 0 && signal !== 'SIGTERM') exitCode = 1;
      if (alive.size === 0) process.exit(exitCode);
      return;
    }
    if (!listened.has(worker.id)) {
      // It never served (cannot listen, bad settings): starting others would fail the same way.
      console.error(`quotecheck: worker ${worker.process.pid} ended before listening (${signal ?? code}); stopping`);
      stop('SIGTERM');
      if (alive.size === 0) process.exit(1);
      exitCode = 1;
      return;
    }
    console.error(`quotecheck: worker ${worker.process.pid} ended (${signal ?? code}); starting another`);
    fork();
  });
  function stop(signal: NodeJS.Signals): void {
    if (stopping) return;
    stopping = true;
    console.log(`quotecheck: ${signal} received, finishing requests in flight`);
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    setTimeout(() => {
      console.error(`quotecheck: workers still running after ${Math.round(graceMs / 1000) + 5} s, exiting`);
      process.exit(1);
    }, graceMs + 5_000).unref();
  }
  for (let i = 0; i < workers; i++) fork();
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGHUP', () => stop('SIGHUP'));
  stopWithNpm(() => stop('SIGTERM'));
}

/**
 * Under `npm start` (npm sets npm_lifecycle_event), stop when npm is gone: npm killed outright
 * (SIGKILL, a closed terminal) forwards nothing, and the server would run on as an orphan. The
 * start script `exec`s node, so that npm's own SIGINT and SIGTERM reach it directly.
 */
const NPM_GONE = 'npm has exited';

function stopWithNpm(stop: () => void): void {
  if (process.env.npm_lifecycle_event !== 'start' || cluster.isWorker) return;
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop();
  }, 500).unref();
}

function serve(): void {
  const inCluster = cluster.isWorker;
  // Each thread loads the engine, the pages and the PDF as it starts: the first request is no slower than the next.
  const pool = new WorkPool({
    threads,
    budgets,
    niceIncrement: threadNice,
    warm: warmUpJobs({ textLimit: STORY_BYTES, unzippedLimit: DEFAULT_UNZIPPED_LIMIT, viewCache: true }),
  });
  const app = createApp({
    pool,
    rateLimit: limit === 0 ? false : { limit, windowMs, ...(inCluster ? { store: new ClusterRateLimitStore() } : {}) },
    maxInFlight: off(maxInFlight),
    maxBodyBytes: off(maxBodyMb * 2 ** 20),
    maxQueueWaitMs: off(maxQueueWaitMs),
    readyQueue,
    trustProxy: trustProxy === undefined ? false : /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy === 'true' ? true : trustProxy,
    accessLog: process.env.ACCESS_LOG !== '0',
    logger: { info: (line) => console.log(line), error: (line) => console.error(line) },
  });

  // Slow clients cannot hold a connection open forever (listen.ts: 20 s for headers, 60 s a request).
  const server = createHttpServer(app);
  server.once('error', (err) => {
    console.error(`quotecheck: cannot listen on ${host}:${port}: ${err.message}`);
    process.exit(1);
  });
  server.listen(port, host, () => {
    if (inCluster) return; // the primary announces the address once
    const addr = server.address() as AddressInfo;
    console.log(`quotecheck listening on http://${shown}:${addr.port} (${threads} ${threads === 1 ? 'thread' : 'threads'})`);
  });

  let stopping = false;
  function shutdown(signal: string): void {
    if (stopping) return;
    stopping = true;
    if (!inCluster) console.log(`quotecheck: ${signal === NPM_GONE ? signal : `${signal} received`}, finishing requests in flight`);
    if (!server.listening) process.exit(0); // not serving yet: nothing in flight
    closeGracefully(server, (err) => {
      if (err) console.error(`quotecheck: close failed: ${err.message}`);
      // Every answer is out: the pool has nothing left to run, and its threads stop.
      pool.close().then(
        () => process.exit(err ? 1 : 0),
        () => process.exit(1),
      );
    });
    setTimeout(() => {
      console.error(`quotecheck: requests still running after ${Math.round(graceMs / 1000)} s, exiting`);
      process.exit(1);
    }, graceMs).unref();
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGHUP', () => shutdown('SIGHUP'));
  stopWithNpm(() => shutdown(NPM_GONE));
}
