/**
 * Overload: admission to the expensive routes (admission.ts) by places and body bytes at the
 * door, and by time in the queue for the worker pool; readiness and liveness. The queue is driven by a
 * stand-in runner whose jobs end when the test says, so that no assertion rests on how fast
 * this machine is; where a time matters it is a lower bound, or far from the target.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { type AppOptions, createApp } from '../../src/server/app.js';
import { createHttpServer } from '../../src/server/listen.js';
import type { WebJob } from '../../src/server/web-jobs.js';
import type { Job } from '../../src/work/jobs.js';
import type { Runner } from '../../src/work/pool.js';
import { rawExchange } from './helpers.js';

const STORY = '"We will reopen the bridge by June," Mayor Ana Ruiz said.';
const servers: Server[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

async function serve(options: AppOptions): Promise<string> {
  const app = createApp({ rateLimit: false, logger: { error: () => {}, info: () => {} }, ...options });
  const server = createHttpServer(app);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A runner with `capacity` slots whose jobs end when `release()` is called (or at once when `auto`). */
function gated(capacity: number, auto = false) {
  const started: string[] = [];
  const waiting: (() => void)[] = [];
  const runner: Runner = {
    capacity,
    run: <J extends Job>(job: J) =>
      new Promise((resolve) => {
        const web = (job as { web?: WebJob }).web;
        started.push(web?.kind === 'api' ? Buffer.from(web.body).toString('utf8') : '?');
        const answer = () => resolve({ ok: true, body: new TextEncoder().encode('{"done":true}'), title: '' } as never);
        if (auto) setTimeout(answer, 1);
        else waiting.push(answer);
      }),
    stats: () => ({ threads: capacity, queued: 0, running: waiting.length }),
    close: async () => {},
  };
  return { runner, started, release: () => waiting.shift()?.(), held: () => waiting.length };
}

interface Answer {
  status: number;
  at: number;
  retryAfter: string | null;
  body: string;
}

async function post(base: string, text = STORY, path = '/api/analyze', signal?: AbortSignal): Promise<Answer> {
  const t0 = performance.now();
  const init: RequestInit =
    path === '/api/analyze'
      ? { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: text }
      : { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `text=${encodeURIComponent(text)}` };
  const res = await fetch(`${base}${path}`, { ...init, ...(signal ? { signal } : {}) });
  const body = await res.text();
  return { status: res.status, at: performance.now() - t0, retryAfter: res.headers.get('retry-after'), body };
}

async function readyz(base: string): Promise<{ status: number; json: { status: string; queued: number; inFlight: number } }> {
  const res = await fetch(`${base}/readyz`);
  return { status: res.status, json: (await res.json()) as never };
}

/** Waits until `n` requests wait in the queue (as /readyz counts them). */
async function queued(base: string, n: number): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if ((await readyz(base)).json.queued === n) return;
    await sleep(10);
  }
  throw new Error(`never ${n} queued`);
}

describe('the queue for the worker pool', () => {
  it('serves waiting requests in order of arrival', async () => {
    const gate = gated(1);
    const base = await serve({ pool: gate.runner });
    const answers: Promise<Answer>[] = [];
    for (let i = 0; i < 5; i++) {
      answers.push(post(base, `story ${i}`));
      await queued(base, i); // the first runs at once; each later one joins the queue
    }
    for (let i = 0; i < 5; i++) {
      while (gate.held() === 0) await sleep(5);
      gate.release();
    }
    expect((await Promise.all(answers)).map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(gate.started).toEqual(['story 0', 'story 1', 'story 2', 'story 3', 'story 4']);
  });

  it('sheds the request that has waited longest once it passes the target: 503 with Retry-After; the newer one keeps its place', async () => {
    const gate = gated(1);
    const base = await serve({ pool: gate.runner, maxQueueWaitMs: 1_000 });
    const running = post(base, 'running');
    await queued(base, 0);
    const older = post(base, 'older');
    await queued(base, 1);
    await sleep(500);
    const newer = post(base, 'newer');
    const shed = await older;
    expect(shed.status).toBe(503);
    expect(shed.at).toBeGreaterThanOrEqual(990);
    expect(shed.retryAfter).toBe('1');
    expect(JSON.parse(shed.body)).toEqual({ error: { status: 503, code: 'busy', message: expect.stringContaining('busy') } });
    // Shed about 500 ms before the newer one's turn would come: it still waits.
    expect((await readyz(base)).json.queued).toBe(1);
    gate.release();
    while (gate.held() === 0) await sleep(5);
    gate.release();
    expect((await running).status).toBe(200);
    expect((await newer).status).toBe(200);
    expect(gate.started).toEqual(['running', 'newer']);
  });

  it('a queue that drains in time sheds nothing: fifty clients at once are all served', async () => {
    const gate = gated(2, true);
    const base = await serve({ pool: gate.runner, maxQueueWaitMs: 5_000 });
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => post(base, `story ${i}`)));
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    expect(gate.started).toHaveLength(50);
  });

  it('a client that leaves while waiting gives its place back, and its job never runs', async () => {
    const gate = gated(1);
    const base = await serve({ pool: gate.runner });
    const running = post(base, 'running');
    await queued(base, 0);
    const abort = new AbortController();
    const gone = post(base, 'gone', '/api/analyze', abort.signal).catch(() => null);
    await queued(base, 1);
    abort.abort();
    await gone;
    await queued(base, 0);
    gate.release();
    expect((await running).status).toBe(200);
    expect((await readyz(base)).json.inFlight).toBe(0);
    expect(gate.started).toEqual(['running']);
  });

  it('the form routes answer 503 with a page', async () => {
    const gate = gated(1);
    const base = await serve({ pool: gate.runner, maxQueueWaitMs: 200 });
    const running = post(base, 'running');
    await queued(base, 0);
    const busy = await post(base, STORY, '/analyze');
    expect(busy.status).toBe(503);
    expect(busy.body).toContain('The server is busy');
    expect(busy.body).not.toContain(STORY.slice(1, 20));
    gate.release();
    await running;
  });
});

