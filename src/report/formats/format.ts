/** What an output format is: the registry (registry.ts) lists them; each format module makes one. */
import type { SourcingReport } from '../types.js';

export interface ReportFormat {
  /** Stable id used by the CLI and the routes (`json`, `csv`, `md`, `html`, `pdf`). */
  name: string;
  /** How a button or help text names it. */
  label: string;
  /** File extension without the dot. */
  extension: string;
  /** The Content-Type of a download. */
  mediaType: string;
  render(report: SourcingReport, text: string): string | Buffer | Promise<Buffer>;
}
