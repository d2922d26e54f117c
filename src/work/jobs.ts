/**
 * The work that runs off the event loop, for the web app and the command line alike: a job goes
 * in (a story's text or bytes, or a JSONL line, and what to make of it), and finished bytes come
 * out (a report page, a download, a JSON report, a CLI output line), never a report object for
 * the main thread to serialize. A job is done in phases, each with its own time budget:
 * `extraction` (reading a file: .docx, .html), `analysis` (the engine, and every output but the
 * PDF) and `pdf` (phases.ts). The worker announces each phase as it starts; the pool (pool.ts) times it.
 */
import type { JobConfig, Task, TaskResult } from '../cli/task.js';
import type { WebJob, WebResult } from '../server/web-jobs.js';
import type { JobHooks } from './phases.js';

export type Job = { kind: 'web'; web: WebJob } | { kind: 'cli'; task: Task; config: JobConfig };

export type ResultOf<J extends Job> = J extends { kind: 'web' } ? WebResult : TaskResult;

export async function runJob<J extends Job>(job: J, hooks: JobHooks): Promise<ResultOf<J>> {
  // Each side loads only its own modules: the CLI never loads Express's views, nor the web app the CLI's.
  if (job.kind === 'web') {
    const { runWebJob } = await import('../server/web-jobs.js');
    return (await runWebJob(job.web, hooks)) as ResultOf<J>;
  }
  const { runTask } = await import('../cli/task.js');
  return (await runTask(job.task, job.config, hooks)) as ResultOf<J>;
}

/** The finished bytes of a result, which a worker hands over without copying them. */
export function resultBytes(result: unknown): Uint8Array | undefined {
  if (typeof result !== 'object' || result === null) return undefined;
  const r = result as { body?: unknown; output?: unknown };
  const bytes = r.body ?? r.output;
  return bytes instanceof Uint8Array ? bytes : undefined;
}
