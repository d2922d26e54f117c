/**
 * HTML: one standalone page with the report page's sections (src/render/report-document.ts):
 * the plain-language summary, the figures, the chart, the sources, the editorial findings and
 * the highlighted story with each finding under its paragraph.
 */
import { renderReportDocument } from '../../render/report-document.js';
import type { ReportFormat } from './format.js';

export const htmlFormat: ReportFormat = {
  name: 'html',
  label: 'HTML',
  extension: 'html',
  mediaType: 'text/html; charset=utf-8',
  render: (report, text) => renderReportDocument(report, text),
};
