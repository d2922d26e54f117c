/**
 * The engine's output on every sample story, against its golden file (tests/golden/<id>.json).
 * A mismatch prints a line diff (- golden, + now) and how to regenerate the files when the change
 * is intended. The goldens pin behaviour, not truth: accuracy is `npm run eval`'s job.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_DIR, goldenOf, goldenPath, lineDiff, readSamples, serializeGolden, UPDATE_HINT } from '../support/golden.js';

const samples = readSamples();

describe('golden files', () => {
  it('there is one golden file per sample and no other', () => {
    const goldens = existsSync(GOLDEN_DIR) ? readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.json')) : [];
    const expected = samples.map((s) => `${s.id}.json`);
    const missing = expected.filter((f) => !goldens.includes(f));
    const stale = goldens.filter((f) => !expected.includes(f));
    if (missing.length > 0 || stale.length > 0) {
      throw new Error(
        `Golden files out of step with samples/.\n  missing: ${missing.join(', ') || 'none'}\n  stale: ${stale.join(', ') || 'none'}\n${UPDATE_HINT}`,
      );
    }
    expect(goldens.length).toBeGreaterThan(0);
  });

  it.each(samples.map((s) => [s.id, s] as const))('%s', (id, sample) => {
    const path = goldenPath(id);
    if (!existsSync(path)) throw new Error(`No golden file ${path}.\n${UPDATE_HINT}`);
    const expected = readFileSync(path, 'utf8');
    const actual = serializeGolden(goldenOf(sample));
    if (actual !== expected) {
      throw new Error(`The engine's output on sample "${id}" differs from ${path} (- golden, + now):\n\n${lineDiff(expected, actual)}\n\n${UPDATE_HINT}`);
    }
  });
});
