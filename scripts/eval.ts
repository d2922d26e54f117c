/**
 * npm run eval [-- --json] [--errors [N]] [--train] [--only samples|polnear] [--held-out]
 *
 * Scores the engine on samples/*.json, on each set of samples/<folder>/*.json apart (but the
 * held-out ones, below), and on ../shared/corpus/polnear-dev.jsonl (train with
 * --train) against ANNOTATION.md's scoring, and prints each figure next to its target.
 * Writes nothing: error examples (which quote corpus text) go to the terminal only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import weights from '../src/analysis/steps/attribution/model/weights.json' with { type: 'json' };
import type { Figures, NumericFigure } from '../src/evaluation/figures.js';
import { checkTargets, corpusFile, evaluateCorpus, evaluateSamples, type SetResult, sampleSets } from '../src/evaluation/run.js';

/**
 * Blind stories held back from every run until their single first measurement (issue 13: the
 * rule engine's figure and the learned model's first one); `--held-out` scores them.
 */
const HELD_OUT = ['blind-13'];

interface Options {
  heldOut: boolean;
  json: boolean;
  errors: number;
  train: boolean;
  only: 'samples' | 'polnear' | null;
  /** Other gold to score instead: PolNeAR `.jsonl` files or folders of gold stories. */
  data: string[];
}

const USAGE = 'usage: npm run eval -- [--json] [--errors [N]] [--train] [--only samples|polnear] [--held-out] [--data FILE.jsonl|DIR ...]';

function parse(argv: string[]): Options {
  const o: Options = { heldOut: false, json: false, errors: 0, train: false, only: null, data: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') o.json = true;
    else if (a === '--held-out') o.heldOut = true;
    else if (a === '--train') o.train = true;
    else if (a === '--data') {
      const v = argv[++i];
      if (v === undefined) usageError('--data wants a PolNeAR .jsonl file or a folder of gold stories');
      o.data.push(path.resolve(v));
    } else if (a === '--errors') {
      const n = argv[i + 1];
      if (n !== undefined && /^\d+$/.test(n)) {
        o.errors = Number(n);
        i++;
      } else o.errors = 5;
    } else if (a === '--only') {
      const v = argv[++i];
      if (v !== 'samples' && v !== 'polnear') usageError(`--only wants samples or polnear, not ${v ?? 'nothing'}`);
      o.only = v;
    } else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else usageError(`unknown argument ${a}`);
  }
  return o;
}

function usageError(message: string): never {
  console.error(`eval: ${message}\n${USAGE}`);
  process.exit(2);
}

const options = parse(process.argv.slice(2));
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const split = options.train ? 'train' : 'dev';
const started = performance.now();

const results: SetResult[] = [];
let skipped: string | null = null;
for (const where of options.data) {
  // a newsroom's own gold: a folder of gold stories (ANNOTATION.md), or a PolNeAR-format .jsonl
  if (!fs.existsSync(where)) usageError(`--data ${where}: no such file or folder`);
  if (fs.statSync(where).isDirectory()) results.push(evaluateSamples(where, { errors: options.errors, label: path.basename(where) }));
  else results.push(evaluateCorpus(where, { errors: options.errors }));
}
if (options.data.length === 0 && options.only !== 'polnear')
  for (const set of sampleSets(path.join(root, 'samples'), options.heldOut ? [] : HELD_OUT))
    results.push(evaluateSamples(set.dir, { errors: options.errors, label: set.label }));
if (options.data.length === 0 && options.only !== 'samples') {
  const file = corpusFile(root, split);
  if (fs.existsSync(file)) results.push(evaluateCorpus(file, { errors: options.errors }));
  else skipped = `PolNeAR ${split} skipped: ${file} not found (the corpus lives in ../shared/corpus beside the checkout)`;
}
const seconds = (performance.now() - started) / 1000;

if (options.json) {
  const out: Record<string, unknown> = { seconds: round(seconds, 3) };
  for (const r of results)
    out[setName(r)] = {
      stories: r.stories,
      bytes: r.bytes,
      engineSeconds: round(r.engineSeconds, 3),
      mbPerSecond: mbps(r),
      figures: Object.fromEntries(Object.entries(r.figures).map(([k, v]) => [k, typeof v === 'number' ? round(v, 4) : v])),
      targets: checkTargets(r).map((t) => ({ metric: t.metric, op: t.op, target: t.value, actual: t.actual === null ? null : round(t.actual, 4), met: t.met })),
    };
  if (skipped) out.skipped = skipped;
  console.log(JSON.stringify(out, null, 2));
} else {
  for (const r of results) printSet(r);
  if (skipped) console.log(`${skipped}\n`);
  printModel();
  const bytes = results.reduce((n, r) => n + r.bytes, 0);
  const engine = results.reduce((n, r) => n + r.engineSeconds, 0);
  console.log(
    `time: ${seconds.toFixed(2)} s in all, ${engine.toFixed(2)} s in the engine for ${(bytes / 1e6).toFixed(2)} MB: ${engine > 0 ? (bytes / 1e6 / engine).toFixed(1) : '—'} MB/s`,
  );
}

