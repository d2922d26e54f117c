/**
 * Story text out of a file's bytes: .txt, .md, .html and .docx. Shared by the web app's uploads
 * (src/server/upload.ts) and the command line (src/cli/). No I/O: bytes in, text out, or an
 * ExtractError that says why not.
 *
 * - A file must be what its name says: a .docx must be a ZIP (`PK\x03\x04`), a .txt, .md or
 *   .html must be text (no NUL bytes, no binary signature).
 * - A .docx is read by docx.ts in one pass over its main part, after zip.ts has checked the ZIP
 *   (sound directory, declared sizes under a sane total, parts inflated with an output cap of
 *   their declared size, so a zip bomb is caught too). The limits, and why, are in limits.ts.
 * - HTML is read by html.ts, in linear time whatever the markup.
 */
import { extname } from 'node:path';
import { articleText } from './article.js';
import { docxToText } from './docx.js';
import { ExtractError } from './errors.js';
import { htmlToText } from './html.js';
import { DEFAULT_UNZIPPED_LIMIT } from './limits.js';
import { isZip } from './zip.js';

export { ACCEPTED_EXTENSIONS, isAcceptedName } from './accepted.js';
export { docxToText } from './docx.js';
export { ExtractError, megabytes } from './errors.js';
export { htmlToText } from './html.js';
export { DEFAULT_UNZIPPED_LIMIT } from './limits.js';

export interface ExtractOptions {
  /** Largest total of a .docx's declared uncompressed sizes (default DEFAULT_UNZIPPED_LIMIT, 32 MB). */
  unzippedLimit?: number;
  /**
   * What to do with a name whose extension is not one of ACCEPTED_EXTENSIONS: 'reject' (the
   * web app: 415), or 'sniff' (the command line, stdin, `notes`, `story.text`): a ZIP is read
   * as a .docx, anything else as text, which still refuses binary files.
   */
  otherExtensions?: 'reject' | 'sniff';
}

/** A web page's story: its article by a reader view when the page fits a DOM, else every text of the page (html.ts, linear). */
export function htmlStory(html: string): string {
  return articleText(html) ?? htmlToText(html);
}

/** The text of a file named `name` whose bytes are `buf`; throws ExtractError when there is none. */
export async function extractText(buf: Buffer, name: string, options: ExtractOptions = {}): Promise<string> {
  const unzippedLimit = options.unzippedLimit ?? DEFAULT_UNZIPPED_LIMIT;
  const shown = name || 'the file';
  const ext = extname(name || '').toLowerCase();
  switch (ext) {
    case '.docx':
      return docxToText(buf, shown, unzippedLimit);
    case '.txt':
    case '.md':
    case '.markdown':
      return decodeText(buf, shown);
    case '.html':
    case '.htm':
      return htmlStory(decodeText(buf, shown));
    default:
      if (options.otherExtensions === 'sniff') return isZip(buf) ? docxToText(buf, shown, unzippedLimit) : decodeText(buf, shown);
      throw new ExtractError(
        415,
        'unsupported_type',
        'is not a supported file type (.txt, .md, .html or .docx)',
        `“${shown}” is not a supported file type. Upload a .txt, .md, .html or .docx file, or paste the text.`,
      );
  }
}

const SIGNATURES: [string, number[]][] = [
  ['a ZIP archive (such as a .docx)', [0x50, 0x4b, 0x03, 0x04]],
  ['a ZIP archive', [0x50, 0x4b, 0x05, 0x06]],
  ['a PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['an old Word or Office document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a program', [0x7f, 0x45, 0x4c, 0x46]],
  ['a program', [0x4d, 0x5a]],
];

function sniffBinary(buf: Buffer): string | null {
  for (const [what, sig] of SIGNATURES) if (sig.every((b, i) => buf[i] === b)) return what;
  return null;
}

/** Bytes → text for a file that claims to be text: UTF-8 (or UTF-16 with a BOM, or Windows-1252). */
export function decodeText(buf: Buffer, name: string): string {
  const notText = (why: string) =>
    new ExtractError(415, 'not_text', why, `“${name}” is named as a text file but ${why}. Upload a .txt, .md, .html or .docx file.`);
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const le = buf[0] === 0xff;
    const body = buf.subarray(2);
    const swapped = le ? body : Buffer.from(body).swap16();
    if (swapped.length % 2 !== 0) throw notText('is not valid UTF-16');
    return stripControl(new TextDecoder('utf-16le').decode(swapped));
  }
  const what = sniffBinary(buf);
  if (what) throw notText(`is ${what}`);
  const head = buf.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of head) {
    if (b === 0) throw notText('contains binary data');
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  if (control > 8 && control > head.length / 100) throw notText('contains binary data');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    text = decodeWindows1252(buf);
  }
  return stripControl(text);
}

// Node's TextDecoder decodes "windows-1252" as ISO-8859-1 (0x93 → U+0093), so map 0x80–0x9F here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(buf: Buffer): string {
  let out = '';
  for (let i = 0; i < buf.length; i += 8192) {
    const chunk = buf.subarray(i, i + 8192);
    const codes: string[] = [];
    for (const b of chunk) codes.push(b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as string) : String.fromCharCode(b));
    out += codes.join('');
  }
  return out;
}

function stripControl(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping control characters is the point
  return s.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '');
}
