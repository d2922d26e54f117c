/**
 * Text in the PDF: paragraphs laid out by pdf-layout.ts with widths measured once per word and
 * per character (per document, so that no story's words outlive its request), then drawn line
 * by line with pdfkit, which then neither wraps nor measures anything again. Page breaks inside
 * a paragraph happen where pdfkit's own wrapper would put them.
 */
import PDFDocument from 'pdfkit';
import { breakWord, type Line, type Measure, type Run, wrap } from './pdf-layout.js';

export type Doc = PDFKit.PDFDocument;

/** A pdfkit document, and its bytes once `doc.end()` is called. */
export function openDocument(options: PDFKit.PDFDocumentOptions): { doc: Doc; done: Promise<Buffer> } {
  const doc = new PDFDocument(options);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

export interface TextStyle {
  font: 'Body' | 'Bold';
  size: number;
  colour: string;
}

export interface Place {
  x: number;
  y: number;
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

export class PdfText {
  private readonly measures = new Map<string, Measure>();
  private readonly heights = new Map<string, number>();

  constructor(readonly doc: Doc) {}

  /** A new page unless `h` points still fit above the bottom margin. */
  ensure(h: number): void {
    if (this.doc.y + h > this.doc.page.height - this.doc.page.margins.bottom) this.doc.addPage();
  }

  /** Lays out `text` (or styled runs of it) at `place` and draws it; returns the y below it, also left in `doc.y`. */
  paragraph(text: string | Run<TextStyle>[], style: TextStyle, place: Place): number {
    return this.draw(this.lines(text, style, place), style, place);
  }

  lines(text: string | Run<TextStyle>[], style: TextStyle, place: Pick<Place, 'width' | 'maxLines'>): Line<TextStyle>[] {
    const runs = typeof text === 'string' ? [{ text, style }] : text;
    const lines = wrap(runs, place.width, (s) => this.measure(s));
    return place.maxLines !== undefined && lines.length > place.maxLines ? this.clamp(lines, place.maxLines, place.width) : lines;
  }

  height(lines: readonly Line<TextStyle>[], style: TextStyle): number {
    let h = 0;
    for (const line of lines) h += this.lineHeight(line, style);
    return h;
  }

  /** Draws laid-out lines from `place.y` down, on a new page whenever the next line would cross the bottom margin. */
  draw(lines: readonly Line<TextStyle>[], style: TextStyle, place: Place): number {
    const { doc } = this;
    let pen: TextStyle | null = null;
    const use = (s: TextStyle) => {
      if (s !== pen) doc.font(s.font).fontSize(s.size).fillColor(s.colour);
      pen = s;
    };
    // pdfkit sets the style even for an empty text, and what follows (moveDown) depends on it
    use(style);
    let y = place.y;
    for (const line of lines) {
      const lh = this.lineHeight(line, style);
      if (y + lh > doc.page.height - doc.page.margins.bottom) {
        doc.addPage();
        y = doc.page.margins.top;
        pen = null;
      }
      let x = place.x;
      if (place.align === 'right') x += place.width - this.trimmedWidth(line);
      for (const piece of line.pieces) {
        use(piece.style);
        doc.text(piece.text, x, y, { lineBreak: false, textWidth: piece.width, wordCount: 1 } as DrawOptions);
        x += piece.width;
      }
      y += lh;
    }
    doc.x = place.x;
    doc.y = y;
    return y;
  }

  measure(style: TextStyle): Measure {
    const key = `${style.font} ${style.size}`;
    let m = this.measures.get(key);
    if (!m) {
      const words = new Map<string, number>();
      const clusters = new Map<string, number>();
      const measured = (cache: Map<string, number>) => (s: string) => {
        let w = cache.get(s);
        if (w === undefined) {
          w = this.doc.font(style.font).fontSize(style.size).widthOfString(s);
          cache.set(s, w);
        }
        return w;
      };
      m = { word: measured(words), cluster: measured(clusters) };
      this.measures.set(key, m);
    }
    return m;
  }

  /** The tallest style on the line; an empty line is as tall as the paragraph's style. */
  private lineHeight(line: Line<TextStyle>, paragraph: TextStyle): number {
    let h = 0;
    for (const style of line.pieces.length > 0 ? line.pieces.map((p) => p.style) : [paragraph]) {
      const key = `${style.font} ${style.size}`;
      let lh = this.heights.get(key);
      if (lh === undefined) {
        lh = this.doc.font(style.font).fontSize(style.size).currentLineHeight(true);
        this.heights.set(key, lh);
      }
      h = Math.max(h, lh);
    }
    return h;
  }

  private trimmedWidth(line: Line<TextStyle>): number {
    const last = line.pieces[line.pieces.length - 1];
    if (!last) return 0;
    const before = line.pieces.reduce((w, p) => w + p.width, 0) - last.width;
    return before + this.measure(last.style).word(last.text.replace(/\s+$/, ''));
  }

  /** The first `max` lines, the last one shortened to end in an ellipsis. */
  private clamp(lines: Line<TextStyle>[], max: number, width: number): Line<TextStyle>[] {
    const kept = lines.slice(0, Math.max(0, max));
    const last = kept[kept.length - 1];
    const piece = last?.pieces[last.pieces.length - 1];
    if (!last || !piece) return kept;
    const m = this.measure(piece.style);
    const room = width - (last.pieces.reduce((w, p) => w + p.width, 0) - piece.width) - m.word('…');
    const text = `${breakWord(piece.text.trimEnd(), room, m.cluster)[0] ?? ''}…`;
    last.pieces[last.pieces.length - 1] = { text, style: piece.style, width: m.word(text) };
    return kept;
  }
}
