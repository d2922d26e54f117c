/**
 * Admission to the routes that make work for the worker pool (analyze, reports, API, classroom),
 * in two gates.
 *
 * At the door, before the body is read, a request takes a place and its body's size (as
 * declared, or its route's limit when it declares none) counts against a byte budget. When the
 * places or the budget are used up, the answer is 503 with Retry-After at once and the body is
 * never parsed: memory for requests in flight stays bounded (bodies ≤ maxBodyBytes, requests ≤
 * maxInFlight) however many clients send at once. A place is freed when its answer has been
 * sent or its connection has closed.
 *
 * In the queue, by time: requests wait for a worker in order of arrival, and the oldest is
 * answered 503 with Retry-After as soon as it has waited longer than `maxWaitMs` (a timer is set
 * for that moment). A queue that drains in time sheds nothing, however many clients wait in it:
 * fifty clients that retry at once are all served at the pool's rate, where a limit by count
 * alone would send most of them away to retry in a loop that eats the server. A queue that does
 * not drain in time is cut back to what the pool serves within the target, from its oldest end,
 * which will not be served in time anyway.
 *
 * The door also refuses a large body (over SMALL_BODY) whose wait would be longer than the
 * target: the work queued ahead of it (its requests' body sizes, plus a fixed part each) divided
 * by the rate at which the pool has been getting through such work while busy. Under a flood of
 * large stories the queue then holds what the pool can serve in time, and the others are refused
 * before their bodies are read, rather than read and then shed. Small bodies cost little to read
 * and wait their turn: the measured rate is rough (a thread descheduled for a moment looks like a
 * slow pool), and a refusal sends a client back to retry at once.
 */
import type { RequestHandler, Response } from 'express';
import type { Job, ResultOf } from '../work/jobs.js';
import type { Runner } from '../work/pool.js';
import { UserError } from './user-error.js';

export interface AdmissionOptions {
  /** Requests admitted at once: body being read, waiting or running. false: no limit. */
  maxInFlight: number | false;
  /** Body bytes admitted at once (declared sizes). false: no limit. */
  maxBodyBytes: number | false;
  /** The longest a request may wait for a worker before it is shed. false: no shedding. */
  maxWaitMs: number | false;
  /** /readyz says busy when more requests than this wait for a worker. */
  readyQueue: number;
}

export const DEFAULT_ADMISSION: AdmissionOptions = { maxInFlight: 256, maxBodyBytes: 32 * 1024 * 1024, maxWaitMs: 1_000, readyQueue: 32 };

export interface AdmissionStats {
  inFlight: number;
  bodyBytes: number;
  queued: number;
  running: number;
  /** How long the oldest waiting request has waited, in ms. */
  oldestWaitMs: number;
}

/** A refused request with a body larger than this has its connection closed rather than its body read. */
const SMALL_BODY = 64 * 1024;
/** The work of a request beyond its body, in body bytes: what an empty story costs. */
const FIXED_WORK = 8 * 1024;
/** The pool's rate is measured over periods this long while requests wait. */
const RATE_WINDOW = 500;

// One error for every refusal: under overload refusals are most of the work, and an Error
// captures a stack trace when it is made. The error handler only reads it.
const BUSY = new UserError(503, 'The server is busy. Nothing was stored; please try again in a moment.', 'busy');
/** The client left while its request waited: nobody to answer. */
const GONE = new UserError(499, 'The client closed the connection.', 'client_gone');

interface Waiter {
  job: Job;
  at: number;
  /** Its work: body bytes, plus FIXED_WORK. */
  work: number;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  res: Response;
  onClose: () => void;
}

export class Admission {
  private inFlight = 0;
  private bodyBytes = 0;
  private running = 0;
  private readonly waiting: Waiter[] = [];
  private queuedWork = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly work = new WeakMap<Response, number>();
  /** Work the pool gets through per ms while requests wait (null until measured). */
  private rate: number | null = null;
  private windowStart = 0;
  private windowWork = 0;

  constructor(
    private readonly runner: () => Runner,
    readonly options: AdmissionOptions,
  ) {}

  /** The first gate, before the body parsers; `routeMax` is the most the route's parsers accept. */
  door(routeMax: number): RequestHandler {
    const { maxInFlight, maxBodyBytes } = this.options;
    return (req, res, next) => {
      const declared = Number(req.get('content-length'));
      const bytes = Number.isFinite(declared) && declared >= 0 ? Math.min(declared, routeMax) : routeMax;
      const full =
        (maxInFlight !== false && this.inFlight >= maxInFlight) ||
        (maxBodyBytes !== false && this.inFlight > 0 && this.bodyBytes + bytes > maxBodyBytes) ||
        (bytes > SMALL_BODY && this.expectedWait() > (this.options.maxWaitMs === false ? Number.POSITIVE_INFINITY : this.options.maxWaitMs));
      if (full) {
        refuse(res);
        // Not read, its body is not worth reading to keep the connection: reading (and
        // collecting) the megabytes of every refused upload would be most of the server's work.
        if (bytes > SMALL_BODY) res.set('Connection', 'close');
        next(BUSY);
        return;
      }
      this.inFlight++;
      this.bodyBytes += bytes;
      this.work.set(res, bytes + FIXED_WORK);
      let held = true;
      const release = () => {
        if (!held) return;
        held = false;
        this.inFlight--;
        this.bodyBytes -= bytes;
      };
      res.once('finish', release);
      res.once('close', release);
      next();
    };
  }

