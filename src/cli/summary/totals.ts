/**
 * The summary's totals, added up row by row as the rows pass: sums, and the mean and median of
 * each unnamed share. Only three numbers per story are kept (for the medians), so a summary of
 * a million stories streams.
 */
import type { SourceKind } from '../../analysis/story.js';
import type { ShareBasis } from '../args.js';
import { FINDING_RULE_IDS } from '../rules.js';
import { MOSTLY, mostlyUnnamed, SHARE_BASES, SOURCE_KINDS, type SummaryRow } from './row.js';

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
    for (const k of SOURCE_KINDS) t.sourcesByKind[k] += row.sourcesByKind[k];
    t.findings += row.findings;
    for (const [rule, n] of Object.entries(row.findingsByRule)) t.findingsByRule[rule] = (t.findingsByRule[rule] ?? 0) + n;
    for (const b of SHARE_BASES) if (row.hasShare[b]) this.shares[b].push(row.unnamedShare[b]);
    if (mostlyUnnamed(row, this.basis)) t.mostlyUnnamed.ids.push(row.id);
  }

  fail(): void {
    this.t.failed++;
  }

  result(): SummaryTotals {
    const unnamedShare = Object.fromEntries(SHARE_BASES.map((b) => [b, shareStats(this.shares[b])])) as Record<ShareBasis, ShareStats>;
    return { ...this.t, unnamedShare };
  }
}

function shareStats(values: number[]): ShareStats {
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
