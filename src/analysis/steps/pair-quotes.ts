/**
 * Pairs opening and closing marks into quotes, paragraph by paragraph, so that a stray or
 * unbalanced mark never derails the rest of the story. Double marks and guillemets pair first;
 * single marks count only outside them, as outer quotes (`‘lost harvest’`). A quote left open at
 * a paragraph's end continues when the next paragraph reopens (one quote per paragraph).
 */

import type { NoteSink } from '../notes.js';
import { isSpace, type Span, trimSpan } from '../span.js';
import type { Note } from '../story.js';
import type { QuoteMarks } from './find-quote-marks.js';

export interface PairedQuote extends Span {
  open: Span;
  close: Span | null;
  paragraph: number;
  /** The previous paragraph's quote that this one continues, if any. */
  continues: boolean;
  /** Left open and the next paragraph reopens: the quote goes on there. */
  continued: boolean;
  single: boolean;
}

export function pairQuotes(text: string, marks: QuoteMarks, paragraphs: readonly Span[], notes: NoteSink): PairedQuote[] {
  const ranges = paragraphRanges(marks, paragraphs);
  const out: PairedQuote[] = [];
  let openFromPrevious = false;
  let singleOpenFromPrevious = false;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p] as Span;
    const range: MarkRange = { marks, from: ranges[2 * p] as number, to: ranges[2 * p + 1] as number };
    if (range.from === range.to) {
      openFromPrevious = false; // no marks, no quote: nothing goes on past here
      singleOpenFromPrevious = false;
      continue;
    }
    let hasSingles = false;
    for (let k = range.from; k < range.to && !hasSingles; k++) hasSingles = marks.isSingle(k);
    const quotes = pairDoubles(text, range, para, p, notes);
    const first = quotes[0];
    if (openFromPrevious && first && first.open.start === para.start) first.continues = true;
    const last = quotes.at(-1);
    const next = p + 1 < paragraphs.length ? firstNotSingle(marks, ranges[2 * p + 2] as number, ranges[2 * p + 3] as number) : -1;
    const nextReopens = next >= 0 && marks.start(next) === (paragraphs[p + 1] as Span).start && marks.canOpen(next);
    openFromPrevious = false;
    if (last && last.close === null) {
      if (nextReopens) {
        last.continued = true;
        openFromPrevious = true;
      } else {
        notes.push({
          rule: 'unclosed-quote',
          message: 'This quotation mark is never closed: the quote is taken to run to the end of the paragraph.',
          start: last.open.start,
          end: last.open.end,
        });
      }
    }
    if (!hasSingles) {
      for (const q of quotes) out.push(q);
      singleOpenFromPrevious = false;
      continue;
    }
    // British style: `‘…` left open at a paragraph's end goes on when the next paragraph reopens with `‘`
    const reopensSingle =
      p + 1 < paragraphs.length && opensWithSingle(marks, ranges[2 * p + 2] as number, ranges[2 * p + 3] as number, paragraphs[p + 1] as Span);
    const singles = pairSingles(text, range, quotes, para, p, notes, reopensSingle);
    const firstSingle = singles[0];
    if (singleOpenFromPrevious && firstSingle && firstSingle.open.start === para.start) firstSingle.continues = true;
    singleOpenFromPrevious = singles.at(-1)?.continued === true;
    for (const q of nestSinglesAndDoubles(singles, quotes, notes)) out.push(q);
  }
  return isSortedByStart(out) ? out : out.sort((a, b) => a.start - b.start);
}

/**
 * Each paragraph's marks as a range of indices, `[from, to)` at 2p and 2p + 1: marks and
 * paragraphs are both in order, so one sweep finds them (a mark between paragraphs is in none).
 */
function paragraphRanges(marks: QuoteMarks, paragraphs: readonly Span[]): Int32Array {
  const ranges = new Int32Array(paragraphs.length * 2);
  let k = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p] as Span;
    while (k < marks.length && marks.start(k) < para.start) k++;
    ranges[2 * p] = k;
    while (k < marks.length && marks.start(k) < para.end) k++;
    ranges[2 * p + 1] = k;
  }
  return ranges;
}

