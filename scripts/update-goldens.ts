/**
 * npm run goldens  (npx tsx scripts/update-goldens.ts)
 *
 * Writes tests/golden/<sample-id>.json for every samples/*.json: a compact, stable projection of
 * the engine's report (each quote's text, speaker mention, source, kind and rule; each source's
 * name, kind and justification; statements by form; the unnamed shares). Removes golden files
 * whose sample is gone. Review the git diff before committing: it is the engine's behaviour change.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN_DIR, goldenOf, goldenPath, readSamples, serializeGolden } from '../tests/support/golden.js';

function main(): void {
  mkdirSync(GOLDEN_DIR, { recursive: true });
  const samples = readSamples();
  let changed = 0;
  for (const sample of samples) {
    const path = goldenPath(sample.id);
    const next = serializeGolden(goldenOf(sample));
    let previous: string | null = null;
    try {
      previous = readFileSync(path, 'utf8');
    } catch {
      previous = null;
    }
    if (previous === next) continue;
    writeFileSync(path, next);
    changed++;
    console.log(`${previous === null ? 'created' : 'updated'} ${path}`);
  }
  const ids = new Set(samples.map((s) => s.id));
  for (const f of readdirSync(GOLDEN_DIR)) {
    if (f.endsWith('.json') && !ids.has(f.slice(0, -'.json'.length))) {
      rmSync(join(GOLDEN_DIR, f));
      changed++;
      console.log(`removed ${join(GOLDEN_DIR, f)} (no such sample)`);
    }
  }
  console.log(`${samples.length} samples, ${changed} golden file${changed === 1 ? '' : 's'} changed.`);
}

main();
