/**
 * The only offset arithmetic in quotecheck. A span is a pair of UTF-16 code-unit offsets
 * (JavaScript string indices) into the text exactly as the user gave it, end exclusive.
 */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers: `text === source.slice(start, end)`. */
export interface TextSpan extends Span {
  text: string;
}

export function textSpan(source: string, start: number, end: number): TextSpan {
  return { start, end, text: source.slice(start, end) };
}

export function spanLength(span: Span): number {
  return span.end - span.start;
}

/** Number of code units two spans share. */
export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function byStart(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** Narrow a span so that it starts and ends on a non-space character. */
export function trimSpan(source: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(source.charCodeAt(s))) s++;
  while (e > s && isSpace(source.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}

/** What a regular expression's `\s` matches, and what `String.prototype.trim` removes. */
export function isWhiteSpace(code: number): boolean {
  // a letter or mark of ASCII (nearly every character read) is settled by the first two tests
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Start of the white space (`\s`) that ends text[start..end): end itself when there is none. */
export function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/**
 * `/[\p{L}\p{N},]\s*$/u.test(source.slice(start, end))`: a letter, digit or comma is the last
 * character before the white space that ends the range (the text runs on into what follows).
 * An ASCII last character decides here without a copy; any other is left to the expression.
 */
export function endsInWordOrComma(source: string, start: number, end: number): boolean {
  const e = trimmedEnd(source, start, end);
  if (e === start) return false;
  const c = source.charCodeAt(e - 1);
  if (c < 0x80) return c === 44 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_OR_COMMA_AT_END.test(source.slice(start, end));
}

const WORD_OR_COMMA_AT_END = /[\p{L}\p{N},]\s*$/u;

/**
 * How many pieces `source.slice(start, end).trim().split(/\s+/)` gives (1 for blank text), without
 * the copies, counting no further than `cap`.
 */
export function spaceSeparatedCount(source: string, start: number, end: number, cap: number): number {
  let s = start;
  while (s < end && isWhiteSpace(source.charCodeAt(s))) s++;
  const e = trimmedEnd(source, s, end);
  let n = 1;
  let inSpace = false;
  for (let i = s; i < e && n < cap; i++) {
    const space = isWhiteSpace(source.charCodeAt(i));
    if (space && !inSpace) n++;
    inSpace = space;
  }
  return Math.min(n, cap);
}

/**
 * Index of the span in a sorted, non-overlapping list that contains `offset`, or -1.
 * Binary search: O(log n).
 */
export function findContaining(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as Span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * For each span of `spans` (sorted), the index of the span of `containers` (sorted, not
 * overlapping) that holds its start, or -1: `findContaining` for all of them in one merge.
 */
export function containingStarts(spans: readonly Span[], containers: readonly Span[]): Int32Array {
  const out = new Int32Array(spans.length);
  let c = 0;
  for (let i = 0; i < spans.length; i++) {
    const start = (spans[i] as Span).start;
    while (c < containers.length && (containers[c] as Span).end <= start) c++;
    out[i] = c < containers.length && (containers[c] as Span).start <= start ? c : -1;
  }
  return out;
}

/**
 * The span of `spans` (sorted, not overlapping) holding `offset`, or -1, as `findContaining` gives
 * it: the span `near` (the last one found) or the one after it first, as the quotes and statements
 * read in text order mostly stay there; else a binary search.
 */
export function containingNear(spans: readonly Span[], offset: number, near: number): number {
  for (let i = Math.max(near, 0); i <= near + 1 && i < spans.length; i++) {
    const span = spans[i] as Span;
    if (span.start <= offset && offset < span.end) return i;
  }
  return findContaining(spans, offset);
}

/**
 * Index of the first span in a sorted list whose start is >= offset (spans.length if none).
 * `from` and `to` narrow the search to spans[from..to), returning `to` if none there.
 */
export function firstStartingAtOrAfter(spans: readonly Span[], offset: number, from = 0, to = spans.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For a set of spans, a question answered by one binary search: at → the furthest end among the
 * spans that start at or before `at` (−1 when none does). `at` lies inside some span when the
 * answer is greater than `at`; a span [a, b) lies inside one when the answer at `a` is ≥ `b`.
 */
export function furthestEnds(spans: readonly Span[]): (at: number) => number {
  const sorted = [...spans].sort(byStart);
  const reach: number[] = [];
  let max = -1;
  for (const s of sorted) {
    max = Math.max(max, s.end);
    reach.push(max);
  }
  return (at) => {
    const k = firstStartingAtOrAfter(sorted, at + 1);
    return k > 0 ? (reach[k - 1] as number) : -1;
  };
}

/** Count words (runs of letters or digits, with inner apostrophes and hyphens). */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const wordChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && !isSpace(c) && !isPunctuationCode(c));
    if (wordChar && !inWord) n++;
    inWord = wordChar || (inWord && (c === 39 || c === 0x2019 || c === 45) && i + 1 < text.length && /[\p{L}\p{N}]/u.test(text[i + 1] ?? ''));
  }
  return n;
}

function isPunctuationCode(c: number): boolean {
  return (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e) || c === 0xab || c === 0xbb || (c >= 0x3000 && c <= 0x303f);
}
