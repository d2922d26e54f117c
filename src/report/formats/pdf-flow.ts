/**
 * The PDF's pages as lists of drawing operations: laid out first, painted with pdfkit after.
 * The page count is then known as each page is painted (for its `3 / 12`), so pdfkit writes
 * out each page as soon as the next one begins instead of holding every page's content until
 * the end (`bufferPages`, which made a long report spend most of its time collecting garbage).
 * Paragraphs break across pages where pdfkit's own wrapper would break them, and pdfkit's
 * `moveDown` rule (a number of lines of the last font used) is kept.
 */
import PDFDocument from 'pdfkit';
import type { Line } from './pdf-layout.js';
import { type Doc, PdfText, type Text, type TextStyle } from './pdf-text.js';

type Op =
  | { op: 'text'; text: string; x: number; y: number; style: TextStyle; width: number; spacing: number }
  | { op: 'fill'; x: number; y: number; w: number; h: number; colour: string }
  | { op: 'box'; x: number; y: number; w: number; h: number; colour: string }
  | { op: 'rule'; x: number; y: number; w: number; lineWidth: number; colour: string };

export interface Place {
  x: number;
  /** Where the first line goes; the flow's `y` if left out. */
  y?: number;
  width: number;
  align?: 'left' | 'right';
  /** At most this many lines, the last one ending in `…` if cut (a table row must fit on a page). */
  maxLines?: number;
}

/**
 * pdfkit's wrapper hands each line's width and word count to the drawing code, which otherwise
 * measures the line again; only underlines and links use them (neither is drawn here), and the
 * word count only with word spacing, which is never set.
 */
type DrawOptions = PDFKit.Mixins.TextOptions & { textWidth: number; wordCount: number };

/** A pdfkit document writing each page out as it goes, and its bytes once `doc.end()` is called. */
export function openDocument(options: PDFKit.PDFDocumentOptions): { doc: Doc; done: Promise<Buffer> } {
  const doc = new PDFDocument({ ...options, bufferPages: false });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

export class Flow {
  readonly t: PdfText;
  readonly left: number;
  readonly width: number;
  readonly top: number;
  readonly bottom: number;
  /** Where the next thing goes on the last page, like pdfkit's `doc.y`. */
  y: number;
  private readonly pages: Op[][] = [[]];
  private ops: Op[];
  private last: TextStyle | null = null;

  constructor(readonly doc: Doc) {
    this.t = new PdfText(doc);
    const { margins, width, height } = doc.page;
    this.left = margins.left;
    this.width = width - margins.left - margins.right;
    this.top = margins.top;
    this.bottom = height - margins.bottom;
    this.y = this.top;
    this.ops = this.pages[0] as Op[];
  }

  newPage(): void {
    this.ops = [];
    this.pages.push(this.ops);
    this.y = this.top;
  }

  /** A new page unless `h` points still fit above the bottom margin. */
  ensure(h: number): void {
    if (this.y + h > this.bottom) this.newPage();
  }

  moveDown(lines: number): void {
    if (this.last) this.y += this.t.lineHeight(null, this.last) * lines;
  }

  paragraph(text: Text, style: TextStyle, place: Place): void {
    this.draw(this.t.lines(text, style, place.width, place.maxLines), style, place);
  }

  /** Lines from `place.y` down, on a new page whenever the next one would cross the bottom margin. */
  draw(lines: readonly Line<TextStyle>[], style: TextStyle, place: Place): void {
    let y = place.y ?? this.y;
    this.last = style;
    for (const line of lines) {
      const lh = this.t.lineHeight(line, style);
      if (y + lh > this.bottom) {
        this.newPage();
        y = this.top;
      }
      this.line(line, place.align === 'right' ? place.x + place.width - this.t.trimmedWidth(line) : place.x, y);
      y += lh;
    }
    this.y = y;
  }

  /** One line at `x`, `y` of the current page, margins or not. */
  line(line: Line<TextStyle>, x: number, y: number): void {
    for (const { text, style, width } of line.pieces) {
      this.ops.push({ op: 'text', text, x, y, style, width, spacing: 0 });
      x += width;
      this.last = style;
    }
  }

  /** A short text on one line, letter-spaced (measured by pdfkit when painted). */
  spaced(text: string, style: TextStyle, spacing: number): void {
    this.ops.push({ op: 'text', text, x: this.left, y: this.y, style, width: 0, spacing });
    this.last = style;
    this.y += this.t.lineHeight(null, style);
  }

  fill(x: number, y: number, w: number, h: number, colour: string): void {
    this.ops.push({ op: 'fill', x, y, w, h, colour });
  }

  /** A box with rounded corners, outlined. */
  box(x: number, y: number, w: number, h: number, colour: string): void {
    this.ops.push({ op: 'box', x, y, w, h, colour });
  }

  /** A horizontal line. */
  rule(x: number, y: number, w: number, lineWidth: number, colour: string): void {
    this.ops.push({ op: 'rule', x, y, w, lineWidth, colour });
  }

  /** Lets `add` draw on every page (footers), knowing how many pages there are. */
  everyPage(add: (page: number, count: number) => void): void {
    const current = this.ops;
    this.pages.forEach((ops, i) => {
      this.ops = ops;
      add(i, this.pages.length);
    });
    this.ops = current;
  }

  /** Paints every page with pdfkit, in order. */
  paint(): void {
    this.pages.forEach((ops, i) => {
      if (i > 0) this.doc.addPage();
      paint(this.doc, ops);
    });
  }
}

function paint(doc: Doc, ops: readonly Op[]): void {
  let pen: TextStyle | null = null;
  for (const o of ops) {
    if (o.op === 'text') {
      if (o.style !== pen) doc.font(o.style.font).fontSize(o.style.size).fillColor(o.style.colour);
      pen = o.style;
      const options: DrawOptions = { lineBreak: false, textWidth: o.width, wordCount: 1 };
      if (o.spacing) options.characterSpacing = o.spacing;
      doc.text(o.text, o.x, o.y, options);
    } else if (o.op === 'fill') {
      doc.rect(o.x, o.y, o.w, o.h).fill(o.colour);
      pen = null;
    } else if (o.op === 'box') doc.roundedRect(o.x, o.y, o.w, o.h, 5).lineWidth(0.8).strokeColor(o.colour).stroke();
    else
      doc
        .moveTo(o.x, o.y)
        .lineTo(o.x + o.w, o.y)
        .lineWidth(o.lineWidth)
        .strokeColor(o.colour)
        .stroke();
  }
}
