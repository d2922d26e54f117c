/**
 * The quotecheck command without the process around it: arguments and streams in, an exit
 * status out (0 done, 1 a threshold was crossed, 2 usage error, 3 some inputs could not be
 * analyzed). main.ts hands it the process's; tests run it in memory with their own.
 */
import { VERSION } from '../version.js';
import { type Command, parseCliArgs, UsageError } from './args.js';
import { type BatchIO, defaultJobs, EXIT_USAGE, runBatch } from './batch.js';
import { GENERAL_HELP, HELP, shortUsage } from './help.js';

/** The exit status, or null when the command keeps running (serve). */
export async function runCommand(argv: readonly string[], io: BatchIO): Promise<number | null> {
  let command: Command;
  try {
    command = parseCliArgs(argv, { jobs: defaultJobs() });
  } catch (e) {
    return usageError(e, io);
  }
  switch (command.command) {
    case 'help':
      io.stdout.write(command.topic ? HELP[command.topic] : GENERAL_HELP);
      return 0;
    case 'version':
      io.stdout.write(`${VERSION}\n`);
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
        return await runBatch(command, io);
      } catch (e) {
        return usageError(e, io);
      }
  }
}

/** Reports a usage error on stderr with the usage of its command; anything else is rethrown. */
function usageError(e: unknown, io: BatchIO): number {
  if (!(e instanceof UsageError)) throw e;
  io.stderr.write(`quotecheck: ${e.message}\n${shortUsage(e.command)}`);
  return EXIT_USAGE;
}
