/**
 * Load shedding for the expensive routes (analyze, reports, API), whose handlers run the engine
 * synchronously. Without it, an overloaded server keeps reading requests and runs each one as
 * soon as its body is in, so every request waits behind all the others, latency grows without
 * bound and nobody is told no.
 *
 * Once a request's body is read, it takes a place in a FIFO queue; the queue starts one handler
 * per turn of the event loop, so that between two runs of the engine the server reads the
 * requests that arrived meanwhile. At most `max` requests may be queued or running at once in
 * this process; one more is answered 503 with Retry-After at once, before the engine sees it.
 * Latency for an admitted request is then bounded by about `max` engine runs, and memory by
 * `max` bodies (bodies still arriving are bounded by the rate limit and the request timeout).
 *
 * A place is freed when the response is sent or the connection closes.
 */
import type { RequestHandler } from 'express';
import { UserError } from './errors.js';

export const DEFAULT_MAX_IN_FLIGHT = 32;

export interface InFlightLimit extends RequestHandler {
  /** Requests queued or running now (for tests and monitoring). */
  readonly current: () => number;
  /**
   * The same refusal, checked as a request arrives (before its body is read): when the queue is
   * already full, it is told so without the cost of parsing its body. It takes no place.
   */
  readonly early: RequestHandler;
}

export function inFlightLimit(max: number): InFlightLimit {
  let inFlight = 0;
  const queue: (() => void)[] = [];
  let scheduled = false;
  const drain = () => {
    scheduled = false;
    const start = queue.shift();
    if (queue.length > 0) schedule();
    start?.();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(drain);
  };
  // One error for every refusal: under overload refusals are most of the work, and an Error
  // captures a stack trace when it is made. The error handler only reads it.
  const busy = new UserError(503, 'The server is busy. Nothing was stored; please try again in a moment.', 'busy');
  const refuse = (res: Parameters<RequestHandler>[1], next: Parameters<RequestHandler>[2]) => {
    res.set('Retry-After', '1');
    next(busy);
  };
  const early: RequestHandler = (_req, res, next) => {
    if (inFlight >= max) refuse(res, next);
    else next();
  };
  const handler: RequestHandler = (_req, res, next) => {
    if (inFlight >= max) {
      refuse(res, next);
      return;
    }
    inFlight++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      inFlight--;
    };
    res.once('finish', release);
    res.once('close', release);
    queue.push(() => {
      // A client that went away while waiting is not worth the engine's time.
      if (res.destroyed || res.writableEnded) return;
      next();
    });
    schedule();
  };
  return Object.assign(handler, { current: () => inFlight, early });
}
