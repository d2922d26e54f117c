/**
 * The help texts of the quotecheck command (`quotecheck --help`, `quotecheck help COMMAND`) and
 * the one-line usage printed after a usage error.
 */
import { FINDING_RULE_IDS } from './rules.js';

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

const BATCH_OPTIONS = `  -j, --jobs N                 worker threads (default: the CPUs this process may use: the
                               container's CPU quota if it has one, else the cores)
  -q, --quiet                  no progress bar, no threshold or language messages on stderr
      --fail-on RULE           exit 1 if any story has a finding of RULE (repeatable; "any" for
                               any finding). The rules:
${wrap(FINDING_RULE_IDS.join(', '), 31, 96)}
      --max-unnamed-share X    exit 1 if any story's unnamed share is over X (0 to 1)
      --share-of BASIS         the share that --max-unnamed-share and "mostly unnamed" read:
                               statements (default), quotes or words (quoted words)
      --analysis-time-limit S  seconds a story's analysis (and its report, but a PDF) may take
                               (default 10); a story over it fails ("too complex") and the
                               others go on
      --extraction-time-limit S
                               seconds reading a .docx or .html file may take (default 10)
      --pdf-time-limit S       seconds making a story's PDF may take (default 30)
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
                               that cannot be read gives {"id":…,"error":"…"} and the run goes on;
                               a line's own "corrections" apply to its story
      --corrections FILE       the editor's corrections (a JSON list: README, "Reviewing and
                               correcting a report"), applied to every story given
${BATCH_OPTIONS}

Examples:
  quotecheck analyze story.txt                        # the JSON report
  quotecheck analyze story.txt --corrections fixes.json --format pdf --out story.pdf
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
TRUST_PROXY, ACCESS_LOG, THREADS, THREAD_NICE, ANALYSIS_TIME_LIMIT, EXTRACTION_TIME_LIMIT,
PDF_TIME_LIMIT, MAX_IN_FLIGHT, MAX_BODY_MB, MAX_QUEUE_WAIT_MS, READY_QUEUE. SIGTERM and SIGINT
finish the requests in flight, then exit.

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
