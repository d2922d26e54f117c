/**
 * The engine, in this process, on one core: throughput by size (and the per-byte cost relative
 * to 100 KB), the peers on the same text (compromise's quotations() and a paired-quote regex),
 * per-story latency at 5 KB, the adversarial inputs at two sizes, and the report formats.
 */
import nlp from 'compromise';
import { buildStory, gc, type Lib, median, percentile, type Registry, round, storyWindows, timeRuns, utf8Bytes } from './common.js';

export interface Mode {
  quick: boolean;
  /** Also run compromise on 10 MB (about two minutes and several GB). */
  allPeers: boolean;
}

export interface SizeRow {
  label: string;
  chars: number;
  bytes: number;
  runs: number;
  /** Median milliseconds of one analyze() call, after a first (warm-up) call. */
  ms: number;
  /** Milliseconds of the first call at this size in the process. */
  firstMs: number;
  mbPerS: number;
  /** Nanoseconds per byte, and that cost relative to the 100 KB story's. */
  nsPerByte: number;
  perByteVs100k: number | null;
  quotes: number;
  /** The same story analyzed by the rules alone (no speaker model): what the model costs at this size. */
  rulesOnly: { ms: number; mbPerS: number; runs: number };
  regex: { ms: number; mbPerS: number; quotes: number; speedVsQuotecheck: number };
  compromise: { ms: number; mbPerS: number; quotes: number; quotecheckFaster: number; runs: number } | { skipped: string };
}

export const SIZES: { label: string; chars: number }[] = [
  { label: '1 KB', chars: 1_000 },
  { label: '10 KB', chars: 10_000 },
  { label: '100 KB', chars: 100_000 },
  { label: '1 MB', chars: 1_000_000 },
  { label: '10 MB', chars: 10_000_000 },
];

/** The floor: every run between two paired marks on one line, nothing else. */
const PAIRED_QUOTES = /"[^"\n]*"|“[^”\n]*”|«[^»\n]*»|„[^“”\n]*[“”]/g;
export function regexQuotes(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(PAIRED_QUOTES)) n++;
  return n;
}

export function compromiseQuotes(text: string): number {
  return nlp(text).quotations().length;
}

export function throughput(lib: Lib, texts: string[], mode: Mode, log: (s: string) => void): SizeRow[] {
  const rows: SizeRow[] = [];
  // Warm both up on something other than the measured text.
  for (let i = 0; i < 20; i++) lib.analyze(buildStory(texts, 3_000, i));
  for (let i = 0; i < 5; i++) compromiseQuotes(buildStory(texts, 1_000, i));
  for (const size of SIZES) {
    if (mode.quick && size.chars > 1_000_000) continue; // --quick: up to 1 MB
    const text = buildStory(texts, size.chars);
    const bytes = utf8Bytes(text);
    const big = size.chars >= 10_000_000;
    gc();
    // The first call at a size is timed on its own (at 10 MB it also grows the heap to hold the
    // story's analysis, a cost paid once per process rather than per byte); then every size has
    // the same one more warm-up call before the measured ones.
    const t0 = performance.now();
    lib.analyze(text);
    const firstMs = performance.now() - t0;
    const budget = mode.quick ? 400 : 2_000;
    const times = timeRuns(() => lib.analyze(text), { budgetMs: budget, minRuns: big ? (mode.quick ? 1 : 3) : 5, warmup: 1 });
    const ms = median(times);
    const quotes = lib.analyze(text).quotes.length;
    gc();
    const ruleTimes = timeRuns(() => lib.analyzeWith(text, { model: null }), { budgetMs: budget / 2, minRuns: big ? (mode.quick ? 1 : 3) : 5, warmup: 1 });
    const ruleMs = median(ruleTimes);
    gc();
    const rtimes = timeRuns(() => regexQuotes(text), { budgetMs: mode.quick ? 200 : 1_000, minRuns: 5, warmup: 2 });
    const rms = median(rtimes);
    let compromise: SizeRow['compromise'];
    const compromiseLimit = mode.allPeers ? 10_000_000 : mode.quick ? 100_000 : 1_000_000;
    if (size.chars <= compromiseLimit) {
      gc();
      let found = 0;
      const ctimes = timeRuns(
        () => {
          found = compromiseQuotes(text);
        },
        { budgetMs: mode.quick ? 300 : 1_500, minRuns: size.chars >= 1_000_000 ? 1 : 3, warmup: size.chars >= 1_000_000 ? 0 : 1 },
      );
      const cms = median(ctimes);
      compromise = {
        ms: round(cms, 3),
        mbPerS: round(bytes / 1e6 / (cms / 1000), 3),
        quotes: found,
        quotecheckFaster: round(cms / ms, 1),
        runs: ctimes.length,
      };
    } else {
      compromise = { skipped: mode.quick ? 'not in --quick (sizes up to 100 KB)' : 'not run at 10 MB (≈100 s and GBs of memory); --all-peers runs it' };
    }
    rows.push({
      label: size.label,
      chars: text.length,
      bytes,
      runs: times.length,
      ms: round(ms, 3),
      firstMs: round(firstMs, 3),
      mbPerS: round(bytes / 1e6 / (ms / 1000), 2),
      nsPerByte: round((ms * 1e6) / bytes, 1),
      perByteVs100k: null,
      quotes,
      rulesOnly: { ms: round(ruleMs, 3), mbPerS: round(bytes / 1e6 / (ruleMs / 1000), 2), runs: ruleTimes.length },
      regex: { ms: round(rms, 3), mbPerS: round(bytes / 1e6 / (rms / 1000), 1), quotes: regexQuotes(text), speedVsQuotecheck: round(ms / rms, 1) },
      compromise,
    });
    const c = rows.at(-1) as SizeRow;
    log(
      `  ${size.label.padEnd(6)} quotecheck ${c.mbPerS} MB/s (${c.runs} runs)  rules alone ${c.rulesOnly.mbPerS} MB/s  regex ${c.regex.mbPerS} MB/s  compromise ${'mbPerS' in c.compromise ? `${c.compromise.mbPerS} MB/s` : 'skipped'}`,
    );
  }
  const ref = rows.find((r) => r.label === '100 KB');
  if (ref) for (const r of rows) r.perByteVs100k = round(r.nsPerByte / ref.nsPerByte, 2);
  return rows;
}

