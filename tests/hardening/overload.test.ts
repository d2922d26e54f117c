/**
 * Overload: the queue of the expensive routes answers 503 at once beyond its limit and keeps
 * serving; the rate-limit store shared by cluster workers counts one budget for all of them.
 * No test here asserts on a duration beyond "answered before the engine freed up".
 */
import { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { type AppOptions, createApp } from '../../src/server/app.js';
import { ClusterRateLimitStore, serveRateLimits } from '../../src/server/cluster.js';
import { inFlightLimit } from '../../src/server/in-flight.js';
import { createHttpServer } from '../../src/server/listen.js';

const STORY = '"We will reopen the bridge by June," Mayor Ana Ruiz said.';
const servers: Server[] = [];

afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

/** A real listening server whose engine takes `engineMs` of CPU per story (a busy wait). */
async function serve(engineMs: number, options: AppOptions = {}): Promise<string> {
  const app = createApp({
    rateLimit: false,
    logger: { error: () => {}, info: () => {} },
    check: (text) => {
      const until = performance.now() + engineMs;
      while (performance.now() < until) {
        // the engine is synchronous: block the event loop as it does
      }
      return check(text);
    },
    ...options,
  });
  const server = createHttpServer(app);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

interface Answer {
  status: number;
  at: number;
  retryAfter: string | null;
  body: string;
}

async function post(base: string, path = '/api/analyze', t0 = performance.now(), signal?: AbortSignal): Promise<Answer> {
  const init: RequestInit =
    path === '/api/analyze'
      ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: STORY }) }
      : { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `text=${encodeURIComponent(STORY)}` };
  const res = await fetch(`${base}${path}`, { ...init, ...(signal ? { signal } : {}) });
  const body = await res.text();
  return { status: res.status, at: performance.now() - t0, retryAfter: res.headers.get('retry-after'), body };
}