/** What the shipped speaker model was trained on, and its cross-validation there (written by `npm run train`). */
function printModel(): void {
  const t = (weights as { trained?: TrainedMeta | null }).trained;
  if (!t) {
    console.log('speaker model: untrained (the rules decide alone); run `npm run train`\n');
    return;
  }
  const cv = t.crossValidation;
  console.log(`speaker model: trained on ${t.data.map((d) => `${d.file} (${d.stories} stories, sha256 ${d.sha256})`).join(', ')} by code ${t.code}`);
  const line = (what: string, c: TrainedMeta['crossValidation']) =>
    `  ${c.folds}-fold cross-validation on the training data, ${c.quotes} ${what}: speaker right ${c.accuracy.toFixed(3)} (the rules alone: ${c.rulesAccuracy.toFixed(3)}); expected calibration error ${c.eceBeforeCalibration.toFixed(3)} before calibration, ${c.eceAfterCalibration.toFixed(3)} after`;
  console.log(line('quotes', cv));
  if (t.statements) console.log(line('reported statements', t.statements.crossValidation));
  console.log('');
}

interface TrainedMeta {
  data: { file: string; sha256: string; stories: number }[];
  code: string;
  crossValidation: { folds: number; quotes: number; accuracy: number; rulesAccuracy: number; eceBeforeCalibration: number; eceAfterCalibration: number };
  statements?: { crossValidation: TrainedMeta['crossValidation'] } | null;
}

function setName(r: SetResult): string {
  return r.name === 'samples' ? r.label : path.basename(r.path, '.jsonl');
}

function printSet(r: SetResult): void {
  console.log(`${setName(r)}: ${r.stories} ${r.name === 'samples' ? 'stories' : 'articles'}, ${(r.bytes / 1e6).toFixed(2)} MB (${r.path})`);
  if (r.stories === 0) console.log('  no gold stories found');
  const rows: string[][] = [['metric', 'value', 'target', '']];
  const targeted = new Set<keyof Figures>();
  for (const t of checkTargets(r)) {
    targeted.add(t.metric);
    rows.push([t.label, show(t.actual, t.metric), `${t.op === '>=' ? '≥' : '≤'} ${t.value}`, t.met ? 'met' : 'NOT MET']);
  }
  const extra: Array<[NumericFigure, string]> =
    r.name === 'samples'
      ? [
          ['quotePrecision', 'quote precision'],
          ['quoteRecall', 'quote recall'],
          ['endToEndF1', 'end-to-end F1'],
          ['unnamedShareErrorQuotesMax', 'unnamed-share error, quotes, worst story'],
          ['unnamedShareErrorQuotesPooled', 'unnamed-share error, quotes, pooled'],
        ]
      : [
          ['quotePrecision', 'quote precision'],
          ['quoteRecall', 'quote recall'],
          ['endToEndF1', 'quote end-to-end F1'],
          ['statementPrecision', 'statement precision (any gold)'],
          ['statementRecall', 'statement recall (speech)'],
        ];
  for (const [metric, label] of extra) if (!targeted.has(metric)) rows.push([label, show(r.figures[metric], metric), '', '']);
  const c = r.counts;
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  for (const row of rows)
    console.log(
      `  ${row
        .map((cell, i) => (i === 1 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd()}`,
    );
  console.log(
    `  counts: quotes gold ${c.quotes.gold}, predicted ${c.quotes.predicted}, matched ${c.quotes.matched}, speaker right ${c.quotes.attributed}` +
      (r.name === 'polnear'
        ? `; statements gold ${c.statements.goldAll} (speech ${c.statements.gold}), predicted ${c.statements.predicted}, matched ${c.statements.matched} (speech ${c.statements.matchedSpeech}), speaker right ${c.statements.speakerCorrect}`
        : ''),
  );
  console.log(`  engine: ${r.engineSeconds.toFixed(2)} s, ${mbps(r) ?? '—'} MB/s`);
  printReliability(r);
  if (options.errors > 0) printExamples(r);
  console.log('');
}

/** Confidence bins against accuracy, for the quotes whose speaker the learned model chose. */
function printReliability(r: SetResult): void {
  if (r.figures.reliability.length === 0) return;
  console.log("  reliability of the learned model's confidence (matched quotes it decided):");
  console.log('    confidence  quotes  mean confidence  accuracy');
  for (const row of r.figures.reliability)
    console.log(`    ${row.bin.padEnd(10)}  ${String(row.n).padStart(6)}  ${row.confidence.toFixed(3).padStart(15)}  ${row.accuracy.toFixed(3).padStart(8)}`);
}

function printExamples(r: SetResult): void {
  for (const set of ['quote', 'statement'] as const)
    for (const kind of ['missed', 'spurious', 'wrong-speaker'] as const) {
      const list = r.examples.filter((e) => e.set === set && e.kind === kind);
      if (list.length === 0) continue;
      console.log(`  ${set} ${kind} (first ${list.length}):`);
      for (const e of list) {
        const who = [e.predicted && `predicted: ${e.predicted}`, e.gold && `gold: ${e.gold}`].filter(Boolean).join('; ');
        console.log(`    [${e.story} @${e.start}] ${e.context}${who ? `\n      ${who}` : ''}`);
      }
    }
}

function show(v: number | null, metric: NumericFigure): string {
  if (v === null) return 'n/a';
  return metric.startsWith('unnamedShare') ? `${v.toFixed(2)} pt` : v.toFixed(3);
}

function mbps(r: SetResult): number | null {
  return r.engineSeconds > 0 ? round(r.bytes / 1e6 / r.engineSeconds, 2) : null;
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
