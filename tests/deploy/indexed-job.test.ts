/**
 * The Indexed Job's shell script (deploy/kubernetes/indexed-job.yaml), run as it is by `sh` with
 * JOB_COMPLETION_INDEX set, as each pod would run it, against the built CLI: three shards make
 * three reports whose concatenation is byte for byte one run over the whole input, and a shard
 * killed midway leaves no report behind (only the .part its retry overwrites).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { ANON_STORY, bin, buildBinary, NAMED_STORY, root, run } from '../cli/helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: a manifest read field by field
const job = parseDocument(fs.readFileSync(path.join(root, 'deploy/kubernetes/indexed-job.yaml'), 'utf8')).toJS() as any;
const script: string = job.spec.template.spec.containers[0].args[0];

let tmp = '';
let data = '';
let binDir = '';

/** A story of our own, different for each n. */
function story(n: number, paragraphs = 1): string {
  const extra = Array.from(
    { length: paragraphs },
    (_, p) => `"The bins on Elm Row were emptied ${n + p} times this month," said Nora Vale, who runs depot ${n % 7}.`,
  ).join('\n\n');
  return `${n % 2 === 0 ? NAMED_STORY : ANON_STORY}\n${extra}\n`;
}

function lines(from: number, count: number, paragraphs = 1): string {
  return Array.from({ length: count }, (_, i) => `${JSON.stringify({ id: `story-${from + i}`, text: story(from + i, paragraphs) })}\n`).join('');
}

/** Runs the script as a pod with this index would; resolves with its exit status. */
function pod(index: number): { done: Promise<number | null>; pid: number } {
  const child = spawn('sh', ['-c', script], {
    env: { ...process.env, JOB_COMPLETION_INDEX: String(index), QUOTECHECK_DATA: data, PATH: `${binDir}${path.delimiter}${process.env.PATH}` },
    stdio: 'ignore',
    detached: true,
  });
  return { done: new Promise((resolve) => child.on('close', (code) => resolve(code))), pid: child.pid as number };
}

const shard = (i: number) => path.join(data, 'shards', `shard-${String(i).padStart(5, '0')}.jsonl`);
const report = (i: number) => path.join(data, 'reports', `shard-${String(i).padStart(5, '0')}.jsonl`);

beforeAll(() => {
  buildBinary();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'quotecheck-indexed-job-'));
  data = path.join(tmp, 'data');
  fs.mkdirSync(path.join(data, 'shards'), { recursive: true });
  fs.mkdirSync(path.join(data, 'reports'));
  // `quotecheck` on the PATH, as in the image: the built CLI.
  binDir = path.join(tmp, 'bin');
  fs.mkdirSync(binDir);
  fs.writeFileSync(path.join(binDir, 'quotecheck'), `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`, { mode: 0o755 });
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the Indexed Job script', () => {
  it('three pods over three shards: the merged reports are one run over the whole input, byte for byte', async () => {
    const whole = [lines(0, 70), lines(70, 5), lines(75, 90)];
    for (const [i, text] of whole.entries()) fs.writeFileSync(shard(i), text);
    fs.writeFileSync(path.join(tmp, 'whole.jsonl'), whole.join(''));
    // In any order, as Kubernetes may start them.
    for (const i of [2, 0, 1]) expect(await pod(i).done).toBe(0);
    expect(fs.readdirSync(path.join(data, 'reports')).sort()).toEqual(['shard-00000.jsonl', 'shard-00001.jsonl', 'shard-00002.jsonl']);
    const merged = Buffer.concat([0, 1, 2].map((i) => fs.readFileSync(report(i))));
    const one = await run(['analyze', '--jsonl', 'whole.jsonl'], { cwd: tmp });
    expect(one.status).toBe(0);
    expect(one.raw.length).toBeGreaterThan(0);
    expect(merged.equals(one.raw)).toBe(true);
    expect(merged.toString('utf8').split('\n').filter(Boolean)).toHaveLength(165);
    // A pod run again for a shard that is done leaves its report as it is.
    const before = fs.statSync(report(1)).mtimeMs;
    expect(await pod(1).done).toBe(0);
    expect(fs.statSync(report(1)).mtimeMs).toBe(before);
  });

  it('a pod killed midway leaves no report, only a .part; the retry makes the whole report', async () => {
    // Long enough that the pod is still at work when it is killed: it is killed as soon as its first lines are written.
    fs.writeFileSync(shard(3), lines(1000, 800, 12));
    const part = `${report(3)}.part`;
    const first = pod(3);
    for (let i = 0; i < 6000 && !(fs.existsSync(part) && fs.statSync(part).size > 0); i++) await new Promise((r) => setTimeout(r, 10));
    expect(fs.statSync(part).size).toBeGreaterThan(0);
    process.kill(-first.pid, 'SIGKILL');
    expect(await first.done).not.toBe(0);
    expect(fs.existsSync(report(3))).toBe(false);
    // What `cat reports/shard-*.jsonl` reads holds nothing of the killed shard.
    expect(fs.readdirSync(path.join(data, 'reports')).filter((f) => /^shard-.*\.jsonl$/.test(f))).not.toContain('shard-00003.jsonl');
    const partial = fs.readFileSync(part);
    // The retry.
    expect(await pod(3).done).toBe(0);
    expect(fs.existsSync(part)).toBe(false);
    const full = fs.readFileSync(report(3));
    expect(full.length).toBeGreaterThan(partial.length);
    const alone = await run(['analyze', '--jsonl', shard(3)], { cwd: tmp });
    expect(full.equals(alone.raw)).toBe(true);
  });
});