/** Sorting is stable: an array already in order stays as it is, so it need not be sorted. */
function isSortedByStart(quotes: readonly PairedQuote[]): boolean {
  for (let i = 1; i < quotes.length; i++) if ((quotes[i] as PairedQuote).start < (quotes[i - 1] as PairedQuote).start) return false;
  return true;
}

/** The first double mark or guillemet among marks [from, to), or -1. */
function firstNotSingle(marks: QuoteMarks, from: number, to: number): number {
  for (let k = from; k < to; k++) if (!marks.isSingle(k)) return k;
  return -1;
}

/**
 * Single quotes around double ones are the outer quote (British style: `‘He asked “who pays?”’`):
 * the doubles inside belong to it. A single pair that crosses a double one is not a quote.
 * The result never overlaps.
 */
function nestSinglesAndDoubles(singles: readonly PairedQuote[], doubles: readonly PairedQuote[], notes: NoteSink): PairedQuote[] {
  if (singles.length === 0) return [...doubles];
  const end = (q: PairedQuote) => q.close?.end ?? q.end;
  const kept: PairedQuote[] = [];
  const inner = new Set<PairedQuote>();
  let d = 0;
  for (const single of singles) {
    while (d < doubles.length && end(doubles[d] as PairedQuote) <= single.open.start) d++;
    const inside: PairedQuote[] = [];
    let crosses = false;
    for (let k = d; k < doubles.length && (doubles[k] as PairedQuote).open.start < end(single); k++) {
      const double = doubles[k] as PairedQuote;
      if (double.open.start > single.open.start && end(double) <= (single.close?.start ?? single.end)) inside.push(double);
      else crosses = true;
    }
    if (crosses) {
      notes.push({
        rule: 'stray-quote-mark',
        message: 'Single quotation marks that cross a double-quoted passage: not taken as a quote.',
        start: single.open.start,
        end: single.open.end,
      });
      continue;
    }
    for (const q of inside) inner.add(q);
    kept.push(single);
  }
  return [...doubles.filter((q) => !inner.has(q)), ...kept];
}

/** A paragraph's marks: indices `[from, to)` of `marks`. */
interface MarkRange {
  marks: QuoteMarks;
  from: number;
  to: number;
}

const NO_MARK = -1;

/** Double marks and guillemets (single marks are left to pairSingles). */
function pairDoubles(text: string, range: MarkRange, para: Span, p: number, notes: NoteSink): PairedQuote[] {
  const { marks } = range;
  const out: PairedQuote[] = [];
  let open = NO_MARK;
  let nested = NO_MARK; // «… “inner” …»: the other family nests inside
  for (let k = range.from; k < range.to; k++) {
    if (marks.isSingle(k)) continue;
    const family = marks.family(k);
    if (nested !== NO_MARK) {
      if (family === marks.family(nested) && marks.canClose(k)) nested = NO_MARK;
      continue;
    }
    if (open !== NO_MARK && family !== marks.family(open) && marks.canOpen(k) && !marks.canClose(k)) {
      nested = k;
      continue;
    }
    if (open === NO_MARK) {
      if (marks.canOpen(k) && !(marks.glyph(k) === -1 && marks.canClose(k))) open = k;
      else notes.push(stray(marks, k, 'A closing quotation mark with no opening mark before it.'));
      continue;
    }
    const closes = marks.canClose(k) && !(marks.glyph(k) === 1 && marks.canOpen(k) && !isClosingFamily(marks, open, k));
    if (closes) {
      pushQuote(text, out, marks, open, k, para, p, notes);
      open = NO_MARK;
    } else if (marks.canOpen(k)) {
      notes.push(stray(marks, open, 'An opening quotation mark that is never closed before the next one opens.'));
      open = k;
    } else {
      notes.push(stray(marks, k, 'A quotation mark that neither opens nor closes a quote here.'));
    }
  }
  if (open !== NO_MARK) pushQuote(text, out, marks, open, NO_MARK, para, p, notes);
  return out;
}

