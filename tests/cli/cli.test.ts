/**
 * The built `quotecheck` binary, spawned as a user would run it: every command, every format,
 * every exit status, directories (with a corrupt .docx among good files), stdin, --out, JSONL
 * order with worker threads, thresholds, summaries, the web server, and a few usage errors (the
 * others, and the help of each command, run in memory in command.test.ts). Builds dist/ first.
 * Structure, not accuracy, except where a story is unmistakable.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { getFormat, renderToBuffer } from '../../src/report/formats/registry.js';
import { VERSION } from '../../src/version.js';
import { parseCsv } from '../server/helpers/csv.js';
import { buildDocx } from '../server/helpers/docx.js';
import { ANON_STORY, bin, buildBinary, DOCX_PARAGRAPHS, jsonLines, NAMED_STORY, type Run, run as runIn } from './helpers.js';

const STORY = '"We will reopen the bridge," Mayor Ana Ruiz said.\n';
let tmp = '';

function run(args: string[], input: string | Buffer = ''): Promise<Run> {
  return runIn(args, { cwd: tmp, input });
}

function write(rel: string, content: string | Buffer): void {
  const file = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

function expectReport(report: unknown): void {
  expect(report).toMatchObject({
    tool: { name: 'quotecheck', version: VERSION },
    quotes: expect.any(Array),
    statements: expect.any(Array),
    sources: expect.any(Array),
    findings: expect.any(Array),
    summary: { unnamedShare: { quotes: expect.any(Number), quotedWords: expect.any(Number), statements: expect.any(Number) } },
  });
}

/** No stack trace on stderr, ever. */
function expectNoStack(stderr: string): void {
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr).not.toContain('internal error');
}

const ANON_HTML = `<!doctype html><html><head><title>x</title><style>p{}</style></head><body>${ANON_STORY.split('\n\n')
  .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
  .join('\n')}</body></html>`;

