/**
 * `quotecheck summary`: one row per story, then totals, as a table, CSV or JSON. Rows are
 * written as they come (the totals keep three numbers per story for the medians), so a summary
 * of a million stories streams.
 */
import { stringify } from 'csv-stringify/sync';
import type { SourceKind } from '../analysis/story.js';
import type { SourcingReport } from '../report/types.js';
import { percent } from '../report/words.js';
import type { ShareBasis, SummaryFormat } from './args.js';
import { FINDING_RULE_IDS } from './rules.js';

const KINDS: readonly SourceKind[] = ['person', 'organization', 'anonymous', 'unknown'];
const BASES: readonly ShareBasis[] = ['quotes', 'quotedWords', 'statements'];
/** A story rests mostly on unnamed sources when its share is over this. */
export const MOSTLY = 0.5;

export interface SummaryRow {
  id: string;
  title: string;
  quotes: number;
  quotedWords: number;
  statements: number;
  sources: number;
  sourcesByKind: Record<SourceKind, number>;
  unnamedShare: Record<ShareBasis, number>;
  /** Whether the share has anything to share (a story with no quotes has no share of quotes). */
  hasShare: Record<ShareBasis, boolean>;
  findings: number;
  findingsByRule: Record<string, number>;
}

export function summarizeReport(id: string, report: SourcingReport): SummaryRow {
  const s = report.summary;
  const findingsByRule: Record<string, number> = {};
  for (const f of report.findings ?? []) findingsByRule[f.rule] = (findingsByRule[f.rule] ?? 0) + 1;
  return {
    id,
    title: report.title ?? '',
    quotes: s.quotes,
    quotedWords: s.quotedWords,
    statements: s.statements,
    sources: s.sources,
    sourcesByKind: Object.fromEntries(KINDS.map((k) => [k, s.byKind[k]?.sources ?? 0])) as Record<SourceKind, number>,
    unnamedShare: { quotes: s.unnamedShare.quotes, quotedWords: s.unnamedShare.quotedWords, statements: s.unnamedShare.statements },
    hasShare: { quotes: s.quotes > 0, quotedWords: s.quotedWords > 0, statements: s.statements > 0 },
    findings: report.findings?.length ?? 0,
    findingsByRule,
  };
}

/** Whether a report has the shape the summary reads (for reports that come in as JSONL). */
export function looksLikeReport(value: unknown): value is SourcingReport {
  const r = value as SourcingReport;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.summary === 'object' &&
    r.summary !== null &&
    typeof r.summary.quotes === 'number' &&
    typeof r.summary.statements === 'number' &&
    typeof r.summary.byKind === 'object' &&
    typeof r.summary.unnamedShare === 'object' &&
    r.summary.unnamedShare !== null &&
    BASES.every((b) => typeof r.summary.unnamedShare[b] === 'number') &&
    (r.findings === undefined || Array.isArray(r.findings))
  );
}

export function mostlyUnnamed(row: SummaryRow, basis: ShareBasis): boolean {
  return row.hasShare[basis] && row.unnamedShare[basis] > MOSTLY;
}

export interface ShareStats {
  /** Stories with anything to share on this basis. */
  stories: number;
  mean: number | null;
  median: number | null;
}

export interface SummaryTotals {
  stories: number;
  failed: number;
  quotes: number;
  quotedWords: number;
  statements: number;
  sources: number;
  sourcesByKind: Record<SourceKind, number>;
  unnamedShare: Record<ShareBasis, ShareStats>;
  findings: number;
  findingsByRule: Record<string, number>;
  mostlyUnnamed: { basis: ShareBasis; over: number; ids: string[] };
}

/** Adds rows up as they pass. */
export class Totals {
  private readonly t: Omit<SummaryTotals, 'unnamedShare'>;
  private readonly shares: Record<ShareBasis, number[]> = { quotes: [], quotedWords: [], statements: [] };

  constructor(readonly basis: ShareBasis) {
    this.t = {
      stories: 0,
      failed: 0,
      quotes: 0,
      quotedWords: 0,
      statements: 0,
      sources: 0,
      sourcesByKind: { person: 0, organization: 0, anonymous: 0, unknown: 0 },
      findings: 0,
      findingsByRule: Object.fromEntries(FINDING_RULE_IDS.map((r) => [r, 0])),
      mostlyUnnamed: { basis, over: MOSTLY, ids: [] },
    };
  }

  add(row: SummaryRow): void {
    const t = this.t;
    t.stories++;
    t.quotes += row.quotes;
    t.quotedWords += row.quotedWords;
    t.statements += row.statements;
    t.sources += row.sources;
    for (const k of KINDS) t.sourcesByKind[k] += row.sourcesByKind[k];
    t.findings += row.findings;
    for (const [rule, n] of Object.entries(row.findingsByRule)) t.findingsByRule[rule] = (t.findingsByRule[rule] ?? 0) + n;
    for (const b of BASES) if (row.hasShare[b]) this.shares[b].push(row.unnamedShare[b]);
    if (mostlyUnnamed(row, this.basis)) t.mostlyUnnamed.ids.push(row.id);
  }

