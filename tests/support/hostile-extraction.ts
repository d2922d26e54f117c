/**
 * Files built to make text extraction slow, at a chosen size: the hang guards of
 * tests/hardening/extract-linear.test.ts, and a table for `npm run bench` (time at two sizes
 * ten times apart: linear work gives a ratio of 10). HTML inputs are `size` bytes long; a .docx
 * is a small ZIP whose main part unpacks to about `size` bytes.
 */
import { buildZip } from '../server/helpers/docx.js';

const MB = 1024 * 1024;

export interface HostileInput {
  name: string;
  /** The file name to extract it under (the extension chooses the reader). */
  file: string;
  bytes: Buffer;
}

/** Each HTML input: one unit repeated to the size. */
export const HOSTILE_HTML: readonly (readonly [name: string, unit: string])[] = [
  ['<a repeated', '<a'],
  ['<p repeated', '<p'],
  ['<!-- repeated', '<!--'],
  ['< repeated', '<'],
  ['an attribute never closed', '<a href="'],
  ['nested <div>', '<div>'],
  ['&amp; repeated', '&amp;'],
  ['<script> never closed', '<script>'],
  ['nested inline tags', '<b><i>'],
];

const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`;
const TAIL = '</w:body></w:document>';
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** `unit` repeated to about `size` bytes. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length));
}

/** Each .docx input: the body of its main part at about `size` bytes. */
export const HOSTILE_DOCX: readonly (readonly [name: string, body: (size: number) => string])[] = [
  ['one-letter paragraphs', (size) => fill('<w:p><w:r><w:t>a</w:t></w:r></w:p>', size)],
  ['runs in one paragraph', (size) => `<w:p>${fill('<w:r><w:t>a</w:t></w:r>', size)}</w:p>`],
  ['empty paragraphs', (size) => fill('<w:p/>', size)],
  ['nested content controls', (size) => `${fill('<w:sdt><w:sdtContent>', size / 2)}<w:p/>${fill('</w:sdtContent></w:sdt>', size / 2)}`],
  ['entities in one text', (size) => `<w:p><w:r><w:t>${fill('&amp;&#x201C;', size)}</w:t></w:r></w:p>`],
  ['unknown empty elements', (size) => `<w:p>${fill('<w:x/>', size)}</w:p>`],
  ['a tag never closed', (size) => `<w:p><w:r><w:t a="${fill('>', size)}`],
];

/** A .docx whose main part is `body` inside a document and its body (declaring `declaredSize` unpacked, if given). */
export function docxWithBody(body: string, declaredSize?: number): Buffer {
  return buildZip([
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: Buffer.from(`${HEAD}${body}${TAIL}`), ...(declaredSize === undefined ? {} : { declaredSize }) },
  ]);
}

/** Bombs of a fixed size: small ZIPs whose main part unpacks to tens of megabytes. */
export const DOCX_BOMBS: readonly (readonly [name: string, build: () => Buffer])[] = [
  // The file of issue 15: 60 MB of one-letter paragraphs in a 184 KB upload.
  ['60 MB of one-letter paragraphs', () => docxWithBody(fill('<w:p><w:r><w:t>a</w:t></w:r></w:p>', 60 * MB))],
  ['60 MB of one-letter paragraphs, declared as 4 KB', () => docxWithBody(fill('<w:p><w:r><w:t>a</w:t></w:r></w:p>', 60 * MB), 4096)],
  ['15 MB of one-letter paragraphs', () => docxWithBody(fill('<w:p><w:r><w:t>a</w:t></w:r></w:p>', 15 * MB))],
  ['15 MB of runs in one paragraph', () => docxWithBody(`<w:p>${fill('<w:r><w:t>a</w:t></w:r>', 15 * MB)}</w:p>`)],
  ['17 MB of text in one paragraph', () => docxWithBody(`<w:p><w:r><w:t>${fill('word ', 17 * MB)}</w:t></w:r></w:p>`)],
];

export const HOSTILE_INPUT_NAMES: readonly string[] = [...HOSTILE_HTML.map(([name]) => `html: ${name}`), ...HOSTILE_DOCX.map(([name]) => `docx: ${name}`)];

/** One hostile input by name (from HOSTILE_INPUT_NAMES at about `size` bytes, or DOCX_BOMBS). */
export function hostileExtractionInput(name: string, size: number): HostileInput {
  const html = HOSTILE_HTML.find(([n]) => `html: ${n}` === name);
  if (html) return { name, file: 'hostile.html', bytes: Buffer.from(fill(html[1], size)) };
  const docx = HOSTILE_DOCX.find(([n]) => `docx: ${n}` === name);
  if (docx) return { name, file: 'hostile.docx', bytes: docxWithBody(docx[1](size)) };
  const bomb = DOCX_BOMBS.find(([n]) => n === name);
  if (bomb) return { name, file: 'bomb.docx', bytes: bomb[1]() };
  throw new Error(`no hostile input named ${name}`);
}

/** The hostile inputs at about `size` bytes each (of HTML, or of a .docx's unpacked main part), for `npm run bench`. */
export function hostileExtractionInputs(size: number): HostileInput[] {
  return HOSTILE_INPUT_NAMES.map((name) => hostileExtractionInput(name, size));
}
