/**
 * Measured text for the PDF: paragraphs broken into lines by pdf-layout.ts, with widths from
 * pdfkit's fonts measured once per word and per character. The caches belong to one document,
 * so that no story's words outlive its request.
 */
import { breakWord, type Line, type Measure, type Run, wrap } from './pdf-layout.js';

export type Doc = PDFKit.PDFDocument;

export interface TextStyle {
  font: 'Body' | 'Bold';
  size: number;
  colour: string;
}

export type Text = string | Run<TextStyle>[];

export class PdfText {
  private readonly measures = new Map<string, Measure>();
  private readonly heights = new Map<string, number>();

  constructor(readonly doc: Doc) {}

  /** `text` in lines of at most `width`; at most `maxLines` of them, the last one then ending in `…`. */
  lines(text: Text, style: TextStyle, width: number, maxLines = Infinity): Line<TextStyle>[] {
    const runs = typeof text === 'string' ? [{ text, style }] : text;
    const lines = wrap(runs, width, (s) => this.measure(s));
    return lines.length > maxLines ? this.clamp(lines, maxLines, width) : lines;
  }

  height(lines: readonly Line<TextStyle>[], style: TextStyle): number {
    let h = 0;
    for (const line of lines) h += this.lineHeight(line, style);
    return h;
  }

  /** The tallest style on the line; an empty line is as tall as its paragraph's style. */
  lineHeight(line: Line<TextStyle> | null, paragraph: TextStyle): number {
    if (!line || line.pieces.length === 0) return this.styleHeight(paragraph);
    let h = 0;
    for (const piece of line.pieces) h = Math.max(h, this.styleHeight(piece.style));
    return h;
  }

  /** The width of the line without its trailing spaces, as pdfkit aligns it. */
  trimmedWidth(line: Line<TextStyle>): number {
    const last = line.pieces[line.pieces.length - 1];
    if (!last) return 0;
    return width(line) - last.width + this.measure(last.style).word(last.text.replace(/\s+$/, ''));
  }

  measure(style: TextStyle): Measure {
    const key = `${style.font} ${style.size}`;
    let m = this.measures.get(key);
    if (!m) {
      const measured = (cache: Map<string, number>) => (s: string) => {
        let w = cache.get(s);
        if (w === undefined) {
          w = this.doc.font(style.font).fontSize(style.size).widthOfString(s);
          cache.set(s, w);
        }
        return w;
      };
      const char = measured(new Map());
      // a character as wide as its code points (marks and joiners have no width of their own):
      // shaping every distinct cluster is slow on a flood of random combining marks
      const cluster = (s: string) => {
        if (s.length === 1) return char(s);
        let w = 0;
        for (const c of s) w += char(c);
        return w;
      };
      m = { word: measured(new Map()), cluster };
      this.measures.set(key, m);
    }
    return m;
  }

  /** pdfkit's line height (with the font's line gap), as its wrapper and `moveDown` use it. */
  private styleHeight(style: TextStyle): number {
    const key = `${style.font} ${style.size}`;
    let h = this.heights.get(key);
    if (h === undefined) {
      h = this.doc.font(style.font).fontSize(style.size).currentLineHeight(true);
      this.heights.set(key, h);
    }
    return h;
  }

  /** The first `max` lines, the last one shortened to end in an ellipsis. */
  private clamp(lines: Line<TextStyle>[], max: number, room: number): Line<TextStyle>[] {
    const kept = lines.slice(0, Math.max(0, max));
    const last = kept[kept.length - 1];
    const piece = last?.pieces[last.pieces.length - 1];
    if (!last || !piece) return kept;
    const m = this.measure(piece.style);
    const left = room - (width(last) - piece.width) - m.word('…');
    const text = `${breakWord(piece.text.trimEnd(), left, m.cluster)[0] ?? ''}…`;
    last.pieces[last.pieces.length - 1] = { text, style: piece.style, width: m.word(text) };
    return kept;
  }
}

function width(line: Line<TextStyle>): number {
  let w = 0;
  for (const piece of line.pieces) w += piece.width;
  return w;
}
