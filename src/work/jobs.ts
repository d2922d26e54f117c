/**
 * The work that runs off the event loop, for the web app and the command line alike: a job goes
 * in (a story's text or bytes, or a chunk of JSONL lines or story files, and what to make of
 * it), and finished bytes come out (a report page, a download, a JSON report, the CLI's output
 * lines), never a report object for the main thread to serialize. A job is done in phases, each
 * with its own time budget: `extraction` (reading a file: .docx, .html), `analysis` (the engine,
 * and every output but the PDF) and `pdf` (phases.ts). The worker announces each phase as it
 * starts, with the story's item number in a chunk; the pool (pool.ts) times it.
 */
import type { Chunk, ChunkResult } from '../cli/chunk.js';
import type { JobConfig } from '../cli/task.js';
import type { WebJob, WebResult } from '../server/web-jobs.js';
import type { JobHooks } from './phases.js';

export type Job = { kind: 'web'; web: WebJob } | { kind: 'cli'; chunk: Chunk; config: JobConfig };

export type ResultOf<J extends Job> = J extends { kind: 'web' } ? WebResult : ChunkResult;

export async function runJob<J extends Job>(job: J, hooks: JobHooks): Promise<ResultOf<J>> {
  // Each side loads only its own modules: the CLI never loads Express's views, nor the web app the CLI's.
  if (job.kind === 'web') {
    const { runWebJob } = await import('../server/web-jobs.js');
    return (await runWebJob(job.web, hooks)) as ResultOf<J>;
  }
  const { runChunk } = await import('../cli/chunk.js');
  return (await runChunk(job.chunk, job.config, hooks)) as ResultOf<J>;
}

/** How many stories a job holds: the stories ahead of a job on its worker bound its wait. */
export function jobItems(job: Job): number {
  if (job.kind === 'web') return 1;
  const chunk = job.chunk;
  if (chunk.kind === 'stories') return chunk.tasks.length;
  let n = 1;
  for (let i = chunk.bytes.indexOf(10); i !== -1 && i < chunk.bytes.length - 1; i = chunk.bytes.indexOf(10, i + 1)) n++;
  return n;
}

/**
 * The buffers of a result's finished bytes that a worker can hand over without copying them:
 * each that fills its own ArrayBuffer, once (a view into a shared buffer is copied instead).
 */
export function transferables(result: unknown): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const add = (bytes: unknown) => {
    if (bytes instanceof Uint8Array && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer)
      out.add(bytes.buffer);
  };
  if (typeof result !== 'object' || result === null) return [];
  const r = result as { body?: unknown; output?: unknown; stories?: unknown };
  add(r.body);
  add(r.output);
  if (Array.isArray(r.stories)) for (const s of r.stories) add((s as { output?: unknown }).output);
  return [...out];
}
