/**
 * Several server processes on one port (WORKERS=N in main.ts, node:cluster), with one rate
 * limit between them: the primary process keeps the hit counters, and each worker's
 * express-rate-limit store asks it over the cluster's IPC channel. Without that, each worker
 * would count on its own and a client would get N times its budget.
 *
 * The counters are fixed windows, as express-rate-limit's own memory store keeps them. They hold
 * client keys (addresses) and counts, never request contents.
 */
import type { Worker } from 'node:cluster';
import type { ClientRateLimitInfo, IncrementResponse, Options, Store } from 'express-rate-limit';

interface Request {
  qc: 'rate-limit';
  id: number;
  op: 'increment' | 'decrement' | 'reset' | 'get';
  key: string;
  windowMs: number;
}

interface Reply {
  qc: 'rate-limit';
  id: number;
  totalHits: number;
  resetTime: number | null;
}

function isRequest(m: unknown): m is Request {
  return typeof m === 'object' && m !== null && (m as Request).qc === 'rate-limit' && typeof (m as Request).key === 'string';
}

/** The primary's side: answers the workers' rate-limit requests. Returns a function that stops it. */
export function serveRateLimits(primary: { on(event: 'message', listener: (worker: Worker, message: unknown) => void): unknown }): () => void {
  const hits = new Map<string, { totalHits: number; resetTime: number }>();
  primary.on('message', (worker, message) => {
    if (!isRequest(message)) return;
    const now = Date.now();
    let entry = hits.get(message.key);
    if (entry && entry.resetTime <= now) {
      hits.delete(message.key);
      entry = undefined;
    }
    switch (message.op) {
      case 'increment':
        if (!entry) {
          entry = { totalHits: 0, resetTime: now + message.windowMs };
          hits.set(message.key, entry);
        }
        entry.totalHits++;
        break;
      case 'decrement':
        if (entry && entry.totalHits > 0) entry.totalHits--;
        break;
      case 'reset':
        hits.delete(message.key);
        entry = undefined;
        break;
      case 'get':
        break;
    }
    const reply: Reply = { qc: 'rate-limit', id: message.id, totalHits: entry?.totalHits ?? 0, resetTime: entry?.resetTime ?? null };
    if (worker.isConnected()) worker.send(reply);
  });
  // Expired windows are dropped on use; sweep the rest now and then.
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [key, entry] of hits) if (entry.resetTime <= now) hits.delete(key);
  }, 60_000);
  sweep.unref();
  return () => clearInterval(sweep);
}

/** The worker's side: an express-rate-limit Store that asks the primary. */
export class ClusterRateLimitStore implements Store {
  /** The counters are shared by every worker, not local to this process. */
  localKeys = false;
  prefix = 'quotecheck';
  private windowMs = 60_000;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();

  constructor(
    private readonly channel: Pick<NodeJS.Process, 'send' | 'on'> = process,
    private readonly timeoutMs = 5_000,
  ) {
    channel.on('message', (m: unknown) => {
      const reply = m as Reply;
      if (typeof m !== 'object' || m === null || reply.qc !== 'rate-limit' || typeof reply.id !== 'number') return;
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      clearTimeout(waiting.timer);
      waiting.resolve(reply);
    });
  }

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  private ask(op: Request['op'], key: string): Promise<Reply> {
    if (!this.channel.send) return Promise.reject(new Error('ClusterRateLimitStore: not in a cluster worker'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error('ClusterRateLimitStore: the primary process did not answer'));
      }, this.timeoutMs);
      timer.unref();
      this.pending.set(id, { resolve, reject, timer });
      const request: Request = { qc: 'rate-limit', id, op, key, windowMs: this.windowMs };
      this.channel.send?.(request);
    });
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const r = await this.ask('get', key);
    return r.resetTime === null ? undefined : { totalHits: r.totalHits, resetTime: new Date(r.resetTime) };
  }

  async increment(key: string): Promise<IncrementResponse> {
    const r = await this.ask('increment', key);
    return { totalHits: r.totalHits, resetTime: r.resetTime === null ? undefined : new Date(r.resetTime) };
  }

  async decrement(key: string): Promise<void> {
    await this.ask('decrement', key);
  }

  async resetKey(key: string): Promise<void> {
    await this.ask('reset', key);
  }
}
