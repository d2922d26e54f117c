/**
 * The built `quotecheck` binary, spawned as a user would run it. Builds dist/ first.
 * Structure only, except the one obviously attributed quote at the end.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'dist/src/cli/main.js');
const STORY = '"We will reopen the bridge," Mayor Ana Ruiz said.\n';
let tmp = '';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: tmp });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

function expectReport(report: unknown): void {
  expect(report).toMatchObject({
    tool: { name: 'quotecheck', version: VERSION },
    quotes: expect.any(Array),
    statements: expect.any(Array),
    sources: expect.any(Array),
    summary: { unnamedShare: { quotes: expect.any(Number), quotedWords: expect.any(Number), statements: expect.any(Number) } },
  });
}

beforeAll(() => {
  const started = Date.now();
  // Other modules may be mid-edit and fail type checking; tsc still emits, and the binary is what we test.
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (!fs.existsSync(bin) || fs.statSync(bin).mtimeMs < started - 1000)
    throw new Error(`build did not produce ${bin}:\n${build.stdout}${build.stderr}`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'quotecheck-cli-'));
  fs.writeFileSync(path.join(tmp, 'story.txt'), STORY);
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('quotecheck analyze', () => {
  it('prints the pretty-printed JSON report of a FILE', async () => {
    const r = await run(['analyze', 'story.txt']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^\{\n {2}"/);
    const report = JSON.parse(r.stdout);
    expectReport(report);
    expect(report.length).toBe(STORY.length);
  });

  it('reads stdin with -', async () => {
    const r = await run(['analyze', '-'], STORY);
    expect(r.status).toBe(0);
    expectReport(JSON.parse(r.stdout));
  });

  it('finds the speaker of an obviously attributed quote', async () => {
    const report = JSON.parse((await run(['analyze', 'story.txt'])).stdout);
    expect(report.quotes).toHaveLength(1);
    expect(report.quotes[0].speakerMention.text).toContain('Ruiz');
  });

  it('reports a missing file on stderr with status 3 and no stack trace', async () => {
    const r = await run(['analyze', 'no-such-story.txt']);
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no-such-story.txt');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('quotecheck analyze --jsonl', () => {
  it('writes one line per input line, in order', async () => {
    const ids = ['a', 'b', 3, 'd', 'e'];
    const input = ids.map((id, i) => JSON.stringify({ id, text: `Story ${i}. ${STORY}` })).join('\n');
    const r = await run(['analyze', '--jsonl'], `${input}\n`);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(ids);
    for (const l of lines) expectReport(l.report);
  });

  it('answers a malformed line with an error line, goes on, and exits 3', async () => {
    const input = [JSON.stringify({ id: 'first', text: STORY }), '{"id": "broken", "text": ', JSON.stringify({ id: 'last', text: STORY })].join('\n');
    const r = await run(['analyze', '--jsonl'], input);
    expect(r.status).toBe(3);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['first', null, 'last']);
    expect(lines[1]).toEqual({ id: null, error: expect.stringContaining('line 2') });
    expectReport(lines[2].report);
    expect(r.stderr).toContain('line 2');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('help, version and usage', () => {
  it('--help prints the usage', async () => {
    const r = await run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('quotecheck analyze FILE');
    expect(r.stdout).toContain('--jsonl');
  });

  it('--version prints the version', async () => {
    const r = await run(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(VERSION);
  });

  it.each([[[]], [['analyze']], [['frobnicate']], [['analyze', '--no-such-flag', 'story.txt']], [['analyze', 'a.txt', 'b.txt']]])(
    'usage error %j exits 2 with a message',
    async (args) => {
      const r = await run(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^quotecheck: .+\nusage: /);
    },
  );
});
