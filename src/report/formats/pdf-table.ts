/**
 * A table in the PDF: a shaded header row, repeated on each new page, and a bar in a colour at
 * the left of each row. Cells are laid out once, to measure the row and to draw it.
 */
import type { Flow } from './pdf-flow.js';
import type { TextStyle } from './pdf-text.js';

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

/** The height of a row of `cells`, measured as drawTable lays it out. */
function rowHeight(f: Flow, spec: TableSpec, cells: readonly string[], isHeader: boolean): number {
  const widths = spec.fractions.map((share) => share * f.width);
  const style = isHeader ? spec.look.header : spec.look.cell;
  const inset = (i: number) => (i === 0 && !isHeader ? 4 : 0);
  const laid = cells.map((c, i) => f.t.lines(c, style, (widths[i] ?? 40) - 2 * PAD - inset(i), MAX_CELL_LINES));
  return Math.max(...laid.map((lines) => f.t.height(lines, style))) + 2 * PAD;
}

/** What must stand together at the top of a table: its header and its first row (the heading above keeps with them). */
export function tableLead(f: Flow, spec: TableSpec, rows: readonly string[][]): number {
  const first = rows[0];
  return rowHeight(f, spec, spec.header, true) + (first ? rowHeight(f, spec, first, false) : 0);
}

/** Draws the header and `rows` from the flow's `y` down, the full width, row `i` with a bar in `bars[i]`. */
export function drawTable(f: Flow, spec: TableSpec, rows: string[][], bars: readonly string[]): void {
  const widths = spec.fractions.map((share) => share * f.width);
  const drawRow = (cells: string[], bar?: string) => {
    const isHeader = bar === undefined;
    const style = isHeader ? spec.look.header : spec.look.cell;
    // the first cell of a row leaves room for the bar
    const inset = (i: number) => (i === 0 && !isHeader ? 4 : 0);
    const laid = cells.map((c, i) => f.t.lines(c, style, (widths[i] ?? 40) - 2 * PAD - inset(i), MAX_CELL_LINES));
    const h = Math.max(...laid.map((lines) => f.t.height(lines, style))) + 2 * PAD;
    if (f.y + h > f.bottom) {
      f.newPage();
      if (!isHeader) drawRow(spec.header);
    }
    const y = f.y;
    if (isHeader) f.fill(f.left, y, f.width, h, spec.look.headerFill);
    else f.fill(f.left, y + PAD, 3, h - 2 * PAD, bar);
    let x = f.left;
    laid.forEach((lines, i) => {
      const w = widths[i] ?? 40;
      const align = spec.numeric.includes(i) ? 'right' : 'left';
      f.draw(lines, style, { x: x + PAD + inset(i), y: y + PAD, width: w - 2 * PAD - inset(i), align });
      x += w;
    });
    f.rule(f.left, y + h, f.width, 0.5, spec.look.rule);
    f.y = y + h;
  };
  drawRow(spec.header);
  rows.forEach((r, i) => {
    drawRow(r, bars[i] ?? spec.look.rule);
  });
  f.moveDown(0.3);
}
