/**
 * The article of a web page, as a reader view sees it: Firefox's Readability over a linkedom DOM,
 * after dropping navigation, asides, footers, forms and captions; the headline from the page's
 * `<h1>` (else its `<title>`), never from a menu; the lines of boilerplate (boilerplate.ts) left
 * out. A DOM is neither linear nor small (linkedom is quadratic on deep nesting): only pages
 * within DOM_LIMITS go this way, checked first by a linear scan, and null (the caller then uses
 * html.ts's linear scanner) for anything else, or whenever the reader finds no article.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { dropBoilerplateLines } from './boilerplate.js';
import { htmlToText } from './html.js';

export const DOM_LIMITS = {
  /** Characters of HTML. News pages are 50 to 500 KB, most of it scripts and styles. */
  chars: 1_000_000,
  /** Opening tags. */
  elements: 20_000,
  /** Elements open at once (a page nests a few dozen deep). */
  depth: 128,
  /** `<` characters: tags, and a few more in scripts and text (a stray `<` costs the parser as much as a tag). */
  angles: 40_000,
  /** `&` characters: entities, which the DOM's parser decodes slowly by the thousand. */
  ampersands: 20_000,
} as const;

/** Below this many characters of text the reader has found no article (a menu page, an error page). */
const MIN_ARTICLE = 200;

/** Page parts that are never the story. */
const FURNITURE = 'nav, aside, footer, form, button, figcaption, [role="navigation"], [role="complementary"], [role="contentinfo"], [aria-hidden="true"]';

/** Void elements, which never stay open: the depth scan skips them. source: the HTML standard's list of void elements. */
const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)$/i;

/** Whether a page is small and shallow enough for a DOM: one pass over its tags. */
export function fitsDom(html: string): boolean {
  if (html.length > DOM_LIMITS.chars) return false;
  if (count(html, '<', DOM_LIMITS.angles) > DOM_LIMITS.angles || count(html, '&', DOM_LIMITS.ampersands) > DOM_LIMITS.ampersands) return false;
  let elements = 0;
  let depth = 0;
  for (const m of html.matchAll(/<(\/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    if (closing) {
      if (depth > 0) depth--;
      continue;
    }
    if (++elements > DOM_LIMITS.elements) return false;
    if (selfClosing || VOID.test(name as string)) continue;
    if (++depth > DOM_LIMITS.depth) return false;
  }
  return true;
}

/** How many times `ch` occurs in `s`, counted up to just past `max`. */
function count(s: string, ch: string, max: number): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0 && n <= max; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** The story of a web page (headline, blank line, paragraphs), or null when a reader view cannot give one. */
export function articleText(html: string): string | null {
  if (!fitsDom(html)) return null;
  try {
    const document = domOf(html);
    for (const el of [...document.querySelectorAll(FURNITURE)]) el.remove();
    const headline =
      oneLine(document.querySelector('article h1, main h1, h1')?.textContent ?? '') || titleOf(document.querySelector('title')?.textContent ?? '');
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { maxElemsToParse: DOM_LIMITS.elements }).parse();
    if (!article?.content) return null;
    const body = dropBoilerplateLines(htmlToText(article.content));
    if (body.length < MIN_ARTICLE) return null;
    if (!headline || body.startsWith(headline)) return body;
    return `${headline}\n\n${body}`;
  } catch {
    return null;
  }
}

/** The page's document; a fragment (no `<html>` or `<body>`) goes into the body of an empty one. */
function domOf(html: string) {
  if (/<(?:html|body)[\s>]/i.test(html)) return parseHTML(html).document;
  const { document } = parseHTML('');
  const root = document.createElement('html');
  const body = document.createElement('body');
  root.append(document.createElement('head'), body);
  document.append(root);
  body.innerHTML = html;
  return document;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * A page title without the site's name after it (`Ferry fares rise | Harbour Gazette` → `Ferry
 * fares rise`); nothing when it is no headline (fewer than three words: `Home`, `x`).
 */
function titleOf(title: string): string {
  const t = oneLine(title);
  const cut = t.split(/\s+[|–—-]\s+/);
  const head = cut.length > 1 && (cut[0] as string).length >= 15 ? (cut[0] as string) : t;
  return head.split(' ').length >= 3 ? head : '';
}