  fail(): void {
    this.t.failed++;
  }

  result(): SummaryTotals {
    const unnamedShare = Object.fromEntries(BASES.map((b) => [b, stats(this.shares[b])])) as Record<ShareBasis, ShareStats>;
    return { ...this.t, unnamedShare };
  }
}

function stats(values: number[]): ShareStats {
  if (values.length === 0) return { stories: 0, mean: null, median: null };
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return { stories: values.length, mean: round4(mean), median: round4(median) };
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** Writes the summary in pieces: head(), then row() per story, then end(totals). */
export interface SummaryWriter {
  head(): string;
  row(row: SummaryRow): string;
  end(totals: SummaryTotals): string;
}

export interface WriterOptions {
  basis: ShareBasis;
  /** Write the totals at the end (CSV and table; JSON always has them). */
  totals: boolean;
  /** The table's width for ids: the longest id when known, else a default. */
  idWidth?: number;
}

export function summaryWriter(format: SummaryFormat, options: WriterOptions): SummaryWriter {
  switch (format) {
    case 'csv':
      return csvWriter(options);
    case 'json':
      return jsonWriter(options);
    case 'table':
      return tableWriter(options);
  }
}

// ---------------------------------------------------------------------------------------------
// CSV

export const SUMMARY_CSV_COLUMNS = [
  'id',
  'title',
  'quotes',
  'quoted_words',
  'statements',
  'sources',
  'sources_person',
  'sources_organization',
  'sources_anonymous',
  'sources_unknown',
  'unnamed_share_quotes',
  'unnamed_share_words',
  'unnamed_share_statements',
  'mostly_unnamed',
  'findings',
  ...FINDING_RULE_IDS.map((r) => `findings_${r.replace(/-/g, '_')}`),
] as const;

/** Neutralise spreadsheet formulas (`=`, `+`, `-`, `@`, tab, CR at the start of a cell). */
function cell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvLine(values: (string | number | null)[]): string {
  return stringify([values.map((v) => (v === null ? '' : v))], { eof: true, record_delimiter: '\n' });
}

function csvWriter(options: WriterOptions): SummaryWriter {
  const shareCell = (s: ShareStats, key: 'mean' | 'median') => s[key];
  return {
    // UTF-8 with a BOM, like the report CSV, so that spreadsheets read `Erdoğan` right.
    head: () => `\ufeff${csvLine([...SUMMARY_CSV_COLUMNS])}`,
    row: (r) =>
      csvLine([
        cell(r.id),
        cell(r.title),
        r.quotes,
        r.quotedWords,
        r.statements,
        r.sources,
        ...KINDS.map((k) => r.sourcesByKind[k]),
        ...BASES.map((b) => r.unnamedShare[b]),
        mostlyUnnamed(r, options.basis) ? 'true' : 'false',
        r.findings,
        ...FINDING_RULE_IDS.map((rule) => r.findingsByRule[rule] ?? 0),
      ]),
    end: (t) => {
      if (!options.totals) return '';
      const blanks = (n: number) => Array<null>(n).fill(null);
      const total = csvLine([
        '(total)',
        `${t.stories} ${t.stories === 1 ? 'story' : 'stories'}${t.failed ? `, ${t.failed} failed` : ''}`,
        t.quotes,
        t.quotedWords,
        t.statements,
        t.sources,
        ...KINDS.map((k) => t.sourcesByKind[k]),
        ...blanks(3),
        t.mostlyUnnamed.ids.length,
        t.findings,
        ...FINDING_RULE_IDS.map((rule) => t.findingsByRule[rule] ?? 0),
      ]);
      const share = (key: 'mean' | 'median') =>
        csvLine([`(${key})`, null, ...blanks(8), ...BASES.map((b) => shareCell(t.unnamedShare[b], key)), ...blanks(2 + FINDING_RULE_IDS.length)]);
      return total + share('mean') + share('median');
    },
  };
}

// ---------------------------------------------------------------------------------------------
// JSON: {"stories":[…],"totals":{…}}, one story per line, streamed.

function jsonWriter(_options: WriterOptions): SummaryWriter {
  let first = true;
  return {
    head: () => '{"stories":[',
    row: (r) => {
      const line = `${first ? '\n' : ',\n'}${JSON.stringify(jsonRow(r, _options.basis))}`;
      first = false;
      return line;
    },
    end: (t) => `${first ? '' : '\n'}],\n"totals":${JSON.stringify(t, null, 2)}}\n`,
  };
}

function jsonRow(r: SummaryRow, basis: ShareBasis) {
  return {
    id: r.id,
    title: r.title,
    quotes: r.quotes,
    quotedWords: r.quotedWords,
    statements: r.statements,
    sources: r.sources,
    sourcesByKind: r.sourcesByKind,
    unnamedShare: r.unnamedShare,
    mostlyUnnamed: mostlyUnnamed(r, basis),
    findings: r.findings,
    findingsByRule: r.findingsByRule,
  };
}

// ---------------------------------------------------------------------------------------------
// Table: fixed columns, so rows print as they come.

const BASIS_LABEL: Record<ShareBasis, string> = { quotes: 'quotes', quotedWords: 'quoted words', statements: 'statements' };

/** Counts by rule, the known rules first in their order, then any others by name. */
function byRuleOrder(counts: Record<string, number>): [string, number][] {
  const rank = (rule: string) => {
    const i = (FINDING_RULE_IDS as readonly string[]).indexOf(rule);
    return i === -1 ? FINDING_RULE_IDS.length : i;
  };
  return Object.entries(counts).sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function fitCell(s: string, width: number): string {
  const flat = s.replace(/[\r\n\t]+/g, ' ');
  // Cut from the left: the end of a path or an id tells stories apart.
  return flat.length > width ? `…${flat.slice(flat.length - width + 1)}` : flat.padEnd(width);
}

function tableWriter(options: WriterOptions): SummaryWriter {
  const w = Math.min(Math.max(options.idWidth ?? 28, 5), 48);
  // number columns: [header, width]
  const counts: [string, number][] = [
    ['quotes', 6],
    ['stmts', 6],
    ['person', 7],
    ['org', 4],
    ['anon', 5],
    ['unkn', 5],
  ];
  const shares: [string, number][] = [
    ['quotes', 7],
    ['words', 6],
    ['stmts', 6],
  ];
  const countsWidth = counts.reduce((n, [, cw]) => n + cw + 1, 0);
  const sourcesStart = w + 1 + 6 + 1 + 6 + 1;
  const sharesStart = w + 1 + countsWidth;
  const pct = (x: number | null) => (x === null ? '–' : percent(x));
  return {
    head: () => {
      const top = `${' '.repeat(sourcesStart)}${'sources'.padEnd(sharesStart - sourcesStart)}unnamed share`;
      const cols = [fitCell('story', w), ...counts.map(([h, cw]) => h.padStart(cw)), ...shares.map(([h, cw]) => h.padStart(cw)), ' findings'].join(' ');
      return `${top}\n${cols}\n`;
    },
    row: (r) => {
      const numbers = [r.quotes, r.statements, ...KINDS.map((k) => r.sourcesByKind[k])].map((v, i) => String(v).padStart(counts[i]![1]));
      const shareCells = BASES.map((b, i) => (r.hasShare[b] ? pct(r.unnamedShare[b]) : '–').padStart(shares[i]![1]));
      const mark = mostlyUnnamed(r, options.basis) ? ' *' : '  ';
      const rules = byRuleOrder(r.findingsByRule)
        .map(([rule, n]) => `${rule} ${n}`)
        .join(', ');
      return `${[fitCell(r.id, w), ...numbers, ...shareCells].join(' ')}${mark}${String(r.findings).padStart(3)}${rules ? `  ${rules}` : ''}\n`;
    },
    end: (t) => {
      if (!options.totals) return '';
      const lines: string[] = [];
      lines.push('');
      lines.push(
        `${t.stories} ${t.stories === 1 ? 'story' : 'stories'}${t.failed ? ` (${t.failed} could not be analyzed)` : ''}: ` +
          `${t.quotes} quotes, ${t.statements} statements, ${t.sources} sources ` +
          `(${t.sourcesByKind.person} people, ${t.sourcesByKind.organization} organizations, ${t.sourcesByKind.anonymous} anonymous, ${t.sourcesByKind.unknown} unknown)`,
      );
      lines.push('unnamed share      quotes  words  stmts');
      for (const key of ['mean', 'median'] as const) {
        lines.push(`  ${key.padEnd(14)}${BASES.map((b, i) => pct(t.unnamedShare[b][key]).padStart(i === 0 ? 8 : 7)).join('')}`);
      }
      const n = BASES.map((b) => t.unnamedShare[b].stories);
      lines.push(`  (over ${n[0]}, ${n[1]} and ${n[2]} stories with quotes, quoted words and statements)`);
      const ruled = byRuleOrder(t.findingsByRule).filter(([, k]) => k > 0);
      lines.push(`findings: ${t.findings}${ruled.length ? ` (${ruled.map(([rule, k]) => `${rule} ${k}`).join(', ')})` : ''}`);
      const ids = t.mostlyUnnamed.ids;
      lines.push(
        `* mostly on unnamed sources (${BASIS_LABEL[t.mostlyUnnamed.basis]} over ${percent(t.mostlyUnnamed.over)}): ` +
          (ids.length === 0 ? 'none' : `${ids.length}${ids.length <= 20 ? `: ${ids.join(', ')}` : `, the first 20: ${ids.slice(0, 20).join(', ')}`}`),
      );
      return `${lines.join('\n')}\n`;
    },
  };
}
