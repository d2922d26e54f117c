/**
 * The HTTP server around the app, with the timeouts that keep slow or stalled clients from
 * holding connections: main.ts uses it, and tests pass short timeouts to see them work.
 */
import http from 'node:http';
import type { Express } from 'express';

export interface ServerTimeouts {
  /** Time to receive a request's headers (ms). */
  headersTimeout: number;
  /** Time to receive a whole request, body included (ms). */
  requestTimeout: number;
  /** How long an idle keep-alive connection stays open (ms). */
  keepAliveTimeout: number;
  /** How often the two timeouts above are checked (ms); Node's default is 30 s. */
  checkInterval: number;
}

export const DEFAULT_TIMEOUTS: ServerTimeouts = { headersTimeout: 20_000, requestTimeout: 60_000, keepAliveTimeout: 5_000, checkInterval: 1_000 };

/** An http.Server for `app` (not listening yet). A stalled request gets 408 and its connection is closed. */
export function createHttpServer(app: Express, timeouts: Partial<ServerTimeouts> = {}): http.Server {
  const t = { ...DEFAULT_TIMEOUTS, ...timeouts };
  const server = http.createServer(
    {
      headersTimeout: t.headersTimeout,
      requestTimeout: t.requestTimeout,
      keepAliveTimeout: t.keepAliveTimeout,
      connectionsCheckingInterval: t.checkInterval,
    },
    app,
  );
  return server;
}
