/**
 * The one registry of report formats. The CLI (`--format`) and the web downloads
 * (`POST /report.<extension>`) both read it; add a format here and both offer it.
 */
import type { SourcingReport } from '../types.js';
import { csvFormat } from './csv.js';
import { reportFileStem } from './file-name.js';
import type { ReportFormat } from './format.js';
import { htmlFormat } from './html.js';
import { jsonFormat } from './json.js';
import { markdownFormat } from './markdown.js';
import { pdfFormat } from './pdf.js';

export const FORMATS: readonly ReportFormat[] = [jsonFormat, csvFormat, markdownFormat, htmlFormat, pdfFormat];

const ALIASES: Record<string, string> = { markdown: 'md', htm: 'html' };

/** A format by name or extension (`md` and `markdown` both work), or undefined. */
export function getFormat(name: string): ReportFormat | undefined {
  const key = String(name ?? '').toLowerCase();
  const wanted = ALIASES[key] ?? key;
  return FORMATS.find((f) => f.name === wanted || f.extension === wanted);
}

export function formatNames(): string[] {
  return FORMATS.map((f) => f.name);
}

/** The download's file name: the headline slugified to safe ASCII, or `quotecheck-report`. */
export function reportFilename(report: Pick<SourcingReport, 'title'>, format: Pick<ReportFormat, 'extension'>): string {
  return `${reportFileStem(report.title)}.${format.extension}`;
}

/** Render to bytes whatever the format returns. */
export async function renderToBuffer(format: ReportFormat, report: SourcingReport, text: string): Promise<Buffer> {
  const out = await format.render(report, text);
  return typeof out === 'string' ? Buffer.from(out, 'utf8') : out;
}

export { reportFileStem, slugify } from './file-name.js';
export type { ReportFormat } from './format.js';
