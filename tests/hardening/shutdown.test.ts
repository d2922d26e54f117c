/**
 * The built server (dist/src/server/main.js, as `npm start` runs it) on SIGTERM: requests in
 * flight finish and are answered, then the process exits 0; alone and with WORKERS=2. A request
 * that arrives after the signal, on a connection kept open for one in flight, is refused with a
 * 503 that closes the connection (it used to crash the process).
 */
import type { ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { halfSent, type ServerProcess, startServerProcess } from '../support/server-process.js';
import { ensureBuilt, STORY } from './helpers.js';

let main = '';
const children: ChildProcess[] = [];

beforeAll(() => {
  main = ensureBuilt();
});

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

function start(env: Record<string, string>): Promise<ServerProcess> {
  return startServerProcess([main], { NODE_ENV: 'production', ...env }, children);
}

/**
 * A keep-alive connection with a request in flight (headers and half its body sent); `late()`
 * sends the rest and, in the same packet, a second request, then returns both answers as sent.
 */
async function keptOpen(port: number, body: string): Promise<{ late: () => Promise<string> }> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  let received = '';
  socket.on('data', (d) => {
    received += d.toString('latin1');
  });
  socket.on('error', () => {});
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const bytes = Buffer.from(body);
  const cut = Math.floor(bytes.length / 2);
  socket.write(`POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${bytes.length}\r\n\r\n`);
  socket.write(bytes.subarray(0, cut));
  return {
    late: async () => {
      socket.write(Buffer.concat([bytes.subarray(cut), Buffer.from('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')]));
      await closed;
      return received;
    },
  };
}

/** The first response of `raw` (its head and its Content-Length of body) and what follows. */
function firstResponse(raw: string): { head: string; body: string; rest: string } {
  const end = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, end);
  const length = Number(/\r\ncontent-length: (\d+)/i.exec(head)?.[1] ?? -1);
  return { head, body: raw.slice(end + 4, end + 4 + length), rest: raw.slice(end + 4 + length) };
}

const exited = (proc: ChildProcess) => new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
/** The value of `p`, or 'still running' after `ms`: a hang fails with the server's output rather than the test's timeout. */
const within = <T>(p: Promise<T>, ms: number) => Promise.race([p, new Promise<'still running'>((r) => setTimeout(() => r('still running'), ms))]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each([
  ['one process', {}],
  ['WORKERS=2', { WORKERS: '2' }],
])('SIGTERM, %s', (_name, env) => {
  it('requests in flight are answered before the process exits 0', async () => {
    const { proc, port, output } = await start(env);
    // Two requests in flight, on two connections (with WORKERS=2 they may land on either worker).
    const a = await halfSent(port, '/api/analyze', 'text/plain; charset=utf-8', STORY);
    const b = await halfSent(port, '/api/analyze', 'text/plain; charset=utf-8', STORY.repeat(50));
    await sleep(200);
    const exit = exited(proc);
    proc.kill('SIGTERM');
    await sleep(400);
    expect(proc.exitCode).toBeNull(); // still finishing what it started
    const [ra, rb] = await Promise.all([a.finish(), b.finish()]);
    for (const r of [ra, rb]) {
      expect(r).toMatch(/^HTTP\/1\.1 200 OK/);
      expect(r).toContain('"quotes":[');
    }
    expect(await exit).toBe(0);
    expect(output()).toContain('SIGTERM received, finishing requests in flight');
    expect(output()).not.toMatch(/\n\s+at /);
  });

  it('a request after SIGTERM on a connection kept open is refused cleanly; those in flight are answered in full', async () => {
    const { proc, port, output } = await start(env);
    const kept = await keptOpen(port, STORY.repeat(50));
    const other = await halfSent(port, '/api/analyze', 'text/plain; charset=utf-8', STORY);
    await sleep(200);
    const exit = exited(proc);
    proc.kill('SIGTERM');
    await sleep(200);
    const [raw, otherAnswer] = await Promise.all([kept.late(), other.finish()]);
    const first = firstResponse(raw);
    expect(first.head).toMatch(/^HTTP\/1\.1 200 OK/);
    // every quote of the story, as the engine finds them (a paragraph repeated at the top of a page counts once)
    expect((JSON.parse(first.body) as { quotes: unknown[] }).quotes.length).toBe(check(STORY.repeat(50)).quotes.length);
    // The late request: refused with 503 and the connection closed, or the connection closed before it was read.
    if (first.rest !== '') {
      expect(first.rest).toMatch(/^HTTP\/1\.1 503 /);
      expect(first.rest).toMatch(/\r\nConnection: close\r\n/i);
      expect(first.rest).toContain('"code":"shutting_down"');
    }
    expect(otherAnswer).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(await exit).toBe(0);
    expect(output()).not.toMatch(/ERR_HTTP_HEADERS_SENT|\n\s+at /);
  });

  // A report of several MB is still being written when the signal is handled: http.Server.close()
  // would cut it off (it destroys connections whose response is ended but not yet sent).
  it('a long analysis running when SIGTERM arrives still completes, its large answer sent in full', async () => {
    const { proc, port, output } = await start(env);
    const big = `${STORY}\n${'"We will reopen the bridge by June," Mayor Ana Ruiz said. The council met on Monday.\n\n'.repeat(8_000)}`;
    const pending = fetch(`http://127.0.0.1:${port}/api/analyze`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: big });
    await sleep(150);
    const exit = exited(proc);
    proc.kill('SIGTERM');
    const res = await within(pending, 40_000);
    if (res === 'still running') throw new Error(`no answer in 40 s; the server said:\n${output()}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { quotes: unknown[] }).quotes.length).toBeGreaterThan(1000);
    expect(await within(exit, 15_000), output()).toBe(0);
  });
});

it('one process stops accepting new connections at once on SIGTERM', async () => {
  const { proc, port } = await start({});
  const inflight = await halfSent(port, '/api/analyze', 'text/plain; charset=utf-8', STORY);
  proc.kill('SIGTERM');
  await sleep(300);
  const refused = await new Promise<boolean>((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(false);
    });
    s.once('error', () => resolve(true));
  });
  expect(refused).toBe(true);
  expect(await inflight.finish()).toMatch(/^HTTP\/1\.1 200 OK/);
});
