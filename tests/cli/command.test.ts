/**
 * The quotecheck command run in memory (runCommand with the test's own streams): help, version
 * and every usage error, each with its exit status and what stdout and stderr get. cli.test.ts
 * spawns the built binary for a few of these, end to end.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortUsage } from '../../src/cli/help.js';
import { FINDING_RULE_IDS } from '../../src/cli/rules.js';
import { VERSION } from '../../src/version.js';
import { NAMED_STORY, runInProcess } from './helpers.js';

const run = (args: string[]) => runInProcess(args);

/** The test's folder: `story.txt` (a story) and `stories/` (a folder of two). */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'quotecheck-command-'));
const at = (rel: string) => path.join(tmp, rel);

beforeAll(() => {
  fs.writeFileSync(at('story.txt'), NAMED_STORY);
  fs.mkdirSync(at('stories'));
  fs.writeFileSync(at('stories/a.txt'), NAMED_STORY);
  fs.writeFileSync(at('stories/b.md'), NAMED_STORY);
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('help and version', () => {
  it('--help, -h and help print the commands with examples and the exit statuses', async () => {
    const r = await run(['--help']);
    expect(r).toMatchObject({ status: 0, stderr: '' });
    for (const s of ['quotecheck analyze', 'quotecheck summary', 'quotecheck serve', '--jsonl', 'Examples:', 'Exit status']) expect(r.stdout).toContain(s);
    expect((await run(['-h'])).stdout).toBe(r.stdout);
    expect((await run(['help'])).stdout).toBe(r.stdout);
  });

  it.each([
    ['analyze', ['--format', '--out', '--jsonl', '--jobs', '--quiet', '--fail-on', '--max-unnamed-share', '--share-of', '--analysis-time-limit', 'Examples:']],
    ['summary', ['--format', '--out', '--jsonl', '--jobs', '--no-totals', '--fail-on', '--max-unnamed-share', '--share-of', 'Examples:']],
    ['serve', ['--port', '--host', '--workers', 'Examples:']],
  ])('%s --help and help %s print the same options and examples', async (command, words) => {
    const a = await run([command, '--help']);
    const b = await run(['help', command]);
    expect(a).toMatchObject({ status: 0, stderr: '' });
    expect(b).toEqual(a);
    expect(a.stdout).toMatch(new RegExp(`^quotecheck ${command}:`));
    for (const w of words) expect(a.stdout).toContain(w);
  });

  it('the help of --fail-on names every rule', async () => {
    const { stdout } = await run(['help', 'analyze']);
    for (const rule of FINDING_RULE_IDS) expect(stdout).toContain(rule);
  });

  it.each([['--version'], ['-V']])('%s prints the version and nothing else', async (flag) => {
    expect(await run([flag])).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '' });
  });
});

const GENERAL = shortUsage();
const ANALYZE = shortUsage('analyze');
const SUMMARY = shortUsage('summary');
const SERVE = shortUsage('serve');

