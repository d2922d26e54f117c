/** The rate-limit store shared by cluster workers (WORKERS ≥ 2) counts one budget for all of them. */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ClusterRateLimitStore, serveRateLimits } from '../../src/server/cluster.js';

/** Two workers' stores wired to one primary through in-memory channels. */
function fakeCluster() {
  const primary = new EventEmitter();
  serveRateLimits(primary as never);
  const worker = () => {
    const channel = new EventEmitter() as EventEmitter & { send: (m: unknown) => boolean };
    const handle = { isConnected: () => true, send: (m: unknown) => setImmediate(() => channel.emit('message', m)) };
    channel.send = (m: unknown) => {
      setImmediate(() => primary.emit('message', handle, m));
      return true;
    };
    const store = new ClusterRateLimitStore(channel as never);
    store.init({ windowMs: 60_000 } as never);
    return store;
  };
  return { worker };
}

describe('the rate-limit store shared by cluster workers', () => {
  it('counts one budget per client across workers', async () => {
    const { worker } = fakeCluster();
    const [a, b] = [worker(), worker()];
    expect((await a.increment('10.0.0.1')).totalHits).toBe(1);
    expect((await b.increment('10.0.0.1')).totalHits).toBe(2);
    expect((await a.increment('10.0.0.1')).totalHits).toBe(3);
    expect((await b.increment('10.0.0.2')).totalHits).toBe(1);
    await a.decrement('10.0.0.1');
    expect((await b.get('10.0.0.1'))?.totalHits).toBe(2);
    await b.resetKey('10.0.0.1');
    expect(await a.get('10.0.0.1')).toBeUndefined();
    const r = await a.increment('10.0.0.1');
    expect(r.totalHits).toBe(1);
    expect(r.resetTime?.getTime()).toBeGreaterThan(Date.now());
  });

  it('a window that has passed starts again', async () => {
    const { worker } = fakeCluster();
    const a = worker();
    a.init({ windowMs: 30 } as never);
    await a.increment('k');
    expect((await a.increment('k')).totalHits).toBe(2);
    await new Promise((r) => setTimeout(r, 50));
    expect((await a.increment('k')).totalHits).toBe(1);
  });

  it('with no primary answering, a request fails instead of hanging', async () => {
    const silent = Object.assign(new EventEmitter(), { send: () => true });
    const store = new ClusterRateLimitStore(silent as never, 50);
    await expect(store.increment('k')).rejects.toThrow(/did not answer/);
  });
});
