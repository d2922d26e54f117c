/**
 * The .docx reader (src/input/docx.ts) on the markup Word writes. The expected texts are
 * mammoth's (the reader it replaced), checked against it when it was replaced, except where
 * noted: a line break inside a paragraph is now a line break (mammoth dropped it, gluing words).
 */
import { describe, expect, it } from 'vitest';
import { docxToText } from '../../src/input/docx.js';
import { ExtractError } from '../../src/input/errors.js';
import { DEFAULT_UNZIPPED_LIMIT, MAX_DOCUMENT_XML, MAX_DOCX_PARAGRAPHS, MAX_DOCX_RUNS } from '../../src/input/limits.js';
import { buildZip, type ZipEntry } from '../server/helpers/docx.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NAMESPACES = `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w="${W}"`;
const RELS = (target: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;

function mainXml(body: string, root = `<w:document ${NAMESPACES} mc:Ignorable="w14">`, end = '</w:document>'): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n${root}<w:body>${body.replaceAll('w:', root.includes('xmlns="') ? '' : 'w:')}</w:body>${end}`;
}

function docx(xml: string, options: { path?: string; rels?: string | null; declaredSize?: number } = {}): Buffer {
  const path = options.path ?? 'word/document.xml';
  const entries: ZipEntry[] = [{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }];
  if (options.rels !== null) entries.push({ name: '_rels/.rels', data: Buffer.from(options.rels ?? RELS(path)) });
  entries.push({ name: path, data: Buffer.from(xml), ...(options.declaredSize === undefined ? {} : { declaredSize: options.declaredSize }) });
  return buildZip(entries);
}

const read = (file: Buffer) => docxToText(file, 'story.docx', DEFAULT_UNZIPPED_LIMIT);

function refusal(file: Buffer): ExtractError {
  try {
    read(file);
  } catch (e) {
    if (e instanceof ExtractError) return e;
    throw e;
  }
  throw new Error('no refusal');
}

// biome-ignore format: a table of Word markup, one case a line
const FEATURES: [string, string, string][] = [
  ['runs with properties and revision ids', '<w:p w:rsidR="00A1" w:rsidRDefault="00B2"><w:pPr><w:pStyle w:val="Heading1"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:rPr><w:b/></w:rPr></w:pPr><w:r w:rsidRPr="00C3"><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:b/><w:sz w:val="24"/></w:rPr><w:t>Ferry back</w:t></w:r><w:r><w:t xml:space="preserve"> by May</w:t></w:r></w:p>', 'Ferry back by May'],
  ['curly quotes, entities and a tab', '<w:p><w:r><w:t xml:space="preserve">“Every crossing counts,” said Ola Berg &amp; Sons &lt;ltd&gt; &#x2014; &#8217;</w:t></w:r><w:r><w:tab/><w:t>end</w:t></w:r></w:p>', '“Every crossing counts,” said Ola Berg & Sons <ltd> — ’\tend'],
  ['proofing marks and bookmarks', '<w:p><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:proofErr w:type="spellStart"/><w:r><w:t>Salamé</w:t></w:r><w:proofErr w:type="spellEnd"/><w:bookmarkEnd w:id="0"/><w:r><w:t xml:space="preserve"> said.</w:t></w:r></w:p>', 'Salamé said.'],
  ['a hyperlink and a field result (not its code)', '<w:p><w:hyperlink r:id="rId5" w:history="1"><w:r><w:t>the report</w:t></w:r></w:hyperlink><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> 3 May</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>', 'the report 3 May'],
  ['a table: a paragraph per cell', '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4508"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="4508" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>Day</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Mon</w:t></w:r></w:p></w:tc></w:tr></w:tbl>', 'Day\n\nMon'],
  ['tracked changes: insertions kept, deletions and moves away dropped', '<w:p><w:r><w:t xml:space="preserve">The </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>old</w:delText></w:r><w:r><w:tab/></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>new</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> plan</w:t></w:r><w:moveFrom w:id="3" w:author="A"><w:r><w:t>moved</w:t></w:r></w:moveFrom></w:p>', 'The new plan'],
  ['a deleted paragraph mark joins the next paragraph', '<w:p><w:pPr><w:rPr><w:del w:id="4" w:author="A"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">First half </w:t></w:r></w:p><w:p><w:r><w:t>second half.</w:t></w:r></w:p>', 'First half second half.'],
  ['a text box once (the fallback), after its paragraph', '<w:p><w:r><w:t xml:space="preserve">Before </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wps:txbx><w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent></wps:txbx></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>after</w:t></w:r></w:p>', 'Before after\n\nBox text'],
  ['a footnote reference (no text), a smart tag, a content control', '<w:p><w:r><w:t>Quoted</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r><w:smartTag w:uri="u" w:element="place"><w:r><w:t xml:space="preserve"> in Oslo</w:t></w:r></w:smartTag><w:sdt><w:sdtPr><w:alias w:val="Byline"/></w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve"> by Ana</w:t></w:r></w:sdtContent></w:sdt></w:p>', 'Quoted in Oslo by Ana'],
  ['non-breaking and soft hyphens', '<w:p><w:r><w:t>Jean</w:t></w:r><w:r><w:noBreakHyphen/><w:t>Pierre co</w:t></w:r><w:r><w:softHyphen/><w:t>operate</w:t></w:r></w:p>', 'Jean\u2011Pierre co\u00adoperate'],
  ['line breaks (mammoth dropped them)', '<w:p><w:r><w:t>Line one</w:t><w:br/><w:t>Line two</w:t><w:br w:type="page"/><w:t>Page two</w:t><w:cr/><w:t>end</w:t></w:r></w:p>', 'Line one\nLine two\nPage two\nend'],
  ['empty paragraphs and section properties', '<w:p/><w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p><w:p><w:r><w:t>Text</w:t></w:r></w:p><w:p/><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>', 'Text'],
  ['comments, CDATA and a > inside an attribute', '<w:p><!-- <w:r><w:t>not this</w:t></w:r> --><w:r w:x="a>b"><w:t><![CDATA[Tom & <Jerry>]]></w:t></w:r></w:p>', 'Tom & <Jerry>'],
];

describe('docxToText: the text of what Word writes', () => {
  it.each(FEATURES)('%s', (_name, body, expected) => {
    expect(read(docx(mainXml(body)))).toBe(expected);
  });

  it('paragraphs are separated by one blank line, whatever the empty paragraphs between them', () => {
    const body = '<w:p><w:r><w:t>One</w:t></w:r></w:p><w:p/><w:p/><w:p><w:r><w:t>Two</w:t></w:r></w:p>';
    expect(read(docx(mainXml(body)))).toBe('One\n\nTwo');
  });

  it('finds the main part through the package relationships, or at word/document.xml without them', () => {
    const xml = mainXml('<w:p><w:r><w:t>Found</w:t></w:r></w:p>');
    expect(read(docx(xml, { path: 'word/document2.xml', rels: RELS('/word/document2.xml') }))).toBe('Found');
    expect(read(docx(xml, { rels: null }))).toBe('Found');
  });

  it('reads a byte order mark, the strict namespace and a default namespace', () => {
    const body = '<w:p><w:r><w:t>Strict</w:t></w:r></w:p>';
    expect(read(docx(`\ufeff${mainXml(body)}`))).toBe('Strict');
    expect(read(docx(mainXml(body, '<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main">')))).toBe('Strict');
    expect(read(docx(mainXml(body, `<document xmlns="${W}">`, '</document>')))).toBe('Strict');
  });

  it.each([
    ['a main part that is not a Word document', mainXml('<w:p/>', '<html>', '</html>')],
    ['a document type declaration', `<!DOCTYPE d [<!ENTITY a "aaaa">]>${mainXml('<w:p/>')}`],
    ['no markup at all', 'just some text'],
  ])('%s: 400, could not be read', (_name, xml) => {
    expect(refusal(docx(xml))).toMatchObject({ status: 400, code: 'corrupt_docx', message: expect.stringContaining('could not be read') });
  });

  it('a missing main part: 400, could not be read', () => {
    expect(refusal(docx(mainXml('<w:p/>'), { rels: RELS('word/elsewhere.xml') }))).toMatchObject({ status: 400, code: 'corrupt_docx' });
  });
});

describe('docxToText: work limits a 2 MB story never reaches', () => {
  it(`${MAX_DOCX_PARAGRAPHS.toLocaleString('en')} paragraphs are read, one more is refused with 413`, () => {
    expect(read(docx(mainXml('<w:p/>'.repeat(MAX_DOCX_PARAGRAPHS))))).toBe('');
    expect(refusal(docx(mainXml('<w:p/>'.repeat(MAX_DOCX_PARAGRAPHS + 1))))).toMatchObject({
      status: 413,
      code: 'docx_too_many_paragraphs',
      message: '“story.docx” has more paragraphs than a story of 2 MB could have (over 100,000 paragraphs); that is not a story we can check.',
    });
  });

  it(`more than ${MAX_DOCX_RUNS.toLocaleString('en')} runs, or text elements, are refused with 413`, () => {
    expect(refusal(docx(mainXml(`<w:p>${'<w:r/>'.repeat(MAX_DOCX_RUNS + 1)}</w:p>`)))).toMatchObject({ status: 413, code: 'docx_too_many_runs' });
    expect(refusal(docx(mainXml(`<w:p><w:r>${'<w:t/>'.repeat(MAX_DOCX_RUNS + 1)}</w:r></w:p>`)))).toMatchObject({
      status: 413,
      message: expect.stringContaining('has more pieces of text than a story of 2 MB could have (over 500,000 runs)'),
    });
  });

  it('a main part declared over 16 MB is refused before it is unpacked', () => {
    const error = refusal(docx(mainXml('<w:p/>'), { declaredSize: MAX_DOCUMENT_XML + 1 }));
    expect(error).toMatchObject({ status: 400, code: 'docx_too_large', reason: 'has more than 16 MB of text markup; that is not a story we can check' });
  });

  it('a main part that unpacks to more than it declares is a bomb', () => {
    const xml = mainXml(`<w:p><w:r><w:t>${'a'.repeat(100_000)}</w:t></w:r></w:p>`);
    expect(refusal(docx(xml, { declaredSize: 1000 }))).toMatchObject({
      status: 400,
      code: 'docx_too_large',
      reason: expect.stringContaining('unpacks to more than 32 MB'),
    });
  });

  it('package relationships over 1 MB are refused', () => {
    const rels = RELS('word/document.xml') + ' '.repeat(1024 * 1024);
    expect(refusal(docx(mainXml('<w:p/>'), { rels }))).toMatchObject({ status: 400, code: 'docx_too_large' });
  });
});
