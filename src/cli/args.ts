/**
 * Command-line parsing, kept pure: argv in, a command or a UsageError out. main.ts does the I/O.
 * Report formats are checked against the format registry by main.ts, so that adding a format
 * there adds it here too.
 */
import { parseArgs } from 'node:util';
import { FINDING_RULES } from './rules.js';

export const GENERAL_HELP = `quotecheck: every quote in a news story, its source, and how much the story leans on unnamed sources

Usage:
  quotecheck analyze [FILES | DIRS | -]   the sourcing report of each story
  quotecheck analyze --jsonl [FILES]      lines {"id","text"} in, lines {"id","report"} out, in order
  quotecheck summary [FILES | DIRS]       one row per story and totals (table, CSV or JSON)
  quotecheck summary --jsonl [FILES]      the same over lines {"id","text"} or {"id","report"}
  quotecheck serve [--port N] [--host H]  the web app
  quotecheck help COMMAND                 the options of a command (or: quotecheck COMMAND --help)
  quotecheck --version                    the version

Stories are .txt, .md, .html or .docx files; a directory means every such file inside it,
recursively, in sorted order. - reads one story (or JSONL) from standard input.

Examples:
  quotecheck analyze story.docx
  quotecheck summary stories/ --out summary.csv
  quotecheck analyze stories/ --format pdf --out reports/
  quotecheck analyze --jsonl --jobs 4 < stories.jsonl > reports.jsonl

Exit status: 0 done, 1 a threshold was crossed (--fail-on, --max-unnamed-share),
2 usage error, 3 some inputs could not be analyzed (each is named on stderr).
`;

/** Words wrapped into lines of at most `width` characters, each indented by `indent` spaces. */
function wrap(text: string, indent: number, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => `${' '.repeat(indent)}${l}`).join('\n');
}

const BATCH_OPTIONS = `  -j, --jobs N                 worker threads (default: the number of cores)
  -q, --quiet                  no progress bar and no threshold messages on stderr
      --fail-on RULE           exit 1 if any story has a finding of RULE (repeatable; "any" for
                               any finding). The rules:
${wrap(FINDING_RULES.join(', '), 31, 96)}
      --max-unnamed-share X    exit 1 if any story's unnamed share is over X (0 to 1)
      --share-of BASIS         the share that --max-unnamed-share and "mostly unnamed" read:
                               statements (default), quotes or words (quoted words)
  -h, --help                   this text`;

export const ANALYZE_HELP = `quotecheck analyze: the sourcing report of each story

Usage:
  quotecheck analyze [options] FILE | DIR | - ...
  quotecheck analyze --jsonl [options] [FILE ...]

One FILE (or -) prints its report on stdout. Several inputs, or a directory, print one line
{"id","report"} per story (JSON Lines), or with --out DIR write one report file per story.

Options:
  -f, --format NAME            json (default), csv, md, html or pdf: the formats of the web
                               downloads
  -o, --out FILE|DIR           write the report to FILE; with several inputs or a directory,
                               one report per story into DIR, named after the story's file
                               (stories/a/b.docx → DIR/a/b.pdf), or JSON lines into FILE.jsonl
      --jsonl                  read lines {"id","text"} (stdin, or the FILEs in turn) and write
                               lines {"id","report"} in input order, in bounded memory; a line
                               that cannot be read gives {"id":…,"error":"…"} and the run goes on
${BATCH_OPTIONS}

Examples:
  quotecheck analyze story.txt                        # the JSON report
  quotecheck analyze story.docx --format md           # as Markdown
  cat story.txt | quotecheck analyze -                # from standard input
  quotecheck analyze stories/ --format pdf --out reports/
  quotecheck analyze stories/ > reports.jsonl         # one line per story
  quotecheck analyze --jsonl --jobs 8 < shard-0.jsonl > reports-0.jsonl
  quotecheck analyze draft.md --fail-on anonymous-without-reason --quiet || echo "check the sourcing"

Exit status: 0 done, 1 a threshold was crossed, 2 usage error, 3 some inputs could not be
analyzed (each is named on stderr with the reason; the others are still analyzed).
`;

