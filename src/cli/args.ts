/**
 * Command-line parsing, kept pure: argv in, a command or a UsageError out. main.ts does the I/O.
 */
import { parseArgs } from 'node:util';

export const USAGE = `quotecheck: every quote in a news story, its source, and how much the story leans on unnamed sources

Usage:
  quotecheck analyze FILE              print the JSON sourcing report of FILE (- reads stdin)
  quotecheck analyze --jsonl [FILE]    read lines {"id","text"} (stdin by default) and write
                                       one line {"id","report"} per input line, in order
                                       (blank lines are skipped; a bad line gives
                                       {"id":null,"error":"…"} and processing goes on)
  quotecheck --help                    this text
  quotecheck --version                 the version

Exit status: 0 done, 2 usage error, 3 unreadable input or a failed --jsonl line.
`;

export const SHORT_USAGE = 'usage: quotecheck analyze FILE | quotecheck analyze --jsonl [FILE]  (quotecheck --help for more)\n';

export type Command =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'analyze'; /** a path, or '-' for stdin */ input: string; jsonl: boolean };

/** A mistake in the command line: reported with the usage, exit status 2. */
export class UsageError extends Error {}

export function parseCliArgs(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...rest] = positionals;
  if (command === undefined) throw new UsageError('no command given');
  if (command !== 'analyze') throw new UsageError(`unknown command "${command}"`);
  if (rest.length > 1) throw new UsageError(`analyze takes one FILE, got ${rest.length}`);
  const jsonl = values.jsonl ?? false;
  const input = rest[0] ?? (jsonl ? '-' : undefined);
  if (input === undefined) throw new UsageError('analyze needs a FILE (or - for stdin)');
  return { command: 'analyze', input, jsonl };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'V' },
      jsonl: { type: 'boolean' },
    },
  });
}
