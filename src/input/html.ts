/**
 * HTML → plain text in linear time: markup, scripts, styles and comments dropped, blocks become
 * paragraphs, entities decoded.
 *
 * The rules are those of a chain of regular expressions (`<tag[^>]*>` and the like, kept in
 * tests/support/legacy-html.ts as the reference), applied in the same order, but each pass is a
 * scanner: such a `[^>]*` with no `>` to stop at reads to the end of the text from every `<`,
 * which is quadratic. Here the position of the next `>` is remembered (every tag that starts
 * before it ends at it, and when there is none no later tag can end either), and a closing tag
 * that is not found is not looked for again, so every pass reads the text a bounded number of
 * times. DOM parsers were measured and not used: linkedom is quadratic on deep nesting (400,000
 * nested `<div>`: 52 s), and parse5, linear, keeps 100 to 200 MB of tree for 2 MB of tags and
 * would change the text the tests fix.
 */
import { isLetterCode, isWordCode } from './chars.js';
import { decodeEntities } from './html-entities.js';

/** Elements dropped with everything inside them, up to their closing tag (or the end, if none). */
const RAW = new Set(['script', 'style', 'head', 'noscript', 'template', 'svg', 'math', 'iframe', 'object']);
/** Elements whose opening and closing tags separate paragraphs. */
// biome-ignore format: a word list, kept dense
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul',
]);
/** Table cells: their opening tags become spaces so that cells do not run together. */
const CELL = new Set(['td', 'th']);
/** No tag name above is longer: a longer word after `<` is not looked up. */
const LONGEST_NAME = 10;

/** The first `>` at or after a position, remembered: the searches of one pass read the text once. */
class NextGt {
  private from = Number.POSITIVE_INFINITY;
  private at = -1;
  constructor(private readonly s: string) {}
  find(from: number): number {
    if (from >= this.from && (this.at < 0 || from <= this.at)) return this.at;
    this.from = from;
    this.at = this.s.indexOf('>', from);
    return this.at;
  }
}

/** A tag name starting at `i` (ASCII letters, digits and `_`, lower-cased), and where it ends. */
function nameAt(s: string, i: number): { name: string; end: number } {
  let end = i;
  while (end < s.length && isWordCode(s.charCodeAt(end))) end++;
  return { name: end > i && end - i <= LONGEST_NAME ? s.slice(i, end).toLowerCase() : '', end };
}

/**
 * Replaces every tag `<name…>` (or `</name…>` when `closing` allows it) whose name is in `names`
 * with `by`; the tag ends at the first `>` after its name.
 */
function replaceTags(s: string, names: ReadonlySet<string>, closing: boolean, by: string): string {
  const gt = new NextGt(s);
  const parts: string[] = [];
  let copied = 0;
  let lt = s.indexOf('<');
  while (lt >= 0) {
    const slash = closing && s.charCodeAt(lt + 1) === 47;
    const { name, end } = nameAt(s, lt + (slash ? 2 : 1));
    let next = lt + 1;
    if (names.has(name)) {
      const close = gt.find(end);
      if (close < 0) break;
      parts.push(s.slice(copied, lt), by);
      copied = next = close + 1;
    }
    lt = s.indexOf('<', next);
  }
  parts.push(s.slice(copied));
  return parts.join('');
}

/** Comments, up to `-->` or the end, become a space. */
function dropComments(s: string): string {
  const parts: string[] = [];
  let copied = 0;
  for (let start = s.indexOf('<!--'); start >= 0; start = s.indexOf('<!--', copied)) {
    parts.push(s.slice(copied, start), ' ');
    const end = s.indexOf('-->', start + 4);
    copied = end < 0 ? s.length : end + 3;
  }
  parts.push(s.slice(copied));
  return parts.join('');
}

/**
 * Raw elements (script, style, head…) become a space, up to their closing tag; then, if one was
 * left without a closing tag, everything from it to the end does too.
 */
