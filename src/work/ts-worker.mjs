/**
 * The pool's worker when quotecheck runs from its TypeScript sources (tsx, vitest): worker
 * threads do not inherit the parent's module loader on Node 20, so this registers tsx's before
 * loading worker.ts. Built code (dist/) uses worker.js directly.
 */
import { register } from 'tsx/esm/api';

register();
// Awaited here, so that piscina counts the thread ready only once worker.ts (and its warm-up)
// has loaded: an idle piscina thread blocks in Atomics.wait, which would stall a pending import.
const worker = await import('./worker.ts');

export default async function work(message) {
  return worker.default(message);
}
