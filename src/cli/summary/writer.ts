/** What every summary format (CSV, JSON, table) implements, so that batch.ts streams any of them. */
import type { ShareBasis } from '../args.js';
import type { SummaryRow } from './row.js';
import type { SummaryTotals } from './totals.js';

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
