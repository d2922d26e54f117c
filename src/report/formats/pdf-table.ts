/**
 * A table in the PDF: a shaded header row, repeated on each new page, and a bar in a colour at
 * the left of each row. Cells are laid out once, to measure the row and to draw it.
 */
import type { PdfText, TextStyle } from './pdf-text.js';

export interface TableSpec {
  header: string[];
  /** Each column's share of the width. */
  fractions: number[];
  /** Columns aligned right. */
  numeric: number[];
  look: { header: TextStyle; cell: TextStyle; headerFill: string; rule: string };
}

/** A row is never taller than a page: a cell stops at this many lines, with an ellipsis. */
const MAX_CELL_LINES = 40;
const PAD = 4;

/** Draws the header and `rows` from `doc.y` down, row `i` with a bar in `bars[i]`. */
export function drawTable(t: PdfText, area: { x: number; width: number }, spec: TableSpec, rows: string[][], bars: readonly string[]): void {
  const { doc } = t;
  const widths = spec.fractions.map((f) => f * area.width);
  const drawRow = (cells: string[], bar?: string) => {
    const isHeader = bar === undefined;
    const style = isHeader ? spec.look.header : spec.look.cell;
    // the first cell of a row leaves room for the bar
    const inset = (i: number) => (i === 0 && !isHeader ? 4 : 0);
    const laid = cells.map((c, i) => t.lines(c, style, { width: (widths[i] ?? 40) - 2 * PAD - inset(i), maxLines: MAX_CELL_LINES }));
    const h = Math.max(...laid.map((lines) => t.height(lines, style))) + 2 * PAD;
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      if (!isHeader) drawRow(spec.header);
    }
    const y = doc.y;
    if (isHeader) doc.rect(area.x, y, area.width, h).fill(spec.look.headerFill);
    else doc.rect(area.x, y + PAD, 3, h - 2 * PAD).fill(bar);
    let x = area.x;
    laid.forEach((lines, i) => {
      const w = widths[i] ?? 40;
      const align = spec.numeric.includes(i) ? 'right' : 'left';
      t.draw(lines, style, { x: x + PAD + inset(i), y: y + PAD, width: w - 2 * PAD - inset(i), align });
      x += w;
    });
    doc
      .moveTo(area.x, y + h)
      .lineTo(area.x + area.width, y + h)
      .lineWidth(0.5)
      .strokeColor(spec.look.rule)
      .stroke();
    doc.x = area.x;
    doc.y = y + h;
  };
  drawRow(spec.header);
  rows.forEach((r, i) => {
    drawRow(r, bars[i] ?? spec.look.rule);
  });
  doc.moveDown(0.3);
}
