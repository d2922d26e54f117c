/**
 * PDF: a printed sourcing report made with pdfkit, in DejaVu Sans (embedded) so that names
 * such as `Erdoğan` or `Salamé` render. Title, the plain-language summary, headline figures,
 * counts by kind, a sources table, the quotes with their speakers, the statements and the
 * editorial findings; page numbers.
 */
// biome-ignore lint/style/noRestrictedImports: the PDF embeds the packaged DejaVu font, read once from node_modules; no story text touches the disk
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { SourceKind } from '../../analysis/story.js';
import { findingTitle } from '../findings/index.js';
import type { SourcingReport } from '../types.js';
import { justificationSummary, KINDS, kindLabel, lineLocator, percent, plural, ruleLabel, sourceIndex, speakerName } from './common.js';
import { KIND_COLOURS } from './html-parts.js';
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

type Doc = PDFKit.PDFDocument;

export function renderPdf(report: SourcingReport, text: string): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const title = report.title || 'Untitled story';
  const doc: Doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    info: { Title: `Sourcing report: ${title}`, Creator: `${report.tool.name} ${report.tool.version}`, Producer: 'quotecheck' },
    lang: 'en',
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('Body', regular);
  doc.registerFont('Bold', bold);

  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const ensure = (h: number) => {
    if (doc.y + h > bottom()) doc.addPage();
  };
  const heading = (s: string) => {
    ensure(60);
    doc.moveDown(0.8);
    doc.font('Bold').fontSize(13).fillColor(INK).text(s, left, doc.y, { width });
    const y = doc.y + 2;
    doc
      .moveTo(left, y)
      .lineTo(left + width, y)
      .lineWidth(0.7)
      .strokeColor(RULE)
      .stroke();
    doc.y = y + 6;
  };
  const sources = sourceIndex(report);
  const locate = lineLocator(text);
  const { summary } = report;

  // Title block
  doc.font('Bold').fontSize(10).fillColor(MUTED).text('SOURCING REPORT', left, doc.y, { width, characterSpacing: 1 });
  doc.moveDown(0.2);
  doc.font('Bold').fontSize(20).fillColor(INK).text(title, { width });
  doc.moveDown(0.2);
  doc
    .font('Body')
    .fontSize(9.5)
    .fillColor(MUTED)
    .text(
      `${report.tool.name} ${report.tool.version} · ${plural(report.length, 'character')} · ${plural(summary.quotes, 'quote')} · ${plural(summary.statements, 'statement')} · ${plural(summary.sources, 'source')}`,
      { width },
    );

  // The summary in plain language
  if (summary.text) {
    doc.moveDown(0.8);
    doc.font('Body').fontSize(10.5).fillColor(INK).text(summary.text, left, doc.y, { width });
  }

  // Headline figures: three boxes
  doc.moveDown(1);
  const boxY = doc.y;
  const gap = 12;
  const boxW = (width - 2 * gap) / 3;
  const boxH = 70;
  const figures: [number, string][] = [
    [summary.unnamedShare.quotes, `of quotes from unnamed sources (${summary.byKind.anonymous.quotes} of ${summary.quotes})`],
    [summary.unnamedShare.quotedWords, `of quoted words from unnamed sources (${summary.byKind.anonymous.quotedWords} of ${summary.quotedWords})`],
    [summary.unnamedShare.statements, `of statements from unnamed sources (${summary.byKind.anonymous.statements} of ${summary.statements})`],
  ];
  figures.forEach(([share, caption], i) => {
    const x = left + i * (boxW + gap);
    doc.roundedRect(x, boxY, boxW, boxH, 5).lineWidth(0.8).strokeColor(RULE).stroke();
    doc
      .font('Bold')
      .fontSize(22)
      .fillColor(INK)
      .text(percent(share), x + 10, boxY + 8, { width: boxW - 20 });
    doc
      .font('Body')
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(caption, x + 10, boxY + 38, { width: boxW - 20 });
  });
  doc.x = left;
  doc.y = boxY + boxH + 8;

  // Counts by kind, with a bar for the share of quoted words
  heading('By source kind');
  table(
    doc,
    ['Kind', 'Sources', 'Quotes', 'Quoted words', 'Statements', 'Share of quoted words'],
    [0.24, 0.12, 0.12, 0.15, 0.14, 0.23],
    KINDS.map((k) => {
      const t = summary.byKind[k];
      return [
        kindLabel(k),
        String(t.sources),
        String(t.quotes),
        String(t.quotedWords),
        String(t.statements),
        percent(summary.quotedWords ? t.quotedWords / summary.quotedWords : 0),
      ];
    }),
    { numeric: [1, 2, 3, 4, 5], kinds: [...KINDS] },
  );

  heading('Sources');
  if (report.sources.length === 0) doc.font('Body').fontSize(10).fillColor(MUTED).text('No sources found.', left, doc.y, { width });
  else
    table(
      doc,
      ['Source', 'Kind', 'Quotes', 'Words', 'Statements', 'Anonymity explained'],
      [0.27, 0.15, 0.1, 0.1, 0.14, 0.24],
      report.sources.map((s) => [
        s.description ? `${s.name}\n${s.description}` : s.name,
        kindLabel(s.kind),
        String(s.quotes),
        String(s.quotedWords),
        String(s.statements),
        justificationSummary(s) || '—',
      ]),
      { numeric: [2, 3, 4], kinds: report.sources.map((s) => s.kind) },
    );

  heading('Quotes');
  if (report.quotes.length === 0) doc.font('Body').fontSize(10).fillColor(MUTED).text('No quotes found.', left, doc.y, { width });
  report.quotes.forEach((q, i) => {
    const { line } = locate(q.start);
    const body = `“${q.text}”`;
    const meta = `${speakerName(sources, q)} · ${kindLabel(q.kind)} · line ${line} · ${ruleLabel(q.evidence.rule)}${q.evidence.cue ? ` (“${q.evidence.cue.text}”)` : ''} · confidence ${percent(q.evidence.confidence)}`;
    const indent = 24;
    doc.font('Body').fontSize(10);
    const h =
      doc.heightOfString(body, { width: width - indent }) +
      doc
        .font('Body')
        .fontSize(8.5)
        .heightOfString(meta, { width: width - indent }) +
      10;
    ensure(Math.min(h, 200));
    const y0 = doc.y;
    doc
      .font('Bold')
      .fontSize(10)
      .fillColor(MUTED)
      .text(`${i + 1}.`, left, y0, { width: indent - 4 });
    doc.rect(left + indent - 8, y0 + 1, 3, 11).fill(colour(q.kind));
    doc
      .font('Body')
      .fontSize(10)
      .fillColor(INK)
      .text(body, left + indent, y0, { width: width - indent });
    doc
      .font('Body')
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(`— ${meta}`, left + indent, doc.y + 1, { width: width - indent });
    doc.x = left;
    doc.moveDown(0.5);
  });

  const indirect = report.statements.filter((s) => s.form !== 'direct');
  if (indirect.length > 0) {
    heading('Reported statements (paraphrase and partial quotes)');
    indirect.forEach((s, i) => {
      const { line } = locate(s.start);
      const meta = `${speakerName(sources, s)} · ${kindLabel(s.kind)} · ${s.form} · line ${line}`;
      doc.font('Body').fontSize(9.5);
      ensure(Math.min(doc.heightOfString(s.text, { width: width - 24 }) + 22, 160));
      const y0 = doc.y;
      doc
        .font('Bold')
        .fontSize(9.5)
        .fillColor(MUTED)
        .text(`${i + 1}.`, left, y0, { width: 20 });
      doc
        .font('Body')
        .fontSize(9.5)
        .fillColor(INK)
        .text(s.text, left + 24, y0, { width: width - 24 });
      doc
        .font('Body')
        .fontSize(8.5)
        .fillColor(MUTED)
        .text(`— ${meta}`, left + 24, doc.y + 1, { width: width - 24 });
      doc.x = left;
      doc.moveDown(0.4);
    });
  }

  heading('Editorial findings');
  if (report.findings.length === 0)
    doc.font('Body').fontSize(10).fillColor(MUTED).text('No findings: the checks found nothing to flag.', left, doc.y, { width });
  report.findings.forEach((f, i) => {
    const { line } = locate(f.start);
    const passage = text.slice(f.start, f.end).replace(/\s+/g, ' ').trim();
    const excerpt = passage.length > 200 ? `${passage.slice(0, 199)}…` : passage;
    ensure(60);
    const head = `${i + 1}. ${f.severity === 'warning' ? 'Warning' : 'Note'}: ${findingTitle(f.rule)}`;
    doc
      .font('Bold')
      .fontSize(9.5)
      .fillColor(f.severity === 'warning' ? '#991b1b' : INK)
      .text(head, left, doc.y, { continued: true, width });
    doc.font('Body').fillColor(MUTED).text(`  (${f.rule}, line ${line})`);
    doc
      .font('Body')
      .fontSize(9.5)
      .fillColor(INK)
      .text(f.message, left + 12, doc.y, { width: width - 12 });
    if (excerpt)
      doc
        .font('Body')
        .fontSize(8.5)
        .fillColor(MUTED)
        .text(`“${excerpt}”`, left + 12, doc.y, { width: width - 12 });
    if (f.guideline)
      doc
        .font('Body')
        .fontSize(8.5)
        .fillColor(MUTED)
        .text(`Guideline: ${f.guideline}`, left + 12, doc.y, { width: width - 12 });
    doc.x = left;
    doc.moveDown(0.4);
  });

  // Page numbers
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - doc.page.margins.bottom + 24;
    doc.font('Body').fontSize(8).fillColor(MUTED);
    doc.text(`${title.length > 70 ? `${title.slice(0, 69)}…` : title}`, left, y, { width: width - 80, lineBreak: false, height: 10 });
    doc.text(`${i + 1} / ${range.count}`, left + width - 80, y, { width: 80, align: 'right', lineBreak: false, height: 10 });
  }
  doc.end();
  return done;
}