beforeAll(() => {
  buildBinary();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'quotecheck-cli-'));
  write('story.txt', STORY);
  write('anon.txt', ANON_STORY);
  write('named.txt', NAMED_STORY);
  // A folder of stories: every accepted type, a subfolder, and files that are not stories.
  write('stories/named.md', NAMED_STORY);
  write('stories/anon.html', ANON_HTML);
  write('stories/ferry/harbour.docx', buildDocx(DOCX_PARAGRAPHS));
  write('stories/ferry/notes.pdf', '%PDF-1.7 not a story');
  write('stories/.hidden.txt', 'skipped');
  write('stories/~$named.docx', 'a Word lock file, skipped');
  // The same, with one corrupt .docx among them.
  write('mixed/a-named.txt', NAMED_STORY);
  write('mixed/b-broken.docx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(300, 7)]));
  write('mixed/c-anon.txt', ANON_STORY);
  write('mixed/d-ferry.docx', buildDocx(DOCX_PARAGRAPHS));
  fs.mkdirSync(path.join(tmp, 'empty'));
  write('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  write('clash/report.txt', NAMED_STORY);
  write('clash/report.md', ANON_STORY);
  write('one.jsonl', `${JSON.stringify({ id: 1, text: STORY })}\r\n\r\n${JSON.stringify({ id: 2, text: NAMED_STORY })}\r\n`);
  write('two.jsonl', JSON.stringify({ id: 3, text: ANON_STORY }));
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe.concurrent('quotecheck analyze FILE', () => {
  it('prints the pretty-printed JSON report of a FILE, with the speaker of an obviously attributed quote', async () => {
    const r = await run(['analyze', 'story.txt']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^\{\n {2}"/);
    const report = JSON.parse(r.stdout);
    expectReport(report);
    expect(report.length).toBe(STORY.length);
    expect(report.quotes).toHaveLength(1);
    expect(report.quotes[0].speakerMention.text).toContain('Ruiz');
  });

  it('reads stdin with -', async () => {
    const r = await run(['analyze', '-'], STORY);
    expect(r.status).toBe(0);
    expectReport(JSON.parse(r.stdout));
  });

  it('reads a .docx from stdin too (by its content)', async () => {
    const r = await run(['analyze', '-'], buildDocx(DOCX_PARAGRAPHS));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe(DOCX_PARAGRAPHS[0]);
  });

  it('reads .docx and .html files: the text, not the markup', async () => {
    const docx = JSON.parse((await run(['analyze', 'stories/ferry/harbour.docx'])).stdout);
    expect(docx.title).toBe(DOCX_PARAGRAPHS[0]);
    expect(docx.quotes[0].text).toContain('Every crossing');
    const html = JSON.parse((await run(['analyze', 'stories/anon.html'])).stdout);
    expect(html.title).toBe('Ministry weighs closing rural clinics');
    expect(html.quotes.map((q: { text: string }) => q.text)).toContain('The money is simply not there,');
  });

  it.each(['json', 'csv', 'md', 'html'])('--format %s prints what the format registry renders', async (name) => {
    const r = await run(['analyze', 'named.txt', '--format', name]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const format = getFormat(name)!;
    const expected = await renderToBuffer(format, check(NAMED_STORY), NAMED_STORY);
    expect(r.raw.equals(expected)).toBe(true);
  });

  it('--format pdf prints a PDF', async () => {
    const r = await run(['analyze', 'named.txt', '--format', 'pdf']);
    expect(r.status).toBe(0);
    expect(r.raw.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(r.raw.subarray(-6).toString('latin1')).toContain('%%EOF');
  });

  it('--format accepts the registry aliases (markdown)', async () => {
    const r = await run(['analyze', 'named.txt', '-f', 'markdown']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# /);
  });

  it('--out FILE writes the report to the file, nothing to stdout', async () => {
    const r = await run(['analyze', 'named.txt', '--format', 'html', '--out', 'named-report.html']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(fs.readFileSync(path.join(tmp, 'named-report.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('reports a missing file on stderr with status 3 and no stack trace', async () => {
    const r = await run(['analyze', 'no-such-story.txt']);
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no-such-story.txt: no such file or directory');
    expectNoStack(r.stderr);
  });

  it('refuses a binary file named as text, with status 3', async () => {
    const r = await run(['analyze', 'photo.txt']);
    expect(r.status).toBe(3);
    expect(r.stderr).toBe('quotecheck: photo.txt: is a PNG image\n');
  });
});

describe.concurrent('quotecheck analyze DIRS and several FILES', () => {
  it('a directory: every .txt, .md, .html and .docx inside, recursively, sorted, as JSON lines', async () => {
    const r = await run(['analyze', 'stories']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.id)).toEqual([
      path.join('stories', 'anon.html'),
      path.join('stories', 'ferry', 'harbour.docx'),
      path.join('stories', 'named.md'),
    ]);
    for (const l of lines) expectReport(l.report);
  });

  it('several files: one line each, in the order given', async () => {
    const r = await run(['analyze', 'named.txt', 'anon.txt', 'story.txt']);
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout).map((l) => l.id)).toEqual(['named.txt', 'anon.txt', 'story.txt']);
  });

  it('--out DIR: one report per story, named after its file, subfolders kept', async () => {
    const r = await run(['analyze', 'stories', '--format', 'md', '--out', 'reports-md']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const out = path.join(tmp, 'reports-md');
    const files = fs.readdirSync(out, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
    expect(files.map((d) => path.relative(out, path.join(d.parentPath, d.name))).sort()).toEqual(['anon.md', path.join('ferry', 'harbour.md'), 'named.md']);
    expect(fs.readFileSync(path.join(out, 'ferry', 'harbour.md'), 'utf8')).toContain('Harbour ferry returns');
  });

  it('--out DIR with every format, and names that would clash keep their extension', async () => {
    for (const format of ['json', 'csv', 'md', 'html', 'pdf']) {
      const r = await run(['analyze', 'clash', 'story.txt', '--format', format, '--out', `out-${format}`]);
      expect(r.status, r.stderr).toBe(0);
      const ext = getFormat(format)!.extension;
      expect(fs.readdirSync(path.join(tmp, `out-${format}`)).sort()).toEqual([`report.md.${ext}`, `report.txt.${ext}`, `story.${ext}`].sort());
    }
    expect(
      fs
        .readFileSync(path.join(tmp, 'out-pdf', 'story.pdf'))
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  });

  it('--out FILE.jsonl: several stories as JSON lines in the file', async () => {
    const r = await run(['analyze', 'stories', '--out', 'stories.jsonl']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(jsonLines(fs.readFileSync(path.join(tmp, 'stories.jsonl'), 'utf8'))).toHaveLength(3);
  });

  it('several stories in a format other than JSON need --out DIR: a usage error', async () => {
    const r = await run(['analyze', 'stories', '--format', 'pdf']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^quotecheck: .*--out DIR.*\nusage: quotecheck analyze/);
  });

  it('a corrupt .docx among good files: named on stderr with its reason, the rest finish, exit 3', async () => {
    for (const jobs of ['1', '2']) {
      const r = await run(['analyze', 'mixed', '--jobs', jobs]);
      expect(r.status).toBe(3);
      const lines = jsonLines(r.stdout);
      expect(lines.map((l) => l.id)).toEqual(['a-named.txt', 'b-broken.docx', 'c-anon.txt', 'd-ferry.docx'].map((f) => path.join('mixed', f)));
      expect(lines[1]).toEqual({ id: path.join('mixed', 'b-broken.docx'), error: expect.stringContaining('damaged') });
      for (const i of [0, 2, 3]) expectReport(lines[i]!.report);
      expect(r.stderr).toContain(`${path.join('mixed', 'b-broken.docx')}: is damaged`);
      expect(r.stderr).toContain('1 input could not be analyzed; 3 analyzed');
      expectNoStack(r.stderr);
    }
  });

  it('the corrupt .docx with --out DIR: the good reports are written, exit 3', async () => {
    const r = await run(['analyze', 'mixed', '--format', 'csv', '--out', 'mixed-csv']);
    expect(r.status).toBe(3);
    expect(fs.readdirSync(path.join(tmp, 'mixed-csv')).sort()).toEqual(['a-named.csv', 'c-anon.csv', 'd-ferry.csv']);
    expect(r.stderr).toContain('b-broken.docx: is damaged');
  });

  it('a missing path and an empty folder are failures too, and the others still run', async () => {
    const r = await run(['analyze', 'empty', 'nowhere', 'named.txt']);
    expect(r.status).toBe(3);
    expect(jsonLines(r.stdout).map((l) => l.id)).toEqual(['named.txt']);
    expect(r.stderr).toContain('empty: no .txt, .md, .html or .docx files in it');
    expect(r.stderr).toContain('nowhere: no such file or directory');
  });
});

describe.concurrent('quotecheck analyze --jsonl', () => {
  it('writes one line per input line, in order', async () => {
    const ids = ['a', 'b', 3, 'd', 'e'];
    const input = ids.map((id, i) => JSON.stringify({ id, text: `Story ${i}. ${STORY}` })).join('\n');
    const r = await run(['analyze', '--jsonl'], `${input}\n`);
    expect(r.status).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.id)).toEqual(ids);
    for (const l of lines) expectReport(l.report);
  });

  it('keeps input order with --jobs 2 when later stories finish first', async () => {
    // Long and short stories alternate, so the workers finish them out of order.
    const long = `${NAMED_STORY}\n${ANON_STORY}\n`.repeat(40);
    const input = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `s${i}`, text: i % 3 === 0 ? long : i % 3 === 1 ? STORY : ANON_STORY })).join('\n');
    const r = await run(['analyze', '--jsonl', '--jobs', '2'], `${input}\n`);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.id)).toEqual(Array.from({ length: 40 }, (_, i) => `s${i}`));
    // The same reports as one thread.
    const single = await run(['analyze', '--jsonl', '--jobs', '1'], `${input}\n`);
    expect(single.stdout).toBe(r.stdout);
  });

  it('streams: answers each line as it comes, before standard input ends', async () => {
    const child = spawn(process.execPath, [bin, 'analyze', '--jsonl', '--jobs', '2'], { cwd: tmp });
    try {
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      const lineCount = () => out.split('\n').length - 1;
      const waitFor = async (n: number) => {
        for (let i = 0; i < 400 && lineCount() < n; i++) await new Promise((r) => setTimeout(r, 50));
        return lineCount();
      };
      child.stdin.write(`${JSON.stringify({ id: 'one', text: STORY })}\n`);
      expect(await waitFor(1)).toBe(1);
      child.stdin.write(`${JSON.stringify({ id: 'two', text: NAMED_STORY })}\n`);
      expect(await waitFor(2)).toBe(2);
      const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
      child.stdin.end();
      expect(await exited).toBe(0);
      expect(jsonLines(out).map((l) => l.id)).toEqual(['one', 'two']);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('reads JSONL files given as arguments, in turn, with CRLF lines', async () => {
    const r = await run(['analyze', '--jsonl', 'one.jsonl', 'two.jsonl', '--jobs', '2']);
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout).map((l) => l.id)).toEqual([1, 2, 3]);
  });

  it('answers a malformed line with an error line, goes on, and exits 3', async () => {
    const input = [
      JSON.stringify({ id: 'first', text: STORY }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 'last', text: STORY }),
    ].join('\n');
    const r = await run(['analyze', '--jsonl', '--jobs', '2'], input);
    expect(r.status).toBe(3);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.id)).toEqual(['first', null, 'no-text', 'last']);
    expect(lines[1]).toEqual({ id: null, error: expect.stringContaining('line 2') });
    expect(lines[2]).toEqual({ id: 'no-text', error: expect.stringContaining('"text" must be a string') });
    expectReport(lines[3]!.report);
    expect(r.stderr).toContain('line 2: not valid JSON');
    expect(r.stderr).toContain('line 3: "text" must be a string');
    expectNoStack(r.stderr);
  });

  it('--out FILE writes the lines to the file', async () => {
    const r = await run(['analyze', '--jsonl', '--out', 'reports.jsonl'], `${JSON.stringify({ id: 'x', text: STORY })}\n`);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(jsonLines(fs.readFileSync(path.join(tmp, 'reports.jsonl'), 'utf8')).map((l) => l.id)).toEqual(['x']);
  });

  it('a JSONL file that cannot be read: exit 3, the others still run', async () => {
    const r = await run(['analyze', '--jsonl', 'missing.jsonl', 'two.jsonl']);
    expect(r.status).toBe(3);
    expect(jsonLines(r.stdout).map((l) => l.id)).toEqual([3]);
    expect(r.stderr).toContain('missing.jsonl: no such file or directory');
  });
});

describe.concurrent('thresholds: --fail-on and --max-unnamed-share (exit 1)', () => {
  // Which threshold a report crosses, for every option, is tested in memory (units.test.ts: crossings).
  it('--max-unnamed-share: exit 1 when a story is over it, named on stderr', async () => {
    const over = await run(['analyze', 'anon.txt', 'named.txt', '--max-unnamed-share', '0.5']);
    expect(over.status).toBe(1);
    expect(jsonLines(over.stdout)).toHaveLength(2);
    expect(over.stderr).toBe('quotecheck: anon.txt: unnamed share of statements 0.6667 is over 0.5 (--max-unnamed-share)\n');
  });

  it('--share-of picks the share, and --quiet silences the message but not the status', async () => {
    const quotes = await run(['summary', 'anon.txt', '--max-unnamed-share', '0.62', '--share-of', 'quotes', '--quiet']);
    expect(quotes.status).toBe(1); // quotes: 0.6667 (quoted words, 0.6087, would not cross it)
    expect(quotes.stderr).toBe('');
  });

  it('--fail-on RULE (repeatable): exit 1 when a story has a finding of that rule', async () => {
    // Reports as analyze --jsonl writes them, with findings made up for the test.
    const report = (rules: string[]) => {
      const r = check(NAMED_STORY);
      r.findings = rules.map((rule) => ({ rule, severity: 'warning' as const, message: 'm', start: 0, end: 1, guideline: 'g' }));
      return r;
    };
    const input = [
      JSON.stringify({ id: 'clean', report: report([]) }),
      JSON.stringify({ id: 'flagged', report: report(['anonymous-attack', 'anonymous-attack', 'loaded-attribution-verb']) }),
    ].join('\n');
    const hit = await run(['summary', '--jsonl', '--format', 'csv', '--fail-on', 'unattributed-quote', '--fail-on', 'anonymous-attack'], input);
    expect(hit.status).toBe(1);
    expect(hit.stderr).toBe('quotecheck: line 2 (id "flagged"): 2 anonymous-attack findings (--fail-on anonymous-attack)\n');
    const miss = await run(['summary', '--jsonl', '--format', 'csv', '--fail-on', 'unattributed-quote'], input);
    expect(miss.status).toBe(0);
    const any = await run(['summary', '--jsonl', '--format', 'csv', '--fail-on', 'any', '-q'], input);
    expect(any.status).toBe(1);
  });

  it('--fail-on on analyze: exit 1 when the report has a finding of the rule, 0 when it has none', async () => {
    const rule = check(ANON_STORY).findings[0]?.rule;
    expect(rule).toBeTypeOf('string');
    const hit = await run(['analyze', 'anon.txt', '--fail-on', rule as string, '--quiet']);
    expect(hit.status).toBe(1);
    expect(hit.stderr).toBe('');
    const named = await run(['analyze', 'named.txt', '--fail-on', 'anonymous-first-quote']);
    expect(named.status).toBe(0);
  });

  it('a failed input wins over a crossed threshold: exit 3', async () => {
    const r = await run(['analyze', 'mixed', '--max-unnamed-share', '0.5', '--quiet']);
    expect(r.status).toBe(3);
  });
});

describe.concurrent('quotecheck summary', () => {
  const RULE_COLUMNS = 9;

  it('--format csv: one row per story with the figures, then the totals', async () => {
    const r = await run(['summary', 'stories', 'anon.txt', '--format', 'csv']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('\ufeffid,title,quotes,')).toBe(true);
    const rows = parseCsv(r.stdout.slice(1));
    const [header, ...body] = rows;
    expect(header).toHaveLength(15 + RULE_COLUMNS);
    expect(header).toContain('findings_anonymous_first_quote');
    const col = (name: string) => header!.indexOf(name);
    expect(body.map((row) => row[0])).toEqual([
      path.join('stories', 'anon.html'),
      path.join('stories', 'ferry', 'harbour.docx'),
      path.join('stories', 'named.md'),
      'anon.txt',
      '(total)',
      '(mean)',
      '(median)',
    ]);
    const anon = body[3]!;
    const named = body[2]!;
    expect(anon[col('title')]).toBe('Ministry weighs closing rural clinics');
    expect(Number(anon[col('sources_anonymous')])).toBeGreaterThan(0);
    expect(Number(anon[col('unnamed_share_statements')])).toBeGreaterThan(0.5);
    expect(anon[col('mostly_unnamed')]).toBe('true');
    expect(named[col('sources_anonymous')]).toBe('0');
    expect(named[col('mostly_unnamed')]).toBe('false');
    // Findings by rule add up to the findings column.
    for (const row of body.slice(0, 4)) {
      const byRule = header!.map((h, i) => (h.startsWith('findings_') ? Number(row[i]) : 0)).reduce((a, b) => a + b, 0);
      expect(byRule).toBe(Number(row[col('findings')]));
    }
    const [total, mean, median] = body.slice(4);
    expect(Number(total![col('quotes')])).toBe(body.slice(0, 4).reduce((n, row) => n + Number(row[col('quotes')]), 0));
    expect(total![col('mostly_unnamed')]).toBe('2'); // anon.html and anon.txt
    const shares = body.slice(0, 4).map((row) => Number(row[col('unnamed_share_statements')]));
    expect(Number(mean![col('unnamed_share_statements')])).toBeCloseTo(shares.reduce((a, b) => a + b) / 4, 3);
    const sorted = [...shares].sort((a, b) => a - b);
    expect(Number(median![col('unnamed_share_statements')])).toBeCloseTo((sorted[1]! + sorted[2]!) / 2, 3);
  });

  it('--out summary.csv: the CSV, by the file name, in one command', async () => {
    const r = await run(['summary', 'stories', '--out', 'summary.csv']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const rows = parseCsv(fs.readFileSync(path.join(tmp, 'summary.csv'), 'utf8').slice(1));
    expect(rows).toHaveLength(1 + 3 + 3);
  });

  it('--no-totals: rows only', async () => {
    const r = await run(['summary', 'stories', '--format', 'csv', '--no-totals']);
    expect(parseCsv(r.stdout.slice(1))).toHaveLength(4);
  });

  it('--format json: stories and totals (mean, median, the stories mostly on unnamed sources)', async () => {
    const r = await run(['summary', 'stories', 'named.txt', '--format', 'json', '--jobs', '2']);
    expect(r.status).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.stories.map((s: { id: string }) => s.id)).toEqual([
      path.join('stories', 'anon.html'),
      path.join('stories', 'ferry', 'harbour.docx'),
      path.join('stories', 'named.md'),
      'named.txt',
    ]);
    expect(data.stories[0]).toMatchObject({
      title: 'Ministry weighs closing rural clinics',
      quotes: expect.any(Number),
      statements: expect.any(Number),
      sourcesByKind: { person: expect.any(Number), organization: expect.any(Number), anonymous: expect.any(Number), unknown: expect.any(Number) },
      unnamedShare: { quotes: expect.any(Number), quotedWords: expect.any(Number), statements: expect.any(Number) },
      mostlyUnnamed: true,
      findings: expect.any(Number),
      findingsByRule: expect.any(Object),
    });
    expect(data.totals).toMatchObject({
      stories: 4,
      failed: 0,
      unnamedShare: { statements: { stories: 4, mean: expect.any(Number), median: 0 } },
      mostlyUnnamed: { basis: 'statements', over: 0.5, ids: [path.join('stories', 'anon.html')] },
    });
  });

  it('a table by default, with the totals at the end', async () => {
    const r = await run(['summary', 'stories']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toContain('sources');
    expect(lines[0]).toContain('unnamed share');
    expect(lines[1]).toMatch(/^story\s+quotes\s+stmts\s+person\s+org\s+anon\s+unkn\s+quotes\s+words\s+stmts\s+findings$/);
    expect(lines.find((l) => l.startsWith(path.join('stories', 'anon.html')))).toMatch(/67%\s+61%\s+67% \*/);
    expect(r.stdout).toContain('3 stories: ');
    expect(r.stdout).toMatch(/\n {2}mean\s+\d+%/);
    expect(r.stdout).toMatch(/\n {2}median\s+\d+%/);
    expect(r.stdout).toContain(`* mostly on unnamed sources (statements over 50%): 1: ${path.join('stories', 'anon.html')}`);
  });

  it('the corrupt .docx: the others are summarized, the failure is named and counted, exit 3', async () => {
    const r = await run(['summary', 'mixed', '--format', 'json']);
    expect(r.status).toBe(3);
    const data = JSON.parse(r.stdout);
    expect(data.stories).toHaveLength(3);
    expect(data.totals).toMatchObject({ stories: 3, failed: 1 });
    expect(r.stderr).toContain('b-broken.docx: is damaged');
  });

  it('--jsonl: texts, or the reports analyze --jsonl wrote (a summary of shards run elsewhere)', async () => {
    const input = [JSON.stringify({ id: 'n', text: NAMED_STORY }), JSON.stringify({ id: 'a', text: ANON_STORY })].join('\n');
    const fromText = await run(['summary', '--jsonl', '--format', 'csv'], input);
    expect(fromText.status).toBe(0);
    const reports = await run(['analyze', '--jsonl'], input);
    const fromReports = await run(['summary', '--jsonl', '--format', 'csv', '--jobs', '2'], reports.stdout);
    expect(fromReports.status).toBe(0);
    expect(fromReports.stdout).toBe(fromText.stdout);
    expect(parseCsv(fromText.stdout.slice(1)).map((row) => row[0])).toEqual(['id', 'n', 'a', '(total)', '(mean)', '(median)']);
  });

  it('reads stdin with -', async () => {
    const r = await run(['summary', '-', '--format', 'json'], ANON_STORY);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).stories[0]).toMatchObject({ id: '-', mostlyUnnamed: true });
  });
});

describe.concurrent('quotecheck serve', () => {
  it.each([[[]], [['--workers', '2']]])('--port and --host %j: serves the web app, and stops on SIGTERM', async (extra) => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--host', '127.0.0.1', ...extra], {
      cwd: tmp,
      env: { ...process.env, ACCESS_LOG: '0' },
    });
    try {
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setInterval(() => {
          const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
          if (m) {
            clearInterval(timer);
            resolve(Number(m[1]));
          }
        }, 50);
        child.on('exit', (code) => {
          clearInterval(timer);
          reject(new Error(`exited with ${code}: ${out}`));
        });
      });
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(await health.json()).toMatchObject({ status: 'ok' });
      const api = await fetch(`http://127.0.0.1:${port}/api/analyze`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: STORY });
      expect(((await api.json()) as { quotes: unknown[] }).quotes).toHaveLength(1);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});

