/**
 * The standalone HTML download: the report page's sections (the same partials, the same words)
 * in one file that needs nothing else: the stylesheet inlined, no script, no request. Opened
 * from the disk it has no server to send it a Content-Security-Policy, so it carries its own in
 * a meta element, which allows nothing but its one style element (by its hash).
 */
import type { SourcingReport } from '../report/types.js';
import { reportModel } from './report-model.js';
import { createRenderer, type Renderer } from './templates.js';

let shared: Renderer | null = null;

/** The package's templates, loaded on the first download this process (or thread) makes. */
function sharedRenderer(): Renderer {
  shared ??= createRenderer();
  return shared;
}

export function renderReportDocument(report: SourcingReport, text: string, renderer: Renderer = sharedRenderer()): string {
  const { css, hash } = renderer.stylesheet();
  return renderer.document('report-document', {
    ...reportModel(report, text),
    tool: `${report.tool.name} ${report.tool.version}`,
    stylesheet: css,
    styleSource: hash,
  });
}
