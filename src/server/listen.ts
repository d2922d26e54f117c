/**
 * The HTTP server around the app, with the timeouts that keep slow or stalled clients from
 * holding connections: main.ts uses it, and tests pass short timeouts to see them work.
 */
import http from 'node:http';
import net, { type Socket } from 'node:net';

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
export function createHttpServer(app: http.RequestListener, timeouts: Partial<ServerTimeouts> = {}): http.Server {
  const t = { ...DEFAULT_TIMEOUTS, ...timeouts };
  const tracking: Tracking = { closing: false, active: new Map(), responses: new Set() };
  // Requests are counted before the app sees them: the app may answer at once (a health check,
  // a refusal), and nothing may touch a response's headers after that.
  const server = http.createServer(
    {
      headersTimeout: t.headersTimeout,
      requestTimeout: t.requestTimeout,
      keepAliveTimeout: t.keepAliveTimeout,
      connectionsCheckingInterval: t.checkInterval,
    },
    (req, res) => {
      if (begin(tracking, req, res)) app(req, res);
    },
  );
  tracked.set(server, tracking);
  // `Expect: 100-continue`: no automatic "100 Continue". The app sends it once the request is
  // admitted (app.ts), so that a refused client is told so before it sends its body.
  server.on('checkContinue', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (begin(tracking, req, res)) app(req, res);
  });
  server.on('connection', (socket: Socket) => {
    tracking.active.set(socket, 0);
    socket.once('close', () => tracking.active.delete(socket));
  });
  return server;
}

interface Tracking {
  closing: boolean;
  /** Requests started and not yet finished, per open connection. */
  active: Map<Socket, number>;
  /** Responses not yet finished. */
  responses: Set<http.ServerResponse>;
}

const tracked = new WeakMap<http.Server, Tracking>();

/** Counts a request in; false when it came after shutdown began and has been answered 503. */
function begin(t: Tracking, req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const socket = req.socket;
  const count = t.active.get(socket);
  if (count !== undefined) t.active.set(socket, count + 1);
  t.responses.add(res);
  let done = false;
  const finished = () => {
    if (done) return;
    done = true;
    t.responses.delete(res);
    // A connection that has closed is gone from the map: putting it back would keep it, its
    // request and the request's body alive for good.
    const left = t.active.get(socket);
    if (left === undefined) return;
    t.active.set(socket, left - 1);
    // 'finish' comes once the last byte is handed to the system: ending now loses nothing.
    if (t.closing && left - 1 === 0) socket.end();
  };
  res.once('finish', finished);
  res.once('close', finished);
  if (!t.closing) return true;
  // A request on a connection kept open for one in flight, after shutdown began: no new work.
  const api = /^\/(api\/|healthz|readyz)/.test(req.url ?? '');
  const message = 'The server is restarting. Nothing was stored; please try again in a moment.';
  const body = api ? JSON.stringify({ error: { status: 503, code: 'shutting_down', message } }) : `Busy\n\n${message}\n`;
  res.writeHead(503, {
    'Content-Type': api ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    Connection: 'close',
    'Retry-After': '1',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  });
  res.end(body);
  return false;
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
  // Answers still to come close their connection once sent; idle connections close now.
  for (const res of t.responses) if (!res.headersSent) res.setHeader('Connection', 'close');
  for (const [socket, active] of t.active) if (active === 0) socket.end();
}
