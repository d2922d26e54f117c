/**
 * PDF: a printed sourcing report made with pdfkit, in DejaVu Sans (embedded) so that names
 * such as `Erdoğan` or `Salamé` render. Title, the plain-language summary, headline figures,
 * counts by kind, a sources table, the quotes with their speakers, the statements and the
 * editorial findings; page numbers. Text is laid out by pdf-text.ts, in time linear in its
 * length whatever the words (pdfkit's own wrapper is quadratic in a long word).
 */
import type { SourceKind } from '../../analysis/story.js';
import { COLOURS, kindColour } from '../colours.js';
import { CORRECTED } from '../corrections/words.js';
import { findingTitle } from '../findings/index.js';
import { lineLocator } from '../positions.js';
import type { ReportSource, SourcingReport } from '../types.js';
import {
  clipPassage,
  countsLine,
  justificationSummary,
  KINDS,
  kindLabel,
  NOTHING,
  percent,
  ruleLabel,
  severityLabel,
  sourceIndex,
  speakerName,
  speakerWithKind,
  unnamedFigures,
} from '../words.js';
import type { ReportFormat } from './format.js';
import { correctionsList } from './pdf-corrections.js';
import { Flow, openDocument } from './pdf-flow.js';
import { loadFonts } from './pdf-fonts.js';
import { drawTable, tableLead } from './pdf-table.js';
import type { Text, TextStyle } from './pdf-text.js';

const { ink: INK, muted: MUTED, line: RULE } = COLOURS;
/** A heading's height with the space above and the rule under it. */
const HEADING = 44;

const style = (font: TextStyle['font'], size: number, colour: string): TextStyle => ({ font, size, colour });
const S = {
  title: style('Bold', 20, INK),
  byline: style('Body', 9.5, MUTED),
  summary: style('Body', 10.5, INK),
  figure: style('Bold', 22, INK),
  caption: style('Body', 8.5, MUTED),
  heading: style('Bold', 13, INK),
  none: style('Body', 10, MUTED),
  number: style('Bold', 10, MUTED),
  quote: style('Body', 10, INK),
  meta: style('Body', 8.5, MUTED),
  statementNumber: style('Bold', 9.5, MUTED),
  statement: style('Body', 9.5, INK),
  warning: style('Bold', 9.5, COLOURS.warning),
  note: style('Bold', 9.5, INK),
  rule: style('Body', 9.5, MUTED),
  message: style('Body', 9.5, INK),
  header: style('Bold', 9, INK),
  cell: style('Body', 9, INK),
  footer: style('Body', 8, MUTED),
};

/** What every section draws with. */
interface Page {
  f: Flow;
  report: SourcingReport;
  text: string;
  sources: Map<string, ReportSource>;
  line: (offset: number) => number;
}

export function renderPdf(report: SourcingReport, text: string): Promise<Buffer> {
  const title = report.title || 'Untitled story';
  const { doc, done } = openDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    info: { Title: `Sourcing report: ${title}`, Creator: `${report.tool.name} ${report.tool.version}`, Producer: 'quotecheck' },
    lang: 'en',
    displayTitle: true,
  });
  const { regular, bold } = loadFonts();
  doc.registerFont('Body', regular);
  doc.registerFont('Bold', bold);
  const locate = lineLocator(text);
  const p: Page = { f: new Flow(doc), report, text, sources: sourceIndex(report), line: (offset) => locate(offset).line };
  titleBlock(p, title);
  correctionsList(p.f, report, text, { heading: (s) => heading(p, s), paragraph: (t, st, indent) => paragraph(p, t, st, indent) }, S);
  figures(p);
  kindTable(p);
  sourcesTable(p);
  quotes(p);
  statements(p);
  findings(p);
  pageNumbers(p, title);
  p.f.paint();
  doc.end();
  return done;
}

/** A paragraph across the page from the flow's `y`, indented by `indent`. */
function paragraph(p: Page, text: Text, s: TextStyle, indent = 0): void {
  p.f.paragraph(text, s, { x: p.f.left + indent, width: p.f.width - indent });
}

/**
 * Where the items of a numbered list begin, the coloured bar 8 points before: 24 points in, as
 * long as the last number fits the 20 before the bar; past 99 that would wrap the number, so
 * the list moves over to clear it.
 */
function listIndent(p: Page, count: number, s: TextStyle): number {
  const w = Math.ceil(p.f.t.measure(s).word(`${count}.`));
  return w <= 20 ? 24 : w + 12;
}

