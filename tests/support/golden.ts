/**
 * Golden files: a compact, stable projection of the report for each sample story, one quote per
 * line so that a diff shows exactly which attribution (and which rule) changed. Written by
 * `scripts/update-goldens.ts` (npm run goldens), compared by tests/analysis/golden.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '../../src/index.js';
import type { SourcingReport } from '../../src/report/types.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SAMPLES_DIR = join(ROOT, 'samples');
export const GOLDEN_DIR = join(ROOT, 'tests', 'golden');
export const UPDATE_HINT = 'If the change is intended, regenerate the golden files with: npx tsx scripts/update-goldens.ts';

export interface GoldenQuote {
  text: string;
  mention: string | null;
  source: string | null;
  kind: string;
  rule: string;
}

export interface Golden {
  id: string;
  quotes: GoldenQuote[];
  sources: { name: string; kind: string; justified: boolean | null }[];
  statements: { direct: number; mixed: number; indirect: number };
  unnamedShare: { quotes: number; quotedWords: number; statements: number };
}

/** The samples, sorted by id: `{ id, text }` from samples/*.json. */
export function readSamples(dir = SAMPLES_DIR): { id: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string; text: string })
    .map(({ id, text }) => ({ id, text }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** First `n` code points (never half a surrogate pair). */
function head(s: string, n: number): string {
  const points = Array.from(s);
  return points.length > n ? `${points.slice(0, n).join('')}…` : s;
}

export function project(id: string, report: SourcingReport): Golden {
  const names = new Map(report.sources.map((s) => [s.id, s.name] as const));
  const statements = { direct: 0, mixed: 0, indirect: 0 };
  for (const st of report.statements) statements[st.form]++;
  return {
    id,
    quotes: report.quotes.map((q) => ({
      text: head(q.text, 60),
      mention: q.speakerMention?.text ?? null,
      source: q.sourceId === null ? null : (names.get(q.sourceId) ?? null),
      kind: q.kind,
      rule: q.evidence.rule,
    })),
    sources: report.sources.map((s) => ({ name: s.name, kind: s.kind, justified: s.justified })),
    statements,
    unnamedShare: { ...report.summary.unnamedShare },
  };
}

export function goldenOf(sample: { id: string; text: string }): Golden {
  return project(sample.id, check(sample.text));
}

/** Stable text: fixed key order, one quote or source per line, trailing newline. */
export function serializeGolden(g: Golden): string {
  const line = (o: unknown) => `    ${JSON.stringify(o)}`;
  const list = (items: unknown[]) => (items.length === 0 ? '[]' : `[\n${items.map(line).join(',\n')}\n  ]`);
  return [
    '{',
    `  "id": ${JSON.stringify(g.id)},`,
    `  "quotes": ${list(g.quotes.map((q) => ({ text: q.text, mention: q.mention, source: q.source, kind: q.kind, rule: q.rule })))},`,
    `  "sources": ${list(g.sources.map((s) => ({ name: s.name, kind: s.kind, justified: s.justified })))},`,
    `  "statements": ${JSON.stringify({ direct: g.statements.direct, mixed: g.statements.mixed, indirect: g.statements.indirect })},`,
    `  "unnamedShare": ${JSON.stringify({ quotes: g.unnamedShare.quotes, quotedWords: g.unnamedShare.quotedWords, statements: g.unnamedShare.statements })}`,
    '}',
    '',
  ].join('\n');
}

export function goldenPath(id: string): string {
  return join(GOLDEN_DIR, `${id}.json`);
}

/**
 * A line diff (longest common subsequence), `-` for the golden file, `+` for the current output,
 * with `context` unchanged lines around each change.
 */
export function lineDiff(expected: string, actual: string, context = 1): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] = a[i] === b[j] ? ((lcs[i + 1] as number[])[j + 1] as number) + 1 : Math.max((lcs[i + 1] as number[])[j] as number, row[j + 1] as number);
    }
  }
  const ops: { op: ' ' | '-' | '+'; line: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ op: ' ', line: a[i] as string });
      i++;
      j++;
    } else if (i < a.length && (j >= b.length || ((lcs[i + 1] as number[])[j] as number) >= ((lcs[i] as number[])[j + 1] as number))) {
      ops.push({ op: '-', line: a[i] as string });
      i++;
    } else {
      ops.push({ op: '+', line: b[j] as string });
      j++;
    }
  }
  const keep = ops.map((o, k) => o.op !== ' ' || ops.slice(Math.max(0, k - context), k + context + 1).some((x) => x.op !== ' '));
  const out: string[] = [];
  ops.forEach((o, k) => {
    if (keep[k]) out.push(`${o.op} ${o.line}`);
    else if (keep[k - 1]) out.push('  …');
  });
  return out.join('\n');
}
