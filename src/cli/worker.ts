/** A worker thread of `quotecheck analyze|summary --jobs N`: tasks in, results out (pool.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import type { ReadyMessage, ResultMessage, TaskMessage } from './pool.js';
import { type JobConfig, runTask } from './task.js';

const config = workerData as JobConfig;
const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread of the quotecheck CLI');

port.on('message', async (message: TaskMessage) => {
  const result = await runTask(message.task, config);
  // The report's bytes are handed over, not copied, when they fill their own ArrayBuffer.
  const out = result.ok ? result.output : undefined;
  const transfer = out && out.byteOffset === 0 && out.byteLength === out.buffer.byteLength ? [out.buffer as ArrayBuffer] : [];
  port.postMessage({ n: message.n, result } satisfies ResultMessage, transfer);
});
port.postMessage({ ready: true } satisfies ReadyMessage);
