/** The entry point as a process: prints its address, serves, and drains on SIGTERM. */
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { availableCpus } from '../../src/work/cpus.js';
import { halfSent, type ServerProcess, startServerProcess } from '../support/server-process.js';

const MAIN = join(process.cwd(), 'src', 'server', 'main.ts');
let child: ChildProcess | null = null;

afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = null;
});

function start(env: Record<string, string>): Promise<ServerProcess> {
  const children: ChildProcess[] = [];
  const started = startServerProcess(['--import', 'tsx', MAIN], env, children);
  child = children[0] ?? null;
  return started;
}

describe('main.ts', () => {
  it('prints its address, and on SIGTERM finishes the request in flight before exiting', async () => {
    const { proc, port } = await start({});
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(await health.json()).toMatchObject({ status: 'ok' });

    // Start a request, and send its body only after SIGTERM.
    const body = `text=${encodeURIComponent('Headline\n\n"Yes," she said.')}`;
    const request = await halfSent(port, '/report.json', 'application/x-www-form-urlencoded', body);
    await new Promise((r) => setTimeout(r, 200));
    const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
    proc.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    expect(proc.exitCode).toBeNull(); // still serving the request in flight
    const response = await request.finish();
    expect(response).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(response).toContain('attachment; filename="headline.json"');
    expect(await exited).toBe(0);
  });

  it('uses the CPUs one way: its threads are the CPUs it may use, and more than that is said at start', async () => {
    const cpus = availableCpus();
    const plain = await start({});
    expect(plain.output()).toContain(`(${cpus} ${cpus === 1 ? 'thread' : 'threads'})`);
    expect(plain.output()).not.toContain('will take turns');
    plain.proc.kill('SIGKILL');
    const over = await start({ THREADS: String(cpus + 1) });
    expect(over.output()).toContain(`WORKERS × THREADS = ${cpus + 1} threads of work on ${cpus} CPUs`);
    expect(over.output()).toContain(`(${cpus + 1} threads)`);
  });

  it('takes the rate limit from the environment', async () => {
    const { port } = await start({ RATE_LIMIT: '1' });
    const post = () => fetch(`http://127.0.0.1:${port}/api/analyze`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x y' });
    expect((await post()).status).toBe(200);
    expect((await post()).status).toBe(429);
  });
});