describe.concurrent('the progress bar', () => {
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

  it('stays silent when stderr is not a terminal', async () => {
    const r = await run(['summary', 'stories', '--format', 'csv']);
    expect(r.stderr).toBe('');
  });

  // util-linux `script` gives the command a terminal, as a user at a shell would.
  it.runIf(hasScript)('on a terminal: done/total, rate and time left on stderr; none with --quiet', () => {
    const command = (extra: string) => `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} summary stories --out bar.csv ${extra} 2>&1`;
    const shown = spawnSync('script', ['-qec', command(''), '/dev/null'], { cwd: tmp, encoding: 'utf8' });
    expect(shown.stdout).toMatch(/\[[#-]+\] 3\/3 100% +[\d.]+ stories\/s +done/);
    expect(shown.stdout).toMatch(/ETA|done/);
    const quiet = spawnSync('script', ['-qec', command('--quiet'), '/dev/null'], { cwd: tmp, encoding: 'utf8' });
    expect(quiet.stdout).not.toContain('stories/s');
  });
});

// Every usage error and the help of each command run in memory in command.test.ts; these few
// show that the binary prints them and exits with their status.
describe.concurrent('help, version and usage, end to end', () => {
  it('--help prints the commands with examples', async () => {
    const r = await run(['--help']);
    expect(r.status).toBe(0);
    for (const s of ['quotecheck analyze', 'quotecheck summary', 'quotecheck serve', '--jsonl', 'Examples:', 'Exit status']) expect(r.stdout).toContain(s);
  });

  it('--version prints the version', async () => {
    const r = await run(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${VERSION}\n`);
  });

  it.each([
    [[], /^quotecheck: no command given\nusage: quotecheck analyze\|summary\|serve/],
    [['analyze', '--no-such-flag', 'story.txt'], /^quotecheck: Unknown option '--no-such-flag'.*\nusage: quotecheck analyze /],
    [['analyze', 'stories', '--out', 'story.txt'], /^quotecheck: --out story.txt is a file; .*\nusage: quotecheck analyze /],
  ])('usage error %j exits 2 with a message and the usage', async (args, stderr) => {
    const r = await run(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(stderr);
  });
});
