/**
 * One process of the machine's ceiling (see `ceiling` in batch.ts): checks the same 5 KB stories
 * as every other such process, warm, for a fixed number of passes, and prints the seconds the
 * passes took. Nothing is shared between processes, so what two of them lose against one is
 * what the machine takes from two busy cores, not what quotecheck does.
 */
import { loadDist, sampleTexts, storyWindows } from './common.js';

const passes = Number(process.argv[2] ?? 20);
const { lib } = await loadDist();
const stories = storyWindows(sampleTexts(), 5_000, 100);
for (let k = 0; k < 3; k++) for (const s of stories) lib.check(s);
// start together: the parent starts the clock of all processes with one line on stdin
await new Promise<void>((resolve) => {
  process.stdout.write('ready\n');
  process.stdin.once('data', () => resolve());
});
const t0 = performance.now();
for (let k = 0; k < passes; k++) for (const s of stories) lib.check(s);
process.stdout.write(`${(performance.now() - t0) / 1000}\n`);
process.stdin.destroy();
