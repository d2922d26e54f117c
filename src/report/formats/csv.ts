/**
 * CSV: one row per quote, per statement and per editorial finding (type `finding`: `rule` is
 * the rule id, `text` the passage, with `severity`, `message` and `guideline`), then one row of
 * type `summary` whose `text` is the plain-language summary. Positions are offsets and 1-based
 * line and column; quotes and statements carry their speaker, source, kind, form and
 * justification, and `corrected` says `corrected by the editor` of what an editor corrected (one
 * row of type `correction` per correction, `rejected-correction` with its reason). UTF-8 with a BOM so that
 * spreadsheets read `Erdoğan` right; cells that a spreadsheet would run as a formula get a
 * leading apostrophe.
 */
import { stringify } from 'csv-stringify/sync';
import { CORRECTED, correctionWords } from '../corrections/words.js';
import { lineLocator } from '../positions.js';
import type { SourcingReport } from '../types.js';
import { sourceIndex } from '../words.js';
import type { ReportFormat } from './format.js';

export const CSV_COLUMNS = [
  'type',
  'id',
  'start',
  'end',
  'line',
  'column',
  'text',
  'speaker',
  'source_id',
  'source_name',
  'kind',
  'form',
  'justified',
  'justification',
  'rule',
  'confidence',
  'severity',
  'message',
  'guideline',
  'corrected',
] as const;

/** Neutralise spreadsheet formulas (`=`, `+`, `-`, `@`, tab, CR at the start of a cell). */
export function cell(value: string | null | undefined): string {
  const s = value ?? '';
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function renderCsv(report: SourcingReport, text: string): string {
  const sources = sourceIndex(report);
  const locate = lineLocator(text);
  const rows: (string | number)[][] = [];
  const add = (
    type: 'quote' | 'statement',
    item: {
      id: string;
      start: number;
      end: number;
      text: string;
      sourceId: string | null;
      speakerMention: { text: string } | null;
      kind: string;
      evidence: { rule: string; confidence: number };
      corrected?: true;
    },
    form: string,
  ) => {
    const source = item.sourceId === null ? undefined : sources.get(item.sourceId);
    const { line, column } = locate(item.start);
    rows.push([
      type,
      item.id,
      item.start,
      item.end,
      line,
      column,
      cell(item.text),
      cell(item.speakerMention?.text),
      item.sourceId ?? '',
      cell(source?.name),
      item.kind,
      form,
      source?.kind === 'anonymous' ? String(Boolean(source.justified)) : '',
      cell(source?.kind === 'anonymous' ? source.justification?.text : ''),
      item.evidence?.rule ?? '',
      Number.isFinite(item.evidence?.confidence) ? String(item.evidence.confidence) : '',
      '',
      '',
      '',
      item.corrected ? CORRECTED : '',
    ]);
  };
  for (const q of report.quotes) add('quote', q, 'direct');
  for (const s of report.statements) add('statement', s, s.form);
  report.findings.forEach((f, i) => {
    const { line, column } = locate(f.start);
    rows.push([
      'finding',
      `f${i + 1}`,
      f.start,
      f.end,
      line,
      column,
      cell(text.slice(f.start, f.end)),
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      cell(f.rule),
      '',
      f.severity,
      cell(f.message),
      cell(f.guideline),
      '',
    ]);
  });
  // The editor's corrections: what each did (`message` says why one did not apply).
  const blank = (n: number) => Array.from({ length: n }, () => '');
  for (const c of report.corrections ?? []) rows.push(['correction', ...blank(5), cell(correctionWords(c, text)), ...blank(12), CORRECTED]);
  for (const r of report.rejectedCorrections ?? [])
    rows.push(['rejected-correction', ...blank(5), cell(correctionWords(r.correction, text)), ...blank(10), cell(r.reason), '', '']);
  if (report.summary.text) rows.push(['summary', '', '', '', '', '', cell(report.summary.text), '', '', '', '', '', '', '', '', '', '', '', '', '']);
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], bom: true, record_delimiter: 'windows' });
}

export const csvFormat: ReportFormat = {
  name: 'csv',
  label: 'CSV',
  extension: 'csv',
  mediaType: 'text/csv; charset=utf-8',
  render: (report, text) => renderCsv(report, text),
};
