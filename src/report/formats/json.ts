/** JSON: the report contract of ANNOTATION.md ("What a system reports"), as is. */
import type { SourcingReport } from '../types.js';
import type { ReportFormat } from './format.js';

export function renderJson(report: SourcingReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export const jsonFormat: ReportFormat = {
  name: 'json',
  label: 'JSON',
  extension: 'json',
  mediaType: 'application/json; charset=utf-8',
  render: (report) => renderJson(report),
};
