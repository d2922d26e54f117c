/**
 * How many CPUs this process may use: the container's CPU quota where there is one (Linux
 * cgroups: v2's `cpu.max`, v1's `cpu.cfs_quota_us` ÷ `cpu.cfs_period_us`), rounded up, and
 * never more than `os.availableParallelism()` (the cores it may be scheduled on). Inside a
 * container Node 20 counts the machine's cores, not the quota: a pod limited to 2 CPUs on a
 * 64-core node would otherwise start 64 threads that share 2 CPUs.
 */
import fs from 'node:fs';
import os from 'node:os';

/** A quota as `cpu.max` writes it (`"200000 100000"`, or `"max 100000"` for none): CPUs, or null. */
export function parseCpuMax(content: string): number | null {
  const [quota, period] = content.trim().split(/\s+/);
  if (quota === undefined || quota === 'max') return null;
  return cpusOf(Number(quota), Number(period ?? 100_000));
}

/** A v1 quota (`cfs_quota_us`, -1 for none) over its period: CPUs, or null. */
export function cpusOf(quotaUs: number, periodUs: number): number | null {
  if (!Number.isFinite(quotaUs) || !Number.isFinite(periodUs) || quotaUs <= 0 || periodUs <= 0) return null;
  return Math.max(1, Math.ceil(quotaUs / periodUs));
}

function read(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The CPU quota of this process's cgroup, in whole CPUs, or null when there is none (or no
 * cgroup file can be read: not Linux). `root` is where cgroups are mounted (tests pass a folder).
 */
export function cgroupCpuQuota(root = '/sys/fs/cgroup', procSelfCgroup = '/proc/self/cgroup'): number | null {
  const lines = (read(procSelfCgroup) ?? '').split('\n');
  const quotas: number[] = [];
  // v2: "0::/path"; inside a container the path is usually "/" and the files are at the root.
  const v2 = lines.find((l) => l.startsWith('0::'))?.slice(3) ?? '/';
  for (const dir of v2 === '/' ? [root] : [`${root}${v2}`, root]) {
    const max = read(`${dir}/cpu.max`);
    const cpus = max === null ? null : parseCpuMax(max);
    if (cpus !== null) quotas.push(cpus);
  }
  // v1: "N:cpu,cpuacct:/path".
  const v1 = lines.map((l) => l.split(':')).find((p) => p.length >= 3 && p[1]!.split(',').includes('cpu'))?.[2] ?? '/';
  for (const base of [`${root}/cpu`, `${root}/cpu,cpuacct`]) {
    for (const dir of v1 === '/' ? [base] : [`${base}${v1}`, base]) {
      const quota = read(`${dir}/cpu.cfs_quota_us`);
      const period = read(`${dir}/cpu.cfs_period_us`);
      const cpus = quota === null || period === null ? null : cpusOf(Number(quota.trim()), Number(period.trim()));
      if (cpus !== null) quotas.push(cpus);
    }
  }
  return quotas.length === 0 ? null : Math.min(...quotas);
}

/** The CPUs this process may use: the cgroup quota, at most the cores it may run on. */
export function availableCpus(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const quota = cgroupCpuQuota();
  return Math.max(1, quota === null ? cores : Math.min(cores, quota));
}