/**
 * A section's heading, on a new page unless it fits there with `keep` points of what follows it
 * (a table's header and first row, the first quote): a heading never stands alone at the foot of a page.
 */
function heading(p: Page, s: string, keep = 40): void {
  const { f } = p;
  f.ensure(HEADING + Math.min(keep, 240));
  f.moveDown(0.8);
  paragraph(p, s, S.heading);
  f.rule(f.left, f.y + 2, f.width, 0.7, RULE);
  f.y += 8;
}

function titleBlock(p: Page, title: string): void {
  const { f, report } = p;
  const { summary, tool } = report;
  f.spaced('SOURCING REPORT', style('Bold', 10, MUTED), 1);
  f.moveDown(0.2);
  paragraph(p, title, S.title);
  f.moveDown(0.2);
  paragraph(p, `${tool.name} ${tool.version} · ${countsLine(report)}`, S.byline);
  if (summary.text) {
    f.moveDown(0.8);
    paragraph(p, summary.text, S.summary);
  }
}

/** The headline figures: three boxes. */
function figures(p: Page): void {
  const { f } = p;
  f.moveDown(1);
  const y = f.y;
  const gap = 12;
  const w = (f.width - 2 * gap) / 3;
  const h = 70;
  unnamedFigures(p.report.summary).forEach((figure, i) => {
    const x = f.left + i * (w + gap);
    f.box(x, y, w, h, RULE);
    f.paragraph(figure.value, S.figure, { x: x + 10, y: y + 8, width: w - 20 });
    f.paragraph(`${figure.label} from unnamed sources (${figure.detail})`, S.caption, { x: x + 10, y: y + 38, width: w - 20 });
  });
  f.y = y + h + 8;
}

/** Counts by kind, with the share of quoted words. */
function kindTable(p: Page): void {
  const { summary } = p.report;
  const rows = KINDS.map((k) => {
    const n = summary.byKind[k];
    const share = percent(summary.quotedWords ? n.quotedWords / summary.quotedWords : 0);
    return [kindLabel(k), String(n.sources), String(n.quotes), String(n.quotedWords), String(n.statements), share];
  });
  const columns = ['Kind', 'Sources', 'Quotes', 'Quoted words', 'Statements', 'Share of quoted words'];
  table(p, 'By source kind', columns, [0.24, 0.12, 0.12, 0.15, 0.14, 0.23], rows, [1, 2, 3, 4, 5], KINDS);
}

function sourcesTable(p: Page): void {
  const { sources } = p.report;
  if (sources.length === 0) {
    heading(p, 'Sources');
    paragraph(p, NOTHING.sources, S.none);
    return;
  }
  const rows = sources.map((s) => [
    [s.name, s.description, s.corrected ? `(${CORRECTED})` : null].filter(Boolean).join('\n'),
    kindLabel(s.kind),
    String(s.quotes),
    String(s.quotedWords),
    String(s.statements),
    justificationSummary(s) || '—',
  ]);
  const columns = ['Source', 'Kind', 'Quotes', 'Words', 'Statements', 'Anonymity explained'];
  const kinds = sources.map((s) => s.kind);
  table(p, 'Sources', columns, [0.27, 0.15, 0.1, 0.1, 0.14, 0.24], rows, [2, 3, 4], kinds);
}

function quotes(p: Page): void {
  const { f, report } = p;
  const indent = listIndent(p, report.quotes.length, S.number);
  const x = f.left + indent;
  const width = f.width - indent;
  const laid = (q: (typeof report.quotes)[number]) => {
    const cue = q.evidence.cue ? ` (“${q.evidence.cue.text}”)` : '';
    const meta = `— ${speakerWithKind(speakerName(p.sources, q), q.kind)} · line ${p.line(q.start)} · ${ruleLabel(q.evidence.rule)}${cue} · confidence ${percent(q.evidence.confidence)}${q.corrected ? ` · ${CORRECTED}` : ''}`;
    const body = f.t.lines(`“${q.text}”`, S.quote, width);
    const under = f.t.lines(meta, S.meta, width);
    return { body, under, height: Math.min(f.t.height(body, S.quote) + f.t.height(under, S.meta) + 10, 200) };
  };
  const first = report.quotes[0];
  heading(p, 'Quotes', first ? laid(first).height : 40);
  if (report.quotes.length === 0) paragraph(p, NOTHING.quotes, S.none);
  report.quotes.forEach((q, i) => {
    const { body, under, height } = laid(q);
    f.ensure(height);
    const y = f.y;
    f.paragraph(`${i + 1}.`, S.number, { x: f.left, y, width: indent - 4 });
    f.fill(x - 8, y + 1, 3, 11, kindColour(q.kind));
    f.draw(body, S.quote, { x, y, width });
    f.draw(under, S.meta, { x, y: f.y + 1, width });
    f.moveDown(0.5);
  });
}

