/** A real listening server for the hardening tests, and raw-socket helpers. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { type AppOptions, createApp } from '../../src/server/app.js';
import { createHttpServer, type ServerTimeouts } from '../../src/server/listen.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const STORY = 'Bridge will reopen by June\n\n"We will reopen the bridge by June," Mayor Ana Ruiz said.\n';

export interface Running {
  base: string;
  port: number;
  server: Server;
  logs: string[];
  close(): Promise<void>;
}

/** createApp + the production http.Server (listen.ts) on 127.0.0.1, logging into an array. */
export async function listen(options: AppOptions = {}, timeouts: Partial<ServerTimeouts> = {}): Promise<Running> {
  const logs: string[] = [];
  const app = createApp({ rateLimit: false, accessLog: true, logger: { error: (l) => logs.push(l), info: (l) => logs.push(l) }, ...options });
  const server = createHttpServer(app, timeouts);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    server,
    logs,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await app.close();
    },
  };
}

/** The server still answers: health, and a real analysis. */
export async function expectStillServing(base: string): Promise<void> {
  expect((await fetch(`${base}/healthz`)).status).toBe(200);
  const res = await fetch(`${base}/api/analyze`, { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: STORY });
  expect(res.status).toBe(200);
  const report = (await res.json()) as { quotes: unknown[] };
  expect(report.quotes).toHaveLength(1);
}

/** Writes `chunks` to a raw connection (pausing `gapMs` between them) and collects what comes back until the server closes it. */
export function rawExchange(
  port: number,
  chunks: (string | Buffer)[],
  opts: { gapMs?: number; giveUpMs?: number } = {},
): Promise<{ response: string; closed: boolean; ms: number }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const socket = connect(port, '127.0.0.1');
    let response = '';
    let done = false;
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ response, closed, ms: performance.now() - t0 });
    };
    const timer = setTimeout(() => finish(false), opts.giveUpMs ?? 10_000);
    socket.on('data', (d) => {
      response += d.toString('latin1');
    });
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    socket.once('connect', async () => {
      for (const c of chunks) {
        if (socket.destroyed) return;
        socket.write(c);
        await new Promise((r) => setTimeout(r, opts.gapMs ?? 0));
      }
    });
  });
}

/** No stack trace, no file path, no error class in what a user sees. */
export function expectNoStack(text: string): void {
  expect(text).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\.[jt]s:\d+|\w*Error:/);
}

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** dist/ as users run it: rebuilt only when a source file is newer than the built server (CI builds on install). */
export function ensureBuilt(): string {
  const main = join(ROOT, 'dist', 'src', 'server', 'main.js');
  if (!existsSync(main) || statSync(main).mtimeMs < newest(join(ROOT, 'src'))) {
    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (!existsSync(main)) throw new Error(`the build did not produce ${main}:\n${build.stdout}${build.stderr}`);
  }
  return main;
}
