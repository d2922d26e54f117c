/**
 * The few pieces of XML reading that src/input/docx.ts needs, on bytes and in linear time: no
 * regular expression here may backtrack over what the file controls.
 */

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * The attributes in one start tag's text (`<name a="1" b='2'`), by qualified name. A hand-written
 * scan rather than a regular expression: a name pattern that backtracks is quadratic on a long
 * run of name characters, and the tag comes from the file.
 */
export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  let i = 0;
  for (let eq = tag.indexOf('=', i); eq >= 0; eq = tag.indexOf('=', i)) {
    let end = eq;
    while (end > i && isSpace(tag.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > i && !isSpace(tag.charCodeAt(start - 1))) start--;
    let v = eq + 1;
    while (v < tag.length && isSpace(tag.charCodeAt(v))) v++;
    const quote = tag[v];
    if (quote !== '"' && quote !== "'") {
      i = eq + 1;
      continue;
    }
    const close = tag.indexOf(quote, v + 1);
    if (close < 0) break;
    found.set(tag.slice(start, end), tag.slice(v + 1, close));
    i = close + 1;
  }
  return found;
}

/** Whether a byte ends an element name: a space, `/`, `>` or the end of the bytes. */
export function isNameEnd(c: number | undefined): boolean {
  return c === undefined || isSpace(c) || c === 0x2f || c === 0x3e;
}

/** The index of the `>` that ends a tag, from a position inside it (quoted values may hold `>`), or -1. */
export function tagEnd(xml: Buffer, i: number): number {
  while (i < xml.length) {
    const c = xml[i];
    if (c === 0x3e) return i;
    if (c === 0x22 || c === 0x27) {
      const close = xml.indexOf(c as number, i + 1);
      if (close < 0) return -1;
      i = close + 1;
    } else i++;
  }
  return -1;
}

/** Whether the bytes at `i` are the characters of `text` (each below 256). */
export function isAt(xml: Buffer, i: number, text: string): boolean {
  for (let k = 0; k < text.length; k++) if (xml[i + k] !== text.charCodeAt(k)) return false;
  return true;
}

const XML_NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** The longest entity a part may hold: `&#x10FFFF;` or `&#1114111;`, `&quot;`. */
const LONGEST_ENTITY = 10;

/** What the entity starting at `amp` stands for, and where it ends; null when it is not one XML knows. */
function xmlEntity(s: string, amp: number): { text: string; end: number } | null {
  const semi = s.indexOf(';', amp + 1);
  if (semi < 0 || semi - amp > LONGEST_ENTITY) return null;
  const body = s.slice(amp + 1, semi);
  const named = XML_NAMED[body];
  if (named !== undefined) return { text: named, end: semi + 1 };
  const digits = /^#x([0-9a-fA-F]{1,6})$|^#([0-9]{1,7})$/.exec(body);
  if (!digits) return null;
  const code = digits[1] ? Number.parseInt(digits[1], 16) : Number.parseInt(digits[2] as string, 10);
  const text = code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
  return { text, end: semi + 1 };
}

/**
 * Character data between two tags, entities decoded. A scan rather than `replace` with a
 * callback, which V8 makes superlinear when there are hundreds of thousands of matches.
 */
export function xmlText(xml: Buffer, from: number, to: number): string {
  const s = xml.toString('utf8', from, to);
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  const parts: string[] = [];
  let copied = 0;
  for (; amp >= 0; amp = s.indexOf('&', amp + 1)) {
    const decoded = xmlEntity(s, amp);
    if (!decoded) continue;
    parts.push(s.slice(copied, amp), decoded.text);
    copied = decoded.end;
    amp = copied - 1;
  }
  parts.push(s.slice(copied));
  return parts.join('');
}
