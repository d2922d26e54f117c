/**
 * Command-line parsing, kept pure: argv in, a command or a UsageError out. main.ts does the I/O.
 * Report formats are checked against the format registry by main.ts, so that adding a format
 * there adds it here too.
 */
import { parseArgs } from 'node:util';
import { type Budgets, DEFAULT_BUDGETS } from '../work/phases.js';
import { FINDING_RULE_IDS } from './rules.js';

/** Which unnamed share a threshold reads: the fields of `summary.unnamedShare`. */
export type ShareBasis = 'quotes' | 'quotedWords' | 'statements';

export interface Thresholds {
  /** Rule ids (or 'any'): a finding of one of them crosses the threshold. */
  failOn: string[];
  /** A story whose unnamed share is over this crosses the threshold; null: no limit. */
  maxUnnamedShare: number | null;
  shareOf: ShareBasis;
}

interface BatchCommon {
  /** Paths, directories, or '-' for stdin. */
  inputs: string[];
  jsonl: boolean;
  out: string | null;
  jobs: number;
  quiet: boolean;
  thresholds: Thresholds;
  /** Milliseconds each phase of a story's work may take. */
  budgets: Budgets;
}

export type SummaryFormat = 'table' | 'csv' | 'json';

export interface AnalyzeCommand extends BatchCommon {
  command: 'analyze';
  /** A name for the format registry (checked by main.ts). */
  format: string;
  /** --corrections FILE: the editor's corrections, read and checked by batch.ts; null: none. */
  corrections: string | null;
}

export interface SummaryCommand extends BatchCommon {
  command: 'summary';
  format: SummaryFormat;
  totals: boolean;
}

export interface ServeCommand {
  command: 'serve';
  port: number | null;
  host: string | null;
  workers: number | null;
}

export type Command =
  | { command: 'help'; topic: 'analyze' | 'summary' | 'serve' | null }
  | { command: 'version' }
  | AnalyzeCommand
  | SummaryCommand
  | ServeCommand;

/** A mistake in the command line: reported with the usage, exit status 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: 'analyze' | 'summary' | 'serve',
  ) {
    super(message);
  }
}

const COMMANDS = ['analyze', 'summary', 'serve'] as const;
type CommandName = (typeof COMMANDS)[number];

function isCommand(s: string | undefined): s is CommandName {
  return (COMMANDS as readonly string[]).includes(s ?? '');
}

export interface ParseDefaults {
  /** --jobs when not given: the CPUs the process may use (batch.ts: defaultJobs). */
  jobs: number;
}

export function parseCliArgs(argv: readonly string[], defaults: ParseDefaults = { jobs: 1 }): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('no command given');
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) return { command: 'help', topic: null };
    if (!isCommand(topic)) throw new UsageError(`no help on "${topic}": the commands are ${COMMANDS.join(', ')}`);
    return { command: 'help', topic };
  }
  if (first.startsWith('-')) {
    const { values } = guard(undefined, () =>
      parseArgs({
        args: [...argv],
        strict: true,
        allowPositionals: true,
        options: { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'V' } },
      }),
    );
    if (values.help) return { command: 'help', topic: null };
    if (values.version) return { command: 'version' };
    throw new UsageError('the command comes first');
  }
  if (!isCommand(first)) throw new UsageError(`unknown command "${first}"`);
  if (first === 'serve') return parseServe(rest);
  return parseBatch(first, rest, defaults);
}

function guard<T>(command: CommandName | undefined, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw new UsageError((e as Error).message, command);
  }
}

