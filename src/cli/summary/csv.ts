/** The summary as CSV: a header, one line per story, then the total, mean and median lines. */
import { stringify } from 'csv-stringify/sync';
import { FINDING_RULE_IDS } from '../rules.js';
import { mostlyUnnamed, SHARE_BASES, SOURCE_KINDS } from './row.js';
import type { ShareStats } from './totals.js';
import type { SummaryWriter, WriterOptions } from './writer.js';

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

export function csvWriter(options: WriterOptions): SummaryWriter {
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
        ...SOURCE_KINDS.map((k) => r.sourcesByKind[k]),
        ...SHARE_BASES.map((b) => r.unnamedShare[b]),
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
        ...SOURCE_KINDS.map((k) => t.sourcesByKind[k]),
        ...blanks(3),
        t.mostlyUnnamed.ids.length,
        t.findings,
        ...FINDING_RULE_IDS.map((rule) => t.findingsByRule[rule] ?? 0),
      ]);
      const share = (key: 'mean' | 'median') =>
        csvLine([`(${key})`, null, ...blanks(8), ...SHARE_BASES.map((b) => shareCell(t.unnamedShare[b], key)), ...blanks(2 + FINDING_RULE_IDS.length)]);
      return total + share('mean') + share('median');
    },
  };
}
