/**
 * `npm start`, the README's start command, stops cleanly: Ctrl-C (SIGINT to the terminal's
 * process group), a signal to the npm process, or npm killed outright never leave the node
 * server running. Runs the built server (dist/, made by `npm install`), as a user would.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const BUILT = existsSync(join(ROOT, 'dist', 'src', 'server', 'main.js'));
let npm: ChildProcess | null = null;
let port = 0;

afterEach(async () => {
  // Whatever a failed test left behind: the npm process group, and the server on its port.
  if (npm?.pid !== undefined && npm.exitCode === null) {
    try {
      process.kill(-npm.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  npm = null;
});

/** `npm start` in its own process group (as a terminal runs it), on a free port; resolves once it serves. */
function startNpm(): Promise<number> {
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ACCESS_LOG: '0', THREADS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  npm = child;
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      const m = /quotecheck listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) {
        clearInterval(poll);
        resolve(Number(m[1]));
      }
    }, 25);
    child.once('exit', (code) => {
      clearInterval(poll);
      reject(new Error(`npm start exited with ${code}: ${out}`));
    });
  });
}

function accepts(p: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(p, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Whether the port stops accepting connections: polled until it does, or 15 s have passed. */
async function serverGone(p: number): Promise<boolean> {
  for (let i = 0; i < 150; i++) {
    if (!(await accepts(p))) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe.skipIf(!BUILT && !process.env.CI)('npm start', () => {
  it.each([
    ['Ctrl-C (SIGINT to the process group)', (pid: number) => process.kill(-pid, 'SIGINT')],
    ['SIGTERM to the npm process', (pid: number) => process.kill(pid, 'SIGTERM')],
    ['SIGINT to the npm process', (pid: number) => process.kill(pid, 'SIGINT')],
    ['npm killed outright (SIGKILL)', (pid: number) => process.kill(pid, 'SIGKILL')],
  ])(
    'stops the node server on %s',
    async (_name, stop) => {
      port = await startNpm();
      expect(await accepts(port)).toBe(true);
      stop(npm?.pid as number);
      expect(await serverGone(port)).toBe(true);
    },
    60_000,
  );
});
