/**
 * Shared pieces of `npm run bench`: the stories built from samples/, timing statistics, and the
 * compiled library (dist/), which is what users run and what the figures are measured on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TMP = join(ROOT, 'bench', 'tmp');

export type Lib = typeof import('../../src/index.js');
export type Registry = typeof import('../../src/report/formats/registry.js');

/** The compiled engine and report formats, from dist/ (built by `npm run bench` first). */
export async function loadDist(): Promise<{ lib: Lib; registry: Registry }> {
  const lib = (await import(pathToFileURL(join(ROOT, 'dist', 'src', 'index.js')).href)) as Lib;
  const registry = (await import(pathToFileURL(join(ROOT, 'dist', 'src', 'report', 'formats', 'registry.js')).href)) as Registry;
  return { lib, registry };
}

/** The sample stories' texts, in file-name order. */
export function sampleTexts(): string[] {
  const dir = join(ROOT, 'samples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string }).text);
}

/**
 * A story of `size` UTF-16 code units (≈ bytes: the samples are mostly ASCII) made of the
 * samples one after another, separated by blank lines, starting with sample `offset`, cut at
 * `size`. Large sizes repeat the samples.
 */
export function buildStory(texts: readonly string[], size: number, offset = 0): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = offset; length < size; i++) {
    const t = texts[i % texts.length] as string;
    parts.push(t);
    length += t.length + 2;
  }
  return parts.join('\n\n').slice(0, size);
}

/**
 * `count` different stories of about `size` characters: windows of the concatenated samples
 * starting at successive paragraphs, each cut at a paragraph break near `size`.
 */
export function storyWindows(texts: readonly string[], size: number, count: number): string[] {
  const paragraphs = texts.flatMap((t) => t.split(/\n\n+/));
  const out: string[] = [];
  for (let k = 0; out.length < count; k++) {
    const parts: string[] = [];
    let length = 0;
    for (let i = k; length < size; i++) {
      const p = paragraphs[i % paragraphs.length] as string;
      parts.push(p);
      length += p.length + 2;
    }
    out.push(parts.join('\n\n').slice(0, size));
  }
  return out;
}

export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Times `fn` repeatedly: `warmup` untimed calls, then timed calls until `budgetMs` has been
 * spent and at least `minRuns` were made (at most `maxRuns`). Returns each call's milliseconds.
 */
export function timeRuns(fn: () => unknown, opts: { budgetMs: number; minRuns: number; maxRuns?: number; warmup?: number }): number[] {
  for (let i = 0; i < (opts.warmup ?? 1); i++) fn();
  const times: number[] = [];
  const start = performance.now();
  const maxRuns = opts.maxRuns ?? 1_000_000;
  while (times.length < maxRuns && (times.length < opts.minRuns || performance.now() - start < opts.budgetMs)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

export const round = (x: number, digits = 2): number => (Number.isFinite(x) ? Number(x.toFixed(digits)) : x);

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
