/**
 * A client that drops its upload halfway must leave nothing behind: the server runs in a process
 * of its own with --expose-gc, and its heap after a full collection returns to its baseline
 * once 40 uploads of 1.5 MB have been cut off mid-body.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT, STORY } from './helpers.js';

const MB = 1024 * 1024;
/** Story-like text, so that the engine has work to do on what arrives whole. */
const BODY = `${STORY}\n`.repeat(Math.ceil((1.6 * MB) / STORY.length));
let child: ChildProcess;
let port = 0;

function ask<T>(key: string, message?: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${key} from the server`)), 30_000);
    const on = (m: unknown) => {
      if (typeof m === 'object' && m !== null && key in m) {
        clearTimeout(timer);
        child.off('message', on);
        resolve((m as Record<string, T>)[key] as T);
      }
    };
    child.on('message', on);
    if (message) child.send(message);
  });
}

beforeAll(async () => {
  child = fork(join(ROOT, 'tests', 'hardening', 'fixtures', 'heap-server.ts'), [], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  port = await ask<number>('port');
});

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
});

const heap = () => ask<number>('heapUsed', 'heap');

/** Sends the headers and `sent` bytes of a `declared`-byte body, waits `ms`, then drops the connection. */
function drop(path: string, contentType: string, declared: number, sent: number, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => resolve());
    socket.once('connect', () => {
      socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: ${contentType}\r\nContent-Length: ${declared}\r\n\r\n`);
      const body = Buffer.from(`text=${BODY}`).subarray(0, sent);
      socket.write(body, () => {
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, ms);
      });
    });
  });
}

/** Waits until no request is in flight or waiting, and no job runs (as /readyz counts them). */
async function settled(): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const r = (await (await fetch(`http://127.0.0.1:${port}/readyz`)).json()) as { inFlight: number; queued: number; running: number };
    if (r.inFlight === 0 && r.queued === 0 && r.running === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the server never settled');
}

async function analyze(): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}/api/analyze`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: STORY });
  await res.arrayBuffer();
  return res.status;
}

it('40 uploads of 1.5 MB dropped mid-body leave the heap at its baseline', async () => {
  // Warm up every path the uploads take, so that what loads once is in the baseline.
  expect(await analyze()).toBe(200);
  await drop('/api/analyze', 'text/plain', 1.5 * MB, 64 * 1024, 50);
  await drop('/analyze', 'application/x-www-form-urlencoded', 1.5 * MB, 64 * 1024, 50);
  await settled();
  const baseline = await heap();
  await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      // Half cut off mid-body, half dropped once the body is sent, before the answer.
      drop(
        i % 2 ? '/api/analyze' : '/analyze',
        i % 2 ? 'text/plain' : 'application/x-www-form-urlencoded',
        1.5 * MB,
        i < 20 ? 1 * MB : 1.5 * MB,
        i < 20 ? 100 : 300,
      ),
    ),
  );
  await settled();
  expect(await analyze()).toBe(200);
  const after = await heap();
  // 40 MB were received; a leak keeps most of them. Allocation noise is a few MB.
  expect((after - baseline) / MB).toBeLessThan(8);
});
