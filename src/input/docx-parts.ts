/**
 * The parts of a .docx that docx.ts reads before its text: which part is the main document (the
 * package relationships), the prefixes that part gives WordprocessingML, and the table of the
 * elements whose names matter, looked up without making a string per tag.
 */
import { fileError } from './errors.js';
import { MAX_RELS_BYTES } from './limits.js';
import { attributes, isAt, isNameEnd, tagEnd } from './xml-scan.js';
import { corruptDocx, tooLargeDocx, unpack, type ZipEntry } from './zip.js';

/** The namespaces of WordprocessingML (transitional and strict) and of markup compatibility. */
const WORD_NAMESPACES = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
/** Where the main part is when the package relationships do not say. */
const DEFAULT_MAIN_PART = 'word/document.xml';
const OFFICE_DOCUMENT_TYPE = /\/officeDocument$/;

/** What an element means to the text. */
export enum Kind {
  Paragraph = 1,
  Run,
  Text,
  Tab,
  Break,
  NoBreakHyphen,
  SoftHyphen,
  /** A VML picture, whose text boxes follow the paragraph. */
  Picture,
  /** Skipped with everything inside. */
  Skip,
  /** Skipped too; holds the paragraph mark's properties, where a `w:del` means the mark was deleted. */
  ParagraphProperties,
  Deleted,
}

/** One step of the hash of an element name, computed while its bytes are scanned. */
export function nameHash(hash: number, byte: number): number {
  return (Math.imul(hash, 31) + byte) | 0;
}

/** The elements whose names matter, by the hash of their bytes (each checked byte by byte on a hit). */
export class ElementTable {
  private readonly slots = new Map<number, [bytes: Buffer, kind: Kind][]>();

  constructor(prefixes: { w: string; mc: string }) {
    const q = (local: string) => (prefixes.w ? `${prefixes.w}:${local}` : local);
    const names: [string, Kind][] = [
      [q('p'), Kind.Paragraph],
      [q('r'), Kind.Run],
      [q('t'), Kind.Text],
      [q('tab'), Kind.Tab],
      [q('br'), Kind.Break],
      [q('cr'), Kind.Break],
      [q('noBreakHyphen'), Kind.NoBreakHyphen],
      [q('softHyphen'), Kind.SoftHyphen],
      [q('pPr'), Kind.ParagraphProperties],
      [q('rPr'), Kind.Skip],
      [q('del'), Kind.Deleted],
      [q('moveFrom'), Kind.Skip],
      [q('drawing'), Kind.Skip],
      [q('pict'), Kind.Picture],
      [`${prefixes.mc}:Choice`, Kind.Skip],
    ];
    for (const [name, kind] of names) {
      const bytes = Buffer.from(name, 'utf8');
      const hash = bytes.reduce(nameHash, 0);
      this.slots.set(hash, [...(this.slots.get(hash) ?? []), [bytes, kind]]);
    }
  }

  /** The kind of the element whose name is `xml[start, end)` and hashes to `hash`, if it matters. */
  kindOf(xml: Buffer, start: number, end: number, hash: number): Kind | undefined {
    const slot = this.slots.get(hash);
    if (!slot) return undefined;
    for (const [bytes, kind] of slot) {
      if (bytes.length !== end - start) continue;
      let k = 0;
      while (k < bytes.length && bytes[k] === xml[start + k]) k++;
      if (k === bytes.length) return kind;
    }
    return undefined;
  }
}

/**
 * The table for these prefixes: the one of Word's own `w:` and `mc:` is built once and kept, as
 * optimized code that reads a table made per call is thrown away at each collection (V8
 * deoptimizes it for "weak objects"), which made a 2 MB part twice as slow right after one.
 */
export function elementTable(prefixes: { w: string; mc: string }): ElementTable {
  if (prefixes.w === 'w' && prefixes.mc === 'mc') return WORD_TABLE;
  return new ElementTable(prefixes);
}

const WORD_TABLE = new ElementTable({ w: 'w', mc: 'mc' });

/** A ZIP that is sound but holds no Word document that can be read. */
export function unreadable(name: string): never {
  throw fileError(400, 'corrupt_docx', name, 'is damaged or is not a Word document: it could not be read');
}

/** The main part's name, from the package relationships (`_rels/.rels`), else the usual one. */
export function mainPartName(buf: Buffer, entries: Map<string, ZipEntry>, name: string, unzippedLimit: number): string {
  const rels = entries.get('_rels/.rels');
  if (!rels) return DEFAULT_MAIN_PART;
  if (rels.size > MAX_RELS_BYTES) throw tooLargeDocx(name, unzippedLimit);
  const text = unpack(
    buf,
    rels,
    () => tooLargeDocx(name, unzippedLimit),
    () => corruptDocx(name),
  ).toString('utf8');
  for (let lt = text.indexOf('<Relationship'); lt >= 0; lt = text.indexOf('<Relationship', lt + 1)) {
    const gt = text.indexOf('>', lt);
    if (gt < 0) break;
    const attrs = attributes(text.slice(lt, gt));
    const target = attrs.get('Target');
    if (target && OFFICE_DOCUMENT_TYPE.test(attrs.get('Type') ?? '')) return target.replace(/^\/+/, '');
    lt = gt;
  }
  return DEFAULT_MAIN_PART;
}

/** The prefixes the main part gives WordprocessingML and markup compatibility, and where its root's content starts. */
export function readRoot(xml: Buffer, name: string): { w: string; mc: string; start: number } {
  let i = isAt(xml, 0, '\xef\xbb\xbf') ? 3 : 0; // a UTF-8 byte order mark
  for (;;) {
    const lt = xml.indexOf(0x3c, i);
    if (lt < 0) unreadable(name);
    // OOXML forbids document type declarations, which could define entities that multiply.
    if (isAt(xml, lt, '<!') && !isAt(xml, lt, '<!--')) unreadable(name);
    const prolog = isAt(xml, lt, '<?') ? '?>' : isAt(xml, lt, '<!--') ? '-->' : '';
    if (prolog) {
      const end = xml.indexOf(prolog, lt + 2);
      if (end < 0) unreadable(name);
      i = end + prolog.length;
      continue;
    }
    let nameEnd = lt + 1;
    while (!isNameEnd(xml[nameEnd])) nameEnd++;
    const end = tagEnd(xml, nameEnd);
    if (end < 0) unreadable(name);
    const qname = xml.toString('latin1', lt + 1, nameEnd);
    const colon = qname.indexOf(':');
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    const attrs = attributes(xml.toString('utf8', nameEnd, end));
    if (qname.slice(colon + 1) !== 'document' || !WORD_NAMESPACES.has(attrs.get(prefix ? `xmlns:${prefix}` : 'xmlns') ?? '')) unreadable(name);
    let mc = 'mc';
    for (const [key, value] of attrs) if (value === MC_NAMESPACE && key.startsWith('xmlns:')) mc = key.slice(6);
    return { w: prefix, mc, start: end + 1 };
  }
}
