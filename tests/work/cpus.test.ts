/** The CPUs a process may use: the cgroup's quota (v2 cpu.max, v1 cfs_quota_us), read from fake cgroup folders. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { availableCpus, cgroupCpuQuota, cpusOf, parseCpuMax } from '../../src/work/cpus.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** A folder standing for /sys/fs/cgroup with the given files, and a /proc/self/cgroup beside it. */
function fakeCgroups(files: Record<string, string>, selfCgroup: string): { root: string; self: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quotecheck-cgroup-'));
  dirs.push(dir);
  const root = path.join(dir, 'cgroup');
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  const self = path.join(dir, 'self-cgroup');
  fs.writeFileSync(self, selfCgroup);
  return { root, self };
}

describe('the CPU quota', () => {
  it('cpu.max: a quota over its period, rounded up; "max" is none', () => {
    expect(parseCpuMax('200000 100000\n')).toBe(2);
    expect(parseCpuMax('150000 100000')).toBe(2);
    expect(parseCpuMax('50000 100000')).toBe(1);
    expect(parseCpuMax('max 100000')).toBeNull();
    expect(parseCpuMax('')).toBeNull();
    expect(cpusOf(-1, 100_000)).toBeNull();
    expect(cpusOf(400_000, 100_000)).toBe(4);
  });

  it('cgroup v2: the process cgroup’s cpu.max, or the root’s inside a container', () => {
    const nested = fakeCgroups({ 'kubepods/pod1/cpu.max': '300000 100000\n', 'cpu.max': 'max 100000\n' }, '0::/kubepods/pod1\n');
    expect(cgroupCpuQuota(nested.root, nested.self)).toBe(3);
    const container = fakeCgroups({ 'cpu.max': '200000 100000\n' }, '0::/\n');
    expect(cgroupCpuQuota(container.root, container.self)).toBe(2);
    const none = fakeCgroups({ 'cpu.max': 'max 100000\n' }, '0::/\n');
    expect(cgroupCpuQuota(none.root, none.self)).toBeNull();
  });

  it('cgroup v1: cfs_quota_us ÷ cfs_period_us of the cpu controller; -1 is none', () => {
    const v1 = fakeCgroups(
      { 'cpu,cpuacct/docker/abc/cpu.cfs_quota_us': '250000\n', 'cpu,cpuacct/docker/abc/cpu.cfs_period_us': '100000\n' },
      '4:cpu,cpuacct:/docker/abc\n0::/\n',
    );
    expect(cgroupCpuQuota(v1.root, v1.self)).toBe(3);
    const unlimited = fakeCgroups({ 'cpu/cpu.cfs_quota_us': '-1\n', 'cpu/cpu.cfs_period_us': '100000\n' }, '1:cpu:/\n');
    expect(cgroupCpuQuota(unlimited.root, unlimited.self)).toBeNull();
  });

  it('no cgroup files at all (not Linux): no quota; the CPUs are then the cores the process may run on', () => {
    expect(cgroupCpuQuota('/no/such/cgroup', '/no/such/self')).toBeNull();
    const cpus = availableCpus();
    expect(cpus).toBeGreaterThanOrEqual(1);
    expect(cpus).toBeLessThanOrEqual(os.availableParallelism());
  });
});
