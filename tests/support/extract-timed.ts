/**
 * A hang guard for text extraction: one hostile input extracted in a worker thread that is
 * terminated when it runs over its time, so a quadratic regression fails the test in seconds
 * instead of holding the test run for minutes.
 */
import { Worker } from 'node:worker_threads';

export type Timed =
  | { ms: number; bytes: number; text: number }
  | { ms: number; bytes: number; status: number; code: string; message: string }
  | { hung: true; bytes: number };

const WORKER = new URL('./extract-worker.ts', import.meta.url).href;
/** Building a bomb (deflating 60 MB) takes a few seconds on a busy machine: not part of the guard. */
const BUILD_MS = 60_000;

/** Extracts the hostile input `name` at `size` bytes, giving up after `limitMs` of extraction. */
export function extractTimed(name: string, size: number, limitMs: number): Promise<Timed> {
  // The worker compiles TypeScript with tsx, as the test runner does for the test itself.
  const boot = `const { register } = await import('tsx/esm/api'); register(); await import(${JSON.stringify(WORKER)});`;
  const worker = new Worker(boot, { eval: true, workerData: { name, size } });
  return new Promise((resolve, reject) => {
    let bytes = 0;
    let settled = false;
    let timer = setTimeout(() => reject(new Error(`building ${name} took over ${BUILD_MS} ms`)), BUILD_MS);
    const finish = (result: Timed | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    worker.on('message', (m: { kind: string; bytes?: number } & Record<string, unknown>) => {
      if (m.kind === 'ready') {
        bytes = m.bytes ?? 0;
        clearTimeout(timer);
        timer = setTimeout(() => finish({ hung: true, bytes }), limitMs);
      } else {
        const { kind: _kind, ...rest } = m;
        finish({ ...rest, bytes } as Timed);
      }
    });
    worker.on('error', (e) => finish(e));
    worker.on('exit', (code) => finish(new Error(`the worker for ${name} exited (${code}) without an answer`)));
  });
}