/** `„…“`: the German opening mark closes with `“`. */
function isClosingFamily(marks: QuoteMarks, open: number, mark: number): boolean {
  return marks.char(open) === '„' && marks.char(mark) === '“';
}

/** The paragraph whose marks are `[from, to)` opens with an opening single mark. */
function opensWithSingle(marks: QuoteMarks, from: number, to: number, para: Span): boolean {
  return from < to && marks.isSingle(from) && marks.start(from) === para.start && marks.canOpen(from) && !marks.canClose(from);
}

/**
 * Single marks outside the double quotes, paired; with `reopens` (the next paragraph opens with a
 * single mark), the last one left open runs to the paragraph's end and goes on there.
 */
function pairSingles(text: string, range: MarkRange, doubles: readonly PairedQuote[], para: Span, p: number, notes: NoteSink, reopens: boolean): PairedQuote[] {
  const { marks } = range;
  const singles: number[] = []; // indices of the single marks outside every double quote
  let d = 0;
  for (let k = range.from; k < range.to; k++) {
    if (!marks.isSingle(k)) continue;
    const at = marks.start(k);
    while (d < doubles.length && ((doubles[d] as PairedQuote).close?.end ?? para.end) <= at) d++;
    const q = doubles[d];
    if (!q || q.open.start > at) singles.push(k);
  }
  // the last single that only opens: the one that may run on into the next paragraph
  let lastOpen = -1;
  for (let i = singles.length - 1; i >= 0 && lastOpen < 0; i--) if (marks.canOpen(singles[i] as number) && !marks.canClose(singles[i] as number)) lastOpen = i;
  const out: PairedQuote[] = [];
  for (let i = 0; i < singles.length; i++) {
    const open = singles[i] as number;
    if (!marks.canOpen(open) || marks.canClose(open)) continue;
    let chosen = -1;
    for (let j = i + 1; j < singles.length; j++) {
      const m = singles[j] as number;
      if (marks.canOpen(m) && !marks.canClose(m)) break;
      if (!marks.canClose(m)) continue;
      chosen = j;
      if (!looksPossessive(text, marks, m)) break;
    }
    if (chosen < 0) {
      if (reopens && i === lastOpen) {
        pushQuote(text, out, marks, open, NO_MARK, para, p, notes, true);
        const left = out.at(-1);
        if (left && left.close === null) left.continued = true;
        break;
      }
      notes.push(stray(marks, open, 'A single quotation mark with no closing mark: not taken as a quote.'));
      continue;
    }
    pushQuote(text, out, marks, open, singles[chosen] as number, para, p, notes, true);
    i = chosen;
  }
  return out;
}

/** `farmers’ harvest`: a plural possessive, a weak closing candidate. */
function looksPossessive(text: string, marks: QuoteMarks, mark: number): boolean {
  return text[marks.start(mark) - 1] === 's' && /^\s\p{Ll}/u.test(text.slice(marks.end(mark), marks.end(mark) + 2));
}

/** The quote between marks open and close (NO_MARK: open to the paragraph's end). */
function pushQuote(
  text: string,
  out: PairedQuote[],
  marks: QuoteMarks,
  open: number,
  close: number,
  para: Span,
  p: number,
  notes: NoteSink,
  single = false,
): void {
  const closed = close !== NO_MARK;
  // the words between the marks, without the spaces French puts inside them (`« Oui »`)
  const content = closed ? trimSpan(text, marks.end(open), marks.start(close)) : trimSpan(text, marks.end(open), para.end);
  const start = content.start;
  const end = content.end;
  if (isBlank(text, start, end)) {
    notes.push({
      rule: 'empty-quote',
      message: 'Quotation marks with nothing between them.',
      start: marks.start(open),
      end: closed ? marks.end(close) : marks.end(open),
    });
    return;
  }
  out.push({ start, end, open: marks.span(open), close: closed ? marks.span(close) : null, paragraph: p, continues: false, continued: false, single });
}

function stray(marks: QuoteMarks, mark: number, message: string): Note {
  return { rule: 'stray-quote-mark', message, start: marks.start(mark), end: marks.end(mark) };
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}
