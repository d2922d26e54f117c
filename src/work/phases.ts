/**
 * The phases of a job and what a job's code may call while it runs: each phase has its own time
 * budget (`extraction`: reading a file, `analysis`: the engine and every output but the PDF,
 * `pdf`), announced through `JobHooks.phase` as it starts. Both sides of the work (the web
 * app's jobs and the CLI's tasks) import this, and jobs.ts imports both sides: kept apart, the
 * two never import each other in a circle.
 */
import type { ReportOptions } from '../report/build-report.js';
import type { SourcingReport } from '../report/types.js';

export type Phase = 'extraction' | 'analysis' | 'pdf';

/** Milliseconds each phase of a job may take before its worker is terminated. */
export type Budgets = Record<Phase, number>;

export const DEFAULT_BUDGETS: Budgets = { extraction: 10_000, analysis: 10_000, pdf: 30_000 };

export interface JobHooks {
  /**
   * Called as each phase starts. A job that carries several stories (a CLI batch) names the
   * story by its `item` number, so that a failure says which one it was.
   */
  phase(phase: Phase, item?: number): void;
  /** The engine: quotecheck's `check`, or a stand-in injected by tests (inline runs only). */
  check(text: string, options?: ReportOptions): SourcingReport;
}

export function seconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : Number(s.toFixed(3))} s`;
}

/** A phase ran over its budget: its worker was terminated (and replaced). `item`: the story it was on. */
export class TimeLimitError extends Error {
  override name = 'TimeLimitError';
  constructor(
    readonly phase: Phase,
    readonly limitMs: number,
    readonly item?: number,
  ) {
    super(`${phase} over its time limit of ${seconds(limitMs)}`);
  }
}

/** A worker thread died while running the job, or none could start. `item`: the story it was on, if known. */
export class WorkerError extends Error {
  override name = 'WorkerError';
  constructor(
    message: string,
    readonly item?: number,
  ) {
    super(message);
  }
}
