/**
 * Nothing is stored: a full session against the built server (the form, uploads, the API, every
 * download, and the error paths) with its logs captured, its working directory and TMPDIR
 * fresh and watched, then a search of the logs, those folders, the package folder and the
 * system's temporary folder for any piece of the drafts.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/report/formats/registry.js';
import { buildDocx } from '../server/helpers/docx.js';
import { ensureBuilt, listen, ROOT } from './helpers.js';

/** Words no file on this machine contains by chance: each run makes its own. */
const tag = randomBytes(6).toString('hex');
const SECRET = {
  speaker: `Orsolya Vantwest${tag}`,
  quote: `the reservoir deal was signed in secret ${tag}`,
  file: `Quillon${tag} budget leak`,
};
const DRAFT = `Minister denies reservoir deal\n\n"I never saw ${SECRET.quote}," said ${SECRET.speaker}, the water minister.\n\nA ministry official, who was not authorized to speak publicly, said "${SECRET.file}" was real.\n`;
const NEEDLES = [tag, SECRET.speaker, SECRET.quote, SECRET.file];

let proc: ChildProcess;
let base = '';
let output = '';
let cwd = '';
let tmp = '';
let started = 0;

beforeAll(async () => {
  const main = ensureBuilt();
  started = Date.now();
  cwd = mkdtempSync(join(tmpdir(), 'qc-privacy-cwd-'));
  tmp = mkdtempSync(join(tmpdir(), 'qc-privacy-tmp-'));
  proc = spawn(process.execPath, [main], {
    cwd,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ACCESS_LOG: '1', NODE_ENV: 'production', RATE_LIMIT: '0', TMPDIR: tmp, TMP: tmp, TEMP: tmp },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout?.on('data', (d) => {
    output += d;
  });
  proc.stderr?.on('data', (d) => {
    output += d;
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address: ${output}`)), 20_000);
    const poll = setInterval(() => {
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (m) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    }, 25);
  });
  base = `http://127.0.0.1:${port}`;
});

afterAll(() => {
  if (proc && proc.exitCode === null) proc.kill('SIGKILL');
  for (const d of [cwd, tmp]) if (d) rmSync(d, { recursive: true, force: true });
});

function form(fields: Record<string, string>, file?: { name: string; bytes: Buffer }): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  if (file) f.append('file', new Blob([new Uint8Array(file.bytes)]), file.name);
  return f;
}

async function post(path: string, body: FormData | string, type?: string): Promise<{ status: number; bytes: Buffer }> {
  const res = await fetch(`${base}${path}`, { method: 'POST', body, ...(type ? { headers: { 'content-type': type } } : {}) });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}

/**
 * Every file under `dir` modified since the session began (skipping what cannot be read). The
 * walk is bounded (entries visited, depth) so that a crowded shared /tmp cannot stall the suite.
 */
const budget = { entries: 50_000 };
function touchedFiles(dir: string, skip: (path: string) => boolean, out: string[] = [], depth = 0): string[] {
  if (depth > 10 || budget.entries <= 0) return out;
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    if (--budget.entries <= 0) break;
    const p = join(dir, e.name);
    if (skip(p)) continue;
    try {
      if (e.isDirectory()) touchedFiles(p, skip, out, depth + 1);
      else if (e.isFile()) {
        const st = statSync(p);
        if (st.mtimeMs >= started - 1000 && st.size < 16 * 1024 * 1024) out.push(p);
      }
    } catch {
      // vanished or unreadable
    }
  }
  return out;
}

function containsDraft(file: string): boolean {
  try {
    const text = readFileSync(file).toString('latin1');
    return NEEDLES.some((n) => text.includes(n));
  } catch {
    return false;
  }
}

describe('a full session leaves no draft text behind', () => {
  it('runs the session: every page, upload, API call and download answers', async () => {
    expect((await fetch(`${base}/`)).status).toBe(200);
    // The form: pasted text, each kind of upload, the report page.
    expect((await post('/analyze', form({ text: DRAFT }))).status).toBe(200);
    expect((await post('/analyze', `text=${encodeURIComponent(DRAFT)}`, 'application/x-www-form-urlencoded')).status).toBe(200);
    expect((await post('/analyze', form({}, { name: `${SECRET.file}.txt`, bytes: Buffer.from(DRAFT) }))).status).toBe(200);
    expect((await post('/analyze', form({}, { name: `${SECRET.file}.md`, bytes: Buffer.from(DRAFT) }))).status).toBe(200);
    expect(
      (await post('/analyze', form({}, { name: `${SECRET.file}.html`, bytes: Buffer.from(`<p>${DRAFT.split('\n\n').join('</p><p>')}</p>`) }))).status,
    ).toBe(200);
    expect((await post('/analyze', form({}, { name: `${SECRET.file}.docx`, bytes: buildDocx(DRAFT.trim().split('\n\n')) }))).status).toBe(200);
    // The API, both ways.
    expect((await post('/api/analyze', JSON.stringify({ text: DRAFT }), 'application/json')).status).toBe(200);
    expect((await post('/api/analyze', DRAFT, 'text/plain; charset=utf-8')).status).toBe(200);
    // Every download, from text and from a file.
    for (const f of FORMATS) {
      const a = await post(`/report.${f.extension}`, form({ text: DRAFT }));
      expect(a.status, f.name).toBe(200);
      expect(a.bytes.length).toBeGreaterThan(100);
      const b = await post(`/report.${f.extension}`, form({}, { name: `${SECRET.file}.docx`, bytes: buildDocx(DRAFT.trim().split('\n\n')) }));
      expect(b.status, f.name).toBe(200);
    }
    // The error paths, which echo the draft back to its author (the form again) but must not log it.
    expect((await post('/analyze', form({ text: DRAFT }, { name: `${SECRET.file}.exe`, bytes: Buffer.from(DRAFT) }))).status).toBe(415);
    expect((await post('/analyze', form({}, { name: `${SECRET.file}.docx`, bytes: Buffer.from(`PK\u0003\u0004${DRAFT}`) }))).status).toBe(400);
    expect((await post('/api/analyze', `{"text": "${SECRET.quote}`, 'application/json')).status).toBe(400);
    expect((await post('/api/analyze', DRAFT.repeat(30_000), 'text/plain')).status).toBe(413);
    expect((await post(`/api/analyze?q=${encodeURIComponent(SECRET.quote)}`, DRAFT, 'text/plain')).status).toBe(200);
    expect((await post('/nowhere', DRAFT, 'text/plain')).status).toBe(404);
  });

  it('the logs have a line per request and none of the draft (not its text, speaker, file name or query)', () => {
    const lines = output.trim().split('\n');
    expect(lines.filter((l) => /^(GET|POST) /.test(l)).length).toBeGreaterThan(20);
    for (const n of NEEDLES) expect(output).not.toContain(n);
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('nothing was written to the working directory or TMPDIR', () => {
    expect(readdirSync(cwd)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('no file touched during the session, in the package or the system temporary folder, holds the draft', () => {
    const skipRoot = (p: string) => /[/\\](node_modules|\.git)$/.test(p);
    const files = [...touchedFiles(ROOT, skipRoot), ...touchedFiles(tmpdir(), (p) => p.startsWith('/proc') || p === cwd || p === tmp)];
    const leaks = files.filter(containsDraft);
    expect(leaks).toEqual([]);
  });
});

it('a failure inside the engine logs the error, never the draft it was given', async () => {
  const srv = await listen({
    check: (text) => {
      throw new Error(`engine failed on: ${text}`);
    },
  });
  try {
    const res = await fetch(`${srv.base}/api/analyze`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: DRAFT });
    expect(res.status).toBe(500);
    const page = await fetch(`${srv.base}/analyze`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `text=${encodeURIComponent(DRAFT)}`,
    });
    expect(page.status).toBe(500);
    const body = (await res.text()) + (await page.text());
    const logged = srv.logs.join('\n');
    expect(logged).toContain('failed');
    for (const n of NEEDLES) {
      expect(logged).not.toContain(n);
      expect(body).not.toContain(n);
    }
  } finally {
    await srv.close();
  }
});
