/**
 * The chain of regular expressions that src/input/html.ts replaced, kept as the reference its
 * scanners must agree with (tests/input/html.test.ts). Quadratic on a `<` without a `>`: call it
 * on short texts only.
 */
// biome-ignore format: a table, kept dense
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', sbquo: '‚', bdquo: '„', laquo: '«', raquo: '»',
  lsaquo: '‹', rsaquo: '›', mdash: '—', ndash: '–', hellip: '…', bull: '•', middot: '·', prime: '′', Prime: '″',
  copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶',
  times: '×', divide: '÷', frac12: '½', frac14: '¼', frac34: '¾', iexcl: '¡', iquest: '¿', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', zwj: '\u200d', zwnj: '\u200c',
};
// biome-ignore format: a table, kept dense
const ACCENTS: Record<string, string> = { acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', ring: '\u030a', cedil: '\u0327', caron: '\u030c' };

function decodeEntities(s: string): string {
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    const named = ENTITIES[body];
    if (named !== undefined) return named;
    const m = /^([A-Za-z])(acute|grave|circ|uml|tilde|ring|cedil|caron)$/.exec(body);
    if (m) return `${m[1]}${ACCENTS[m[2] as string]}`.normalize('NFC');
    if (body === 'szlig') return 'ß';
    if (body === 'AElig' || body === 'aelig') return body[0] === 'A' ? 'Æ' : 'æ';
    if (body === 'oslash' || body === 'Oslash') return body[0] === 'O' ? 'Ø' : 'ø';
    return whole;
  });
}

const BLOCK = 'address|article|aside|blockquote|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tr|ul';

/** HTML → plain text: markup, scripts, styles and comments dropped; blocks become paragraphs. */
export function legacyHtmlToText(html: string): string {
  let s = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style|head|noscript|template|svg|math|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<(script|style|head|noscript|template|svg|math|iframe|object)\b[^>]*>[\s\S]*$/gi, ' ');
  s = s.replace(/<br\b[^>]*>/gi, '\n');
  s = s.replace(new RegExp(`</?(?:${BLOCK})\\b[^>]*>`, 'gi'), '\n\n');
  s = s.replace(/<(td|th)\b[^>]*>/gi, ' ');
  s = s.replace(/<\/?[A-Za-z!?][^>]*>/g, '');
  s = s.replace(/[ \t\f\v\r\n]+/g, (ws) => (ws.includes('\n') ? (ws.split('\n').length > 2 ? '\n\n' : '\n') : ' '));
  s = decodeEntities(s).replace(/\u00a0/g, ' ');
  return s
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
