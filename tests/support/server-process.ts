/**
 * Starts the web app as a real process (`node [args…]`) on a free port and waits until it
 * prints its address. Its output is collected for assertions; `children` lets the caller kill
 * whatever is left after each test.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';

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

/**
 * A request whose headers and first half are sent now; `finish()` sends the rest and returns the
 * whole response. `Expect: 100-continue` makes the server say when it has the headers, so the
 * request is surely in flight (not an idle connection) before the test goes on.
 */
export async function halfSent(port: number, path: string, contentType: string, body: string): Promise<{ finish: () => Promise<string> }> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  let response = '';
  socket.on('data', (d) => {
    response += d;
  });
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const bytes = Buffer.from(body);
  const cut = Math.floor(bytes.length / 2);
  socket.write(
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${contentType}\r\nContent-Length: ${bytes.length}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`,
  );
  for (let i = 0; i < 400 && !response.includes('100 Continue'); i++) await new Promise((r) => setTimeout(r, 25));
  if (!/^HTTP\/1\.1 100 Continue\r\n\r\n/.test(response)) throw new Error(`no 100 Continue: ${response}`);
  response = '';
  socket.write(bytes.subarray(0, cut));
  return {
    finish: async () => {
      // write, not end: a client that half-closes its side is taken by Node as having given up.
      socket.write(bytes.subarray(cut));
      await closed;
      return response;
    },
  };
}
