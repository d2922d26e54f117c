/**
 * The classroom's printable PDFs (src/report/worksheet.ts): the worksheet (the story with its
 * quotes numbered and nobody named, the sources to choose from, a line per answer) and, apart,
 * the answer key (each quote's source, marked when it was corrected, and why). Laid out by the
 * report PDF's own flow and text (pdf-flow.ts, pdf-text.ts) in DejaVu Sans.
 */
import { COLOURS } from '../colours.js';
import type { SourcingReport } from '../types.js';
import { buildWorksheet, WORKSHEET_INSTRUCTIONS, type Worksheet } from '../worksheet.js';
import { Flow, openDocument } from './pdf-flow.js';
import { loadFonts } from './pdf-fonts.js';
import type { Text, TextStyle } from './pdf-text.js';

export type WorksheetPart = 'worksheet' | 'answer-key';

const style = (font: TextStyle['font'], size: number, colour: string): TextStyle => ({ font, size, colour });
const S = {
  eyebrow: style('Bold', 10, COLOURS.muted),
  title: style('Bold', 18, COLOURS.ink),
  body: style('Body', 10.5, COLOURS.ink),
  number: style('Bold', 10.5, COLOURS.ink),
  heading: style('Bold', 13, COLOURS.ink),
  meta: style('Body', 9, COLOURS.muted),
  answer: style('Bold', 10.5, COLOURS.ink),
};

export function renderWorksheetPdf(report: SourcingReport, text: string, part: WorksheetPart): Promise<Buffer> {
  const sheet = buildWorksheet(report, text);
  const heading = part === 'worksheet' ? `Who said it? ${sheet.title}` : `Answer key: ${sheet.title}`;
  const { doc, done } = openDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    info: { Title: heading, Creator: `${report.tool.name} ${report.tool.version}`, Producer: 'quotecheck' },
    lang: 'en',
    displayTitle: true,
  });
  const { regular, bold } = loadFonts();
  doc.registerFont('Body', regular);
  doc.registerFont('Bold', bold);
  const f = new Flow(doc);
  const para = (t: Text, s: TextStyle, indent = 0) => f.paragraph(t, s, { x: f.left + indent, width: f.width - indent });
  f.spaced(part === 'worksheet' ? 'CLASSROOM: WORKSHEET' : 'CLASSROOM: ANSWER KEY (FOR THE TEACHER)', S.eyebrow, 1);
  f.moveDown(0.2);
  para(heading, S.title);
  f.moveDown(0.6);
  if (part === 'worksheet') worksheet(f, para, sheet, text);
  else answerKey(f, para, sheet);
  const y = f.bottom + 24;
  f.everyPage((i, count) => {
    const [n] = f.t.lines(`${heading.length > 70 ? `${heading.slice(0, 69)}…` : heading} · ${i + 1} / ${count}`, S.meta, f.width);
    if (n) f.line(n, f.left, y);
  });
  f.paint();
  doc.end();
  return done;
}

type Para = (t: Text, s: TextStyle, indent?: number) => void;

function section(f: Flow, para: Para, title: string): void {
  f.ensure(60);
  f.moveDown(0.8);
  para(title, S.heading);
  f.rule(f.left, f.y + 2, f.width, 0.7, COLOURS.line);
  f.y += 8;
}

function worksheet(f: Flow, para: Para, sheet: Worksheet, text: string): void {
  para(WORKSHEET_INSTRUCTIONS, S.body);
  f.moveDown(0.4);
  para('Name: ____________________________    Date: ______________', S.body);
  section(f, para, 'The story');
  // Each paragraph of the story, its quotes preceded by their number in brackets.
  const marks = [...sheet.items].sort((a, b) => a.start - b.start);
  let m = 0;
  let from = 0;
  for (const line of text.split('\n')) {
    const start = from;
    const end = start + line.length;
    from = end + 1;
    if (line.trim() === '') continue;
    const runs: { text: string; style: TextStyle }[] = [];
    let at = start;
    while (m < marks.length && (marks[m]?.start ?? end) < end) {
      const q = marks[m++] as Worksheet['items'][number];
      if (q.start < at) continue;
      if (q.start > at) runs.push({ text: text.slice(at, q.start), style: S.body });
      runs.push({ text: `[${q.n}] `, style: S.number });
      runs.push({ text: text.slice(q.start, Math.min(q.end, end)), style: S.body });
      at = Math.min(q.end, end);
    }
    if (at < end) runs.push({ text: text.slice(at, end), style: S.body });
    para(runs, S.body);
    f.moveDown(0.4);
  }
  section(f, para, 'Sources to choose from');
  for (const c of sheet.choices) para(`•  ${c}`, S.body, 8);
  section(f, para, 'Your answers');
  for (const item of sheet.items) {
    f.ensure(44);
    para(
      [
        { text: `${item.n}. `, style: S.number },
        { text: `“${clip(item.text)}”`, style: S.body },
      ],
      S.body,
    );
    f.moveDown(0.3);
    para('Who said it? ______________________________________________', S.body, 14);
    f.moveDown(0.6);
  }
  if (sheet.omitted > 0) para(`The worksheet covers the first ${sheet.items.length} quotes; ${sheet.omitted} more are left out.`, S.meta);
}

function answerKey(f: Flow, para: Para, sheet: Worksheet): void {
  para('Keep this page apart from the worksheet. Each quote’s source, and the words in the story that tell.', S.body);
  if (sheet.correctedCount > 0) {
    f.moveDown(0.3);
    para(`${sheet.correctedCount} of these answers were corrected by hand (marked “corrected by the editor”).`, S.meta);
  }
  section(f, para, 'Answers');
  for (const k of sheet.key) {
    f.ensure(54);
    para(
      [
        { text: `${k.n}. `, style: S.number },
        { text: `“${clip(k.text)}”`, style: S.body },
      ],
      S.body,
    );
    para(
      k.corrected
        ? [
            { text: `${k.answer} `, style: S.answer },
            { text: `(${k.corrected})`, style: S.meta },
          ]
        : k.answer,
      S.answer,
      14,
    );
    if (k.because) para(k.because, S.meta, 14);
    f.moveDown(0.6);
  }
}

function clip(text: string, max = 200): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
