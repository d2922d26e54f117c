/**
 * The pool's worker when quotecheck runs from its TypeScript sources (tsx, vitest): worker
 * threads do not inherit the parent's module loader on Node 20, so this registers tsx's before
 * loading worker.ts. Built code (dist/) uses worker.js directly.
 */
import { register } from 'tsx/esm/api';

register();
const worker = import('./worker.ts');

export default async function work(message) {
  return (await worker).default(message);
}