describe('the queue of the expensive routes', () => {
  it('beyond maxInFlight: 503 with Retry-After, answered before the queued requests are done', async () => {
    const base = await serve(60, { maxInFlight: 2 });
    const t0 = performance.now();
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(base, '/api/analyze', t0)));
    const ok = answers.filter((a) => a.status === 200);
    const busy = answers.filter((a) => a.status === 503);
    expect(ok.length + busy.length).toBe(8);
    expect(ok.length).toBeGreaterThanOrEqual(2);
    expect(busy.length).toBeGreaterThanOrEqual(1);
    for (const b of busy) {
      expect(b.retryAfter).toBe('1');
      expect(JSON.parse(b.body)).toEqual({ error: { status: 503, code: 'busy', message: expect.stringContaining('busy') } });
    }
    // A refusal does not wait for the engine: the first one comes before the last success.
    expect(Math.min(...busy.map((b) => b.at))).toBeLessThan(Math.max(...ok.map((o) => o.at)));
    // And then it serves again, every place freed.
    for (let i = 0; i < 4; i++) expect((await post(base)).status).toBe(200);
  });

  it('the form routes answer 503 with a page, and the server keeps serving', async () => {
    const base = await serve(60, { maxInFlight: 1 });
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(base, '/analyze')));
    const busy = answers.filter((a) => a.status === 503);
    expect(busy.length).toBeGreaterThanOrEqual(1);
    expect(busy[0]?.body).toContain('The server is busy');
    expect(busy[0]?.body).not.toContain(STORY.slice(1, 20));
    expect((await post(base, '/report.json')).status).toBe(200);
  });

  it('a client that leaves while queued gives its place back', async () => {
    const base = await serve(40, { maxInFlight: 2 });
    const aborts = Array.from({ length: 6 }, () => new AbortController());
    const pending = aborts.map((a) => post(base, '/api/analyze', performance.now(), a.signal).catch(() => null));
    setTimeout(() => {
      for (const a of aborts) a.abort();
    }, 10);
    await Promise.all(pending);
    await new Promise((r) => setTimeout(r, 300));
    for (let i = 0; i < 3; i++) expect((await post(base)).status).toBe(200);
  });

  it('when the queue is already full, a newcomer is refused before its body is even parsed', async () => {
    // With no place at all, every request finds the queue full: malformed JSON would be a 400
    // if its body were parsed, so a 503 shows the refusal comes first.
    const base = await serve(0, { maxInFlight: 0 });
    const res = await fetch(`${base}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": "unfinished' });
    expect(res.status).toBe(503);
    const form = await fetch(`${base}/analyze`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=zzz' },
      body: 'not multipart at all',
    });
    expect(form.status).toBe(503);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('the early check takes no place and lets a request through while there is room', async () => {
    const limit = inFlightLimit(1);
    const passed: unknown[] = [];
    limit.early({} as never, { set: () => {} } as never, ((e?: unknown) => passed.push(e)) as never);
    expect(passed).toEqual([undefined]);
    expect(limit.current()).toBe(0);
  });

  it('maxInFlight: false turns it off (no 503)', async () => {
    const base = await serve(20, { maxInFlight: false });
    const answers = await Promise.all(Array.from({ length: 6 }, () => post(base)));
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(200));
  });

  it('other routes are never queued: /healthz and the form answer while the queue is full', async () => {
    const base = await serve(150, { maxInFlight: 1 });
    const slow = Promise.all([post(base), post(base)]);
    await new Promise((r) => setTimeout(r, 20));
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    await slow;
  });

  it('inFlightLimit counts queued and running requests, and frees them on finish', async () => {
    const limit = inFlightLimit(1);
    const res = new EventEmitter() as EventEmitter & { set: () => void; destroyed: boolean; writableEnded: boolean };
    Object.assign(res, { set: () => {}, destroyed: false, writableEnded: false });
    const errors: unknown[] = [];
    let started = 0;
    limit({} as never, res as never, ((e?: unknown) => (e ? errors.push(e) : started++)) as never);
    expect(limit.current()).toBe(1);
    limit({} as never, res as never, ((e?: unknown) => (e ? errors.push(e) : started++)) as never);
    expect(errors).toHaveLength(1);
    await new Promise((r) => setImmediate(r));
    expect(started).toBe(1);
    res.emit('finish');
    res.emit('close');
    expect(limit.current()).toBe(0);
  });
});

/** Two workers' stores wired to one primary through in-memory channels. */
function fakeCluster() {
  const primary = new EventEmitter();
  serveRateLimits(primary as never);
  const worker = () => {
    const channel = new EventEmitter() as EventEmitter & { send: (m: unknown) => boolean };
    const handle = { isConnected: () => true, send: (m: unknown) => setImmediate(() => channel.emit('message', m)) };
    channel.send = (m: unknown) => {
      setImmediate(() => primary.emit('message', handle, m));
      return true;
    };
    const store = new ClusterRateLimitStore(channel as never);
    store.init({ windowMs: 60_000 } as never);
    return store;
  };
  return { worker };
}

describe('the rate-limit store shared by cluster workers', () => {
  it('counts one budget per client across workers', async () => {
    const { worker } = fakeCluster();
    const [a, b] = [worker(), worker()];
    expect((await a.increment('10.0.0.1')).totalHits).toBe(1);
    expect((await b.increment('10.0.0.1')).totalHits).toBe(2);
    expect((await a.increment('10.0.0.1')).totalHits).toBe(3);
    expect((await b.increment('10.0.0.2')).totalHits).toBe(1);
    await a.decrement('10.0.0.1');
    expect((await b.get('10.0.0.1'))?.totalHits).toBe(2);
    await b.resetKey('10.0.0.1');
    expect(await a.get('10.0.0.1')).toBeUndefined();
    const r = await a.increment('10.0.0.1');
    expect(r.totalHits).toBe(1);
    expect(r.resetTime?.getTime()).toBeGreaterThan(Date.now());
  });

  it('a window that has passed starts again', async () => {
    const { worker } = fakeCluster();
    const a = worker();
    a.init({ windowMs: 30 } as never);
    await a.increment('k');
    expect((await a.increment('k')).totalHits).toBe(2);
    await new Promise((r) => setTimeout(r, 50));
    expect((await a.increment('k')).totalHits).toBe(1);
  });

  it('with no primary answering, a request fails instead of hanging', async () => {
    const silent = Object.assign(new EventEmitter(), { send: () => true });
    const store = new ClusterRateLimitStore(silent as never, 50);
    await expect(store.increment('k')).rejects.toThrow(/did not answer/);
  });
});
