/**
 * PDF: a printed sourcing report made with pdfkit, in DejaVu Sans (embedded) so that names
 * such as `Erdoğan` or `Salamé` render. Title, the plain-language summary, headline figures,
 * counts by kind, a sources table, the quotes with their speakers, the statements and the
 * editorial findings; page numbers. Text is laid out by pdf-text.ts, in time linear in its
 * length whatever the words (pdfkit's own wrapper is quadratic in a long word).
 */
// biome-ignore lint/style/noRestrictedImports: the PDF embeds the packaged DejaVu font, read once from node_modules; no story text touches the disk
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { SourceKind } from '../../analysis/story.js';
import { findingTitle } from '../findings/index.js';
import type { ReportSource, SourcingReport } from '../types.js';
import { justificationSummary, KINDS, kindLabel, lineLocator, percent, plural, ruleLabel, sourceIndex, speakerName } from './common.js';
import { KIND_COLOURS } from './html-parts.js';
import { drawTable } from './pdf-table.js';
import { type Doc, openDocument, PdfText, type TextStyle } from './pdf-text.js';
import type { ReportFormat } from './registry.js';

const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | null = null;
function loadFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return fonts;
}

const INK = '#111827';
const MUTED = '#4b5563';
const RULE = '#d1d5db';

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
  warning: style('Bold', 9.5, '#991b1b'),
  note: style('Bold', 9.5, INK),
  rule: style('Body', 9.5, MUTED),
  message: style('Body', 9.5, INK),
  header: style('Bold', 9, INK),
  cell: style('Body', 9, INK),
  footer: style('Body', 8, MUTED),
};

/** What every section draws with. */
interface Page {
  doc: Doc;
  t: PdfText;
  left: number;
  width: number;
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
    bufferPages: true,
    info: { Title: `Sourcing report: ${title}`, Creator: `${report.tool.name} ${report.tool.version}`, Producer: 'quotecheck' },
    lang: 'en',
    displayTitle: true,
  });
  const { regular, bold } = loadFonts();
  doc.registerFont('Body', regular);
  doc.registerFont('Bold', bold);
  const locate = lineLocator(text);
  const p: Page = {
    doc,
    t: new PdfText(doc),
    left: doc.page.margins.left,
    width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
    report,
    text,
    sources: sourceIndex(report),
    line: (offset) => locate(offset).line,
  };
  titleBlock(p, title);
  figures(p);
  kindTable(p);
  sourcesTable(p);
  quotes(p);
  statements(p);
  findings(p);
  pageNumbers(p, title);
  doc.end();
  return done;
}

function paragraph(p: Page, text: string, s: TextStyle, indent = 0): void {
  p.t.paragraph(text, s, { x: p.left + indent, y: p.doc.y, width: p.width - indent });
}

function heading(p: Page, s: string): void {
  const { doc, left, width } = p;
  p.t.ensure(60);
  doc.moveDown(0.8);
  paragraph(p, s, S.heading);
  const y = doc.y + 2;
  doc
    .moveTo(left, y)
    .lineTo(left + width, y)
    .lineWidth(0.7)
    .strokeColor(RULE)
    .stroke();
  doc.y = y + 6;
}

function titleBlock(p: Page, title: string): void {
  const { doc, left, width, report } = p;
  const { summary } = report;
  // a fixed label, letter-spaced: pdfkit lays it out itself
  doc.font('Bold').fontSize(10).fillColor(MUTED).text('SOURCING REPORT', left, doc.y, { width, characterSpacing: 1 });
  doc.moveDown(0.2);
  paragraph(p, title, S.title);
  doc.moveDown(0.2);
  const { tool } = report;
  const counts = [plural(report.length, 'character'), plural(summary.quotes, 'quote'), plural(summary.statements, 'statement')];
  paragraph(p, `${tool.name} ${tool.version} · ${counts.join(' · ')} · ${plural(summary.sources, 'source')}`, S.byline);
  if (summary.text) {
    doc.moveDown(0.8);
    paragraph(p, summary.text, S.summary);
  }
}

