/**
 * The exercise as one HTML file students open offline (views/learn-worksheet.hbs): the story
 * with its quotes numbered, the sources to choose from, a line per answer, and the answer key
 * folded away at the end. Like the report's download: the stylesheet inlined, its own policy in
 * a meta element, no script, no link, nothing to load.
 */

import type { SourcingReport } from '../report/types.js';
import { buildWorksheet, WORKSHEET_INSTRUCTIONS } from '../report/worksheet.js';
import { exercisePieces } from './exercise-model.js';
import type { Renderer } from './templates.js';

export function renderWorksheetDocument(report: SourcingReport, text: string, renderer: Renderer): string {
  const sheet = buildWorksheet(report, text);
  const { css, hash } = renderer.stylesheet();
  return renderer.document('learn-worksheet', {
    pageTitle: `Who said it? ${sheet.title}`,
    title: sheet.title,
    instructions: WORKSHEET_INSTRUCTIONS,
    story: { pieces: exercisePieces(text, sheet.items, sheet.items.length) },
    count: sheet.items.length,
    omitted: sheet.omitted,
    choices: sheet.choices,
    items: sheet.items,
    key: sheet.key,
    tool: `${report.tool.name} ${report.tool.version}`,
    stylesheet: css,
    styleSource: hash,
  });
}