  /** The second gate: the job waits its turn, then runs on the pool. Rejects with a 503 when shed. */
  run<J extends Job>(job: J, res: Response): Promise<ResultOf<J>> {
    if (this.options.maxWaitMs === false) {
      // No queue of ours: the pool's own drops the job if its client leaves before it starts.
      const left = new AbortController();
      res.once('close', () => left.abort(GONE));
      return this.runner().run(job, { signal: left.signal });
    }
    return new Promise<ResultOf<J>>((resolve, reject) => {
      if (res.destroyed) return reject(GONE);
      const work = this.work.get(res) ?? FIXED_WORK;
      const waiter: Waiter = { job, at: performance.now(), work, resolve: resolve as (r: unknown) => void, reject, res, onClose: () => {} };
      // A client that leaves while waiting is not worth a worker's time.
      waiter.onClose = () => {
        const at = this.waiting.indexOf(waiter);
        if (at < 0) return;
        this.waiting.splice(at, 1);
        this.queuedWork -= waiter.work;
        reject(GONE);
      };
      res.once('close', waiter.onClose);
      // A queue that was empty starts a period of measure: the pool has been busy since.
      if (this.waiting.length === 0) this.restartWindow();
      this.waiting.push(waiter);
      this.queuedWork += work;
      this.pump();
      this.arm();
    });
  }

  stats(): AdmissionStats {
    const oldest = this.waiting[0];
    return {
      inFlight: this.inFlight,
      bodyBytes: this.bodyBytes,
      queued: this.waiting.length,
      running: this.running,
      oldestWaitMs: oldest ? Math.round(performance.now() - oldest.at) : 0,
    };
  }

  /** Whether a load balancer should send more: places left and a short queue. */
  ready(): boolean {
    const { maxInFlight, readyQueue } = this.options;
    return this.waiting.length <= readyQueue && (maxInFlight === false || this.inFlight < maxInFlight);
  }

  private pump(): void {
    if (this.waiting.length === 0) return;
    const runner = this.runner();
    while (this.waiting.length > 0 && this.running < runner.capacity) {
      const waiter = this.waiting.shift() as Waiter;
      this.queuedWork -= waiter.work;
      waiter.res.off('close', waiter.onClose);
      this.running++;
      // The next job goes to the pool before this one's answer is written.
      const done = () => {
        this.running--;
        this.measure(waiter.work);
        this.pump();
      };
      runner.run(waiter.job).then(
        (result) => {
          done();
          waiter.resolve(result);
        },
        (error: Error) => {
          done();
          waiter.reject(error);
        },
      );
    }
  }

  /** Counts a finished job's work towards the pool's rate, over periods when requests waited throughout. */
  private measure(work: number): void {
    const now = performance.now();
    if (this.waiting.length === 0) {
      this.restartWindow();
      return;
    }
    this.windowWork += work;
    if (now - this.windowStart < RATE_WINDOW) return;
    const sample = this.windowWork / (now - this.windowStart);
    this.rate = this.rate === null ? sample : 0.8 * this.rate + 0.2 * sample;
    this.windowStart = now;
    this.windowWork = 0;
  }

  private restartWindow(): void {
    this.windowStart = performance.now();
    this.windowWork = 0;
  }

  /** How long a request admitted now would wait for a worker, as far as the measured rate tells. */
  private expectedWait(): number {
    return this.rate === null || this.waiting.length === 0 ? 0 : this.queuedWork / this.rate;
  }

  /** Answers 503 to every waiting request that has waited longer than the target, oldest first. */
  private shed(): void {
    const max = this.options.maxWaitMs;
    if (max === false) return;
    const now = performance.now();
    while (this.waiting.length > 0 && now - (this.waiting[0] as Waiter).at > max) {
      const waiter = this.waiting.shift() as Waiter;
      this.queuedWork -= waiter.work;
      waiter.res.off('close', waiter.onClose);
      refuse(waiter.res);
      waiter.reject(BUSY);
    }
  }

  /**
   * One timer, for the moment the oldest waiting request reaches the target. It is not moved when
   * that request leaves the queue in time: it then finds nothing to shed and waits for the next.
   */
  private arm(): void {
    const max = this.options.maxWaitMs;
    const oldest = this.waiting[0];
    if (max === false || this.timer || !oldest) return;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.shed();
        this.arm();
      },
      Math.max(0, oldest.at + max - performance.now()) + 1,
    );
    this.timer.unref();
  }
}

function refuse(res: Response): void {
  if (!res.headersSent) res.set('Retry-After', '1');
}