/** The headline figures: three boxes. */
function figures(p: Page): void {
  const { doc, left, width, t } = p;
  const { summary } = p.report;
  const { anonymous } = summary.byKind;
  doc.moveDown(1);
  const y = doc.y;
  const gap = 12;
  const w = (width - 2 * gap) / 3;
  const h = 70;
  const boxes: [number, string][] = [
    [summary.unnamedShare.quotes, `of quotes from unnamed sources (${anonymous.quotes} of ${summary.quotes})`],
    [summary.unnamedShare.quotedWords, `of quoted words from unnamed sources (${anonymous.quotedWords} of ${summary.quotedWords})`],
    [summary.unnamedShare.statements, `of statements from unnamed sources (${anonymous.statements} of ${summary.statements})`],
  ];
  boxes.forEach(([share, caption], i) => {
    const x = left + i * (w + gap);
    doc.roundedRect(x, y, w, h, 5).lineWidth(0.8).strokeColor(RULE).stroke();
    t.paragraph(percent(share), S.figure, { x: x + 10, y: y + 8, width: w - 20 });
    t.paragraph(caption, S.caption, { x: x + 10, y: y + 38, width: w - 20 });
  });
  doc.x = left;
  doc.y = y + h + 8;
}

/** Counts by kind, with the share of quoted words. */
function kindTable(p: Page): void {
  const { summary } = p.report;
  heading(p, 'By source kind');
  const rows = KINDS.map((k) => {
    const n = summary.byKind[k];
    const share = percent(summary.quotedWords ? n.quotedWords / summary.quotedWords : 0);
    return [kindLabel(k), String(n.sources), String(n.quotes), String(n.quotedWords), String(n.statements), share];
  });
  const columns = ['Kind', 'Sources', 'Quotes', 'Quoted words', 'Statements', 'Share of quoted words'];
  table(p, columns, [0.24, 0.12, 0.12, 0.15, 0.14, 0.23], rows, [1, 2, 3, 4, 5], KINDS);
}

function sourcesTable(p: Page): void {
  const { sources } = p.report;
  heading(p, 'Sources');
  if (sources.length === 0) {
    paragraph(p, 'No sources found.', S.none);
    return;
  }
  const rows = sources.map((s) => [
    s.description ? `${s.name}\n${s.description}` : s.name,
    kindLabel(s.kind),
    String(s.quotes),
    String(s.quotedWords),
    String(s.statements),
    justificationSummary(s) || '—',
  ]);
  const columns = ['Source', 'Kind', 'Quotes', 'Words', 'Statements', 'Anonymity explained'];
  const kinds = sources.map((s) => s.kind);
  table(p, columns, [0.27, 0.15, 0.1, 0.1, 0.14, 0.24], rows, [2, 3, 4], kinds);
}

function quotes(p: Page): void {
  const { doc, left, width, t, report } = p;
  heading(p, 'Quotes');
  if (report.quotes.length === 0) paragraph(p, 'No quotes found.', S.none);
  const indent = 24;
  report.quotes.forEach((q, i) => {
    const cue = q.evidence.cue ? ` (“${q.evidence.cue.text}”)` : '';
    const meta = `— ${speakerName(p.sources, q)} · ${kindLabel(q.kind)} · line ${p.line(q.start)} · ${ruleLabel(q.evidence.rule)}${cue} · confidence ${percent(q.evidence.confidence)}`;
    const place = { x: left + indent, y: 0, width: width - indent };
    const body = t.lines(`“${q.text}”`, S.quote, place);
    const under = t.lines(meta, S.meta, place);
    p.t.ensure(Math.min(t.height(body, S.quote) + t.height(under, S.meta) + 10, 200));
    const y = doc.y;
    t.paragraph(`${i + 1}.`, S.number, { x: left, y, width: indent - 4 });
    doc.rect(left + indent - 8, y + 1, 3, 11).fill(colour(q.kind));
    t.draw(body, S.quote, { ...place, y });
    t.draw(under, S.meta, { ...place, y: doc.y + 1 });
    doc.x = left;
    doc.moveDown(0.5);
  });
}

