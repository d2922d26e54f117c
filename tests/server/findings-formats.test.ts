/**
 * The editorial findings and the plain-language summary reach every download format and the
 * API, with the real engine on a passage written for this test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { CSV_COLUMNS } from '../../src/report/formats/csv.js';
import { getFormat, renderToBuffer } from '../../src/report/formats/registry.js';
import { quietApp } from './helpers/app.js';
import { parseCsv } from './helpers/csv.js';

const STORY = [
  'Harbour council to raise <b>ferry</b> fares',
  '',
  '"The fares will double, and nobody on the council will say so before the vote," said an official of the A&B ferry council.',
  '',
  'Mayor Lena Dahl claimed that the fares were the lowest on the coast. "We will vote on Tuesday," Dahl said.',
  '',
].join('\n');
const report = check(STORY);
const RULES = ['anonymous-without-reason', 'anonymous-majority', 'anonymous-first-quote', 'loaded-attribution-verb'];

async function render(name: string): Promise<Buffer> {
  const f = getFormat(name);
  if (!f) throw new Error(name);
  return renderToBuffer(f, report, STORY);
}

describe('findings and the summary in every format', () => {
  it('the story raises the findings this test expects', () => {
    expect([...new Set(report.findings.map((f) => f.rule))].sort()).toEqual([...RULES].sort());
    expect(report.summary.text).toMatch(/^1 of the 2 quotes \(50%\) comes from one unnamed official of the A&B ferry council;/);
  });

  it('json: findings[] with rule, severity, message, span and guideline, and summary.text', async () => {
    const out = JSON.parse((await render('json')).toString('utf8'));
    expect(out.findings).toEqual(report.findings);
    for (const f of out.findings) expect(Object.keys(f).sort()).toEqual(['end', 'guideline', 'message', 'rule', 'severity', 'start']);
    expect(
      out.findings
        .filter((f: { rule: string }) => f.rule === 'loaded-attribution-verb')
        .map((f: { start: number; end: number }) => STORY.slice(f.start, f.end)),
    ).toEqual(['claimed']);
    expect(out.summary.text).toBe(report.summary.text);
  });

  it('csv: one row of type finding per finding, and a summary row', async () => {
    const rows = parseCsv((await render('csv')).toString('utf8').replace(/^\uFEFF/, ''));
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const findings = rows.filter((r) => r[0] === 'finding');
    expect(findings).toHaveLength(report.findings.length);
    for (const [i, r] of findings.entries()) {
      const f = report.findings[i]!;
      expect(r[col('id')]).toBe(`f${i + 1}`);
      expect(r[col('rule')]).toBe(f.rule);
      expect(r[col('severity')]).toBe(f.severity);
      expect(r[col('message')]).toBe(f.message);
      expect(r[col('guideline')]).toBe(f.guideline);
      expect(Number(r[col('start')])).toBe(f.start);
      expect(r[col('text')]).toBe(STORY.slice(f.start, f.end));
    }
    const summary = rows.filter((r) => r[0] === 'summary');
    expect(summary).toHaveLength(1);
    expect(summary[0]?.[col('text')]).toBe(report.summary.text);
  });

  it('markdown: the summary and an “Editorial findings” section naming each rule', async () => {
    const md = (await render('md')).toString('utf8');
    expect(md).toContain('## Editorial findings');
    for (const rule of RULES) expect(md).toContain(`\`${rule}\``);
    expect(md).toContain('1 of the 2 quotes (50%) comes from one unnamed official of the A&B ferry council');
    expect(md).not.toContain('<b>');
  });

  it('html: the summary, a findings list with rule ids, and notes in the story, all escaped', async () => {
    const html = (await render('html')).toString('utf8');
    expect(html).toContain('<p class="summary-text">1 of the 2 quotes (50%) comes from one unnamed official of the A&amp;B ferry council;');
    for (const [i, f] of report.findings.entries()) {
      expect(html).toContain(`id="finding-${i + 1}" data-rule="${f.rule}"`);
      expect(html).toContain(`id="fnote-${i + 1}"`);
    }
    expect(html).not.toContain('<b>ferry');
    // the note of the loaded verb sits at the end of its paragraph, before the line break
    const note = html.indexOf('<span class="fnote sev-note"', html.indexOf('the lowest on the coast.'));
    expect(note).toBeGreaterThan(0);
  });

  const havePdftotext = existsSync('/usr/bin/pdftotext');
  it.skipIf(!havePdftotext && !process.env.CI)('pdf: the summary and the findings, read back with pdftotext', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'qc-pdf-')), 'r.pdf');
    writeFileSync(file, await render('pdf'));
    const text = execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Editorial findings');
    expect(text).toContain('comes from one unnamed official');
    for (const rule of RULES) expect(text).toContain(rule);
  });

  it('the API answers with the findings and the summary', async () => {
    const { app } = quietApp();
    const res = await request(app).post('/api/analyze').send({ text: STORY }).expect(200);
    expect(res.body.findings).toEqual(report.findings);
    expect(res.body.summary.text).toBe(report.summary.text);
    const onlyLoaded = res.body.findings.filter((f: { rule: string }) => f.rule === 'loaded-attribution-verb');
    expect(onlyLoaded).toHaveLength(1);
  });

  it('the report page shows the summary, the findings and their notes in the story', async () => {
    const { app } = quietApp();
    const res = await request(app).post('/analyze').type('form').send({ text: STORY }).expect(200);
    expect(res.text).toContain('<p class="summary-text">1 of the 2 quotes (50%) comes from one unnamed official of the A&amp;B ferry council;');
    for (const rule of RULES) expect(res.text).toContain(`data-rule="${rule}"`);
    expect(res.text.match(/class="fnote sev-/g)?.length).toBe(report.findings.length);
    expect(res.text).not.toContain('<b>ferry');
  });
});
