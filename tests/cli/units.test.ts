/** The CLI's pure parts, without spawning: argument parsing, ordering, naming, the bar, the totals. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseCliArgs, type Thresholds } from '../../src/cli/args.js';
import { type Chunk, runChunk } from '../../src/cli/chunk.js';
import { lineChunks } from '../../src/cli/feed.js';
import { outputNames } from '../../src/cli/inputs.js';
import { runInOrder } from '../../src/cli/order.js';
import { clock, Progress, progressLine } from '../../src/cli/progress.js';
import { summarizeReport } from '../../src/cli/summary/row.js';
import { Totals } from '../../src/cli/summary/totals.js';
import { crossings, type JobConfig, type Task } from '../../src/cli/task.js';
import { check } from '../../src/index.js';
import type { SourcingReport } from '../../src/report/types.js';
import { ANON_STORY, NAMED_STORY } from './helpers.js';

describe('parseCliArgs', () => {
  it('analyze: inputs, options and their defaults', () => {
    expect(parseCliArgs(['analyze', 'a.txt', 'dir'], { jobs: 8 })).toEqual({
      command: 'analyze',
      inputs: ['a.txt', 'dir'],
      jsonl: false,
      out: null,
      jobs: 8,
      quiet: false,
      format: 'json',
      corrections: null,
      thresholds: { failOn: [], maxUnnamedShare: null, shareOf: 'statements' },
      budgets: { analysis: 10_000, extraction: 10_000, pdf: 30_000 },
    });
    expect(parseCliArgs(['analyze', 'a.txt', '--corrections', 'fixes.json'])).toMatchObject({ corrections: 'fixes.json' });
    expect(
      parseCliArgs([
        'analyze',
        '--jsonl',
        '-j',
        '2',
        '--fail-on',
        'anonymous-attack',
        '--fail-on',
        'any',
        '--max-unnamed-share',
        '0.5',
        '--share-of',
        'words',
        '-q',
        '--analysis-time-limit',
        '2.5',
        '--pdf-time-limit',
        '60',
      ]),
    ).toMatchObject({
      inputs: ['-'],
      jsonl: true,
      jobs: 2,
      quiet: true,
      thresholds: { failOn: ['anonymous-attack', 'any'], maxUnnamedShare: 0.5, shareOf: 'quotedWords' },
      budgets: { analysis: 2_500, extraction: 10_000, pdf: 60_000 },
    });
  });

  it('summary: the format follows --out when not given', () => {
    expect(parseCliArgs(['summary', 'd', '--out', 'x.CSV'])).toMatchObject({ format: 'csv', totals: true });
    expect(parseCliArgs(['summary', 'd', '-o', 'x.json'])).toMatchObject({ format: 'json' });
    expect(parseCliArgs(['summary', 'd', '-o', 'x.txt'])).toMatchObject({ format: 'table' });
    expect(parseCliArgs(['summary', 'd', '-o', 'x.csv', '-f', 'json', '--no-totals'])).toMatchObject({ format: 'json', totals: false });
  });

  it('serve, help and version', () => {
    expect(parseCliArgs(['serve', '-p', '8080', '--host', '0.0.0.0', '--workers', '2'])).toEqual({ command: 'serve', port: 8080, host: '0.0.0.0', workers: 2 });
    expect(parseCliArgs(['serve'])).toEqual({ command: 'serve', port: null, host: null, workers: null });
    expect(parseCliArgs(['summary', '--help'])).toEqual({ command: 'help', topic: 'summary' });
    expect(parseCliArgs(['help'])).toEqual({ command: 'help', topic: null });
    expect(parseCliArgs(['-h'])).toEqual({ command: 'help', topic: null });
    expect(parseCliArgs(['-V'])).toEqual({ command: 'version' });
  });
});

describe('runInOrder', () => {
  const tasks = (n: number): Task[] => Array.from({ length: n }, (_, i) => ({ kind: 'line', where: `line ${i + 1}`, line: String(i) }));

  it('emits in input order however the tasks finish, with at most `window` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const emitted: string[] = [];
    await runInOrder(
      tasks(50),
      async (task) => {
        inFlight++;
        most = Math.max(most, inFlight);
        const i = Number((task as { line: string }).line);
        await new Promise((r) => setTimeout(r, (i * 7) % 11));
        inFlight--;
        return (task as { line: string }).line;
      },
      4,
      (line) => {
        emitted.push(line);
      },
    );
    expect(emitted).toEqual(Array.from({ length: 50 }, (_, i) => String(i)));
    expect(most).toBeLessThanOrEqual(4);
  });

  it('emits a finished result before the input ends (a trickling feed)', async () => {
    const emitted: string[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    async function* feed(): AsyncGenerator<Task> {
      yield { kind: 'line', where: 'line 1', line: 'first' };
      await gate; // the feed stalls until the first result is out
      yield { kind: 'line', where: 'line 2', line: 'second' };
    }
    await runInOrder(
      feed(),
      async (task) => (task as { line: string }).line,
      8,
      (line) => {
        emitted.push(line);
        release();
      },
    );
    expect(emitted).toEqual(['first', 'second']);
  });

  it('passes on an error from emit, after stopping the input', async () => {
    const run = runInOrder(
      tasks(100),
      async () => 1,
      2,
      () => {
        throw new Error('disk full');
      },
    );
    await expect(run).rejects.toThrow('disk full');
  });
});

describe('outputNames', () => {
  it('names reports after their stories, subfolders kept', () => {
    expect(outputNames(['a.txt', 'sub/b.docx', 'c'], 'pdf')).toEqual(['a.pdf', 'sub/b.pdf', 'c.pdf']);
  });

  it('stories whose names would clash keep their extension, then get a number', () => {
    expect(outputNames(['a.txt', 'a.md', 'b.txt'], 'json')).toEqual(['a.txt.json', 'a.md.json', 'b.json']);
    expect(outputNames(['x.txt', 'x.txt', 'X.TXT'], 'md')).toEqual(['x.txt.md', 'x.txt-2.md', 'X.TXT-3.md']);
  });
});

describe('chunks of JSONL lines', () => {
  const cut = async (parts: string[], maxLines: number, maxBytes: number) => {
    const chunks: Chunk[] = [];
    for await (const c of lineChunks(Readable.from(parts.map((p) => Buffer.from(p))), 'in.jsonl ', () => {}, { live: false, maxLines, maxBytes }))
      chunks.push(c);
    return chunks.map((c) => (c.kind === 'lines' ? { firstLine: c.firstLine, text: Buffer.from(c.bytes).toString('utf8') } : null));
  };

  it('cuts at a line feed after so many lines or bytes, keeping a last line without LF', async () => {
    expect(await cut(['a\nb\nc\nd\ne\nf\ng'], 3, 1000)).toEqual([
      { firstLine: 1, text: 'a\nb\nc\n' },
      { firstLine: 4, text: 'd\ne\nf\n' },
      { firstLine: 7, text: 'g' },
    ]);
    // By bytes: a chunk ends at the first line feed at or past the size; a long line is a chunk of its own.
    expect(await cut(['aaaaaaaaaa\nb\nc\n', 'dddddddddddddddd\ne'], 100, 4)).toEqual([
      { firstLine: 1, text: 'aaaaaaaaaa\n' },
      { firstLine: 2, text: 'b\nc\n' },
      { firstLine: 4, text: 'dddddddddddddddd\n' },
      { firstLine: 5, text: 'e' },
    ]);
  });

  it('a line too long to read is skipped to its end and answered with an error line; the lines around it are read', async () => {
    const parts = [
      '{"id": 1, "text": "a"}\n{"id": 2, "text": "',
      'x'.repeat(40),
      'x'.repeat(40),
      '"}\n{"id": 3, "text": "c"}\n',
      '{"id": 4, "text": "',
      'y'.repeat(60),
    ];
    const chunks: Chunk[] = [];
    for await (const c of lineChunks(Readable.from(parts.map((p) => Buffer.from(p))), 'in.jsonl ', () => {}, { live: false, maxLineBytes: 50 })) chunks.push(c);
    expect(chunks.map((c) => (c.kind === 'lines' ? [c.firstLine, Buffer.from(c.bytes).toString('utf8'), c.skip] : null))).toEqual([
      [1, '{"id": 1, "text": "a"}\n', []],
      [2, '{}\n', [{ item: 0, reason: 'longer than 0.0000476837158203125 MB: not read' }]],
      [3, '{"id": 3, "text": "c"}\n', []],
      [4, '{}\n', [{ item: 0, reason: 'longer than 0.0000476837158203125 MB: not read' }]],
    ]);
    const config: JobConfig = { mode: 'analyze', output: 'line', format: 'json', thresholds: { failOn: [], maxUnnamedShare: null, shareOf: 'statements' } };
    const r = await runChunk(chunks[1]!, config, { phase: () => {}, check: () => expect.fail('ran') });
    expect(new TextDecoder().decode(r.output ?? undefined)).toBe('{"id":null,"error":"in.jsonl line 2: longer than 0.0000476837158203125 MB: not read"}\n');
  });

  it('a live feed: the whole lines at hand go as soon as nothing more is, whatever the reads (CRLF, a character cut in two)', async () => {
    const e = Buffer.from('é');
    const parts = ['{"a":1}\r', '\n{"b"', ':2}\n\n', e.subarray(0, 1), Buffer.concat([e.subarray(1), Buffer.from('nd\nx\ny')])];
    const chunks: { firstLine: number; text: string }[] = [];
    for await (const c of lineChunks(Readable.from(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))), '', () => {}))
      chunks.push({ firstLine: c.firstLine, text: Buffer.from(c.bytes).toString('utf8') });
    expect(chunks).toEqual([
      { firstLine: 1, text: '{"a":1}\r\n' },
      { firstLine: 2, text: '{"b":2}\n\n' },
      { firstLine: 4, text: 'énd\nx\n' },
      { firstLine: 6, text: 'y' },
    ]);
  });

  it('a worker splits its chunk into lines, numbers them as the file does, and writes every line in order', async () => {
    const config: JobConfig = { mode: 'analyze', output: 'line', format: 'json', thresholds: { failOn: [], maxUnnamedShare: null, shareOf: 'statements' } };
    const text = `${JSON.stringify({ id: 'a', text: NAMED_STORY })}\r\n\n{"id": 7, "text": 3}\n${JSON.stringify({ id: 'c', text: ANON_STORY })}`;
    const chunk: Chunk = { kind: 'lines', source: 'in.jsonl ', firstLine: 10, bytes: new TextEncoder().encode(text), skip: [{ item: 3, reason: 'too slow' }] };
    const r = await runChunk(chunk, config, { phase: () => {}, check });
    const lines = new TextDecoder()
      .decode(r.output ?? undefined)
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 7, 'c']);
    expect(lines[0].report.sources.length).toBeGreaterThan(0);
    expect(lines[1]).toEqual({ id: 7, error: 'in.jsonl line 12: "text" must be a string' });
    expect(lines[2]).toEqual({ id: 'c', error: 'in.jsonl line 13: too slow' });
    expect(r.stories.map((s) => [s.ok, s.name])).toEqual([
      [true, 'in.jsonl line 10 (id "a")'],
      [false, 'in.jsonl line 12 (id 7)'],
      [false, 'in.jsonl line 13 (id "c")'],
    ]);
    // Without the main thread's help: with `rest`, nothing runs and every story gets the reason.
    const failed = await runChunk({ ...chunk, skip: [] }, config, { phase: () => {}, check: () => expect.fail('ran') }, 'no worker');
    expect(failed.stories.map((s) => (s.ok ? 'ok' : s.error))).toEqual([
      'in.jsonl line 10: no worker',
      'in.jsonl line 12: no worker',
      'in.jsonl line 13: no worker',
    ]);
  });
});

describe('the progress bar', () => {
  it('shows done/total, percent, rate and time left', () => {
    expect(progressLine(25, 100, 5000, 80)).toBe(`[${'#'.repeat(10)}${'-'.repeat(30)}] 25/100  25%  5.0 stories/s  ETA 0:15`);
    expect(progressLine(100, 100, 2000, 80)).toMatch(/\] 100\/100 100% {2}50\.0 stories\/s {2}done$/);
    expect(progressLine(0, 10, 0, 80)).toMatch(/ETA –$/);
    expect(progressLine(7, null, 1000)).toBe('7 done  7.0 stories/s');
    expect(progressLine(1, 2, 1000, 20).length).toBeLessThanOrEqual(60);
  });

  it('clock: m:ss, then h:mm:ss', () => {
    expect(clock(5)).toBe('0:05');
    expect(clock(125)).toBe('2:05');
    expect(clock(3725)).toBe('1:02:05');
  });

  it('writes nothing without a target, redraws at most ten times a second, clears around messages', () => {
    let t = 0;
    const out: string[] = [];
    const bar = new Progress({ write: (s: string) => out.push(s), columns: 80 }, 3, () => t);
    t = 10;
    bar.tick(); // too soon: no redraw
    t = 200;
    bar.tick();
    const messages: string[] = [];
    bar.message('a.docx: damaged', (line) => messages.push(line));
    t = 210;
    bar.tick(); // the last one always draws
    bar.finish();
    expect(out.filter((s) => s.includes('stories/s'))).toHaveLength(4); // start, tick 2, after the message, tick 3
    expect(out.at(-1)).toBe('\r\x1b[K');
    expect(messages).toEqual(['a.docx: damaged']);
    const silent = new Progress(null, 3);
    silent.tick();
    silent.finish();
  });
});

describe('summary rows and totals', () => {
  it('a row holds the figures of its report', () => {
    const row = summarizeReport('anon', check(ANON_STORY));
    expect(row).toMatchObject({ id: 'anon', title: 'Ministry weighs closing rural clinics', hasShare: { quotes: true, quotedWords: true, statements: true } });
    expect(row.sourcesByKind.anonymous).toBeGreaterThan(0);
    expect(row.findings).toBe(Object.values(row.findingsByRule).reduce((a, b) => a + b, 0));
  });

  it('mean and median over the stories with something to share; the stories mostly on unnamed sources', () => {
    const totals = new Totals('statements');
    const named = summarizeReport('named', check(NAMED_STORY));
    const anon = summarizeReport('anon', check(ANON_STORY));
    const empty = summarizeReport('empty', check('No quotes here at all.'));
    for (const row of [named, anon, empty, anon]) totals.add(row);
    totals.fail();
    const t = totals.result();
    expect(t.stories).toBe(4);
    expect(t.failed).toBe(1);
    expect(t.unnamedShare.statements.stories).toBe(3); // not the story without statements
    const s = anon.unnamedShare.statements;
    expect(t.unnamedShare.statements.mean).toBeCloseTo((0 + s + s) / 3, 4);
    expect(t.unnamedShare.statements.median).toBe(s);
    expect(t.mostlyUnnamed).toEqual({ basis: 'statements', over: 0.5, ids: ['anon', 'anon'] });
    expect(new Totals('quotes').result().unnamedShare.quotes).toEqual({ stories: 0, mean: null, median: null });
  });
});

describe('crossings: the thresholds a report crosses, as stderr names them', () => {
  const FINDINGS = ['anonymous-attack', 'anonymous-attack', 'loaded-attribution-verb'];
  const SHARES = { quotes: 0.6667, quotedWords: 0.6087, statements: 0.5 };
  // Only the fields crossings reads: the findings' rules and the unnamed shares.
  const report = { findings: FINDINGS.map((rule) => ({ rule })), summary: { unnamedShare: SHARES } } as unknown as SourcingReport;
  const none: Thresholds = { failOn: [], maxUnnamedShare: null, shareOf: 'statements' };

  it.each<[string, Partial<Thresholds>, string[]]>([
    ['no thresholds', {}, []],
    ['a rule with two findings', { failOn: ['anonymous-attack'] }, ['2 anonymous-attack findings (--fail-on anonymous-attack)']],
    ['a rule with one finding', { failOn: ['loaded-attribution-verb'] }, ['1 loaded-attribution-verb finding (--fail-on loaded-attribution-verb)']],
    ['a rule without findings', { failOn: ['unattributed-quote'] }, []],
    ['any rule', { failOn: ['any'] }, ['3 findings (--fail-on any)']],
    [
      'several rules, in the order given',
      { failOn: ['unattributed-quote', 'loaded-attribution-verb', 'anonymous-attack'] },
      ['1 loaded-attribution-verb finding (--fail-on loaded-attribution-verb)', '2 anonymous-attack findings (--fail-on anonymous-attack)'],
    ],
    ['a share over the limit', { maxUnnamedShare: 0.4 }, ['unnamed share of statements 0.5 is over 0.4 (--max-unnamed-share)']],
    ['a share at the limit is not over it', { maxUnnamedShare: 0.5 }, []],
    ['--share-of quotes', { maxUnnamedShare: 0.62, shareOf: 'quotes' }, ['unnamed share of quotes 0.6667 is over 0.62 (--max-unnamed-share)']],
    ['--share-of words', { maxUnnamedShare: 0.62, shareOf: 'quotedWords' }, []],
    [
      'a finding and a share: the findings first',
      { failOn: ['any'], maxUnnamedShare: 0.6, shareOf: 'quotedWords' },
      ['3 findings (--fail-on any)', 'unnamed share of quoted words 0.6087 is over 0.6 (--max-unnamed-share)'],
    ],
  ])('%s', (_, thresholds, expected) => {
    expect(crossings(report, { ...none, ...thresholds })).toEqual(expected);
  });

  it('a report without findings or unnamed sources crosses nothing', () => {
    const clean = { findings: [], summary: { unnamedShare: { quotes: 0, quotedWords: 0, statements: 0 } } } as unknown as SourcingReport;
    expect(crossings(clean, { failOn: ['any'], maxUnnamedShare: 0, shareOf: 'statements' })).toEqual([]);
  });
});
