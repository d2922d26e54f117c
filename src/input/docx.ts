/**
 * The text of a .docx in one linear pass over its main part (word/document.xml), with no tree
 * built: paragraphs end with a blank line, `w:t` text is kept as written (curly quotes intact,
 * XML entities decoded), `w:tab` is a tab, `w:br` and `w:cr` a line break. Deleted text
 * (`w:del`, `w:moveFrom`), paragraph and run properties, DrawingML shapes and the first choice
 * of `mc:AlternateContent` are skipped (its VML fallback holds the same text boxes), and a
 * paragraph whose mark was deleted runs into the next, as in Word. Footnotes, comments,
 * headers and footers live in other parts, which are never unpacked.
 *
 * Why not a library: mammoth (measured) builds an XML tree and a document model of several
 * hundred bytes per element, so 2 MB of one-letter paragraphs took 1.5 s and 450 MB, and 60 MB
 * (a 184 KB upload) exhausted the heap; counting elements first would not bound it, as every
 * kind of element costs the same. This pass takes 2 to 30 ms of CPU per megabyte, and its
 * memory is the unpacked part (at most MAX_DOCUMENT_XML) plus the text (at most as long as the
 * part), whatever the markup: at most about 100 MB for the largest part accepted.
 */
import { elementTable, Kind, mainPartName, nameHash, readRoot, unreadable } from './docx-parts.js';
import { type ExtractError, fileError, megabytes } from './errors.js';
import { MAX_DOCUMENT_XML, MAX_DOCX_PARAGRAPHS, MAX_DOCX_RUNS, STORY_BYTES } from './limits.js';
import { isAt, isNameEnd, tagEnd, xmlText } from './xml-scan.js';
import { corruptDocx, isZip, readZip, tooLargeDocx, unpack } from './zip.js';

/** The text of a .docx file; throws ExtractError when it is not one, is damaged, or holds more than a story. */
export function docxToText(buf: Buffer, name: string, unzippedLimit: number): string {
  if (!isZip(buf)) throw fileError(415, 'not_docx', name, 'is named .docx but is not a Word document');
  const entries = readZip(buf, name, unzippedLimit);
  const main = entries.get(mainPartName(buf, entries, name, unzippedLimit)) ?? unreadable(name);
  if (main.size > MAX_DOCUMENT_XML) {
    throw fileError(400, 'docx_too_large', name, `has more than ${megabytes(MAX_DOCUMENT_XML)} of text markup; that is not a story we can check`);
  }
  const xml = unpack(
    buf,
    main,
    () => tooLargeDocx(name, unzippedLimit),
    () => corruptDocx(name),
  );
  return documentText(xml, name)
    .replace(/\r\n?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

function tooMany(name: string, what: string, limit: number, unit: string): ExtractError {
  return fileError(
    413,
    `docx_too_many_${unit}`,
    name,
    `has more ${what} than a story of ${megabytes(STORY_BYTES)} could have (over ${thousands(limit)} ${unit}); that is not a story we can check`,
  );
}

/** The text of the main part, in one pass over its bytes: see the top of this file. */
function documentText(xml: Buffer, name: string): string {
  const root = readRoot(xml, name);
  const elements = elementTable(root);
  const text: string[] = [];
  /** Text boxes (VML pictures) come after the paragraph that anchors them, which they would cut in two. */
  const boxes: string[] = [];
  const emit = (s: string) => (inPicture > 0 ? boxes : text).push(s);
  let paragraphs = 0;
  let runs = 0;
  let texts = 0;
  /** How deep inside skipped elements, paragraph properties (skipped too) and pictures. */
  let skip = 0;
  let inProperties = 0;
  let inPicture = 0;
  let markDeleted = false;
  let inText = false;
  let i = root.start;
  while (i < xml.length) {
    const lt = xml.indexOf(0x3c, i);
    if (lt < 0) break;
    if (inText && skip === 0 && lt > i) emit(xmlText(xml, i, lt));
    if (isAt(xml, lt, '<![CDATA[')) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) break;
      if (inText && skip === 0) emit(xml.toString('utf8', lt + 9, end));
      i = end + 3;
      continue;
    }
    if (isAt(xml, lt, '<!') || isAt(xml, lt, '<?')) {
      const end = isAt(xml, lt, '<!--') ? xml.indexOf('-->', lt + 4) + 3 : xml.indexOf(0x3e, lt) + 1;
      if (end <= 0) break;
      i = end;
      continue;
    }
    const closing = xml[lt + 1] === 0x2f;
    const nameStart = closing ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    let hash = 0;
    for (let c = xml[nameEnd]; !isNameEnd(c); c = xml[++nameEnd]) hash = nameHash(hash, c as number);
    const end = tagEnd(xml, nameEnd);
    if (end < 0) break;
    i = end + 1;
    const kind = elements.kindOf(xml, nameStart, nameEnd, hash);
    if (kind === undefined) continue;
    const empty = !closing && xml[end - 1] === 0x2f;
    if (kind === Kind.Paragraph && (closing || empty) && skip === 0) {
      if (!markDeleted) emit('\n\n');
      markDeleted = false;
      if (inPicture === 0) {
        for (const box of boxes) text.push(box);
        boxes.length = 0;
      }
    }
    if (closing) {
      if (kind === Kind.Text) inText = false;
      else if (kind === Kind.Picture) inPicture = Math.max(0, inPicture - 1);
      else if (kind === Kind.Skip || kind === Kind.Deleted || kind === Kind.ParagraphProperties) {
        skip = Math.max(0, skip - 1);
        if (kind === Kind.ParagraphProperties) inProperties = Math.max(0, inProperties - 1);
      }
      continue;
    }
    switch (kind) {
      case Kind.Paragraph:
        if (++paragraphs > MAX_DOCX_PARAGRAPHS) throw tooMany(name, 'paragraphs', MAX_DOCX_PARAGRAPHS, 'paragraphs');
        break;
      case Kind.Run:
        if (++runs > MAX_DOCX_RUNS) throw tooMany(name, 'pieces of text', MAX_DOCX_RUNS, 'runs');
        break;
      case Kind.Text:
        if (++texts > MAX_DOCX_RUNS) throw tooMany(name, 'pieces of text', MAX_DOCX_RUNS, 'runs');
        inText = !empty;
        break;
      case Kind.Picture:
        if (!empty) inPicture++;
        break;
      case Kind.Deleted:
        if (inProperties > 0) markDeleted = true;
        if (!empty) skip++;
        break;
      case Kind.ParagraphProperties:
      case Kind.Skip:
        if (empty) break;
        skip++;
        if (kind === Kind.ParagraphProperties) inProperties++;
        break;
      default:
        if (skip === 0) emit(kind === Kind.Tab ? '\t' : kind === Kind.Break ? '\n' : kind === Kind.NoBreakHyphen ? '\u2011' : '\u00ad');
    }
  }
  for (const box of boxes) text.push(box);
  return text.join('');
}
