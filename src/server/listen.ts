/**
 * The HTTP server around the app, with the timeouts that keep slow or stalled clients from
 * holding connections: main.ts uses it, and tests pass short timeouts to see them work.
 */
import http from 'node:http';
import net, { type Socket } from 'node:net';
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
  track(server);
  return server;
}

interface Tracking {
  closing: boolean;
  /** Requests started and not yet finished, per connection. */
  active: Map<Socket, number>;
}

const tracked = new WeakMap<http.Server, Tracking>();

function track(server: http.Server): void {
  const t: Tracking = { closing: false, active: new Map() };
  tracked.set(server, t);
  server.on('connection', (socket: Socket) => {
    t.active.set(socket, 0);
    socket.once('close', () => t.active.delete(socket));
  });
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const socket = req.socket;
    t.active.set(socket, (t.active.get(socket) ?? 0) + 1);
    if (t.closing) res.setHeader('Connection', 'close');
    let done = false;
    const finished = () => {
      if (done) return;
      done = true;
      const left = (t.active.get(socket) ?? 1) - 1;
      t.active.set(socket, left);
      // 'finish' comes once the last byte is handed to the system: ending now loses nothing.
      if (t.closing && left === 0) socket.end();
    };
    res.once('finish', finished);
    res.once('close', finished);
  });
}

/**
 * Stop accepting connections, let every request in flight finish and its response go out in
 * full, then close; `done` is called when the last connection has closed.
 *
 * Not http.Server.close(): since Node 19 it destroys the "idle" connections at once, and counts
 * as idle one whose response has been ended but is still being written, so a large report in
 * flight would be cut off. Idle keep-alive connections are ended (gracefully) here instead.
 */
export function closeGracefully(server: http.Server, done: (err?: Error) => void): void {
  const t = tracked.get(server);
  if (!t) {
    server.close(done);
    return;
  }
  t.closing = true;
  net.Server.prototype.close.call(server, (err?: Error) => done(err));
  for (const [socket, active] of t.active) if (active === 0) socket.end();
}
