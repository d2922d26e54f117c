/**
 * The classroom's comparison (/learn/compare) as CSV: one row per story with the table's columns,
 * shares as fractions 0..1 (as in `summary.unnamedShare`), and the plain-language summary. UTF-8
 * with a BOM, formulas neutralised, like the report's CSV.
 */
import { stringify } from 'csv-stringify/sync';
import type { CompareRow } from '../compare.js';
import { cell } from './csv.js';

export const COMPARE_CSV_COLUMNS = [
  'story',
  'title',
  'quotes',
  'statements',
  'sources',
  'unnamed_share_quotes',
  'unnamed_share_quoted_words',
  'unnamed_share_statements',
  'anonymous_sources',
  'anonymous_sources_explained',
  'warnings',
  'notes',
  'summary',
] as const;

export function compareCsv(rows: readonly CompareRow[]): string {
  const body = rows.map((r) => [
    r.n,
    cell(r.title),
    r.quotes,
    r.statements,
    r.sources,
    r.unnamedQuotes,
    r.unnamedWords,
    r.unnamedStatements,
    r.anonymousSources,
    r.explained,
    r.warnings,
    r.notes,
    cell(r.summary),
  ]);
  return `\uFEFF${stringify([[...COMPARE_CSV_COLUMNS], ...body], { record_delimiter: 'windows' })}`;
}
