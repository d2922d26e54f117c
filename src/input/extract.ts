/**
 * Story text out of a file's bytes: .txt, .md, .html and .docx. Shared by the web app's uploads
 * (src/server/upload.ts) and the command line (src/cli/). No I/O: bytes in, text out, or an
 * ExtractError that says why not.
 *
 * - A file must be what its name says: a .docx must be a ZIP (`PK\x03\x04`), a .txt, .md or
 *   .html must be text (no NUL bytes, no binary signature).
 * - A .docx is checked before mammoth opens it: the ZIP's central directory must be sound,
 *   its declared uncompressed sizes must add up to a sane total, and every entry is inflated
 *   with an output cap of its declared size, so a ZIP that lies about its sizes is caught too
 *   (a zip bomb).
 * - HTML is read by html.ts, in linear time whatever the markup.
 */
import { extname } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { htmlToText } from './html.js';

export { htmlToText } from './html.js';

export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx'] as const;

/** The default cap on a .docx's declared uncompressed total (64 MB), as in the web app. */
export const DEFAULT_UNZIPPED_LIMIT = 64 * 1024 * 1024;

/**
 * Why a file gave no text. `status` is the HTTP status the web app answers with (415: not what
 * it claims to be, 400: damaged); `reason` says what is wrong without the file's name (for
 * `path: reason` on a command line); `message` is the whole sentence with the name, for a page.
 */
export class ExtractError extends Error {
  override name = 'ExtractError';
  constructor(
    readonly status: 400 | 415,
    readonly code: string,
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

function fileError(status: 400 | 415, code: string, name: string, reason: string): ExtractError {
  return new ExtractError(status, code, reason, `“${name}” ${reason}.`);
}

export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

export interface ExtractOptions {
  /** Largest total of a .docx's declared uncompressed sizes (default 64 MB). */
  unzippedLimit?: number;
  /**
   * What to do with a name whose extension is not one of ACCEPTED_EXTENSIONS: 'reject' (the
   * web app: 415), or 'sniff' (the command line, stdin, `notes`, `story.text`): a ZIP is read
   * as a .docx, anything else as text, which still refuses binary files.
   */
  otherExtensions?: 'reject' | 'sniff';
}

export function isAcceptedName(name: string): boolean {
  return (ACCEPTED_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
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
      return htmlToText(decodeText(buf, shown));
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

function isZip(buf: Buffer): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
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

/** Check a ZIP before anything unpacks it. Throws ExtractError(400) when it is corrupt or a bomb. */
export function checkZip(buf: Buffer, name: string, unzippedLimit: number): void {
  const corrupt = () => fileError(400, 'corrupt_docx', name, 'is damaged: it could not be read as a Word document');
  const bomb = () => fileError(400, 'docx_too_large', name, `unpacks to more than ${megabytes(unzippedLimit)}; that is not a story we can check`);
  const u16 = (o: number) => {
    if (o < 0 || o + 2 > buf.length) throw corrupt();
    return buf.readUInt16LE(o);
  };
  const u32 = (o: number) => {
    if (o < 0 || o + 4 > buf.length) throw corrupt();
    return buf.readUInt32LE(o);
  };
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt();
  const entries = u16(eocd + 10);
  const cdSize = u32(eocd + 12);
  const cdOffset = u32(eocd + 16);
  if (entries === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw bomb(); // ZIP64: far beyond any story
  if (entries === 0 || entries > 5000 || cdOffset + cdSize > eocd) throw corrupt();

  let p = cdOffset;
  let total = 0;
  const found: { method: number; flags: number; comp: number; size: number; local: number }[] = [];
  for (let i = 0; i < entries; i++) {
    if (u32(p) !== 0x02014b50) throw corrupt();
    const flags = u16(p + 8);
    const method = u16(p + 10);
    const comp = u32(p + 20);
    const size = u32(p + 24);
    const nameLen = u16(p + 28);
    const extraLen = u16(p + 30);
    const commentLen = u16(p + 32);
    const local = u32(p + 42);
    if (comp === 0xffffffff || size === 0xffffffff) throw bomb();
    total += size;
    if (total > unzippedLimit) throw bomb();
    found.push({ method, flags, comp, size, local });
    p += 46 + nameLen + extraLen + commentLen;
    if (p > eocd) throw corrupt();
  }
  for (const e of found) {
    if (e.flags & 1) throw fileError(400, 'encrypted_docx', name, 'is encrypted; save it without a password and try again');
    if (u32(e.local) !== 0x04034b50) throw corrupt();
    const start = e.local + 30 + u16(e.local + 26) + u16(e.local + 28);
    const data = buf.subarray(start, start + e.comp);
    if (start + e.comp > buf.length) throw corrupt();
    if (e.method === 0) {
      if (e.comp !== e.size) throw corrupt();
    } else if (e.method === 8) {
      let out: Buffer;
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
      } catch (err) {
        if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw bomb();
        throw corrupt();
      }
      if (out.length !== e.size) throw corrupt();
    } else throw corrupt();
  }
}

export async function docxToText(buf: Buffer, name: string, unzippedLimit: number): Promise<string> {
  if (!isZip(buf)) {
    throw fileError(415, 'not_docx', name, 'is named .docx but is not a Word document');
  }
  checkZip(buf, name, unzippedLimit);
  let value: string;
  try {
    // Loaded on the first .docx: most runs never need it.
    const { default: mammoth } = await import('mammoth');
    ({ value } = await mammoth.extractRawText({ buffer: buf }));
  } catch {
    throw fileError(400, 'corrupt_docx', name, 'is damaged or is not a Word document: it could not be read');
  }
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
