/**
 * `npm run train`: trains the speaker model on annotated news and writes its weights, with the
 * data and code that made them, to src/analysis/steps/attribution/model/weights.json.
 *
 *   npm run train                          PolNeAR train (../shared/corpus/polnear-train.jsonl) and
 *                                          the gold stories of training/ (scripts/training-data.ts)
 *   npm run train -- --data FILE|DIR ...   other data: a PolNeAR .jsonl, or a folder of gold stories
 *                                          (ANNOTATION.md's format, e.g. corrected reports)
 *   npm run train -- --out FILE            write the weights elsewhere
 *   npm run train -- --margin M            fix the margin by which the model must prefer another
 *                                          candidate to overrule the rules (1: never), instead of
 *                                          taking cross-validation's choice
 *
 * Hyperparameters are chosen by 5-fold cross-validation (by story) on the training data, the
 * calibration is fitted on the out-of-fold predictions; dev is never read. Deterministic (seed 13).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_NAMES } from '../src/analysis/steps/attribution/model/features.js';
import { parseGoldStory, parsePolnearArticle } from '../src/evaluation/gold.js';
import { fitPlatt, reliability } from '../src/learning/calibration.js';
import type { TrainOptions } from '../src/learning/conditional-logit.js';
import { train } from '../src/learning/conditional-logit.js';
import { crossValidate } from '../src/learning/cross-validate.js';
import { articleExamples, type Group, storyGroups } from '../src/learning/examples.js';
import { defaultTrainingData } from './training-data.js';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED = 13;
const FOLDS = 5;
const GRID: TrainOptions[] = [0, 1e-3, 1e-2].flatMap((l2) => [4, 8].map((epochs) => ({ l2, epochs, rate: 0.1, seed: SEED })));
/** 1 never overrules the rules: the model then only weighs how sure their verdict is. */
const MARGINS = [0, 0.1, 0.2, 0.4, 0.6, 1];