function colour(kind: SourceKind): string {
  return KIND_COLOURS[kind] ?? KIND_COLOURS.unknown;
}

function table(doc: Doc, header: string[], fractions: number[], rows: string[][], opts: { numeric: number[]; kinds: SourceKind[] }): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const widths = fractions.map((f) => f * width);
  const pad = 4;
  const drawRow = (cells: string[], isHeader: boolean, kind?: SourceKind) => {
    doc.font(isHeader ? 'Bold' : 'Body').fontSize(9);
    const heights = cells.map((c, i) => doc.heightOfString(c, { width: (widths[i] ?? 40) - 2 * pad }));
    const h = Math.max(...heights) + 2 * pad;
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      if (!isHeader) drawRow(header, true);
    }
    const y = doc.y;
    if (isHeader) doc.rect(left, y, width, h).fill('#f3f4f6');
    let x = left;
    cells.forEach((c, i) => {
      const w = widths[i] ?? 40;
      if (!isHeader && i === 0 && kind) doc.rect(x, y + pad, 3, h - 2 * pad).fill(colour(kind));
      doc
        .font(isHeader ? 'Bold' : 'Body')
        .fontSize(9)
        .fillColor(INK)
        .text(c, x + pad + (i === 0 && !isHeader ? 4 : 0), y + pad, {
          width: w - 2 * pad - (i === 0 && !isHeader ? 4 : 0),
          align: opts.numeric.includes(i) ? 'right' : 'left',
        });
      x += w;
    });
    doc
      .moveTo(left, y + h)
      .lineTo(left + width, y + h)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.x = left;
    doc.y = y + h;
  };
  drawRow(header, true);
  rows.forEach((r, i) => {
    drawRow(r, false, opts.kinds[i]);
  });
  doc.moveDown(0.3);
}

export const pdfFormat: ReportFormat = {
  name: 'pdf',
  label: 'PDF',
  extension: 'pdf',
  mediaType: 'application/pdf',
  render: (report, text) => renderPdf(report, text),
};
