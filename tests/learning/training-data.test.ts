/**
 * The training stories (training/): `npm run train` learns from them and PolNeAR train by default,
 * every file is a gold story of ANNOTATION.md that yields training examples, `npm run eval` never
 * scores them, and the shipped weights were trained on them as they are now.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultTrainingData } from '../../scripts/training-data.js';
import weights from '../../src/analysis/steps/attribution/model/weights.json' with { type: 'json' };
import { parseGoldStory } from '../../src/evaluation/gold.js';
import { sampleSets } from '../../src/evaluation/run.js';
import { storyGroups } from '../../src/learning/examples.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = path.join(root, 'training');
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('training/', () => {
  it('is in the default training data, after PolNeAR train', () => {
    expect(defaultTrainingData(root)).toEqual([path.join(root, '..', 'shared', 'corpus', 'polnear-train.jsonl'), dir]);
  });

  it('holds at least ten gold stories, each of which parses and teaches the model some quotes', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) {
      const story = parseGoldStory(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')), f);
      const groups = storyGroups(story);
      expect(groups.length, f).toBeGreaterThan(5);
      expect(
        groups.some((g) => g.reachable),
        f,
      ).toBe(true);
    }
  });

  it('is never scored by npm run eval', () => {
    const dirs = sampleSets(path.join(root, 'samples'), []).map((s) => s.dir);
    expect(dirs.some((d) => d === dir || d.startsWith(`${dir}${path.sep}`))).toBe(false);
  });

  it('is what the shipped weights were trained on (retrain after changing a story)', () => {
    // the hash scripts/train.ts records for a folder: its .json files in name order
    const hash = createHash('sha256');
    for (const f of files) hash.update(fs.readFileSync(path.join(dir, f), 'utf8'));
    expect(weights.trained.data.map((d) => d.file)).toEqual(['polnear-train.jsonl', 'training']);
    expect(weights.trained.data[1]).toEqual({ file: 'training', sha256: hash.digest('hex').slice(0, 16), stories: files.length });
  });
});
