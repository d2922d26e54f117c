// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright locators, whose innerText() is the rendered text we mean to check
/**
 * Real-browser tests: Debian's Chromium driven by playwright-core against the app on an
 * ephemeral port. Without /usr/bin/chromium they are skipped locally, but fail in CI.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplesDir } from '../server/helpers/app.js';
import { buildDocx } from '../server/helpers/docx.js';
import { PLAIN_STORY } from '../server/helpers/story.js';
import { CHROMIUM, HAVE_CHROMIUM, type Harness, IN_CI, runAxe, startHarness } from './harness.js';

const STEM = 'bridge-will-reopen-by-june-mayor-says';

it.runIf(IN_CI)('Chromium is installed (required in CI)', () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: .ci/run installs it`).toBe(true);
});

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('in Chromium', () => {
  let h: Harness;
  let base: string;
  let consoleProblems: string[] = [];
  const newPage = (options?: { javaScriptEnabled?: boolean }): Promise<Page> => h.page(options);

  async function submitStory(page: Page, story = PLAIN_STORY): Promise<void> {
    await page.goto(`${base}/`);
    await page.getByLabel('Story text').fill(story);
    await Promise.all([page.waitForURL(`${base}/analyze`), page.getByRole('button', { name: 'Check sourcing' }).click()]);
  }

  beforeAll(async () => {
    h = await startHarness({
      rateLimit: false,
      samplesDir: samplesDir([{ id: 'bridge', title: 'The bridge story', note: 'Two plainly attributed quotes.', text: PLAIN_STORY }]),
      logger: { error: () => {} },
    });
    base = h.base;
    consoleProblems = h.consoleProblems;
  });

  afterAll(async () => {
    await h?.close();
  });

  it('pastes a story, submits it, and shows highlights with speaker labels', async () => {
    const page = await newPage();
    await submitStory(page);
    await expect(page.locator('h1').textContent()).resolves.toBe('Bridge will reopen by June, mayor says');
    const marks = page.locator('.story mark.hl');
    await expect(marks.allTextContents()).resolves.toEqual(['We will reopen the bridge by June,', 'The repairs are on schedule,']);
    const labels = await page.locator('.story details.ev:not(.ev-st) > summary').allInnerTexts();
    expect(labels).toHaveLength(2);
    expect(labels[0]).toMatch(/Ana Ruiz · named person/);
    expect(labels[1]).toMatch(/Tom Becker · named person/);
    // Colour is not the only cue: the kind is written, and the colour class matches it.
    await expect(marks.first().getAttribute('class')).resolves.toBe('hl k-person');
    await expect(page.locator('.figures li').first().innerText()).resolves.toMatch(/0%\s+of quotes/);
    await expect(page.locator('svg.chart').isVisible()).resolves.toBe(true);
    expect(await page.locator('svg.chart rect').count()).toBeGreaterThan(4);
  });

  it('opens a quote’s evidence with the keyboard, without JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await submitStory(page);
    // The first quote's label (statements, such as a headline's "mayor says", have quieter ones).
    const firstLabel = page.locator('.story details.ev:not(.ev-st) > summary').first();
    const body = page.locator('.story details.ev:not(.ev-st)').first().locator('.ev-body');
    await expect(body.isVisible()).resolves.toBe(false);
    // Tab from the top of the page until the first evidence label has the focus.
    await page.locator('body').focus();
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await firstLabel.evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement);
    }
    expect(reached).toBe(true);
    // The focused label is visibly outlined.
    const outline = await firstLabel.evaluate(
      (el) => (globalThis as unknown as { getComputedStyle(e: unknown): { outlineStyle: string } }).getComputedStyle(el).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(body.isVisible()).resolves.toBe(true);
    const evidence = await body.innerText();
    expect(evidence).toMatch(/Source:?\s*(Mayor )?Ana Ruiz \(named person\)/);
    expect(evidence).toMatch(/Cue:?\s*“said”/);
    expect(evidence).toMatch(/Mention:?\s*“(Mayor )?Ana Ruiz”/);
    expect(evidence).toMatch(/Rule:?\s*\S+/);
    expect(evidence).toMatch(/Confidence:?\s*\d+%/);
    await page.keyboard.press('Space');
    await expect(body.isVisible()).resolves.toBe(false);
  });

  it('downloads every format, named after the headline, with the right contents', async () => {
    const page = await newPage();
    await submitStory(page);
    const fetchDownload = async (label: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `${label} download` }).click()]);
      const path = await download.path();
      return { name: download.suggestedFilename(), body: readFileSync(path) };
    };
    const json = await fetchDownload('JSON');
    expect(json.name).toBe(`${STEM}.json`);
    const report = JSON.parse(json.body.toString('utf8'));
    expect(report.quotes.map((q: { text: string }) => q.text)).toEqual(['We will reopen the bridge by June,', 'The repairs are on schedule,']);

    const csv = await fetchDownload('CSV');
    expect(csv.name).toBe(`${STEM}.csv`);
    const lines = csv.body
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toMatch(/^type,id,start,end,line,column,text,speaker/);
    expect(lines.filter((l) => l.startsWith('quote,'))).toHaveLength(2);

    const md = await fetchDownload('Markdown');
    expect(md.name).toBe(`${STEM}.md`);
    expect(md.body.toString('utf8')).toMatch(/^# Sourcing report: Bridge will reopen by June, mayor says/);

    const html = await fetchDownload('HTML');
    expect(html.name).toBe(`${STEM}.html`);
    expect(html.body.toString('utf8')).toMatch(/<mark class="hl k-person"[^>]*>We will reopen the bridge by June,<\/mark>/);

    const pdf = await fetchDownload('PDF');
    expect(pdf.name).toBe(`${STEM}.pdf`);
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('opens the HTML download from the disk, styled by the one stylesheet under its own CSP, accessible', async () => {
    const res = await fetch(`${base}/report.html`, { method: 'POST', body: new URLSearchParams({ text: PLAIN_STORY }) });
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    const file = join(mkdtempSync(join(tmpdir(), 'qc-download-')), `${STEM}.html`);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const problems = consoleProblems.length;
    const page = await newPage();
    await page.goto(`file://${file}`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Bridge will reopen by June, mayor says');
    // The inline stylesheet applied: the highlight has the colour of its kind (--person-bg).
    const background = await page
      .locator('.story mark.hl.k-person')
      .first()
      .evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(219, 234, 254)');
    await page.locator('.story details.ev > summary').first().click();
    expect(await runAxe(page)).toEqual([]);
    // No CSP violation (a refused style or request would be logged as an error).
    expect(consoleProblems.slice(problems)).toEqual([]);
  });

  it('uploads a .docx built in the test', async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    await page.getByLabel('Or upload a file').setInputFiles({
      name: 'draft.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: buildDocx(['Bridge will reopen by June, mayor says', '“We will reopen the bridge by June,” Mayor Ana Ruiz said.']),
    });
    await Promise.all([page.waitForURL(`${base}/analyze`), page.getByRole('button', { name: 'Check sourcing' }).click()]);
    await expect(page.locator('.meta').innerText()).resolves.toContain('From the file “draft.docx”');
    await expect(page.locator('.story mark.hl').allTextContents()).resolves.toEqual(['We will reopen the bridge by June,']);
    await expect(page.locator('.story details.ev:not(.ev-st) .who').first().innerText()).resolves.toMatch(/Ana Ruiz/);
  });

  it('picks a sample story', async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    await page.getByLabel('Sample story', { exact: true }).selectOption('bridge');
    await Promise.all([page.waitForURL(`${base}/analyze`), page.getByRole('button', { name: 'Check this sample' }).click()]);
    await expect(page.locator('.meta').innerText()).resolves.toContain('From the sample story “The bridge story”');
    expect(await page.locator('.story mark.hl').count()).toBe(2);
  });

  it('shows the form again with a message for an empty story', async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    const response = await Promise.all([page.waitForResponse(`${base}/analyze`), page.getByRole('button', { name: 'Check sourcing' }).click()]);
    expect(response[0].status()).toBe(422);
    await expect(page.getByRole('alert').innerText()).resolves.toContain('There is no text to check.');
  });

  it('has no accessibility violations (axe-core) on the form, the report, the API page and an error', async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    expect(await runAxe(page)).toEqual([]);
    await submitStory(page);
    await page.locator('.story details.ev > summary').first().click();
    expect(await runAxe(page)).toEqual([]);
    await page.goto(`${base}/api`);
    expect(await runAxe(page)).toEqual([]);
    await page.goto(`${base}/no-such-page`);
    expect(await runAxe(page)).toEqual([]);
  });

  it('prints the report without the forms and navigation', async () => {
    const page = await newPage();
    await submitStory(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.downloads').isVisible()).resolves.toBe(false);
    await expect(page.locator('nav').isVisible()).resolves.toBe(false);
    await expect(page.locator('.story').isVisible()).resolves.toBe(true);
    await expect(page.locator('table.sources').isVisible()).resolves.toBe(true);
  });

  it('logged no console errors or CSP violations on any page', () => {
    // Chromium logs every 4xx document (the empty-story and 404 pages above) as a failed load.
    const problems = consoleProblems.filter((m) => !/^Failed to load resource: the server responded with a status of (404|422)/.test(m));
    expect(problems).toEqual([]);
  });
});
