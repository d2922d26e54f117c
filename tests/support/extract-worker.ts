/**
 * Runs one hostile input through extractText in a worker thread (see extract-timed.ts): posts
 * `ready` once the input is built, then the outcome and the time the extraction took.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ExtractError, extractText } from '../../src/input/extract.js';
import { hostileExtractionInput } from './hostile-extraction.js';

const { name, size } = workerData as { name: string; size: number };
const input = hostileExtractionInput(name, size);
parentPort?.postMessage({ kind: 'ready', bytes: input.bytes.length });
const t0 = performance.now();
try {
  const text = await extractText(input.bytes, input.file);
  parentPort?.postMessage({ kind: 'done', ms: performance.now() - t0, text: text.length });
} catch (e) {
  if (!(e instanceof ExtractError)) throw e;
  parentPort?.postMessage({ kind: 'done', ms: performance.now() - t0, status: e.status, code: e.code, message: e.message });
}
