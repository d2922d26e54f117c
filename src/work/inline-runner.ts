/** A Runner without threads, for tests that inject an engine. */
import { runJob } from './jobs.js';
import type { JobHooks } from './phases.js';
import type { Runner } from './pool.js';

/** Runs jobs on the calling thread, one at a time, with the given engine: for tests that inject one. */
export function inlineRunner(check: JobHooks['check']): Runner {
  let running = 0;
  return {
    capacity: 1,
    async run(job) {
      running++;
      try {
        return await runJob(job, { phase: () => {}, check });
      } finally {
        running--;
      }
    },
    stats: () => ({ threads: 0, queued: 0, running }),
    close: async () => {},
  };
}