function parseServe(argv: string[]): Command {
  const { values, positionals } = guard('serve', () =>
    parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, port: { type: 'string', short: 'p' }, host: { type: 'string' }, workers: { type: 'string' } },
    }),
  );
  if (values.help) return { command: 'help', topic: 'serve' };
  if (positionals.length > 0) throw new UsageError(`serve takes no arguments, got "${positionals[0]}"`, 'serve');
  let port: number | null = null;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not "${values.port}"`, 'serve');
  }
  const host = values.host?.trim();
  if (values.host !== undefined && !host) throw new UsageError('--host must not be empty', 'serve');
  let workers: number | null = null;
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!/^\d+$/.test(values.workers) || workers < 1 || workers > 256)
      throw new UsageError(`--workers must be a whole number from 1 to 256, not "${values.workers}"`, 'serve');
  }
  return { command: 'serve', port, host: host ?? null, workers };
}

/** The values of --share-of, and the share each names. */
const SHARE_OF_VALUES: Record<string, ShareBasis> = { statements: 'statements', quotes: 'quotes', words: 'quotedWords', quotedwords: 'quotedWords' };

function parseBatch(command: 'analyze' | 'summary', argv: string[], defaults: ParseDefaults): Command {
  const { values, positionals } = guard(command, () =>
    parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        jsonl: { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        quiet: { type: 'boolean', short: 'q' },
        'fail-on': { type: 'string', multiple: true },
        'max-unnamed-share': { type: 'string' },
        'share-of': { type: 'string' },
        'analysis-time-limit': { type: 'string' },
        'extraction-time-limit': { type: 'string' },
        'pdf-time-limit': { type: 'string' },
        corrections: { type: 'string' },
        ...(command === 'summary' ? { 'no-totals': { type: 'boolean' } } : {}),
      },
    }),
  );
  if (values.help) return { command: 'help', topic: command };
  const usage = (message: string) => new UsageError(message, command);

  const jsonl = values.jsonl ?? false;
  const inputs = positionals.length > 0 ? positionals : jsonl ? ['-'] : [];
  if (inputs.length === 0) throw usage(`${command} needs FILES, DIRS, or - for standard input`);
  if (inputs.filter((i) => i === '-').length > 1) throw usage('- (standard input) can be given only once');

  let jobs = defaults.jobs;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!/^\d+$/.test(values.jobs) || jobs < 1 || jobs > 256) throw usage(`--jobs must be a whole number from 1 to 256, not "${values.jobs}"`);
  }

  const failOn = values['fail-on'] ?? [];
  for (const rule of failOn) {
    if (rule !== 'any' && !(FINDING_RULE_IDS as readonly string[]).includes(rule)) {
      throw usage(`--fail-on: unknown rule "${rule}"; the rules are ${FINDING_RULE_IDS.join(', ')} (or "any")`);
    }
  }
  let maxUnnamedShare: number | null = null;
  const rawMax = values['max-unnamed-share'];
  if (rawMax !== undefined) {
    maxUnnamedShare = Number(rawMax);
    if (rawMax.trim() === '' || !Number.isFinite(maxUnnamedShare) || maxUnnamedShare < 0 || maxUnnamedShare > 1) {
      throw usage(`--max-unnamed-share must be a number from 0 to 1 (0.5 for half), not "${rawMax}"`);
    }
  }
  const rawBasis = values['share-of'];
  const shareOf = rawBasis === undefined ? 'statements' : SHARE_OF_VALUES[rawBasis.toLowerCase()];
  if (shareOf === undefined) throw usage(`--share-of must be statements, quotes or words, not "${rawBasis}"`);

  const limit = (phase: keyof Budgets): number => {
    const raw = values[`${phase}-time-limit`];
    if (raw === undefined) return DEFAULT_BUDGETS[phase];
    const s = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(s) || s <= 0 || s > 86_400)
      throw usage(`--${phase}-time-limit must be a number of seconds above 0, not "${raw}"`);
    return Math.max(1, Math.round(s * 1000));
  };
  const common: BatchCommon = {
    inputs,
    jsonl,
    out: values.out ?? null,
    jobs,
    quiet: values.quiet ?? false,
    thresholds: { failOn, maxUnnamedShare, shareOf },
    budgets: { analysis: limit('analysis'), extraction: limit('extraction'), pdf: limit('pdf') },
  };
  if (common.out === '') throw usage('--out must not be empty');

  if (command === 'analyze') {
    const format = values.format ?? 'json';
    if (jsonl && format.toLowerCase() !== 'json') throw usage('--jsonl writes JSON lines: --format cannot be changed with it');
    const corrections = values.corrections ?? null;
    if (corrections === '') throw usage('--corrections needs a FILE');
    return { command, ...common, format, corrections };
  }
  if (values.corrections !== undefined) throw usage('--corrections belongs to analyze (a summary counts the reports as they are)');
  const rawFormat = values.format?.toLowerCase() ?? inferSummaryFormat(common.out);
  if (rawFormat !== 'table' && rawFormat !== 'csv' && rawFormat !== 'json') throw usage(`summary --format must be table, csv or json, not "${values.format}"`);
  return { command, ...common, format: rawFormat, totals: !(values['no-totals'] ?? false) };
}

function inferSummaryFormat(out: string | null): SummaryFormat {
  if (out === null) return 'table';
  const lower = out.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  return 'table';
}
