import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report.js';
import { CSV_COLUMNS } from '../../src/report/formats/csv.js';
import { FORMATS, getFormat, renderToBuffer, reportFilename } from '../../src/report/formats/registry.js';
import { parseCsv } from './helpers/csv.js';
import { FIXTURE_STORY, fakeReport } from './helpers/story.js';

const report = fakeReport();

function fmt(name: string) {
  const f = getFormat(name);
  if (!f) throw new Error(`no format ${name}`);
  return f;
}

describe('format registry', () => {
  it('has json, csv, md, html and pdf, each with a unique extension and a media type', () => {
    expect(FORMATS.map((f) => f.name)).toEqual(['json', 'csv', 'md', 'html', 'pdf']);
    expect(new Set(FORMATS.map((f) => f.extension)).size).toBe(FORMATS.length);
    for (const f of FORMATS) expect(f.mediaType).toMatch(/^[a-z]+\/[a-z.+-]+/);
    expect(getFormat('markdown')?.name).toBe('md');
    expect(getFormat('PDF')?.name).toBe('pdf');
    expect(getFormat('exe')).toBeUndefined();
  });

  it('names files after the headline, in safe ASCII, with a fallback', () => {
    const json = fmt('json');
    expect(reportFilename(report, json)).toBe('erdogan-ally-b-praises-b-salame-plan.json');
    expect(reportFilename({ title: '' }, json)).toBe('quotecheck-report.json');
    expect(reportFilename({ title: '«»—…' }, json)).toBe('quotecheck-report.json');
    const nasty = reportFilename({ title: '../../etc/passwd "x"; <script>' }, fmt('pdf'));
    expect(nasty).toMatch(/^[a-z0-9-]+\.pdf$/);
    expect(reportFilename({ title: 'a'.repeat(500) }, json).length).toBeLessThanOrEqual(65);
  });
});

describe('formats', () => {
  it('json is the report contract', async () => {
    const out = JSON.parse((await renderToBuffer(fmt('json'), report, FIXTURE_STORY)).toString('utf8'));
    expect(out).toEqual(JSON.parse(JSON.stringify(report)));
    expect(out.quotes[0]).toMatchObject({ start: expect.any(Number), end: expect.any(Number), text: expect.any(String), sourceId: 's1' });
    expect(out.summary.unnamedShare).toEqual({ quotes: 0.3333, quotedWords: expect.any(Number), statements: 0.5 });
  });

  it('csv has the header and one row per quote and per statement, with lines and columns', async () => {
    const buf = await renderToBuffer(fmt('csv'), report, FIXTURE_STORY);
    expect(buf.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parseCsv(buf.toString('utf8').slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const body = rows.slice(1);
    expect(body).toHaveLength(report.quotes.length + report.statements.length + report.findings.length + 1);
    expect(body.at(-1)?.[0]).toBe('summary');
    const col = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
    const first = body[0] as string[];
    expect(first[col('type')]).toBe('quote');
    expect(first[col('text')]).toBe('We will reopen the bridge by June,');
    expect([first[col('line')], first[col('column')]]).toEqual(['3', '2']);
    expect(first[col('source_name')]).toBe('Ana Ruiz');
    const anon = body.find((r) => r[col('kind')] === 'anonymous' && r[col('type')] === 'quote') as string[];
    expect(anon[col('justified')]).toBe('true');
    expect(anon[col('justification')]).toContain('condition of anonymity');
    expect(body.filter((r) => r[col('type')] === 'statement').map((r) => r[col('form')])).toEqual(['mixed', 'indirect']);
  });

  it('csv neutralises cells a spreadsheet would run as formulas', async () => {
    const text = 'T\n\n"=HYPERLINK(1)," he said.';
    const r = buildReport(
      {
        length: text.length,
        paragraphs: [],
        sentences: [],
        sources: [],
        statements: [],
        notes: [],
        quotes: [
          {
            id: 'q1',
            start: 4,
            end: 18,
            text: text.slice(4, 18),
            open: { start: 3, end: 4 },
            close: { start: 18, end: 19 },
            paragraph: 1,
            sourceId: null,
            speakerMention: null,
            evidence: { rule: 'none', cue: null, mention: null, confidence: 0.2 },
          },
        ],
      },
      text,
    );
    const rows = parseCsv((await renderToBuffer(fmt('csv'), r, text)).toString('utf8').slice(1));
    expect(rows[1]?.[CSV_COLUMNS.indexOf('text')]).toBe("'=HYPERLINK(1),");
  });

  it('markdown is readable and escapes markup', async () => {
    const md = (await renderToBuffer(fmt('md'), report, FIXTURE_STORY)).toString('utf8');
    expect(md).toMatch(/^# Sourcing report: Erdoğan ally/);
    expect(md).toContain('**33%** of quotes (1 of 3)');
    expect(md).toContain('| A city official | anonymous | 1 | 4 | 1 | Yes: “spoke on condition of anonymity');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md).not.toContain('<script>');
  });

  it('html is a standalone page: inline CSS, no script, no external requests, text escaped', async () => {
    const html = (await renderToBuffer(fmt('html'), report, FIXTURE_STORY)).toString('utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; is not a plan,');
    expect(html).toContain('<title>Sourcing report: Erdoğan ally &lt;b&gt;praises&lt;/b&gt; Salamé plan</title>');
    expect(html).toMatch(/<mark class="hl k-anonymous"[^>]*>far more than planned\.<\/mark>/);
    expect(html).toContain('<span class="who">Ana Ruiz</span>');
  });

  it('pdf is a PDF with the DejaVu font embedded', async () => {
    const pdf = await renderToBuffer(fmt('pdf'), report, FIXTURE_STORY);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSans/);
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toContain('/BaseFont /Helvetica');
    expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  // pdftotext (Debian's poppler-utils) is installed by .ci/run; outside CI the check is skipped
  const havePdftotext = existsSync('/usr/bin/pdftotext');
  it.skipIf(!havePdftotext && !process.env.CI)('pdf text keeps non-Latin-1 names (read back with pdftotext)', async () => {
    expect(havePdftotext, 'pdftotext is missing: .ci/run installs poppler-utils').toBe(true);
    const pdf = await renderToBuffer(fmt('pdf'), report, FIXTURE_STORY);
    const file = join(mkdtempSync(join(tmpdir(), 'qc-pdf-')), 'r.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Erdoğan');
    expect(text).toContain('Ghassan Salamé');
    expect(text).toContain('Sources');
  });

  it('every format renders a report with nothing in it', async () => {
    const empty = buildReport({ length: 0, paragraphs: [], sentences: [], quotes: [], statements: [], sources: [], notes: [] }, '');
    for (const f of FORMATS) {
      const out = await renderToBuffer(f, empty, '');
      expect(out.length).toBeGreaterThan(10);
    }
  });
});
