/**
 * Pairs opening and closing marks into quotes, paragraph by paragraph, so that a stray or
 * unbalanced mark never derails the rest of the story. Double marks and guillemets pair first;
 * single marks count only outside them, as outer quotes (`‘lost harvest’`). A quote left open at
 * a paragraph's end continues when the next paragraph reopens (one quote per paragraph).
 */

import { Grouped } from '../doc/grouped.js';
import type { NoteSink } from '../notes.js';
import { findContaining, isSpace, type Span, trimSpan } from '../span.js';
import type { Note } from '../story.js';
import type { QuoteMark } from './find-quote-marks.js';

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

export function pairQuotes(text: string, marks: readonly QuoteMark[], paragraphs: readonly Span[], notes: NoteSink): PairedQuote[] {
  // the marks of each paragraph (a counting sort: the many paragraphs without a mark cost nothing)
  const byParagraph = new Grouped(marks, paragraphs.length, (m) => findContaining(paragraphs, m.start));
  const out: PairedQuote[] = [];
  let openFromPrevious = false;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p] as Span;
    if (byParagraph.count(p) === 0) {
      openFromPrevious = false; // no marks, no quote: nothing goes on past here
      continue;
    }
    // the paragraph's marks are read in place, never copied: a paragraph may hold a million
    const marks = { items: byParagraph.items, from: byParagraph.from(p), to: byParagraph.to(p) };
    let hasSingles = false;
    for (let k = marks.from; k < marks.to && !hasSingles; k++) hasSingles = (marks.items[k] as QuoteMark).family === 'single';
    const quotes = pairDoubles(text, marks, para, p, notes);
    const first = quotes[0];
    if (openFromPrevious && first && first.open.start === para.start) first.continues = true;
    const last = quotes.at(-1);
    const nextFirstMark = firstNotSingle(byParagraph, p + 1);
    const nextReopens = nextFirstMark !== undefined && nextFirstMark.start === (paragraphs[p + 1] as Span).start && nextFirstMark.canOpen;
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
    if (!hasSingles) for (const q of quotes) out.push(q);
    else for (const q of nestSinglesAndDoubles(pairSingles(text, marks, quotes, para, p, notes), quotes, notes)) out.push(q);
  }
  return isSortedByStart(out) ? out : out.sort((a, b) => a.start - b.start);
}

/** Sorting is stable: an array already in order stays as it is, so it need not be sorted. */
function isSortedByStart(quotes: readonly PairedQuote[]): boolean {
  for (let i = 1; i < quotes.length; i++) if ((quotes[i] as PairedQuote).start < (quotes[i - 1] as PairedQuote).start) return false;
  return true;
}

/** The first double mark or guillemet of paragraph p, if any. */
function firstNotSingle(byParagraph: Grouped<QuoteMark>, p: number): QuoteMark | undefined {
  for (let k = byParagraph.from(p), end = byParagraph.to(p); k < end; k++) {
    const m = byParagraph.items[k] as QuoteMark;
    if (m.family !== 'single') return m;
  }
  return undefined;
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

/** A paragraph's marks: `items[from..to)`. */
interface MarkRange {
  items: readonly QuoteMark[];
  from: number;
  to: number;
}

/** Double marks and guillemets (single marks are left to pairSingles). */
function pairDoubles(text: string, marks: MarkRange, para: Span, p: number, notes: NoteSink): PairedQuote[] {
  const out: PairedQuote[] = [];
  let open: QuoteMark | null = null;
  let nested: QuoteMark | null = null; // «… “inner” …»: the other family nests inside
  for (let k = marks.from; k < marks.to; k++) {
    const mark = marks.items[k] as QuoteMark;
    if (mark.family === 'single') continue;
    if (nested !== null) {
      if (mark.family === nested.family && mark.canClose) nested = null;
      continue;
    }
    if (open !== null && mark.family !== open.family && mark.canOpen && !mark.canClose) {
      nested = mark;
      continue;
    }
    if (open === null) {
      if (mark.canOpen && !(mark.glyph === -1 && mark.canClose)) open = mark;
      else notes.push(stray(mark, 'A closing quotation mark with no opening mark before it.'));
      continue;
    }
    const closes = mark.canClose && !(mark.glyph === 1 && mark.canOpen && !isClosingFamily(open, mark));
    if (closes) {
      pushQuote(text, out, open, mark, para, p, notes);
      open = null;
    } else if (mark.canOpen) {
      notes.push(stray(open, 'An opening quotation mark that is never closed before the next one opens.'));
      open = mark;
    } else {
      notes.push(stray(mark, 'A quotation mark that neither opens nor closes a quote here.'));
    }
  }
  if (open !== null) pushQuote(text, out, open, null, para, p, notes);
  return out;
}

/** `„…“`: the German opening mark closes with `“`. */
function isClosingFamily(open: QuoteMark, mark: QuoteMark): boolean {
  return open.char === '„' && mark.char === '“';
}

function pairSingles(text: string, marks: MarkRange, doubles: readonly PairedQuote[], para: Span, p: number, notes: NoteSink): PairedQuote[] {
  const singles: QuoteMark[] = [];
  let d = 0;
  for (let k = marks.from; k < marks.to; k++) {
    const m = marks.items[k] as QuoteMark;
    if (m.family !== 'single') continue;
    while (d < doubles.length && ((doubles[d] as PairedQuote).close?.end ?? para.end) <= m.start) d++;
    const q = doubles[d];
    if (!q || q.open.start > m.start) singles.push(m); // outside every double quote
  }
  const out: PairedQuote[] = [];
  for (let i = 0; i < singles.length; i++) {
    const open = singles[i] as QuoteMark;
    if (!open.canOpen || open.canClose) continue;
    let chosen = -1;
    for (let j = i + 1; j < singles.length; j++) {
      const m = singles[j] as QuoteMark;
      if (m.canOpen && !m.canClose) break;
      if (!m.canClose) continue;
      chosen = j;
      if (!looksPossessive(text, m)) break;
    }
    if (chosen < 0) {
      notes.push(stray(open, 'A single quotation mark with no closing mark: not taken as a quote.'));
      continue;
    }
    pushQuote(text, out, open, singles[chosen] as QuoteMark, para, p, notes, true);
    i = chosen;
  }
  return out;
}

/** `farmers’ harvest`: a plural possessive, a weak closing candidate. */
function looksPossessive(text: string, mark: QuoteMark): boolean {
  return text[mark.start - 1] === 's' && /^\s\p{Ll}/u.test(text.slice(mark.end, mark.end + 2));
}

function pushQuote(text: string, out: PairedQuote[], open: QuoteMark, close: QuoteMark | null, para: Span, p: number, notes: NoteSink, single = false): void {
  const content = close ? null : trimSpan(text, open.end, para.end);
  const start = content ? content.start : open.end;
  const end = content ? content.end : (close as QuoteMark).start;
  if (isBlank(text, start, end)) {
    notes.push({ rule: 'empty-quote', message: 'Quotation marks with nothing between them.', start: open.start, end: close?.end ?? open.end });
    return;
  }
  out.push({
    start,
    end,
    open: { start: open.start, end: open.end },
    close: close ? { start: close.start, end: close.end } : null,
    paragraph: p,
    continues: false,
    continued: false,
    single,
  });
}

function stray(mark: Span, message: string): Note {
  return { rule: 'stray-quote-mark', message, start: mark.start, end: mark.end };
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}
