#!/usr/bin/env node
/**
 * The quotecheck command: args → command → exit status.
 * 0 done, 1 a threshold was crossed, 2 usage error, 3 some inputs could not be analyzed.
 */
import { VERSION } from '../version.js';
import { type Command, GENERAL_HELP, HELP, parseCliArgs, shortUsage, UsageError } from './args.js';
import { defaultJobs, EXIT_USAGE, runBatch } from './batch.js';

/** The exit status, or null when the command keeps running (serve). */
async function main(argv: readonly string[]): Promise<number | null> {
  let command: Command;
  try {
    command = parseCliArgs(argv, { jobs: defaultJobs() });
  } catch (e) {
    return usageError(e);
  }
  switch (command.command) {
    case 'help':
      process.stdout.write(command.topic ? HELP[command.topic] : GENERAL_HELP);
      return 0;
    case 'version':
      process.stdout.write(`${VERSION}\n`);
      return 0;
    case 'serve':
      // The web server reads its settings from the environment and listens on import. With
      // WORKERS ≥ 2 node:cluster forks this same command, which gets here again in each worker.
      if (command.port !== null) process.env.PORT = String(command.port);
      if (command.host !== null) process.env.HOST = command.host;
      if (command.workers !== null) process.env.WORKERS = String(command.workers);
      await import('../server/main.js');
      return null;
    case 'analyze':
    case 'summary':
      try {
        return await runBatch(command, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
      } catch (e) {
        return usageError(e);
      }
  }
}

function usageError(e: unknown): number {
  if (!(e instanceof UsageError)) throw e;
  process.stderr.write(`quotecheck: ${e.message}\n${shortUsage(e.command)}`);
  return EXIT_USAGE;
}

// A reader that went away (`quotecheck … | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== null) process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`quotecheck: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