describe('usage errors: status 2, nothing on stdout, the message and the usage of the command on stderr', () => {
  it.each<[string[], string, string]>([
    [[], 'no command given', GENERAL],
    [['frobnicate'], 'unknown command "frobnicate"', GENERAL],
    [['help', 'frobnicate'], 'no help on "frobnicate": the commands are analyze, summary, serve', GENERAL],
    [['--jobs', '2', 'analyze', 'x'], "Unknown option '--jobs'", GENERAL],
    [['-x'], "Unknown option '-x'", GENERAL],
    [['--quiet', 'analyze', 'x'], "Unknown option '--quiet'", GENERAL],
    [['analyze'], 'analyze needs FILES, DIRS, or - for standard input', ANALYZE],
    [['summary'], 'summary needs FILES, DIRS, or - for standard input', SUMMARY],
    [['analyze', '--no-such-flag', 'x'], "Unknown option '--no-such-flag'", ANALYZE],
    [['analyze', 'x', '--no-totals'], "Unknown option '--no-totals'", ANALYZE],
    [['analyze', 'x', '--jobs', '0'], '--jobs must be a whole number from 1 to 256, not "0"', ANALYZE],
    [['analyze', 'x', '--jobs', '1.5'], '--jobs must be a whole number from 1 to 256, not "1.5"', ANALYZE],
    [['analyze', '--jsonl', '--format', 'csv'], '--jsonl writes JSON lines: --format cannot be changed with it', ANALYZE],
    [['analyze', 'x', '--fail-on', 'no-such-rule'], '--fail-on: unknown rule "no-such-rule"; the rules are', ANALYZE],
    [['analyze', 'x', '--max-unnamed-share', '1.5'], '--max-unnamed-share must be a number from 0 to 1 (0.5 for half), not "1.5"', ANALYZE],
    [['analyze', 'x', '--max-unnamed-share=-0.1'], '--max-unnamed-share must be a number from 0 to 1 (0.5 for half), not "-0.1"', ANALYZE],
    [['analyze', 'x', '--max-unnamed-share', '-0.1'], "Option '--max-unnamed-share' argument is ambiguous", ANALYZE],
    [['analyze', 'x', '--max-unnamed-share', ''], '--max-unnamed-share must be a number from 0 to 1', ANALYZE],
    [['analyze', 'x', '--share-of', 'paragraphs'], '--share-of must be statements, quotes or words, not "paragraphs"', ANALYZE],
    [['analyze', '-', '-'], '- (standard input) can be given only once', ANALYZE],
    [['analyze', 'x', '--out', ''], '--out must not be empty', ANALYZE],
    [['analyze', 'x', '--analysis-time-limit', '0'], '--analysis-time-limit must be a number of seconds above 0, not "0"', ANALYZE],
    [['summary', 'x', '--pdf-time-limit', 'soon'], '--pdf-time-limit must be a number of seconds above 0, not "soon"', SUMMARY],
    [['summary', 'x', '--format', 'pdf'], 'summary --format must be table, csv or json, not "pdf"', SUMMARY],
    [['summary', 'x', '--format', 'md'], 'summary --format must be table, csv or json, not "md"', SUMMARY],
    [['serve', '--port', 'eighty'], '--port must be a whole number from 0 to 65535, not "eighty"', SERVE],
    [['serve', '--port', '70000'], '--port must be a whole number from 0 to 65535, not "70000"', SERVE],
    [['serve', '--host', ' '], '--host must not be empty', SERVE],
    [['serve', '--workers', '0'], '--workers must be a whole number from 1 to 256, not "0"', SERVE],
    [['serve', 'extra'], 'serve takes no arguments, got "extra"', SERVE],
  ])('%j: %s', async (args, message, usage) => {
    const r = await run(args);
    expect(r).toMatchObject({ status: 2, stdout: '' });
    expect(r.stderr).toMatch(/^quotecheck: \S/);
    expect(r.stderr).toContain(message);
    expect(r.stderr.slice(-usage.length - 1)).toBe(`\n${usage}`);
  });

  // Caught once the inputs are known, before any story is read.
  it.each<[string[], string]>([
    [[at('story.txt'), '--format', 'docx'], 'unknown --format "docx"; the formats are json, csv, md, html, pdf'],
    [[at('stories'), '--format', 'pdf'], 'several stories in pdf need --out DIR (one report per story); as JSON they come as JSON lines'],
    [[at('stories'), '--out', at('story.txt')], `--out ${at('story.txt')} is a file; with several stories or a directory, --out names a directory`],
    [['--jsonl', at('story.txt'), '--out', at('stories')], `--out ${at('stories')} is a directory; with --jsonl, --out names the output file`],
  ])('analyze %j: %s', async (args, message) => {
    expect(await run(['analyze', ...args])).toEqual({ status: 2, stdout: '', stderr: `quotecheck: ${message}\n${ANALYZE}` });
  });
});