function args(argv: string[]): { data: string[]; out: string; margin: number | null } {
  const data: string[] = [];
  let margin: number | null = null;
  let out = path.join(ROOT, 'src', 'analysis', 'steps', 'attribution', 'model', 'weights.json');
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data') data.push(path.resolve(argv[++i] ?? ''));
    else if (argv[i] === '--out') out = path.resolve(argv[++i] ?? '');
    else if (argv[i] === '--margin') margin = Number(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]} (see the top of scripts/train.ts)`);
  }
  if (data.length === 0) data.push(...defaultTrainingData(ROOT));
  if (margin !== null && !(margin >= 0 && margin <= 1)) throw new Error('--margin wants a number from 0 to 1');
  return { data, out, margin };
}

interface Source {
  file: string;
  sha256: string;
  stories: number;
}

/** The groups of one data file or folder, and what it was (name and content hash). */
function load(where: string): { groups: Group[]; statements: Group[]; source: Source } {
  const hash = createHash('sha256');
  const groups: Group[] = [];
  const statements: Group[] = [];
  let stories = 0;
  if (fs.statSync(where).isDirectory()) {
    for (const f of fs
      .readdirSync(where)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const raw = fs.readFileSync(path.join(where, f), 'utf8');
      hash.update(raw);
      groups.push(...storyGroups(parseGoldStory(JSON.parse(raw), f)));
      stories++;
    }
  } else {
    const raw = fs.readFileSync(where, 'utf8');
    hash.update(raw);
    raw.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      const found = articleExamples(parsePolnearArticle(JSON.parse(line), `${where}:${i + 1}`));
      groups.push(...found.quotes);
      statements.push(...found.statements);
      stories++;
    });
  }
  return { groups, statements, source: { file: path.basename(where), sha256: hash.digest('hex').slice(0, 16), stories } };
}

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'scripts'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head}+changes` : head;
  } catch {
    return 'unknown';
  }
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/** One model, for quotes or for reported statements: cross-validated, trained on all, calibrated. */
function fit(groups: readonly Group[], what: string, margin: number | null) {
  console.log(`${what}: ${groups.length} (${groups.filter((g) => g.reachable).length} with the gold speaker among the candidates)`);
  const cv = crossValidate(groups, FEATURE_NAMES.length, GRID, MARGINS, FOLDS, SEED);
  for (const s of cv.settings)
    console.log(`  l2 ${s.options.l2}, ${s.options.epochs} epochs, margin ${s.margin}: out-of-fold accuracy ${s.accuracy.toFixed(4)}`);
  const fixed = margin === null ? null : cv.settings.filter((s) => s.margin === margin).sort((a, b) => b.accuracy - a.accuracy)[0];
  if (margin !== null && !fixed) throw new Error(`--margin ${margin} is not one of ${MARGINS.join(', ')}`);
  const best = fixed ?? cv.best;
  const outOfFold = fixed ? cv.outOfFoldOf(fixed) : cv.outOfFold;
  console.log(
    `  the rules alone: ${cv.rulesAccuracy.toFixed(4)}; cross-validation's choice: l2 ${cv.best.options.l2}, ${cv.best.options.epochs} epochs, margin ${cv.best.margin}`,
  );
  if (fixed) console.log(`  margin fixed by --margin ${margin}: l2 ${best.options.l2}, ${best.options.epochs} epochs`);
  const weights = train(groups, FEATURE_NAMES.length, best.options);
  // the confidence is the model's only where it chose: a quote no rule tied to anyone has none
  const decided = outOfFold.filter((p) => p.decided);
  const calibration = fitPlatt(decided);
  const sigmoid = (p: number) => {
    const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
    return 1 / (1 + Math.exp(-(calibration.a * Math.log(q / (1 - q)) + calibration.b)));
  };
  const before = reliability(decided).ece;
  const after = reliability(decided.map((p) => ({ probability: sigmoid(p.probability), right: p.right }))).ece;
  console.log(`  calibration: a ${calibration.a.toFixed(3)}, b ${calibration.b.toFixed(3)}; out-of-fold ECE ${before.toFixed(4)} → ${after.toFixed(4)}`);
  return {
    weights: [...weights].map((w) => round(w, 6)),
    margin: best.margin,
    calibration: { a: round(calibration.a, 6), b: round(calibration.b, 6) },
    hyperparameters: { l2: best.options.l2, epochs: best.options.epochs, rate: best.options.rate, margin: best.margin },
    crossValidation: {
      folds: FOLDS,
      quotes: groups.length,
      accuracy: round(outOfFold.filter((p) => p.right).length / Math.max(1, outOfFold.length)),
      bestAccuracy: round(Math.max(...cv.settings.map((s) => s.accuracy))),
      bestSetting: { l2: cv.best.options.l2, epochs: cv.best.options.epochs, margin: cv.best.margin },
      marginFixed: margin !== null,
      rulesAccuracy: round(cv.rulesAccuracy),
      eceBeforeCalibration: round(before),
      eceAfterCalibration: round(after),
      settings: cv.settings.map((s) => ({ l2: s.options.l2, epochs: s.options.epochs, margin: s.margin, accuracy: round(s.accuracy) })),
    },
  };
}

const { data, out, margin } = args(process.argv.slice(2));
const t0 = performance.now();
const loaded = data.map(load);
console.log(`train on ${loaded.map((l) => `${l.source.file} (${l.source.stories} stories)`).join(', ')}`);
const quotes = fit(
  loaded.flatMap((l) => l.groups),
  'quotes',
  margin,
);
const statementGroups = loaded.flatMap((l) => l.statements);
// gold stories mark quotes only: with no statement to learn from, reported statements keep their cues' speakers
const statements = statementGroups.length > 0 ? fit(statementGroups, 'reported statements', margin) : null;
const file = {
  format: 1,
  features: FEATURE_NAMES,
  weights: quotes.weights,
  margin: quotes.margin,
  calibration: quotes.calibration,
  statements: statements && { weights: statements.weights, margin: statements.margin, calibration: statements.calibration },
  trained: {
    data: loaded.map((l) => l.source),
    code: commit(),
    seed: SEED,
    hyperparameters: quotes.hyperparameters,
    crossValidation: quotes.crossValidation,
    statements: statements && { hyperparameters: statements.hyperparameters, crossValidation: statements.crossValidation },
  },
};
fs.writeFileSync(out, `${JSON.stringify(file, null, 1)}\n`);
console.log(`wrote ${path.relative(process.cwd(), out)} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
