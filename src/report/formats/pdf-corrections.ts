/**
 * The PDF's list of the editor's corrections (and those that did not apply), under the title:
 * a reader of the printed report knows the figures count them. Drawn with the report's own
 * heading and paragraph (pdf.ts).
 */
import { correctionWords } from '../corrections/words.js';
import type { SourcingReport } from '../types.js';
import type { Flow } from './pdf-flow.js';
import type { Text, TextStyle } from './pdf-text.js';

interface Draw {
  heading(title: string): void;
  paragraph(text: Text, style: TextStyle, indent?: number): void;
}

export function correctionsList(f: Flow, report: SourcingReport, text: string, draw: Draw, styles: { message: TextStyle; meta: TextStyle }): void {
  const applied = report.corrections ?? [];
  const rejected = report.rejectedCorrections ?? [];
  if (applied.length === 0 && rejected.length === 0) return;
  draw.heading('Corrected by the editor');
  draw.paragraph('The figures, the findings and the summary count these corrections of the automatic attribution.', styles.meta);
  f.moveDown(0.3);
  applied.forEach((c, i) => {
    draw.paragraph(`${i + 1}. ${correctionWords(c, text)}`, styles.message, 12);
  });
  for (const r of rejected) draw.paragraph(`Not applied: ${correctionWords(r.correction, text)}: ${r.reason}`, styles.meta, 12);
}
