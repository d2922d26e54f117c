import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppOptions, createApp } from '../../../src/server/app.js';
import { fakeReport } from './story.js';

/** An app that logs into an array (so tests can check what is logged), without rate limit. */
export function quietApp(options: AppOptions = {}) {
  const logs: string[] = [];
  const app = createApp({
    rateLimit: false,
    logger: { error: (l) => logs.push(l), info: (l) => logs.push(l) },
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
