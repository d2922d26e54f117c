/**
 * npm run findings-eval [-- --verbose] [--json]
 *
 * What the editorial checks say about each sample story in samples/, and the precision and
 * recall of `anonymous-without-reason` against the gold annotations: the positives are the gold
 * anonymous sources with `justified: false` that the story quotes. A finding is right when the
 * source it is about (the engine's source whose mention it points at) is such a gold source not
 * already claimed by another finding; engine sources are matched to gold sources through their
 * quotes (ANNOTATION.md rule 1's overlap), else through their names (rule 2).
 * Writes nothing; reads only samples/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { overlap } from '../src/analysis/span.js';
import { type GoldStory, parseGoldStory } from '../src/evaluation/gold.js';
import { nameMatches } from '../src/evaluation/score.js';
import { check } from '../src/index.js';
import { lineLocator } from '../src/report/formats/common.js';
import type { Finding, ReportSource, SourcingReport } from '../src/report/types.js';

const RULE = 'anonymous-without-reason';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
for (const a of args) {
  if (!['--verbose', '--json', '-v'].includes(a)) {
    console.error(`findings-eval: unknown argument ${a}\nusage: npm run findings-eval -- [--verbose] [--json]`);
    process.exit(2);
  }
}
const verbose = args.has('--verbose') || args.has('-v');

interface StoryResult {
  id: string;
  positives: string[];
  truePositives: string[];
  falsePositives: string[];
  missed: string[];
  findings: Finding[];
}

/** The gold source an engine source stands for: by its quotes, else by its name. */
function goldSourceOf(source: ReportSource, report: SourcingReport, gold: GoldStory): string | null {
  const votes = new Map<string, number>();
  for (const q of report.quotes) {
    if (q.sourceId !== source.id) continue;
    const g = gold.quotes.find((gq) => overlap(gq, q) * 2 >= Math.min(gq.end - gq.start, q.end - q.start) && overlap(gq, q) > 0);
    if (g?.source) votes.set(g.source, (votes.get(g.source) ?? 0) + 1);
  }
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  if (best) return best[0];
  return gold.sources.find((g) => nameMatches(source.name, g))?.id ?? null;
}

/** The engine source a finding points at: the one with a mention or a quote at its span. */
function sourceOfFinding(f: Finding, report: SourcingReport): ReportSource | undefined {
  return (
    report.sources.find((s) => s.mentions.some((m) => m.start === f.start && m.end === f.end)) ??
    report.sources.find((s) => report.quotes.some((q) => q.sourceId === s.id && q.start === f.start))
  );
}

function evaluate(gold: GoldStory): StoryResult {
  const report = check(gold.text);
  const quoted = new Set(gold.quotes.map((q) => q.source));
  const positives = gold.sources.filter((s) => s.kind === 'anonymous' && s.justified === false && quoted.has(s.id)).map((s) => s.id);
  const claimed = new Set<string>();
  const result: StoryResult = { id: gold.id, positives, truePositives: [], falsePositives: [], missed: [], findings: report.findings };
  for (const f of report.findings.filter((x) => x.rule === RULE)) {
    const source = sourceOfFinding(f, report);
    const g = source ? goldSourceOf(source, report, gold) : null;
    const label = `${source?.name ?? gold.text.slice(f.start, f.end)}${g ? ` → ${g}` : ''}`;
    if (g && positives.includes(g) && !claimed.has(g)) {
      claimed.add(g);
      result.truePositives.push(label);
    } else result.falsePositives.push(label);
  }
  result.missed = positives.filter((p) => !claimed.has(p));
  return result;
}

const dir = path.join(root, 'samples');
const results: StoryResult[] = [];
for (const file of fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const gold = parseGoldStory(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')), file);
  results.push(evaluate(gold));
}

const tp = results.reduce((n, r) => n + r.truePositives.length, 0);
const fp = results.reduce((n, r) => n + r.falsePositives.length, 0);
const fn = results.reduce((n, r) => n + r.missed.length, 0);
const precision = tp + fp === 0 ? null : tp / (tp + fp);
const recall = tp + fn === 0 ? null : tp / (tp + fn);
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
