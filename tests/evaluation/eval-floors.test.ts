/**
 * The engine's accuracy may not fall below these floors (ANNOTATION.md scoring, run as
 * `npm run eval` runs it). The PolNeAR part needs ../shared/corpus beside the checkout: it
 * is skipped without it on a developer's machine, and fails without it in CI.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { NumericFigure } from '../../src/evaluation/figures.js';
import { corpusFile, evaluateCorpus, evaluateSamples, type SetResult } from '../../src/evaluation/run.js';

// A little under the figures measured on 2026-12-07, end of the day (README "Accuracy"): samples
// quote F1 0.997, attribution 0.982, kind 0.988, justification 1.000, unnamed-share error
// 0.51/0.81 points; samples/blind-11 quote F1 0.988, attribution 0.984, kind 0.975, justification
// 1.000; samples/blind-dec07 quote F1 1.000, attribution 1.000, kind 0.976, justification 1.000;
// samples/blind-dec07b quote F1 0.979, attribution 1.000, kind 1.000, justification 1.000;
// samples/blind-dec07c quote F1 0.994, attribution 1.000, kind 1.000, justification 1.000;
// samples/blind-dec07d quote F1 1.000, attribution 0.951, kind 0.975, justification 1.000;
// samples/blind-dec07e to blind-dec07l (2026-12-07, third session): attribution 0.988, 0.962,
// 0.976, 1.000, 1.000, 1.000, 0.977, 1.000; kind 0.988, 0.987, 0.988, 1.000, 0.977, 0.989, 1.000,
// 0.990; justification 1.000;
// PolNeAR dev quote F1 0.934, speaker 0.936, statement F1 0.872, statement speaker 0.952.
const SAMPLES_QUOTE_F1 = 0.98;
const SAMPLES_ATTRIBUTION_ACCURACY = 0.965;
const SAMPLES_KIND_ACCURACY = 0.96;
const SAMPLES_JUSTIFICATION_ACCURACY = 0.95;
const SAMPLES_UNNAMED_SHARE_ERROR_MAX_POINTS = 1.5; // a ceiling: the error may not rise above it
const POLNEAR_QUOTE_F1 = 0.925;
const POLNEAR_QUOTE_SPEAKER_ACCURACY = 0.92;
const POLNEAR_STATEMENT_F1 = 0.85;
const POLNEAR_STATEMENT_SPEAKER_ACCURACY = 0.94;
// The learned model's expected calibration error (README "The speaker model"): samples 0.030,
// blind-11 0.021, blind-dec07 0.042, blind-dec07b 0.044, blind-dec07c 0.022, blind-dec07d 0.048, PolNeAR dev 0.034;
// the target is 0.05. A ceiling a little above each, and a
// model that weighs at all (a confidence for most matched quotes).
const SAMPLES_CALIBRATION_ERROR_MAX = 0.05;
const POLNEAR_CALIBRATION_ERROR_MAX = 0.04;

/** The calibration error exists (the model decided) and stays under its ceiling. */
function calibratedWithin(result: SetResult, ceiling: number): void {
  expect(result.figures.calibrationError, `${result.name} calibration error`).not.toBeNull();
  expect(result.figures.calibrationError as number).toBeLessThanOrEqual(ceiling);
  const decided = result.figures.reliability.reduce((n, row) => n + row.n, 0);
  expect(decided).toBeGreaterThan(result.counts.quotes.matched / 2);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dev = corpusFile(root, 'dev');
const haveCorpus = fs.existsSync(dev);

/** A figure with nothing to count (null) is read as 0 against a floor. */
function atLeast(result: SetResult, metric: NumericFigure, floor: number): void {
  expect(result.figures[metric] ?? 0, `${result.name} ${metric}`).toBeGreaterThanOrEqual(floor);
}

describe('samples/', () => {
  const result = evaluateSamples(path.join(root, 'samples'));

  it('has gold stories', () => {
    expect(result.stories).toBeGreaterThan(0);
  });

  it('stays above the floors', () => {
    atLeast(result, 'quoteF1', SAMPLES_QUOTE_F1);
    atLeast(result, 'attributionAccuracy', SAMPLES_ATTRIBUTION_ACCURACY);
    atLeast(result, 'kindAccuracy', SAMPLES_KIND_ACCURACY);
    atLeast(result, 'justificationAccuracy', SAMPLES_JUSTIFICATION_ACCURACY);
    expect(result.figures.unnamedShareErrorQuotes ?? 0).toBeLessThanOrEqual(SAMPLES_UNNAMED_SHARE_ERROR_MAX_POINTS);
    expect(result.figures.unnamedShareErrorWords ?? 0).toBeLessThanOrEqual(SAMPLES_UNNAMED_SHARE_ERROR_MAX_POINTS);
    calibratedWithin(result, SAMPLES_CALIBRATION_ERROR_MAX);
  });
});

describe('samples/blind-11 (written blind, development samples since their first run)', () => {
  const result = evaluateSamples(path.join(root, 'samples', 'blind-11'));

  it('stays above the floors', () => {
    expect(result.stories).toBe(10);
    atLeast(result, 'quoteF1', SAMPLES_QUOTE_F1);
    atLeast(result, 'attributionAccuracy', SAMPLES_ATTRIBUTION_ACCURACY);
    atLeast(result, 'kindAccuracy', SAMPLES_KIND_ACCURACY);
    atLeast(result, 'justificationAccuracy', SAMPLES_JUSTIFICATION_ACCURACY);
    expect(result.figures.unnamedShareErrorQuotes ?? 0).toBeLessThanOrEqual(SAMPLES_UNNAMED_SHARE_ERROR_MAX_POINTS);
  });
});

describe('samples/blind-dec07 (written blind, development samples since their first runs)', () => {
  const result = evaluateSamples(path.join(root, 'samples', 'blind-dec07'));

  it('stays above the floors', () => {
    expect(result.stories).toBe(6);
    atLeast(result, 'quoteF1', SAMPLES_QUOTE_F1 - 0.01);
    atLeast(result, 'attributionAccuracy', SAMPLES_ATTRIBUTION_ACCURACY);
    atLeast(result, 'kindAccuracy', SAMPLES_KIND_ACCURACY);
    atLeast(result, 'justificationAccuracy', SAMPLES_JUSTIFICATION_ACCURACY);
    calibratedWithin(result, SAMPLES_CALIBRATION_ERROR_MAX);
  });
});

describe('samples/blind-dec07b to blind-dec07l (written blind, development samples since their first runs)', () => {
  // blind-dec07d (0.951 attribution today, first run 0.926) and blind-dec07f (0.962, first run
  // 0.886) keep errors a rule would have to guess at (README "Accuracy"): their floors sit under
  // their own figures, not the other sets'
  for (const [folder, stories, attribution, kind] of [
    ['blind-dec07b', 5, SAMPLES_ATTRIBUTION_ACCURACY, SAMPLES_KIND_ACCURACY],
    ['blind-dec07c', 5, SAMPLES_ATTRIBUTION_ACCURACY, SAMPLES_KIND_ACCURACY],
    ['blind-dec07d', 5, 0.94, 0.96],
    ['blind-dec07e', 5, SAMPLES_ATTRIBUTION_ACCURACY, SAMPLES_KIND_ACCURACY],
    ['blind-dec07f', 5, 0.95, SAMPLES_KIND_ACCURACY],
    ['blind-dec07g', 5, SAMPLES_ATTRIBUTION_ACCURACY, SAMPLES_KIND_ACCURACY],
    ['blind-dec07h', 5, SAMPLES_ATTRIBUTION_ACCURACY, SAMPLES_KIND_ACCURACY],
    ['blind-dec07i', 5, SAMPLES_ATTRIBUTION_ACCURACY, SAMPLES_KIND_ACCURACY],
    ['blind-dec07j', 5, SAMPLES_ATTRIBUTION_ACCURACY, SAMPLES_KIND_ACCURACY],
    ['blind-dec07k', 5, SAMPLES_ATTRIBUTION_ACCURACY, SAMPLES_KIND_ACCURACY],
    ['blind-dec07l', 5, SAMPLES_ATTRIBUTION_ACCURACY, SAMPLES_KIND_ACCURACY],
  ] as const) {
    it(`${folder} stays above the floors`, () => {
      const result = evaluateSamples(path.join(root, 'samples', folder));
      expect(result.stories).toBe(stories);
      atLeast(result, 'quoteF1', SAMPLES_QUOTE_F1 - 0.01);
      atLeast(result, 'attributionAccuracy', attribution);
      atLeast(result, 'kindAccuracy', kind);
      atLeast(result, 'justificationAccuracy', SAMPLES_JUSTIFICATION_ACCURACY);
      calibratedWithin(result, SAMPLES_CALIBRATION_ERROR_MAX);
    });
  }
});

describe.skipIf(!haveCorpus && !process.env.CI)('PolNeAR dev', () => {
  it('stays above the floors', () => {
    expect(haveCorpus, `${dev} is missing: CI must provide ../shared/corpus`).toBe(true);
    const result = evaluateCorpus(dev);
    expect(result.stories).toBeGreaterThan(0);
    atLeast(result, 'quoteF1', POLNEAR_QUOTE_F1);
    atLeast(result, 'attributionAccuracy', POLNEAR_QUOTE_SPEAKER_ACCURACY);
    atLeast(result, 'statementF1', POLNEAR_STATEMENT_F1);
    atLeast(result, 'statementSpeakerAccuracy', POLNEAR_STATEMENT_SPEAKER_ACCURACY);
    calibratedWithin(result, POLNEAR_CALIBRATION_ERROR_MAX);
  });
});
