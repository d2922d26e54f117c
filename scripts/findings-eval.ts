/**
 * npm run findings-eval [-- --verbose] [--json]
 *
 * What the editorial checks say about each sample story in samples/, and the precision and
 * recall of `anonymous-without-reason` against the gold annotations (scored as
 * src/evaluation/findings-score.ts says: the positives are the gold anonymous sources with
 * `justified: false` that the story quotes).
 * Writes nothing; reads only samples/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FindingScore, precisionRecall, SCORED_RULE, scoreAnonymousWithoutReason } from '../src/evaluation/findings-score.js';
import { parseGoldStory } from '../src/evaluation/gold.js';
import { check } from '../src/index.js';
import { lineLocator } from '../src/report/positions.js';
import type { Finding } from '../src/report/types.js';

const RULE = SCORED_RULE;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
for (const a of args) {
  if (!['--verbose', '--json', '-v'].includes(a)) {
    console.error(`findings-eval: unknown argument ${a}\nusage: npm run findings-eval -- [--verbose] [--json]`);
    process.exit(2);
  }
}
const verbose = args.has('--verbose') || args.has('-v');

interface StoryResult extends FindingScore {
  findings: Finding[];
}

const dir = path.join(root, 'samples');
const results: StoryResult[] = [];
for (const file of fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const gold = parseGoldStory(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')), file);
  const report = check(gold.text);
  results.push({ ...scoreAnonymousWithoutReason(gold, report), findings: report.findings });
}

const { tp, fp, fn, precision, recall } = precisionRecall(results);
const fmt = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));

if (args.has('--json')) {
  const byRule = (r: StoryResult) =>
    Object.fromEntries([...new Set(r.findings.map((f) => f.rule))].map((k) => [k, r.findings.filter((f) => f.rule === k).length]));
  console.log(JSON.stringify({ rule: RULE, tp, fp, fn, precision, recall, stories: results.map((r) => ({ ...r, findings: byRule(r) })) }, null, 2));
  process.exit(0);
}

console.log(`${RULE} on samples/ (${results.length} stories; positives: gold anonymous sources with justified: false that the story quotes)`);
console.log(`  true positives ${tp}, false positives ${fp}, missed ${fn}`);
console.log(`  precision ${fmt(precision)}   recall ${fmt(recall)}\n`);
for (const r of results) {
  if (r.falsePositives.length || r.missed.length) {
    const parts = [...r.falsePositives.map((x) => `false positive: ${x}`), ...r.missed.map((x) => `missed: ${x}`)];
    console.log(`  ${r.id}: ${parts.join('; ')}`);
  }
}
console.log('\nWhat fires on each sample:');
for (const r of results) {
  const counts = [...new Set(r.findings.map((f) => f.rule))].map((k) => {
    const n = r.findings.filter((f) => f.rule === k).length;
    return n > 1 ? `${k} ×${n}` : k;
  });
  console.log(`  ${r.id}: ${counts.length ? counts.join(', ') : 'nothing'}`);
  if (verbose) {
    const text = JSON.parse(fs.readFileSync(path.join(dir, `${r.id}.json`), 'utf8')).text as string;
    const locate = lineLocator(text);
    for (const f of r.findings) {
      const excerpt = text.slice(f.start, f.end).replace(/\s+/g, ' ');
      console.log(
        `      ${f.severity} ${f.rule} (line ${locate(f.start).line}) “${excerpt.length > 70 ? `${excerpt.slice(0, 69)}…` : excerpt}”\n        ${f.message}`,
      );
    }
  }
}
