/**
 * `npm run train` and `npm run eval` read a newsroom's own gold (a folder of gold stories in
 * ANNOTATION.md's format) as well as PolNeAR: trained on the blind-11 folder, the weights file
 * names it and its features, and eval scores that folder alone with the shipped model.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../src/analysis/steps/attribution/model/features.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const gold = path.join(root, 'samples', 'blind-11');

describe('train and eval on gold stories of ANNOTATION.md', () => {
  it('npm run train -- --data DIR writes weights that name the data and the features', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qc-train-')), 'weights.json');
    execFileSync(tsx, ['scripts/train.ts', '--data', gold, '--out', out], { cwd: root, encoding: 'utf8' });
    const w = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(w.features).toEqual([...FEATURE_NAMES]);
    expect(w.weights).toHaveLength(FEATURE_NAMES.length);
    expect(w.trained.data).toEqual([expect.objectContaining({ file: 'blind-11', stories: 10 })]);
    expect(w.trained.crossValidation.quotes).toBeGreaterThan(100);
    expect([0, 0.1, 0.2, 0.4, 0.6, 1]).toContain(w.margin);
  }, 120_000);

  it('npm run eval -- --data DIR scores that folder alone', () => {
    const out = execFileSync(tsx, ['scripts/eval.ts', '--data', gold, '--json'], { cwd: root, encoding: 'utf8' });
    const r = JSON.parse(out);
    expect(Object.keys(r).filter((k) => k !== 'seconds')).toEqual(['blind-11']);
    expect(r['blind-11'].stories).toBe(10);
    expect(r['blind-11'].figures.attributionAccuracy).toBeGreaterThan(0.9);
  }, 120_000);
});
