/**
 * Lines of a web page that are no part of its story: navigation crumbs, calls to subscribe or
 * share, advertising labels, copyright lines. Dropped from an HTML upload's article and from text
 * pasted into the form (a story copied from a browser brings them along); never from the API's
 * text, which is analysed exactly as sent. A line is dropped only when it is short and is one of
 * these as a whole. source: written by the quotecheck authors from the page furniture of news
 * sites (menus, newsletter and paywall prompts, share bars, footers).
 */

/** Longer lines are sentences of the story, whatever their first word. */
export const MAX_BOILERPLATE_LINE = 120;

/** Whole lines that are page furniture. */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  // calls to act: subscribe, sign up, log in, download the app, follow us
  /^(?:subscribe|sign up|sign in|log in|register|create an account|download (?:our|the) app|follow us|get (?:our|the) newsletter)\b/i,
  // copyright and rights lines
  /^(?:©|\(c\)|copyright\b)/i,
  /\ball rights reserved\.?$/i,
  // labels of advertising and of the page's other parts
  /^(?:advertisement|advertising|sponsored(?: content)?|ad|skip to (?:main )?content|share(?: this(?: article| story)?)?|print|email|comments?|read more|related(?: articles| stories)?|most (?:read|popular)|trending|you may also like|more from .{1,40})\.?:?$/i,
  // menus and breadcrumbs: three or more short items between | · / > › or »
  /^[^|·>›»\n]{1,24}(?:\s+[|·>/›»]\s+[^|·>›»\n]{1,24}){2,}$/,
];

export function isBoilerplateLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= MAX_BOILERPLATE_LINE && BOILERPLATE_LINES.some((re) => re.test(t));
}

/**
 * `text` without its lines of boilerplate, and without the blank lines they leave; the text
 * itself when nothing is dropped or when nothing would be left.
 */
export function dropBoilerplateLines(text: string): string {
  const lines = text.split('\n');
  if (!lines.some(isBoilerplateLine)) return text;
  const kept = lines.filter((l) => !isBoilerplateLine(l));
  const out = kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '');
  return out.trim() === '' ? text : out;
}
