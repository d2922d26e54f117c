/**
 * HTML: one standalone page (inline CSS, no script, no external requests; a CSP meta tag
 * enforces that) with the plain-language summary, the figures, the chart, the sources, the
 * editorial findings and the highlighted story with each finding under its paragraph.
 */
import type { SourcingReport } from '../types.js';
import { escapeHtml, justificationSummary, KINDS, kindLabel, lineLocator, percent, plural } from './common.js';
import { chartSvg, findingCounts, findingsListHtml, storyHtml } from './html-parts.js';
import type { ReportFormat } from './registry.js';

const CSS = `
:root{color-scheme:light}
body{font:16px/1.55 "DejaVu Sans",Verdana,Arial,sans-serif;color:#111827;background:#fff;margin:0 auto;max-width:56rem;padding:1.5rem}
h1{font-size:1.6rem;line-height:1.25;margin:0 0 .25rem}
h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid #d1d5db}
.meta{color:#4b5563;margin:0 0 1rem}
.figures{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0;margin:1rem 0}
.figures li{border:1px solid #d1d5db;border-radius:6px;padding:.5rem .9rem;min-width:11rem}
.figures strong{display:block;font-size:1.8rem}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #d1d5db;padding:.3rem .5rem;text-align:left;vertical-align:top}
td.n{text-align:right}
.chart{max-width:100%;height:auto}
.story{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid #d1d5db;border-radius:6px;padding:1rem}
mark.hl{color:inherit;padding:0 .1em;border-bottom:3px solid}
.k-person{background:#dbeafe;border-color:#1d4ed8}
.k-organization{background:#dcfce7;border-color:#15803d}
.k-anonymous{background:#ffedd5;border-color:#b45309;border-bottom-style:dashed}
.k-unknown{background:#e5e7eb;border-color:#4b5563;border-bottom-style:dotted}
span.st{background:none;border-bottom:1px dotted #6b7280}
details.ev{display:inline;white-space:normal;background:none}
details.ev:not([open])::details-content{display:none}
details.ev>summary{display:inline;cursor:pointer;font-size:.8em;font-weight:bold;border:1px solid;border-radius:3px;padding:0 .25em;margin-left:.15em;list-style:none}
details.ev>summary::-webkit-details-marker{display:none}
details.ev.ev-st>summary{font-weight:normal;border-style:dotted}
details.ev[open]>.ev-body{display:block;background:#f9fafb;border:1px solid #9ca3af;padding:.4rem .6rem;margin:.3rem 0;font-size:.85em}
.ev-body dt{font-weight:bold;float:left;clear:left;margin-right:.4em}
.ev-body dt::after{content:":"}
.ev-body dd{margin:0}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1rem}
.legend mark{padding:0 .3em}
footer{margin-top:2rem;color:#4b5563;font-size:.85rem}
.summary-text{font-size:1.05rem;background:#f9fafb;border-left:4px solid #1d4ed8;padding:.5rem .9rem}
.findings{padding-left:1.4rem}
.findings li{margin:.6rem 0}
.findings p{margin:.1rem 0}
.finding.sev-warning{border-left:4px solid #b91c1c;padding-left:.5rem}
.finding.sev-note{border-left:4px dotted #4b5563;padding-left:.5rem}
.guideline,.rule{color:#4b5563;font-size:.9em}
.fnotes{display:block;white-space:normal;margin:.3rem 0 .2rem}
.fnote{display:block;font-size:.85em;background:#fef2f2;border-left:4px solid #b91c1c;padding:.2rem .5rem;margin:.15rem 0}
.fnote.sev-note{background:#f3f4f6;border-left-color:#4b5563}
.fnote-sev{font-weight:bold}
@media print{body{max-width:none;padding:0}details.ev>summary{border:none}}
`;

export function renderHtml(report: SourcingReport, text: string): string {
  const { summary } = report;
  const title = report.title || 'Untitled story';
  const sourcesRows = report.sources
    .map(
      (s) =>
        `<tr><th scope="row">${escapeHtml(s.name)}${s.description ? `<br><small>${escapeHtml(s.description)}</small>` : ''}</th>` +
        `<td>${escapeHtml(kindLabel(s.kind))}</td><td class="n">${s.quotes}</td><td class="n">${s.quotedWords}</td>` +
        `<td class="n">${s.statements}</td><td>${escapeHtml(justificationSummary(s)) || '—'}</td></tr>`,
    )
    .join('\n');
  const counts = findingCounts(report.findings)
    .map((c) => `${escapeHtml(c.title)} (<code>${escapeHtml(c.rule)}</code>) ×${c.count}`)
    .join(' · ');
  const findings = `<h2>Editorial findings</h2>${counts ? `<p>${counts}</p>` : ''}${findingsListHtml(text, report.findings, lineLocator(text))}`;
  const legend = KINDS.map((k) => `<li><mark class="hl k-${k}">${escapeHtml(kindLabel(k))}</mark></li>`).join('');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Sourcing report: ${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>Sourcing report: ${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(`${report.tool.name} ${report.tool.version}`)} · ${plural(report.length, 'character')} · ${plural(summary.quotes, 'quote')} · ${plural(summary.statements, 'statement')} · ${plural(summary.sources, 'source')}</p>
</header>
<main>
<p class="summary-text">${escapeHtml(summary.text ?? '')}</p>
<h2>Unnamed sources</h2>
<ul class="figures">
<li><strong>${percent(summary.unnamedShare.quotes)}</strong> of quotes (${summary.byKind.anonymous.quotes} of ${summary.quotes})</li>
<li><strong>${percent(summary.unnamedShare.quotedWords)}</strong> of quoted words (${summary.byKind.anonymous.quotedWords} of ${summary.quotedWords})</li>
<li><strong>${percent(summary.unnamedShare.statements)}</strong> of statements (${summary.byKind.anonymous.statements} of ${summary.statements})</li>
</ul>
<h2>Quotes and words by source</h2>
${chartSvg(report, 'dl-chart')}
<h2>Sources</h2>
${
  report.sources.length
    ? `<table><thead><tr><th scope="col">Source</th><th scope="col">Kind</th><th scope="col">Quotes</th><th scope="col">Words</th><th scope="col">Statements</th><th scope="col">Anonymity explained</th></tr></thead><tbody>
${sourcesRows}
</tbody></table>`
    : '<p>No sources found.</p>'
}
${findings}
<h2>The story</h2>
<p>Quotes are highlighted by source kind and labelled with their speaker; statements are underlined with dots; each finding is noted under its paragraph.</p>
<ul class="legend">${legend}</ul>
<div class="story">${storyHtml(text, report, { findings: true })}</div>
</main>
<footer><p>Made by ${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)}. Offsets are UTF-16 code units into the analysed text.</p></footer>
</body>
</html>
`;
}

export const htmlFormat: ReportFormat = {
  name: 'html',
  label: 'HTML',
  extension: 'html',
  mediaType: 'text/html; charset=utf-8',
  render: (report, text) => renderHtml(report, text),
};