export interface LatencyResult {
  stories: number;
  meanChars: number;
  calls: number;
  analyze: { p50: number; p99: number; max: number; mean: number };
  /** analyze() with the rules deciding alone (no speaker model): what the model costs, by difference. */
  rulesOnly: { p50: number; p99: number; max: number; mean: number };
  check: { p50: number; p99: number; max: number; mean: number };
}

/** analyze() and check() (analyze + buildReport) on different 5 KB stories, one call at a time. */
export function latency(lib: Lib, texts: string[], mode: Mode): LatencyResult {
  const stories = storyWindows(texts, 5_000, 200);
  const passes = mode.quick ? 3 : 10;
  for (const s of stories) lib.check(s); // warm-up pass
  gc();
  const a: number[] = [];
  const rules: number[] = [];
  const c: number[] = [];
  for (let p = 0; p < passes; p++) {
    for (const s of stories) {
      let t0 = performance.now();
      lib.analyze(s);
      a.push(performance.now() - t0);
      t0 = performance.now();
      lib.analyzeWith(s, { model: null });
      rules.push(performance.now() - t0);
      t0 = performance.now();
      lib.check(s);
      c.push(performance.now() - t0);
    }
  }
  const stat = (v: number[]) => ({
    p50: round(percentile(v, 50), 3),
    p99: round(percentile(v, 99), 3),
    max: round(Math.max(...v), 3),
    // The mean carries the garbage collection the engine causes, which the median mostly misses.
    mean: round(v.reduce((a, b) => a + b, 0) / v.length, 3),
  });
  return {
    stories: stories.length,
    meanChars: Math.round(stories.reduce((n, s) => n + s.length, 0) / stories.length),
    calls: a.length,
    analyze: stat(a),
    rulesOnly: stat(rules),
    check: stat(c),
  };
}

export interface FormatRow {
  format: string;
  bytes: number;
  runs: number;
  p50: number;
  p99: number;
}

/** Time to render each download from a ready report of a 5 KB story (the engine excluded). */
export async function formats(lib: Lib, registry: Registry, texts: string[], mode: Mode): Promise<FormatRow[]> {
  const text = storyWindows(texts, 5_000, 1)[0] as string;
  const report = lib.check(text);
  const rows: FormatRow[] = [];
  for (const format of registry.FORMATS) {
    await registry.renderToBuffer(format, report, text);
    const times: number[] = [];
    let bytes = 0;
    const n = mode.quick ? 10 : 50;
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      bytes = (await registry.renderToBuffer(format, report, text)).length;
      times.push(performance.now() - t0);
    }
    rows.push({ format: format.label, bytes, runs: n, p50: round(percentile(times, 50), 2), p99: round(percentile(times, 99), 2) });
  }
  return rows;
}
