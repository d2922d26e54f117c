#!/usr/bin/env node
/**
 * The web server: `npm start` (after the build) or `tsx src/server/main.ts`.
 * PORT and HOST choose the address (default localhost:3000); RATE_LIMIT and
 * RATE_LIMIT_WINDOW_MS the rate limit on the analyze, report and API routes (RATE_LIMIT=0
 * turns it off); TRUST_PROXY sets Express's "trust proxy". SIGTERM and SIGINT stop accepting
 * connections and let requests in flight finish. WORKERS=N (default 1) serves from N processes
 * on the one port (node:cluster), sharing one rate limit; MAX_IN_FLIGHT caps the requests queued
 * or running on the expensive routes per process (default 32, 0: no cap), beyond which they get 503.
 */
import cluster from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { createApp, DEFAULT_RATE_LIMIT } from './app.js';
import { ClusterRateLimitStore, serveRateLimits } from './cluster.js';
import { DEFAULT_MAX_IN_FLIGHT } from './in-flight.js';
import { closeGracefully, createHttpServer } from './listen.js';

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

const port = intFromEnv('PORT', 3000);
const host = process.env.HOST?.trim() || 'localhost';
const limit = intFromEnv('RATE_LIMIT', DEFAULT_RATE_LIMIT.limit);
const windowMs = intFromEnv('RATE_LIMIT_WINDOW_MS', DEFAULT_RATE_LIMIT.windowMs);
const trustProxy = process.env.TRUST_PROXY;
const workers = intFromEnv('WORKERS', 1);
const maxInFlight = intFromEnv('MAX_IN_FLIGHT', DEFAULT_MAX_IN_FLIGHT);
const shown = host.includes(':') ? `[${host}]` : host;

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
    console.log(`quotecheck listening on http://${shown}:${addr.port} (${workers} workers)`);
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
      console.error('quotecheck: workers still running after 15 s, exiting');
      process.exit(1);
    }, 15_000).unref();
  }
  for (let i = 0; i < workers; i++) fork();
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

function serve(): void {
  const inCluster = cluster.isWorker;
  const app = createApp({
    rateLimit: limit === 0 ? false : { limit, windowMs, ...(inCluster ? { store: new ClusterRateLimitStore() } : {}) },
    maxInFlight: maxInFlight === 0 ? false : maxInFlight,
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
    console.log(`quotecheck listening on http://${shown}:${addr.port}`);
  });

  let stopping = false;
  function shutdown(signal: string): void {
    if (stopping) return;
    stopping = true;
    if (!inCluster) console.log(`quotecheck: ${signal} received, finishing requests in flight`);
    if (!server.listening) process.exit(0); // not serving yet: nothing in flight
    closeGracefully(server, (err) => {
      if (err) console.error(`quotecheck: close failed: ${err.message}`);
      process.exit(err ? 1 : 0);
    });
    setTimeout(() => {
      console.error('quotecheck: requests still running after 10 s, exiting');
      process.exit(1);
    }, 10_000).unref();
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}