/** Paraphrase and partial quotes (direct quotes are listed above). */
function statements(p: Page): void {
  const { f } = p;
  const indirect = p.report.statements.filter((s) => s.form !== 'direct');
  if (indirect.length === 0) return;
  const indent = listIndent(p, indirect.length, S.statementNumber);
  const x = f.left + indent;
  const width = f.width - indent;
  heading(
    p,
    'Reported statements (paraphrase and partial quotes)',
    Math.min(f.t.height(f.t.lines((indirect[0] as { text: string }).text, S.statement, width), S.statement) + 22, 160),
  );
  indirect.forEach((s, i) => {
    const body = f.t.lines(s.text, S.statement, width);
    f.ensure(Math.min(f.t.height(body, S.statement) + 22, 160));
    const y = f.y;
    f.paragraph(`${i + 1}.`, S.statementNumber, { x: f.left, y, width: indent - 4 });
    f.draw(body, S.statement, { x, y, width });
    const meta = `— ${speakerWithKind(speakerName(p.sources, s), s.kind)} · ${s.form} · line ${p.line(s.start)}${s.corrected ? ` · ${CORRECTED}` : ''}`;
    f.paragraph(meta, S.meta, { x, y: f.y + 1, width });
    f.moveDown(0.4);
  });
}

function findings(p: Page): void {
  const { f, report, text } = p;
  heading(p, 'Editorial findings', report.findings.length === 0 ? 20 : 60);
  if (report.findings.length === 0) paragraph(p, NOTHING.findings, S.none);
  report.findings.forEach((finding, i) => {
    const { start, end, rule } = finding;
    // at most 200 characters are shown: no need to tidy the rest of a long passage
    const passage = text
      .slice(start, Math.min(end, start + 2000))
      .replace(/\s+/g, ' ')
      .trim();
    const excerpt = end - start > 2000 ? `${passage.slice(0, 199)}…` : clipPassage(passage, 200);
    f.ensure(60);
    const warning = finding.severity === 'warning';
    const head = { text: `${i + 1}. ${severityLabel(finding.severity)}: ${findingTitle(rule)}`, style: warning ? S.warning : S.note };
    paragraph(p, [head, { text: `  (${rule}, line ${p.line(start)})`, style: S.rule }], head.style);
    paragraph(p, finding.message, S.message, 12);
    if (excerpt) paragraph(p, `“${excerpt}”`, S.meta, 12);
    if (finding.guideline) paragraph(p, `Guideline: ${finding.guideline}`, S.meta, 12);
    f.moveDown(0.4);
  });
}

/** The title and `3 / 12` under each page; pdfkit used to draw as much of the title as fits one line. */
function pageNumbers(p: Page, title: string): void {
  const { f } = p;
  const y = f.bottom + 24;
  const [line] = f.t.lines(title.length > 70 ? `${title.slice(0, 69)}…` : title, S.footer, f.width - 80);
  f.everyPage((i, count) => {
    if (line) f.line(line, f.left, y);
    const [n] = f.t.lines(`${i + 1} / ${count}`, S.footer, 80);
    if (n) f.line(n, f.left + f.width - f.t.trimmedWidth(n), y);
  });
}

/** A section that is a table the width of the page, under its heading; each row has a bar in the colour of its kind. */
function table(p: Page, title: string, header: string[], fractions: number[], rows: string[][], numeric: number[], kinds: readonly SourceKind[]): void {
  const look = { header: S.header, cell: S.cell, headerFill: COLOURS.track, rule: RULE };
  const spec = { header, fractions, numeric, look };
  heading(p, title, tableLead(p.f, spec, rows));
  drawTable(p.f, spec, rows, kinds.map(kindColour));
}

export const pdfFormat: ReportFormat = {
  name: 'pdf',
  label: 'PDF',
  extension: 'pdf',
  mediaType: 'application/pdf',
  render: (report, text) => renderPdf(report, text),
};
