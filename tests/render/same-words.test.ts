/**
 * The report page and the HTML download show the same words for the same report: they draw
 * the same sections with the same partials from the same data (src/render/report-model.ts).
 * The page comes from the app (supertest), the download from the format registry and from the
 * app's download route, for a hand-built report with findings and notes, one with nothing in
 * it, and the real engine's report on a story written for this test.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { getFormat, renderToBuffer } from '../../src/report/formats/registry.js';
import type { SourcingReport } from '../../src/report/types.js';
import { NOTHING } from '../../src/report/words.js';
import { quietApp } from '../server/helpers/app.js';
import { FIXTURE_STORY, fakeReport } from '../server/helpers/story.js';

const SECTIONS = ['figures-heading', 'chart-heading', 'sources-heading', 'findings-heading', 'story-heading', 'notes-heading'];

/** The section labelled by `id`, as markup, or null. Sections do not nest. */
function section(html: string, id: string): string | null {
  const start = html.indexOf(`<section aria-labelledby="${id}">`);
  return start < 0 ? null : html.slice(start, html.indexOf('</section>', start) + '</section>'.length);
}

/** What a reader sees of some markup: its text, tags dropped, entities read. */
function words(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#x3D;/g, '=')
    .replace(/&#x60;/g, '`')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const withFindings = (text: string): SourcingReport => ({
  ...fakeReport(text),
  findings: [
    { rule: 'anonymous-without-reason', severity: 'warning', message: 'Say why <em>the official</em> is unnamed.', start: 0, end: 12, guideline: 'AP' },
    {
      rule: 'loaded-attribution-verb',
      severity: 'note',
      message: '“adding” & more',
      start: text.indexOf('adding'),
      end: text.indexOf('adding') + 6,
      guideline: '',
    },
  ],
  notes: [{ rule: 'title', message: 'A title of a work, not a quote.', start: 13, end: 16 }],
});

const nothing = (text: string): SourcingReport => {
  const r = fakeReport(text);
  const zero = { sources: 0, quotes: 0, quotedWords: 0, statements: 0 };
  return {
    ...r,
    quotes: [],
    statements: [],
    sources: [],
    findings: [],
    notes: [],
    summary: {
      ...r.summary,
      quotes: 0,
      quotedWords: 0,
      statements: 0,
      sources: 0,
      byKind: { person: zero, organization: zero, anonymous: zero, unknown: zero },
      unnamedShare: { quotes: 0, quotedWords: 0, statements: 0 },
      text: 'The story has no quotes.',
    },
  };
};

const ENGINE_STORY = [
  'Harbour council to raise <b>ferry</b> fares',
  '',
  '"The fares will double, and nobody on the council will say so before the vote," said an official of the A&B ferry council.',
  '',
  'Mayor Lena Dahl claimed that the fares were the lowest on the coast. "We will vote on Tuesday," Dahl said.',
  '',
].join('\n');

const CASES: [string, string, (text: string) => SourcingReport][] = [
  ['a report with findings and notes', FIXTURE_STORY, withFindings],
  ['a report with nothing in it', FIXTURE_STORY, nothing],
  ['the engine’s report', ENGINE_STORY, check],
];

describe.each(CASES)('the page and the HTML download of %s', (_name, text, make) => {
  const report = make(text);
  const pages = (async () => {
    const { app } = quietApp({ check: make });
    const page = await request(app).post('/analyze').type('form').send({ text }).expect(200);
    const route = await request(app).post('/report.html').type('form').send({ text }).expect(200);
    const registry = (await renderToBuffer(getFormat('html')!, report, text)).toString('utf8');
    return { page: page.text, route: route.text, download: registry };
  })();

  it('the app’s download is the registry’s', async () => {
    const { route, download } = await pages;
    expect(route).toBe(download);
  });

  it('draw every section of the report alike, markup and words', async () => {
    const { page, download } = await pages;
    // The small editor behind each quote's label (quote-editor.hbs) and each finding's Dismiss
    // button are the page's own: a file has no server to post to.
    const withoutEditors = (html: string | null) =>
      html?.replace(/<div class="qedit">[\s\S]*?<\/div>/g, '').replace(/<p class="finding-dismiss">[\s\S]*?<\/p>/g, '') ?? null;
    if (report.quotes.length > 0) expect(page).toContain('<div class="qedit">');
    if (report.findings.length > 0) expect(page).toContain('<p class="finding-dismiss">');
    for (const id of SECTIONS) expect(section(download, id), id).toBe(withoutEditors(section(page, id)));
    expect(section(page, 'findings-heading')).not.toBeNull();
    expect(section(page, 'story-heading')).not.toBeNull();
  });

  it('say the same headline, summary and findings, escaped', async () => {
    const { page, download } = await pages;
    const h1 = (html: string) => /<h1>([^<]*)<\/h1>/.exec(html)?.[1];
    const summary = (html: string) => /<p class="summary-text">([^<]*)<\/p>/.exec(html)?.[1];
    expect(h1(download)).toBe(h1(page));
    expect(summary(download)).toBe(summary(page));
    const findings = words(section(page, 'findings-heading') ?? '')
      .replace(/ ?Dismiss the finding “[^”]*” on line \d+ ?/g, ' ')
      .trim();
    expect(words(section(download, 'findings-heading') ?? '')).toBe(findings);
    if (report.findings.length === 0) expect(findings).toBe(`Editorial findings ${NOTHING.findings}`);
    for (const f of report.findings) expect(findings).toContain(f.message.replace(/\s+/g, ' '));
    for (const html of [page, download]) expect(html).not.toMatch(/<em>|<b>|<script>/);
  });
});

describe('every format says the same when there is nothing to flag', () => {
  it('the page, the HTML and the Markdown downloads, and the PDF’s words', async () => {
    const report = nothing(FIXTURE_STORY);
    const { app } = quietApp({ check: nothing });
    const page = await request(app).post('/analyze').type('form').send({ text: FIXTURE_STORY }).expect(200);
    const html = (await renderToBuffer(getFormat('html')!, report, FIXTURE_STORY)).toString('utf8');
    const md = (await renderToBuffer(getFormat('md')!, report, FIXTURE_STORY)).toString('utf8');
    for (const out of [page.text, html, md]) {
      expect(out).toContain(NOTHING.findings);
      expect(out).toContain(NOTHING.sources);
    }
    expect(page.text).not.toContain('the checks found nothing');
  });
});
