/**
 * The open-loop load generator in a process of its own (see `pacedInChild` in server.ts): its
 * arguments as JSON in argv[2], its result as JSON on stdout.
 */
import { type PacedOptions, paced, type Target } from './server.js';

const { base, target, opts } = JSON.parse(process.argv[2] ?? '{}') as { base: string; target: Target; opts: PacedOptions };
process.stdout.write(JSON.stringify(await paced(base, target, opts)));
