/**
 * Runs the engine over gold sets and scores it: the project's samples (samples/*.json) and a
 * PolNeAR split (../shared/corpus/*.jsonl). Reads files; writes nothing. Used by
 * scripts/eval.ts and by tests/evaluation/eval-floors.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { check } from '../index.js';
import { addCounts, type Counts, emptyCounts, type ScoreError, type StoryScore } from './counts.js';
import { type Figures, figures, type NumericFigure } from './figures.js';
import { parseGoldStory, parsePolnearArticle } from './gold.js';
import type { PredictedReport } from './predicted.js';
import { scoreArticle } from './score-article.js';
import { scoreStory } from './score-story.js';

export interface EvaluateOptions {
  /** The system under test; the project's `check` by default. */
  check?: (text: string) => PredictedReport;
  /** Keep up to this many error examples per set and kind (with context), for debugging. */
  errors?: number;
  /** The set's name in reports (default: `samples` or `polnear`). */
  label?: string;
}

export interface ErrorExample extends ScoreError {
  story: string;
  /** The span with about 40 characters either side, on one line, the span in ⟦ ⟧. */
  context: string;
}

export interface SetResult {
  name: 'samples' | 'polnear';
  /** How reports name the set: `samples`, `samples/blind-11`, `polnear-dev`. */
  label: string;
  path: string;
  stories: number;
  /** UTF-8 size of the texts analysed. */
  bytes: number;
  /** Time spent inside the engine only. */
  engineSeconds: number;
  counts: Counts;
  figures: Figures;
  examples: ErrorExample[];
}

/** Scores every gold story `dir/*.json` (sub-folders such as samples/src are not read). */
export function evaluateSamples(dir: string, options: EvaluateOptions = {}): SetResult {
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  const run = new SetRun('samples', dir, options);
  for (const f of files) {
    const where = path.join(dir, f);
    const gold = parseGoldStory(parseJson(fs.readFileSync(where, 'utf8'), where), where);
    run.add(gold.text, (report) => scoreStory(gold, report));
  }
  return run.result();
}

/**
 * The sets of gold stories under `samplesDir`: the samples themselves, then each sub-folder that
 * holds gold files (`blind-11`), in name order, each reported apart. Folders in `heldOut` are
 * left out: stories kept back for a first, single measurement (issue 13's blind stories).
 */
export function sampleSets(samplesDir: string, heldOut: readonly string[]): { dir: string; label: string }[] {
  const sets = [{ dir: samplesDir, label: 'samples' }];
  if (!fs.existsSync(samplesDir)) return sets;
  for (const entry of fs.readdirSync(samplesDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory() || entry.name === 'src' || heldOut.includes(entry.name)) continue;
    const dir = path.join(samplesDir, entry.name);
    if (fs.readdirSync(dir).some((f) => f.endsWith('.json'))) sets.push({ dir, label: `samples/${entry.name}` });
  }
  return sets;
}

/** Scores every article of a PolNeAR `.jsonl` split. */
export function evaluateCorpus(file: string, options: EvaluateOptions = {}): SetResult {
  const run = new SetRun('polnear', file, options);
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${file}:${i + 1}`;
    const article = parsePolnearArticle(parseJson(line, where), where);
    run.add(article.text, (report) => scoreArticle(article, report));
  });
  return run.result();
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${where}: ${(e as Error).message}`);
  }
}

class SetRun {
  private counts = emptyCounts();
  private bytes = 0;
  private engineMs = 0;
  private readonly examples: ErrorExample[] = [];
  private readonly kept = new Map<string, number>();
  private readonly check: (text: string) => PredictedReport;

  constructor(
    private readonly name: SetResult['name'],
    private readonly where: string,
    private readonly options: EvaluateOptions,
  ) {
    this.check = options.check ?? check;
  }

  add(text: string, score: (report: PredictedReport) => StoryScore): void {
    const t0 = performance.now();
    const report = this.check(text);
    this.engineMs += performance.now() - t0;
    this.bytes += Buffer.byteLength(text, 'utf8');
    const s = score(report);
    this.counts = addCounts(this.counts, s.counts);
    const limit = this.options.errors ?? 0;
    for (const e of s.errors) {
      const key = `${e.set}/${e.kind}`;
      const n = this.kept.get(key) ?? 0;
      if (n >= limit) continue;
      this.kept.set(key, n + 1);
      this.examples.push({ ...e, story: s.id, context: context(text, e.start, e.end) });
    }
  }

  result(): SetResult {
    return {
      name: this.name,
      label: this.options.label ?? this.name,
      path: this.where,
      stories: this.counts.stories,
      bytes: this.bytes,
      engineSeconds: this.engineMs / 1000,
      counts: this.counts,
      figures: figures(this.counts),
      examples: this.examples,
    };
  }
}

/** `…before⟦span⟧after…` on one line; a long span keeps its ends. */
export function context(text: string, start: number, end: number, around = 40): string {
  const flat = (s: string) => s.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ⏎ ');
  let span = text.slice(start, end);
  if (span.length > 160) span = `${span.slice(0, 70)} … ${span.slice(-70)}`;
  const from = Math.max(0, start - around);
  const to = Math.min(text.length, end + around);
  return `${from > 0 ? '…' : ''}${flat(text.slice(from, start))}⟦${flat(span)}⟧${flat(text.slice(end, to))}${to < text.length ? '…' : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Targets

export interface Target {
  metric: NumericFigure;
  label: string;
  op: '>=' | '<=';
  value: number;
}

export const TARGETS: Record<SetResult['name'], readonly Target[]> = {
  samples: [
    { metric: 'quoteF1', label: 'quote F1', op: '>=', value: 0.98 },
    { metric: 'attributionAccuracy', label: 'attribution accuracy', op: '>=', value: 0.95 },
    { metric: 'kindAccuracy', label: 'kind accuracy', op: '>=', value: 0.95 },
    { metric: 'unnamedShareErrorQuotes', label: 'unnamed-share error, quotes (points)', op: '<=', value: 2 },
    { metric: 'unnamedShareErrorWords', label: 'unnamed-share error, quoted words (points)', op: '<=', value: 2 },
    { metric: 'justificationAccuracy', label: 'justification accuracy', op: '>=', value: 0.95 },
    { metric: 'calibrationError', label: 'expected calibration error', op: '<=', value: 0.05 },
  ],
  polnear: [
    { metric: 'quoteF1', label: 'quote F1', op: '>=', value: 0.95 },
    { metric: 'attributionAccuracy', label: 'quote speaker accuracy', op: '>=', value: 0.85 },
    { metric: 'statementF1', label: 'statement F1 (speech)', op: '>=', value: 0.75 },
    { metric: 'statementSpeakerAccuracy', label: 'statement speaker accuracy', op: '>=', value: 0.8 },
    { metric: 'calibrationError', label: 'expected calibration error', op: '<=', value: 0.05 },
  ],
};

export interface TargetResult extends Target {
  actual: number | null;
  /** A figure that could not be computed (nothing to count) does not meet its target. */
  met: boolean;
}

export function checkTargets(result: SetResult): TargetResult[] {
  return TARGETS[result.name].map((t) => {
    const actual = result.figures[t.metric];
    const met = actual !== null && (t.op === '>=' ? actual >= t.value : actual <= t.value);
    return { ...t, actual, met };
  });
}

/** Where the PolNeAR split lives for a checkout at `repoRoot`: `repoRoot/../shared/corpus`. */
export function corpusFile(repoRoot: string, split: 'dev' | 'train' = 'dev'): string {
  return path.resolve(repoRoot, '..', 'shared', 'corpus', `polnear-${split}.jsonl`);
}
