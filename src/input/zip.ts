/**
 * A ZIP read with suspicion, for .docx files: the central directory must be sound, the sizes
 * it declares must add up to less than a limit before anything is unpacked, and a part is
 * inflated with an output cap of its declared size, so a ZIP that lies about its sizes (a zip
 * bomb) is caught as soon as the part is read. Only the parts a reader asks for are inflated.
 */
import { inflateRawSync } from 'node:zlib';
import { type ExtractError, fileError, megabytes } from './errors.js';
import { MAX_ZIP_ENTRIES } from './limits.js';

export interface ZipEntry {
  name: string;
  /** 0: stored, 8: deflated. */
  method: number;
  /** Compressed and declared uncompressed sizes. */
  comp: number;
  size: number;
  /** Where the entry's data starts in the file. */
  start: number;
}

export function isZip(buf: Buffer): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
}

export function corruptDocx(name: string): ExtractError {
  return fileError(400, 'corrupt_docx', name, 'is damaged: it could not be read as a Word document');
}

export function tooLargeDocx(name: string, limit: number): ExtractError {
  return fileError(400, 'docx_too_large', name, `unpacks to more than ${megabytes(limit)}; that is not a story we can check`);
}

/** The entries of a ZIP by name. Throws ExtractError(400) when it is corrupt, encrypted or declares more than `unzippedLimit`. */
export function readZip(buf: Buffer, name: string, unzippedLimit: number): Map<string, ZipEntry> {
  const corrupt = () => corruptDocx(name);
  const bomb = () => tooLargeDocx(name, unzippedLimit);
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
  const count = u16(eocd + 10);
  const cdSize = u32(eocd + 12);
  const cdOffset = u32(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw bomb(); // ZIP64: far beyond any story
  if (count === 0 || count > MAX_ZIP_ENTRIES || cdOffset + cdSize > eocd) throw corrupt();

  let p = cdOffset;
  let total = 0;
  const entries = new Map<string, ZipEntry>();
  const headers: { flags: number; local: number; entry: ZipEntry }[] = [];
  for (let i = 0; i < count; i++) {
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
    if (p + 46 + nameLen > eocd) throw corrupt();
    const entry: ZipEntry = { name: buf.toString('utf8', p + 46, p + 46 + nameLen), method, comp, size, start: 0 };
    headers.push({ flags, local, entry });
    p += 46 + nameLen + extraLen + commentLen;
    if (p > eocd) throw corrupt();
  }
  for (const { flags, local, entry } of headers) {
    if (flags & 1) throw fileError(400, 'encrypted_docx', name, 'is encrypted; save it without a password and try again');
    if (u32(local) !== 0x04034b50) throw corrupt();
    entry.start = local + 30 + u16(local + 26) + u16(local + 28);
    if (entry.start + entry.comp > buf.length) throw corrupt();
    if (entry.method === 0 ? entry.comp !== entry.size : entry.method !== 8) throw corrupt();
    entries.set(entry.name, entry);
  }
  return entries;
}

/**
 * The bytes of one entry, inflated with an output cap of its declared size (already checked
 * against the limits by the caller): a part that inflates to more is a bomb, to less is damaged.
 */
export function unpack(buf: Buffer, entry: ZipEntry, onTooLarge: () => ExtractError, onCorrupt: () => ExtractError): Buffer {
  const data = buf.subarray(entry.start, entry.start + entry.comp);
  if (entry.method === 0) return data;
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw onTooLarge();
    throw onCorrupt();
  }
  if (out.length !== entry.size) throw onCorrupt();
  return out;
}
