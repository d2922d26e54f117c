#!/usr/bin/env node
/**
 * The web server: `npm start` (after the build) or `tsx src/server/main.ts`.
 * PORT and HOST choose the address (default localhost:3000); RATE_LIMIT and
 * RATE_LIMIT_WINDOW_MS the rate limit on the analyze, report and API routes (RATE_LIMIT=0
 * turns it off); TRUST_PROXY sets Express's "trust proxy". SIGTERM and SIGINT stop accepting
 * connections and let requests in flight finish.
 */
import type { AddressInfo } from 'node:net';
import { createApp, DEFAULT_RATE_LIMIT } from './app.js';

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

const app = createApp({
  rateLimit: limit === 0 ? false : { limit, windowMs },
  trustProxy: trustProxy === undefined ? false : /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy === 'true' ? true : trustProxy,
  accessLog: process.env.ACCESS_LOG !== '0',
  logger: { info: (line) => console.log(line), error: (line) => console.error(line) },
});

const server = app.listen(port, host, (err?: Error) => {
  if (err) {
    console.error(`quotecheck: cannot listen on ${host}:${port}: ${err.message}`);
    process.exit(1);
  }
  const addr = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  console.log(`quotecheck listening on http://${shown}:${addr.port}`);
});
// Slow clients cannot hold a connection open forever.
server.headersTimeout = 20_000;
server.requestTimeout = 60_000;
server.keepAliveTimeout = 5_000;

let stopping = false;
function shutdown(signal: string): void {
  if (stopping) return;
  stopping = true;
  console.log(`quotecheck: ${signal} received, finishing requests in flight`);
  server.close((err) => {
    if (err) console.error(`quotecheck: close failed: ${err.message}`);
    process.exit(err ? 1 : 0);
  });
  server.closeIdleConnections();
  setTimeout(() => {
    console.error('quotecheck: requests still running after 10 s, exiting');
    process.exit(1);
  }, 10_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
