import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppOptions, createApp } from '../../../src/server/app.js';
import { defaultThreads, type Runner, WorkPool } from '../../../src/work/pool.js';
import { fakeReport } from './story.js';

/**
 * The worker pool of the apps a test file makes with the real engine and the default pool: a
 * pool like an app's own (the same threads, started on the first job), but one per test file
 * instead of one per app, since every thread loads the engine from the TypeScript sources
 * (about half a second of CPU). Apps that set their own pool, threads, budgets or engine keep them.
 */
let filePool: WorkPool | null = null;
const started = (): WorkPool => {
  filePool ??= new WorkPool({ threads: defaultThreads() });
  return filePool;
};
const fileRunner: Runner = {
  get capacity() {
    return started().capacity;
  },
  run: (job, options) => started().run(job, options),
  stats: () => filePool?.stats() ?? { threads: defaultThreads(), queued: 0, running: 0 },
  // Shared by the file's apps: app.close() leaves an injected pool alone, and the file's process ends with it.
  close: async () => {},
};

/** An app that logs into an array (so tests can check what is logged), without rate limit. */
export function quietApp(options: AppOptions = {}) {
  const logs: string[] = [];
  const ownPool = options.pool !== undefined || options.check !== undefined || options.threads !== undefined || options.budgets !== undefined;
  const app = createApp({
    rateLimit: false,
    logger: { error: (l) => logs.push(l), info: (l) => logs.push(l) },
    ...(ownPool ? {} : { pool: fileRunner }),
    ...options,
  });
  return { app, logs };
}

/** An app whose engine is the hand-built fixture analysis (independent of the real engine). */
export function fixtureApp(options: AppOptions = {}) {
  return quietApp({ check: (text) => fakeReport(text), ...options });
}

export function samplesDir(samples: object[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'qc-samples-'));
  samples.forEach((s, i) => {
    writeFileSync(join(dir, `s${i}.json`), JSON.stringify(s));
  });
  writeFileSync(join(dir, 'broken.json'), '{not json');
  return dir;
}