function dropRawElements(s: string): string {
  const gt = new NextGt(s);
  /** Per name, a position after which its closing tag is known to be absent. */
  const noCloserAfter = new Map<string, number>();
  const parts: string[] = [];
  let copied = 0;
  let firstUnclosed = -1;
  let lt = s.indexOf('<');
  while (lt >= 0) {
    const { name, end } = nameAt(s, lt + 1);
    let next = lt + 1;
    if (RAW.has(name)) {
      const open = gt.find(end);
      if (open < 0) break;
      const closer = (noCloserAfter.get(name) ?? Number.POSITIVE_INFINITY) <= open ? null : findCloser(s, name, open + 1);
      if (closer) {
        parts.push(s.slice(copied, lt), ' ');
        copied = next = closer;
      } else {
        noCloserAfter.set(name, open);
        if (firstUnclosed < 0) firstUnclosed = parts.length;
      }
    }
    lt = s.indexOf('<', next);
  }
  parts.push(s.slice(copied));
  if (firstUnclosed < 0) return parts.join('');
  return cutAtFirstRawTag(parts.join(''));
}

/** One closing-tag pattern per raw element, made once (a page may hold thousands of scripts). */
const CLOSERS = new Map([...RAW].map((name) => [name, new RegExp(`</${name}\\s*>`, 'gi')]));

/** The end of the first `</name>` (any case, spaces before `>`) from `from`, or null. */
function findCloser(s: string, name: string, from: number): number | null {
  const re = CLOSERS.get(name) as RegExp;
  re.lastIndex = from;
  const m = re.exec(s);
  return m ? m.index + m[0].length : null;
}

/** Everything from the first raw element's opening tag (one with a `>`) to the end becomes a space. */
function cutAtFirstRawTag(s: string): string {
  for (let lt = s.indexOf('<'); lt >= 0; lt = s.indexOf('<', lt + 1)) {
    const { name, end } = nameAt(s, lt + 1);
    if (!RAW.has(name)) continue;
    return s.indexOf('>', end) < 0 ? s : `${s.slice(0, lt)} `;
  }
  return s;
}

/** Every other tag (`<` or `</`, then a letter, `!` or `?`, up to the next `>`) is dropped. */
function dropOtherTags(s: string): string {
  const gt = new NextGt(s);
  const parts: string[] = [];
  let copied = 0;
  let lt = s.indexOf('<');
  while (lt >= 0) {
    let at = lt + 1;
    if (s.charCodeAt(at) === 47 && isTagStart(s.charCodeAt(at + 1))) at++;
    let next = lt + 1;
    if (isTagStart(s.charCodeAt(at))) {
      const close = gt.find(at + 1);
      if (close < 0) break;
      parts.push(s.slice(copied, lt));
      copied = next = close + 1;
    }
    lt = s.indexOf('<', next);
  }
  parts.push(s.slice(copied));
  return parts.join('');
}

function isTagStart(c: number): boolean {
  return isLetterCode(c) || c === 33 || c === 63;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 11 || c === 13 || c === 10;
}

/** Each run of spaces, tabs and line breaks becomes a blank line (two breaks or more), a line break (one) or a space. */
function collapseWhitespace(s: string): string {
  const parts: string[] = [];
  let copied = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isSpaceCode(s.charCodeAt(i))) continue;
    let breaks = 0;
    let end = i;
    for (; end < s.length && isSpaceCode(s.charCodeAt(end)); end++) if (s.charCodeAt(end) === 10) breaks++;
    const by = breaks >= 2 ? '\n\n' : breaks === 1 ? '\n' : ' ';
    // Most runs are one space already: cutting the text only where it changes keeps the pieces few.
    if (end - i !== by.length || (by === ' ' && s.charCodeAt(i) !== 32) || (by === '\n\n' && s.charCodeAt(i) !== 10)) {
      parts.push(s.slice(copied, i), by);
      copied = end;
    }
    i = end - 1;
  }
  parts.push(s.slice(copied));
  return parts.join('');
}

const BR = new Set(['br']);

/** HTML → plain text: markup, scripts, styles and comments dropped; blocks become paragraphs. */
export function htmlToText(html: string): string {
  let s = dropRawElements(dropComments(html));
  s = replaceTags(s, BR, false, '\n');
  s = replaceTags(s, BLOCK, true, '\n\n');
  s = replaceTags(s, CELL, false, ' ');
  s = dropOtherTags(s);
  s = decodeEntities(collapseWhitespace(s)).replace(/\u00a0/g, ' ');
  // In each line a single space is left alone: fewer replacements, the same text.
  return s
    .split('\n')
    .map((line) => line.replace(/[ \t]{2,}|\t/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