export const SUMMARY_HELP = `quotecheck summary: one row per story, then totals

Usage:
  quotecheck summary [options] FILE | DIR | - ...
  quotecheck summary --jsonl [options] [FILE ...]

Each row: the story's id (its path, or the "id" of its JSONL line), its headline, quotes, quoted
words, statements, sources by kind (person, organization, anonymous, unknown), the unnamed
shares of quotes, quoted words and statements, and the number of findings by rule. The totals
at the end: sums, the mean and median unnamed shares (over the stories that have any quotes or
statements to share), and the stories that rest mostly on unnamed sources (share over 50%).

Options:
  -f, --format NAME            table (default), csv or json; with --out, .csv and .json files
                               get that format unless --format says otherwise
  -o, --out FILE               write the summary to FILE instead of stdout
      --jsonl                  read lines {"id","text"}, or the lines {"id","report"} that
                               analyze --jsonl writes (to summarize reports made elsewhere)
      --no-totals              rows only: no totals at the end (CSV and table)
${BATCH_OPTIONS}

Examples:
  quotecheck summary stories/                          # a table on the terminal
  quotecheck summary stories/ --out summary.csv        # a CSV for a spreadsheet
  quotecheck summary stories/ --format json > summary.json
  cat reports-*.jsonl | quotecheck summary --jsonl --format csv > summary.csv
  quotecheck summary stories/ --max-unnamed-share 0.5 --quiet || echo "a story leans on unnamed sources"

Exit status: 0 done, 1 a threshold was crossed, 2 usage error, 3 some inputs could not be
analyzed (each is named on stderr with the reason).
`;

export const SERVE_HELP = `quotecheck serve: the web app (paste, upload or pick a sample; downloads; the JSON API)

Usage:
  quotecheck serve [--port N] [--host HOST] [--workers N]

Options:
  -p, --port N                 the port (default: $PORT, else 3000; 0 picks a free one)
      --host HOST              the address to listen on (default: $HOST, else localhost;
                               0.0.0.0 for every interface)
      --workers N              serve from N processes on the one port (default: $WORKERS, else 1)
  -h, --help                   this text

The environment variables of the web app still apply: RATE_LIMIT, RATE_LIMIT_WINDOW_MS,
MAX_IN_FLIGHT, TRUST_PROXY, ACCESS_LOG. SIGTERM and SIGINT finish the requests in flight, then exit.

Examples:
  quotecheck serve                                      # http://localhost:3000
  quotecheck serve --port 8080 --host 0.0.0.0 --workers 2
`;

export const HELP: Record<'analyze' | 'summary' | 'serve', string> = { analyze: ANALYZE_HELP, summary: SUMMARY_HELP, serve: SERVE_HELP };

export function shortUsage(command?: 'analyze' | 'summary' | 'serve'): string {
  switch (command) {
    case 'analyze':
      return 'usage: quotecheck analyze [options] FILE | DIR | - ...  |  quotecheck analyze --jsonl [FILE ...]  (quotecheck analyze --help for more)\n';
    case 'summary':
      return 'usage: quotecheck summary [options] FILE | DIR | - ...  |  quotecheck summary --jsonl [FILE ...]  (quotecheck summary --help for more)\n';
    case 'serve':
      return 'usage: quotecheck serve [--port N] [--host HOST] [--workers N]  (quotecheck serve --help for more)\n';
    default:
      return 'usage: quotecheck analyze|summary|serve ...  (quotecheck --help for more)\n';
  }
}

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
}

export type SummaryFormat = 'table' | 'csv' | 'json';

export interface AnalyzeCommand extends BatchCommon {
  command: 'analyze';
  /** A name for the format registry (checked by main.ts). */
  format: string;
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
  /** --jobs when not given: the number of cores. */
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

const SHARE_BASES: Record<string, ShareBasis> = { statements: 'statements', quotes: 'quotes', words: 'quotedWords', quotedwords: 'quotedWords' };

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
    if (rule !== 'any' && !(FINDING_RULES as readonly string[]).includes(rule)) {
      throw usage(`--fail-on: unknown rule "${rule}"; the rules are ${FINDING_RULES.join(', ')} (or "any")`);
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
  const shareOf = rawBasis === undefined ? 'statements' : SHARE_BASES[rawBasis.toLowerCase()];
  if (shareOf === undefined) throw usage(`--share-of must be statements, quotes or words, not "${rawBasis}"`);

  const common: BatchCommon = {
    inputs,
    jsonl,
    out: values.out ?? null,
    jobs,
    quiet: values.quiet ?? false,
    thresholds: { failOn, maxUnnamedShare, shareOf },
  };
  if (common.out === '') throw usage('--out must not be empty');

  if (command === 'analyze') {
    const format = values.format ?? 'json';
    if (jsonl && format.toLowerCase() !== 'json') throw usage('--jsonl writes JSON lines: --format cannot be changed with it');
    return { command, ...common, format };
  }
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