/** Paraphrase and partial quotes (direct quotes are listed above). */
function statements(p: Page): void {
  const { doc, left, width, t } = p;
  const indirect = p.report.statements.filter((s) => s.form !== 'direct');
  if (indirect.length === 0) return;
  heading(p, 'Reported statements (paraphrase and partial quotes)');
  indirect.forEach((s, i) => {
    const place = { x: left + 24, y: 0, width: width - 24 };
    const body = t.lines(s.text, S.statement, place);
    p.t.ensure(Math.min(t.height(body, S.statement) + 22, 160));
    const y = doc.y;
    t.paragraph(`${i + 1}.`, S.statementNumber, { x: left, y, width: 20 });
    t.draw(body, S.statement, { ...place, y });
    const meta = `— ${speakerName(p.sources, s)} · ${kindLabel(s.kind)} · ${s.form} · line ${p.line(s.start)}`;
    t.paragraph(meta, S.meta, { ...place, y: doc.y + 1 });
    doc.x = left;
    doc.moveDown(0.4);
  });
}

function findings(p: Page): void {
  const { doc, left, width, t, report, text } = p;
  heading(p, 'Editorial findings');
  if (report.findings.length === 0) paragraph(p, 'No findings: the checks found nothing to flag.', S.none);
  report.findings.forEach((f, i) => {
    // at most 200 characters are shown: no need to tidy the rest of a long passage
    const passage = text
      .slice(f.start, Math.min(f.end, f.start + 2000))
      .replace(/\s+/g, ' ')
      .trim();
    const excerpt = passage.length > 200 || f.end - f.start > 2000 ? `${passage.slice(0, 199)}…` : passage;
    p.t.ensure(60);
    const warning = f.severity === 'warning';
    const head = `${i + 1}. ${warning ? 'Warning' : 'Note'}: ${findingTitle(f.rule)}`;
    const headStyle = warning ? S.warning : S.note;
    const runs = [
      { text: head, style: headStyle },
      { text: `  (${f.rule}, line ${p.line(f.start)})`, style: S.rule },
    ];
    t.paragraph(runs, headStyle, { x: left, y: doc.y, width });
    paragraph(p, f.message, S.message, 12);
    if (excerpt) paragraph(p, `“${excerpt}”`, S.meta, 12);
    if (f.guideline) paragraph(p, `Guideline: ${f.guideline}`, S.meta, 12);
    doc.x = left;
    doc.moveDown(0.4);
  });
}

function pageNumbers(p: Page, title: string): void {
  const { doc, left, width } = p;
  const range = doc.bufferedPageRange();
  const short = title.length > 70 ? `${title.slice(0, 69)}…` : title;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - doc.page.margins.bottom + 24;
    doc.font(S.footer.font).fontSize(S.footer.size).fillColor(S.footer.colour);
    doc.text(short, left, y, { width: width - 80, lineBreak: false, height: 10 });
    doc.text(`${i + 1} / ${range.count}`, left + width - 80, y, { width: 80, align: 'right', lineBreak: false, height: 10 });
  }
}

function colour(kind: SourceKind): string {
  return KIND_COLOURS[kind] ?? KIND_COLOURS.unknown;
}

/** A table the width of the page; each row has a bar in the colour of its kind. */
function table(p: Page, header: string[], fractions: number[], rows: string[][], numeric: number[], kinds: readonly SourceKind[]): void {
  const look = { header: S.header, cell: S.cell, headerFill: '#f3f4f6', rule: RULE };
  drawTable(p.t, { x: p.left, width: p.width }, { header, fractions, numeric, look }, rows, kinds.map(colour));
}

export const pdfFormat: ReportFormat = {
  name: 'pdf',
  label: 'PDF',
  extension: 'pdf',
  mediaType: 'application/pdf',
  render: (report, text) => renderPdf(report, text),
};
