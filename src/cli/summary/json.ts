/** The summary as JSON, `{"stories":[…],"totals":{…}}` with one story per line, streamed. */
import type { ShareBasis } from '../args.js';
import { mostlyUnnamed, type SummaryRow } from './row.js';
import type { SummaryWriter, WriterOptions } from './writer.js';

export function jsonWriter(options: WriterOptions): SummaryWriter {
  let first = true;
  return {
    head: () => '{"stories":[',
    row: (r) => {
      const line = `${first ? '\n' : ',\n'}${JSON.stringify(jsonRow(r, options.basis))}`;
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
