/**
 * The server's worker threads warm up as they start (the engine, the report page, the PDF), so
 * that the first analysis after start-up does not pay for loading. No timing: the test checks
 * that the warm-up jobs ran on every thread before any request was sent.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { WARM_UP_STORY, warmUpJobs } from '../../src/server/warm-up.js';
import type { WebResult } from '../../src/server/web-jobs.js';
import { WorkPool } from '../../src/work/pool.js';

const settings = { textLimit: 2 * 2 ** 20, unzippedLimit: 32 * 2 ** 20, viewCache: true };
const pools: WorkPool[] = [];

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 1200 && !done(); i++) await new Promise((r) => setTimeout(r, 50));
}

describe('warming the worker threads up', () => {
  it('runs the report page and the PDF once on each thread as it starts, before any job', async () => {
    const p = new WorkPool({ threads: 2, warm: warmUpJobs(settings) });
    pools.push(p);
    await until(() => p.warmed().threads === 2);
    expect(p.warmed()).toEqual({ threads: 2, jobs: 4 });
    expect(p.stats()).toMatchObject({ queued: 0, running: 0 });
    const page = (await p.run({
      kind: 'web',
      web: { kind: 'page', view: 'report', story: { origin: 'text', text: WARM_UP_STORY, name: null }, corrections: null, settings },
    })) as WebResult;
    expect(page.ok).toBe(true);
  }, 90_000);

  it('warms nothing up unless asked', async () => {
    const p = new WorkPool({ threads: 1 });
    pools.push(p);
    await until(() => p.warmed().threads === 1);
    expect(p.warmed()).toEqual({ threads: 1, jobs: 0 });
  }, 90_000);

  it('uses a story that the engine reads as an editor would', () => {
    const jobs = warmUpJobs(settings);
    expect(jobs.map((j) => (j.kind === 'web' ? j.web.kind : j.kind))).toEqual(['page', 'download']);
    expect(WARM_UP_STORY.split('\n\n').length).toBeGreaterThan(2);
  });
});
