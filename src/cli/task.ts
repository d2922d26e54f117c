/**
 * One story's work, in a worker thread of the shared pool (src/work/), as part of a chunk
 * (chunk.ts): read and extract the text
 * (or parse the JSONL line), check it, then render the report (analyze) or its summary row
 * (summary), and note the thresholds it crosses. Never throws: a story that cannot be analyzed
 * comes back as { ok: false, error } with the reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ExtractError } from '../input/errors.js';
import { parseCorrections } from '../report/corrections/parse.js';
import { type Correction, CorrectionsError } from '../report/corrections/types.js';
import type { SourcingReport } from '../report/types.js';
import type { JobHooks } from '../work/phases.js';
import type { Thresholds } from './args.js';
import { errnoReason } from './errno.js';
import { looksLikeReport, SHARE_BASIS_LABEL, type SummaryRow, summarizeReport } from './summary/row.js';

export interface JobConfig {
  mode: 'analyze' | 'summary';
  /**
   * analyze: 'line' writes `{"id","report"}` (compact JSON, no newline); 'document' renders the
   * report in `format` from the registry.
   */
  output: 'line' | 'document';
  format: string;
  thresholds: Thresholds;
  /** --corrections: applied to every story (a JSONL line's own `corrections` replace them). */
  corrections?: Correction[];
}

export type Task =
  /** A story file; the worker reads it. `id` is how the story is named in output and messages. */
  | { kind: 'file'; id: string; path: string }
  /** A story already read (standard input). */
  | { kind: 'bytes'; id: string; name: string; bytes: Uint8Array }
  /** One JSONL line; `where` names it in messages (`line 3`, `shard-0.jsonl line 3`). */
  | { kind: 'line'; where: string; line: string };

export type StoryId = string | number | null;

export type TaskResult =
  /** `line`: the JSON line (analyze --jsonl, or several stories), `output`: the document's bytes (analyze), `row`: the summary row (summary). */
  | {
      ok: true;
      id: StoryId;
      title: string;
      line?: string | undefined;
      output?: Uint8Array;
      row?: SummaryRow;
      crossed: string[];
      /** What the user should know of this story (it is not in English), each a sentence for stderr. */
      notices?: string[];
    }
  | { ok: false; id: StoryId; error: string };

/** A problem with one input, reported as `name: reason`. */
export class InputError extends Error {}

export async function runTask(task: Task, config: JobConfig, hooks: JobHooks): Promise<TaskResult> {
  let id: StoryId = task.kind === 'line' ? null : task.id;
  try {
    let text = '';
    let report: SourcingReport | null = null;
    let corrections = config.corrections;
    hooks.phase(task.kind === 'line' ? 'analysis' : 'extraction');
    if (task.kind === 'line') {
      const parsed = parseLine(task.line, task.where, config.mode === 'summary');
      id = parsed.id;
      if (parsed.report) report = parsed.report;
      else text = parsed.text;
      corrections = parsed.corrections ?? corrections;
    } else if (task.kind === 'file') {
      text = await extract(await readStory(task.path), path.basename(task.path));
    } else {
      text = await extract(Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength), task.name);
    }
    if (task.kind !== 'line') hooks.phase('analysis');
    report ??= hooks.check(text, corrections ? { corrections } : undefined);
    const crossed = crossings(report, config.thresholds);
    const notices = report.language?.note ? [report.language.note] : [];
    const title = report.title ?? '';
    if (config.mode === 'summary') {
      const rowId = id === null ? (task.kind === 'line' ? task.where : '-') : String(id);
      return { ok: true, id, title, row: summarizeReport(rowId, report), crossed, notices };
    }
    // The chunk (chunk.ts) joins its stories' lines and encodes them once, in the worker.
    if (config.output === 'line') return { ok: true, id, title, line: `${JSON.stringify({ id, report })}\n`, crossed, notices };
    // The registry (and PDFKit with it) loads only for reports rendered in a format.
    const { getFormat, renderToBuffer } = await import('../report/formats/registry.js');
    const format = getFormat(config.format);
    if (!format) throw new Error(`unknown format ${config.format}`);
    if (format.name === 'pdf') hooks.phase('pdf');
    const bytes = await renderToBuffer(format, report, text);
    return { ok: true, id, title, output: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), crossed, notices };
  } catch (e) {
    const known = (e as { id?: StoryId }).id;
    return { ok: false, id: known === undefined ? id : known, error: describe(e) };
  }
}

function describe(e: unknown): string {
  if (e instanceof ExtractError) return e.reason;
  if (e instanceof InputError) return e.message;
  return `internal error: ${e instanceof Error ? e.message : String(e)}`;
}

async function readStory(file: string): Promise<Buffer> {
  try {
    return await fs.promises.readFile(file);
  } catch (e) {
    throw new InputError(`cannot read: ${errnoReason(e)}`);
  }
}

/** The extractors load with the first story file (a JSONL run never needs them). */
async function extract(buf: Buffer, name: string): Promise<string> {
  const { extractText } = await import('../input/extract.js');
  return extractText(buf, name, { otherExtensions: 'sniff' });
}

/**
 * A JSONL line: {"id","text"} (with the story's own "corrections", when given), or (summary
 * only) {"id","report"} as analyze --jsonl writes it.
 */
export function parseLine(
  line: string,
  where: string,
  acceptReport: boolean,
): { id: StoryId; text: string; report: SourcingReport | null; corrections?: Correction[] } {
  let value: unknown;
  try {
    value = JSON.parse(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
  } catch (e) {
    throw new InputError(`${where}: not valid JSON (${(e as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(`${where}: not a JSON object`);
  const { id = null, text, report, corrections } = value as Record<string, unknown>;
  if (id !== null && typeof id !== 'string' && typeof id !== 'number') throw new InputError(`${where}: "id" must be a string or a number`);
  if (acceptReport && report !== undefined && text === undefined) {
    if (!looksLikeReport(report)) throw Object.assign(new InputError(`${where}: "report" is not a quotecheck report`), { id });
    return { id, text: '', report };
  }
  if (typeof text !== 'string') {
    throw Object.assign(new InputError(`${where}: "text" must be a string${acceptReport ? ' (or give a "report")' : ''}`), { id });
  }
  if (corrections === undefined || corrections === null) return { id, text, report: null };
  try {
    return { id, text, report: null, corrections: parseCorrections(corrections) };
  } catch (e) {
    if (e instanceof CorrectionsError) throw Object.assign(new InputError(`${where}: ${e.message}`), { id });
    throw e;
  }
}

/** The thresholds a report crosses, each as a phrase for stderr; empty when none. */
export function crossings(report: SourcingReport, t: Thresholds): string[] {
  const out: string[] = [];
  const findings = report.findings ?? [];
  for (const rule of t.failOn) {
    const n = rule === 'any' ? findings.length : findings.filter((f) => f.rule === rule).length;
    if (n > 0) out.push(`${n} ${rule === 'any' ? '' : `${rule} `}finding${n === 1 ? '' : 's'} (--fail-on ${rule})`);
  }
  if (t.maxUnnamedShare !== null) {
    const share = report.summary.unnamedShare[t.shareOf];
    if (share > t.maxUnnamedShare) {
      out.push(`unnamed share of ${SHARE_BASIS_LABEL[t.shareOf]} ${share} is over ${t.maxUnnamedShare} (--max-unnamed-share)`);
    }
  }
  return out;
}
