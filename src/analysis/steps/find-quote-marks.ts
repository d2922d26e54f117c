/**
 * Every character that can open or close a quotation, with what its neighbours allow. Apostrophes
 * (`don't`, `'90s`, `rock 'n' roll`, `O'Brien`) are told apart here and never become marks; marks
 * inside URLs and inline code are set aside with a note. One pass, linear in the text.
 */
import { isSpace, type Span } from '../span.js';
import type { Note } from '../story.js';

export type MarkFamily = 'double' | 'single' | 'guillemet';

export interface QuoteMark extends Span {
  char: string;
  family: MarkFamily;
  /** Neighbours allow it to open a quote (non-space after, a boundary before). */
  canOpen: boolean;
  /** Neighbours allow it to close a quote (non-space before, a boundary after). */
  canClose: boolean;
  /** The glyph itself says which side it is: 1 opening, -1 closing, 0 either. */
  glyph: 1 | -1 | 0;
}

/** Typewriter doubles (`''…''`, ``` ``…'' ```) come first, so they are not read as two singles. */
const MARKS = /''|``|["“”„‟«»‹›'‘’‚]/g;
const EXCLUDED = /\b(?:https?|ftp):\/\/[^\s<>]*|\bwww\.[^\s<>]+|`[^`\n]{0,200}`/g;

const GLYPH: Record<string, [MarkFamily, 1 | -1 | 0]> = {
  '"': ['double', 0],
  "''": ['double', 0],
  '``': ['double', 1],
  '“': ['double', 1],
  '”': ['double', -1],
  '„': ['double', 1],
  '‟': ['double', 1],
  '«': ['guillemet', 1],
  '»': ['guillemet', -1],
  '‹': ['guillemet', 1],
  '›': ['guillemet', -1],
  "'": ['single', 0],
  '‘': ['single', 1],
  '’': ['single', -1],
  '‚': ['single', 1],
};

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[([{\-–—/:;,\p{Cf}]/u;
const CLOSING_CONTEXT = /[)\]}.,;:!?\-–—/…\p{Cf}]/u;

export function findQuoteMarks(text: string, notes: Note[]): QuoteMark[] {
  const excluded = [...text.matchAll(EXCLUDED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  let ex = 0;
  const marks: QuoteMark[] = [];
  for (const m of text.matchAll(MARKS)) {
    const i = m.index;
    while (ex < excluded.length && (excluded[ex] as Span).end <= i) ex++;
    const inside = ex < excluded.length && (excluded[ex] as Span).start <= i;
    const char = m[0];
    const [family, glyph] = GLYPH[char] as [MarkFamily, 1 | -1 | 0];
    if (inside) {
      if (family === 'double')
        notes.push({ rule: 'mark-in-url-or-code', message: 'Quotation mark inside a URL or code: not a quote.', start: i, end: i + char.length });
      continue;
    }
    const end = i + char.length;
    const prev = i > 0 ? (text[i - 1] as string) : '';
    const next = end < text.length ? (text[end] as string) : '';
    if (family === 'single' && isApostrophe(text, i, prev, next)) continue;
    if (char === '"' && isInchMark(text, i, prev)) continue;
    const prevBoundary = prev === '' || isSpace(prev.charCodeAt(0)) || OPENING_CONTEXT.test(prev) || isMarkChar(prev);
    const nextBoundary = next === '' || isSpace(next.charCodeAt(0)) || CLOSING_CONTEXT.test(next) || isMarkChar(next);
    const canOpen = next !== '' && !isSpace(next.charCodeAt(0)) && prevBoundary;
    const canClose = prev !== '' && !isSpace(prev.charCodeAt(0)) && nextBoundary;
    marks.push({ start: i, end, char, family, canOpen: canOpen || (!canClose && glyph === 1), canClose: canClose || (!canOpen && glyph === -1), glyph });
  }
  return marks;
}

function isMarkChar(c: string): boolean {
  return c in GLYPH;
}

/** don't, Libyans' plans (kept as a possible closer), '90s, rock 'n' roll, O'Brien. */
function isApostrophe(text: string, i: number, prev: string, next: string): boolean {
  const letterBefore = prev !== '' && LETTER_OR_DIGIT.test(prev);
  const letterAfter = next !== '' && LETTER_OR_DIGIT.test(next);
  if (letterBefore && letterAfter) return true; // don't, O'Brien, rock'n'roll
  if (/\d/.test(next) && /^\d\ds?\b/.test(text.slice(i + 1, i + 5))) return true; // '90s, ’24
  const around = text.slice(Math.max(0, i - 2), i + 3).toLowerCase();
  if (/[\s]['‘’]n['’]\s/.test(` ${around} `) || /^\s?['‘’]n['’]/.test(text.slice(i - 1, i + 3).toLowerCase())) return true; // 'n'
  if (/^['‘’](?:em|tis|twas|cause|til|bout|round)\b/i.test(text.slice(i, i + 7))) return true; // 'em, 'tis
  return false;
}

/** 5'10": feet and inches, not a quote. */
function isInchMark(text: string, i: number, prev: string): boolean {
  return /\d/.test(prev) && /\d['’]\d{1,2}$/.test(text.slice(Math.max(0, i - 4), i));
}
