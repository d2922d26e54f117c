/**
 * Starts the web app as a real process (`node [args…]`) on a free port and waits until it
 * prints its address. Its output is collected for assertions; `children` lets the caller kill
 * whatever is left after each test.
 */
import { type ChildProcess, spawn } from 'node:child_process';

export interface ServerProcess {
  proc: ChildProcess;
  port: number;
  output: () => string;
}

export function startServerProcess(args: string[], env: Record<string, string>, children: ChildProcess[]): Promise<ServerProcess> {
  const proc = spawn(process.execPath, args, {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ACCESS_LOG: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(proc);
  let out = '';
  proc.stdout?.on('data', (d) => {
    out += d;
  });
  proc.stderr?.on('data', (d) => {
    out += d;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed: ${out}`)), 20_000);
    const poll = setInterval(() => {
      const m = /quotecheck listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve({ proc, port: Number(m[1]), output: () => out });
      }
    }, 25);
    proc.once('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`exited with ${code}: ${out}`));
    });
  });
}
