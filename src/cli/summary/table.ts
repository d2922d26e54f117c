/** The summary as a table for the terminal: fixed columns, so that rows print as they come. */
import { percent } from '../../report/words.js';
import { FINDING_RULE_IDS } from '../rules.js';
import { mostlyUnnamed, SHARE_BASES, SHARE_BASIS_LABEL, SOURCE_KINDS } from './row.js';
import type { SummaryTotals } from './totals.js';
import type { SummaryWriter, WriterOptions } from './writer.js';

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

const pct = (x: number | null) => (x === null ? '–' : percent(x));

export function tableWriter(options: WriterOptions): SummaryWriter {
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
  return {
    head: () => {
      const top = `${' '.repeat(sourcesStart)}${'sources'.padEnd(sharesStart - sourcesStart)}unnamed share`;
      const cols = [fitCell('story', w), ...counts.map(([h, cw]) => h.padStart(cw)), ...shares.map(([h, cw]) => h.padStart(cw)), ' findings'].join(' ');
      return `${top}\n${cols}\n`;
    },
    row: (r) => {
      const numbers = [r.quotes, r.statements, ...SOURCE_KINDS.map((k) => r.sourcesByKind[k])].map((v, i) => String(v).padStart(counts[i]![1]));
      const shareCells = SHARE_BASES.map((b, i) => (r.hasShare[b] ? pct(r.unnamedShare[b]) : '–').padStart(shares[i]![1]));
      const mark = mostlyUnnamed(r, options.basis) ? ' *' : '  ';
      const rules = byRuleOrder(r.findingsByRule)
        .map(([rule, n]) => `${rule} ${n}`)
        .join(', ');
      return `${[fitCell(r.id, w), ...numbers, ...shareCells].join(' ')}${mark}${String(r.findings).padStart(3)}${rules ? `  ${rules}` : ''}\n`;
    },
    end: (t) => (options.totals ? totalLines(t) : ''),
  };
}

function totalLines(t: SummaryTotals): string {
  const lines: string[] = [];
  lines.push('');
  lines.push(
    `${t.stories} ${t.stories === 1 ? 'story' : 'stories'}${t.failed ? ` (${t.failed} could not be analyzed)` : ''}: ` +
      `${t.quotes} quotes, ${t.statements} statements, ${t.sources} sources ` +
      `(${t.sourcesByKind.person} people, ${t.sourcesByKind.organization} organizations, ${t.sourcesByKind.anonymous} anonymous, ${t.sourcesByKind.unknown} unknown)`,
  );
  lines.push('unnamed share      quotes  words  stmts');
  for (const key of ['mean', 'median'] as const) {
    lines.push(`  ${key.padEnd(14)}${SHARE_BASES.map((b, i) => pct(t.unnamedShare[b][key]).padStart(i === 0 ? 8 : 7)).join('')}`);
  }
  const n = SHARE_BASES.map((b) => t.unnamedShare[b].stories);
  lines.push(`  (over ${n[0]}, ${n[1]} and ${n[2]} stories with quotes, quoted words and statements)`);
  const ruled = byRuleOrder(t.findingsByRule).filter(([, k]) => k > 0);
  lines.push(`findings: ${t.findings}${ruled.length ? ` (${ruled.map(([rule, k]) => `${rule} ${k}`).join(', ')})` : ''}`);
  const ids = t.mostlyUnnamed.ids;
  lines.push(
    `* mostly on unnamed sources (${SHARE_BASIS_LABEL[t.mostlyUnnamed.basis]} over ${percent(t.mostlyUnnamed.over)}): ` +
      (ids.length === 0 ? 'none' : `${ids.length}${ids.length <= 20 ? `: ${ids.join(', ')}` : `, the first 20: ${ids.slice(0, 20).join(', ')}`}`),
  );
  return `${lines.join('\n')}\n`;
}
