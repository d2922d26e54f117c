/** Markdown: a readable report (summary, headline figures, findings, sources, quotes, statements). */
import { CORRECTED, correctionWords } from '../corrections/words.js';
import { findingTitle } from '../findings/index.js';
import { lineLocator } from '../positions.js';
import type { SourcingReport } from '../types.js';
import {
  clipPassage,
  countsLine,
  justificationSummary,
  kindAfter,
  kindLabel,
  NOTHING,
  percent,
  ruleLabel,
  severityLabel,
  sourceIndex,
  speakerName,
  unnamedFigures,
} from '../words.js';
import type { ReportFormat } from './format.js';

/** Escape what Markdown would read as markup (including raw HTML), keep the rest readable. */
export function mdEscape(s: string): string {
  return String(s ?? '')
    .replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`)
    .replace(/\r\n?|\n|\u2028|\u2029/g, ' ');
}

function cellEscape(s: string): string {
  return mdEscape(s);
}

export function renderMarkdown(report: SourcingReport, text: string): string {
  const sources = sourceIndex(report);
  const locate = lineLocator(text);
  const { summary } = report;
  const out: string[] = [];
  out.push(`# Sourcing report: ${mdEscape(report.title || 'Untitled story')}`, '');
  out.push(`*${mdEscape(`${report.tool.name} ${report.tool.version}`)} · ${countsLine(report)}*`, '');

  if (summary.text) out.push(mdEscape(summary.text), '');

  if (report.corrections?.length || report.rejectedCorrections?.length) {
    out.push('## Corrected by the editor', '', 'The figures, the findings and the summary count these corrections of the automatic attribution.', '');
    (report.corrections ?? []).forEach((c, i) => {
      out.push(`${i + 1}. ${mdEscape(correctionWords(c, text))}`);
    });
    for (const r of report.rejectedCorrections ?? []) out.push(`- Not applied: ${mdEscape(correctionWords(r.correction, text))}: ${mdEscape(r.reason)}`);
    out.push('');
  }

  out.push('## Unnamed sources', '');
  for (const f of unnamedFigures(summary)) out.push(`- **${f.value}** ${f.label} (${f.detail})`);
  out.push('');

  out.push('## Editorial findings', '');
  if (report.findings.length === 0) out.push(NOTHING.findings, '');
  report.findings.forEach((f, i) => {
    const { line, column } = locate(f.start);
    const excerpt = clipPassage(text.slice(f.start, f.end), 200);
    out.push(
      `${i + 1}. **${severityLabel(f.severity)}: ${mdEscape(findingTitle(f.rule))}** (\`${f.rule}\`, line ${line}, column ${column}): ${mdEscape(f.message)}  `,
      `   ${excerpt.trim() ? `“${mdEscape(excerpt)}” — ` : ''}*${mdEscape(f.guideline)}*`,
    );
  });
  if (report.findings.length) out.push('');

  out.push('## By source kind', '', '| Kind | Sources | Quotes | Quoted words | Statements |', '| --- | ---: | ---: | ---: | ---: |');
  for (const [kind, t] of Object.entries(summary.byKind)) {
    out.push(`| ${kindLabel(kind)} | ${t.sources} | ${t.quotes} | ${t.quotedWords} | ${t.statements} |`);
  }
  out.push('');

  out.push('## Sources', '');
  if (report.sources.length === 0) out.push(NOTHING.sources, '');
  else {
    out.push('| Source | Kind | Quotes | Words | Statements | Anonymity explained |', '| --- | --- | ---: | ---: | ---: | --- |');
    for (const s of report.sources) {
      out.push(
        `| ${cellEscape(s.name)}${s.description ? ` (${cellEscape(s.description)})` : ''} | ${kindLabel(s.kind)} | ${s.quotes} | ${s.quotedWords} | ${s.statements} | ${cellEscape(justificationSummary(s)) || '—'}${s.corrected ? ` (${CORRECTED})` : ''} |`,
      );
    }
    out.push('');
  }

  out.push('## Quotes', '');
  if (report.quotes.length === 0) out.push(NOTHING.quotes, '');
  report.quotes.forEach((q, i) => {
    const { line, column } = locate(q.start);
    out.push(
      `${i + 1}. “${mdEscape(q.text)}”  `,
      `   — **${mdEscape(speakerName(sources, q))}**${kindAfter(speakerName(sources, q), q.kind) === null ? '' : ` (${kindLabel(q.kind)})`}; line ${line}, column ${column}; ${mdEscape(ruleLabel(q.evidence.rule))}${q.evidence.cue ? `, cue “${mdEscape(q.evidence.cue.text)}”` : ''}; confidence ${percent(q.evidence.confidence)}${q.corrected ? `; *${CORRECTED}*` : ''}`,
    );
  });
  if (report.quotes.length) out.push('');

  out.push('## Statements', '');
  if (report.statements.length === 0) out.push(NOTHING.statements, '');
  report.statements.forEach((s, i) => {
    const { line } = locate(s.start);
    out.push(
      `${i + 1}. ${mdEscape(s.text)}  `,
      `   — **${mdEscape(speakerName(sources, s))}** (${kindAfter(speakerName(sources, s), s.kind) === null ? '' : `${kindLabel(s.kind)}, `}${s.form}); line ${line}${s.corrected ? `; *${CORRECTED}*` : ''}`,
    );
  });
  if (report.statements.length) out.push('');

  return `${out.join('\n').trimEnd()}\n`;
}

export const markdownFormat: ReportFormat = {
  name: 'md',
  label: 'Markdown',
  extension: 'md',
  mediaType: 'text/markdown; charset=utf-8',
  render: (report, text) => renderMarkdown(report, text),
};