describe('the door: places and body bytes', () => {
  it('with no place left, a newcomer is refused before its body is even parsed', async () => {
    // Malformed JSON would be a 400 if its body were parsed: a 503 shows the refusal comes first.
    const base = await serve({ pool: gated(1).runner, maxInFlight: 0 });
    const res = await fetch(`${base}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": "unfinished' });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    const form = await fetch(`${base}/analyze`, { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=zzz' }, body: 'not multipart' });
    expect(form.status).toBe(503);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('a client that waits for "100 Continue" is refused before it sends its body; one admitted is told to go on', async () => {
    const full = await serve({ pool: gated(1).runner, maxInFlight: 0 });
    const headers = 'POST /api/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 2000000\r\nExpect: 100-continue\r\n\r\n';
    const refused = await rawExchange(Number(new URL(full).port), [headers], { giveUpMs: 5_000 });
    expect(refused.response).toMatch(/^HTTP\/1\.1 503 /);
    expect(refused.response).not.toContain('100 Continue');
    expect(refused.response).toMatch(/\r\nConnection: close\r\n/i);
    const open = await serve({ pool: gated(1).runner });
    const admitted = await rawExchange(Number(new URL(open).port), [headers], { giveUpMs: 500 });
    expect(admitted.response).toBe('HTTP/1.1 100 Continue\r\n\r\n');
  });

  it('bodies beyond the byte budget are refused at the door while others hold it, and admitted again once it is free', async () => {
    const gate = gated(1);
    const base = await serve({ pool: gate.runner, maxBodyBytes: 1_000 });
    const holding = post(base, 'x'.repeat(600));
    await queued(base, 0);
    const refused = await fetch(`${base}/api/analyze`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"text": "${'y'.repeat(600)}`,
    });
    expect(refused.status).toBe(503);
    // A small body still fits beside the one that holds 600 bytes.
    const small = post(base, 'small');
    await queued(base, 1);
    gate.release();
    expect((await holding).status).toBe(200);
    while (gate.held() === 0) await sleep(5);
    gate.release();
    expect((await small).status).toBe(200);
    // The budget is free again: the same body is admitted.
    const again = post(base, 'y'.repeat(600));
    while (gate.held() === 0) await sleep(5);
    gate.release();
    expect((await again).status).toBe(200);
  });

  it('maxInFlight, maxBodyBytes and maxQueueWaitMs false: no limit (the inline engine)', async () => {
    const base = await serve({ check: (t) => check(t), maxInFlight: false, maxBodyBytes: false, maxQueueWaitMs: false });
    const answers = await Promise.all(Array.from({ length: 12 }, () => post(base)));
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(200));
  });
});

describe('readiness and liveness under load', () => {
  it('/readyz says busy (503, JSON) while the queue is beyond its threshold; /healthz answers all along', async () => {
    const gate = gated(1);
    const base = await serve({ pool: gate.runner, readyQueue: 2 });
    expect(await readyz(base)).toMatchObject({ status: 200, json: { status: 'ready', queued: 0 } });
    const answers = Array.from({ length: 4 }, (_, i) => post(base, `story ${i}`));
    await queued(base, 3);
    const busy = await fetch(`${base}/readyz`);
    expect(busy.status).toBe(503);
    expect(busy.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await busy.json()).toMatchObject({ status: 'busy', queued: 3, running: 1 });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/static/style.css`)).status).toBe(200);
    for (let i = 0; i < 4; i++) {
      while (gate.held() === 0) await sleep(5);
      gate.release();
    }
    await Promise.all(answers);
    expect((await readyz(base)).status).toBe(200);
  });

  it('with the real pool busy on long stories, /healthz and a static page answer before they are done', async () => {
    const base = await serve({ threads: 1 });
    const long = `${STORY}\n\n`.repeat(10_000);
    const t0 = performance.now();
    const stories = Promise.all([post(base, long), post(base, long)]).then((a) => ({ answers: a, at: performance.now() - t0 }));
    await sleep(50);
    const health = await fetch(`${base}/healthz`);
    const healthAt = performance.now() - t0;
    const css = await fetch(`${base}/static/style.css`);
    expect(health.status).toBe(200);
    expect(css.status).toBe(200);
    const done = await stories;
    expect(done.answers.map((a) => a.status)).toEqual([200, 200]);
    expect(healthAt).toBeLessThan(done.at);
  });
});
