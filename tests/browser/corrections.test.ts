// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright locators, whose innerText() is the rendered text we mean to check
/**
 * The editor has the last word, in Debian's Chromium: an editor pastes a story, gives a quote to
 * its right speaker, merges two sources, sees the unnamed share and the findings change, and
 * downloads the PDF and the CSV with the corrections in them; without JavaScript the same
 * corrections work with plain forms. A teacher corrects the answer key, prints the worksheet and
 * runs the exercise. Without /usr/bin/chromium the tests are skipped locally, but fail in CI.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, HARBOUR } from '../support/harbour-story.js';
import { HAVE_CHROMIUM, type Harness, IN_CI, runAxe, startHarness } from './harness.js';

const RESIDENT = at('The numbers do not add up,');
const KEY = `${RESIDENT.start}-${RESIDENT.end}`;
const havePdftotext = existsSync('/usr/bin/pdftotext');

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('correcting a report in Chromium', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ rateLimit: false, logger: { error: () => {} } });
  });
  afterAll(async () => {
    await h?.close();
  });

  async function paste(page: Page): Promise<void> {
    await page.goto(`${h.base}/`);
    await page.getByLabel('Story text').fill(HARBOUR);
    await Promise.all([page.waitForURL(`${h.base}/analyze`), page.getByRole('button', { name: 'Check sourcing' }).click()]);
  }

  /** Opens the resident quote's label and gives the quote to the mayor. */
  async function giveResidentToMayor(page: Page): Promise<void> {
    await page
      .locator('.story details.ev', { has: page.locator(`#who-${KEY}`) })
      .locator('summary')
      .click();
    await page.locator(`#who-${KEY}`).selectOption({ label: 'Lena Varga · named person' });
    await page.locator(`button[value="quote:${RESIDENT.start}:${RESIDENT.end}"]`).click();
  }

  const unnamedQuotes = (page: Page) => page.locator('.figures li').first().innerText();
  const findingRules = (page: Page) => page.locator('.findings li').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
  const status = (page: Page) => page.locator('#review-status').innerText();

  it('an editor fixes a speaker and merges two sources in place, then downloads the PDF and the CSV', async () => {
    const page = await h.page();
    await paste(page);
    await expect(unnamedQuotes(page)).resolves.toMatch(/40%\s+of quotes/);
    await expect(findingRules(page)).resolves.toContain('anonymous-without-reason');
    // The page is recomputed in place: the same document, one request, no navigation.
    await page.evaluate(() => {
      (globalThis as unknown as { stillHere: boolean }).stillHere = true;
    });
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') requests.push(r.url());
    });

    await giveResidentToMayor(page);
    await page.locator('#review-status', { hasText: '1 correction' }).waitFor();
    await expect(unnamedQuotes(page)).resolves.toMatch(/20%\s+of quotes/);
    await expect(findingRules(page)).resolves.not.toContain('anonymous-without-reason');
    await expect(page.locator('.summary-text').innerText()).resolves.toContain('1 of the 5 quotes (20%)');
    await expect(page.locator('.story details.ev .corrected').first().innerText()).resolves.toContain('corrected by the editor');
    await expect(page.evaluate(() => (globalThis as unknown as { stillHere?: boolean }).stillHere)).resolves.toBe(true);
    expect(requests).toEqual([`${h.base}/analyze`]);

    // Merge the city (taken for an organization) into the mayor, from its row of the sources.
    const row = page.locator('table.source-edit tbody tr').filter({ has: page.locator('th[scope="row"]', { hasText: /^Ostrava/ }) });
    await row.locator('select[name^="merge-"]').selectOption({ label: 'Lena Varga' });
    await row.getByRole('button', { name: /Recompute/ }).click();
    await page.locator('#review-status', { hasText: '2 corrections' }).waitFor();
    await expect(page.locator('table.sources').innerText()).resolves.not.toContain('Ostrava');
    await expect(page.locator('table.sources tr', { hasText: 'Lena Varga' }).innerText()).resolves.toMatch(/corrected by the editor/);
    await expect(page.locator('.review-applied li').allInnerTexts()).resolves.toEqual([
      'Quote “The numbers do not add up,” given to “Mayor Lena Varga”',
      '“Ostrava” merged into “Mayor Lena Varga”',
    ]);
    expect(h.consoleProblems).toEqual([]);

    // The downloads carry the corrections.
    const download = async (label: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `${label} download` }).click()]);
      return readFileSync(await d.path());
    };
    const csv = (await download('CSV')).toString('utf8');
    expect(csv).toContain('correction,,,,,,"Quote “The numbers do not add up,” given to “Mayor Lena Varga”"');
    expect(csv).toMatch(/quote,q4,.*,corrected by the editor/);
    const pdf = await download('PDF');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (havePdftotext || IN_CI) {
      const text = execFileSync('/usr/bin/pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' });
      expect(text).toContain('Corrected by the editor');
      expect(text.replace(/\s+/g, ' ')).toContain('“Ostrava” merged into “Mayor Lena Varga”');
    }

    // Undo the last correction, then reset all.
    await page.getByRole('button', { name: 'Undo the last correction' }).click();
    await page.locator('#review-status', { hasText: '1 correction in' }).waitFor();
    await expect(page.locator('table.sources').innerText()).resolves.toContain('Ostrava');
    await page.getByRole('button', { name: 'Reset all' }).click();
    await page.locator('#review-status', { hasText: 'No corrections' }).waitFor();
    await expect(unnamedQuotes(page)).resolves.toMatch(/40%\s+of quotes/);
  });

  it('without JavaScript the editor is a plain form whose Recompute button posts the page back', async () => {
    const page = await h.page({ javaScriptEnabled: false });
    await paste(page);
    await Promise.all([page.waitForURL(/\/analyze#quote-/), giveResidentToMayor(page)]);
    await page.waitForLoadState('load');
    await expect(status(page)).resolves.toBe('1 correction in effect.');
    await expect(unnamedQuotes(page)).resolves.toMatch(/20%\s+of quotes/);
    // the page opens where the editor was: at the corrected quote, not at the top
    const id = new URL(page.url()).hash.slice(1);
    const place = (await page.evaluate(
      `(() => { const box = document.getElementById(${JSON.stringify(id)})?.getBoundingClientRect(); return box ? { top: box.top, height: innerHeight, scrolled: scrollY } : null; })()`,
    )) as { top: number; height: number; scrolled: number } | null;
    expect(place).not.toBeNull();
    expect(place?.scrolled).toBeGreaterThan(0);
    expect(place?.top).toBeGreaterThan(-2);
    expect(place?.top).toBeLessThan(place?.height ?? 0);
  });

  it('without JavaScript a source row’s Recompute opens the page at the review section', async () => {
    const page = await h.page({ javaScriptEnabled: false });
    await paste(page);
    const row = page.locator('table.source-edit tbody tr').filter({ has: page.locator('th[scope="row"]', { hasText: /^Ostrava/ }) });
    await row.locator('select[name^="merge-"]').selectOption({ label: 'Lena Varga' });
    await Promise.all([page.waitForURL(/\/analyze#review-heading$/), row.getByRole('button', { name: /Recompute/ }).click()]);
    await page.waitForLoadState('load');
    await expect(status(page)).resolves.toBe('1 correction in effect.');
    const top = (await page.evaluate(`document.getElementById('review-heading')?.getBoundingClientRect().top ?? -100`)) as number;
    expect(top).toBeGreaterThan(-2);
    expect(top).toBeLessThan(200);
  });

  it('an editor gives a reported statement to another source from its label', async () => {
    const page = await h.page();
    await paste(page);
    const rushed = at('the vote was rushed');
    const key = `st-${rushed.start}-${rushed.end}`;
    await page
      .locator('.story details.ev', { has: page.locator(`#who-${key}`) })
      .locator('summary')
      .click();
    await page.locator(`#who-${key}`).selectOption({ label: 'Lena Varga · named person' });
    await page.locator(`button[value="statement:${rushed.start}:${rushed.end}"]`).click();
    await page.locator('#review-status', { hasText: '1 correction in effect.' }).waitFor();
    await expect(page.locator('.review-applied li').allInnerTexts()).resolves.toEqual(['Statement “the vote was rushed” given to “Mayor Lena Varga”']);
    expect(h.consoleProblems).toEqual([]);
  });

  it('an editor dismisses a finding from its button, in place, and undoes it', async () => {
    const page = await h.page();
    await paste(page);
    const before = await findingRules(page);
    expect(before).toContain('anonymous-without-reason');
    await page.evaluate(() => {
      (globalThis as unknown as { stillHere: boolean }).stillHere = true;
    });
    const finding = page.locator('.findings li[data-rule="anonymous-without-reason"]').first();
    await finding.getByRole('button', { name: /^Dismiss the finding/ }).click();
    await page.locator('#review-status', { hasText: '1 correction in effect.' }).waitFor();
    const after = await findingRules(page);
    expect(after).toHaveLength(before.length - 1);
    await expect(page.locator('.review-applied li').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^Finding anonymous-without-reason at “.+” dismissed$/),
    ]);
    await expect(page.evaluate(() => (globalThis as unknown as { stillHere?: boolean }).stillHere)).resolves.toBe(true);
    await page.getByRole('button', { name: 'Undo the last correction' }).click();
    await page.locator('#review-status', { hasText: 'No corrections' }).waitFor();
    await expect(findingRules(page)).resolves.toEqual(before);
    expect(h.consoleProblems).toEqual([]);
  });

  it('the report page with its editors has no accessibility violations (axe-core)', async () => {
    const page = await h.page();
    await paste(page);
    await page
      .locator('.story details.ev', { has: page.locator(`#who-${KEY}`) })
      .locator('summary')
      .click();
    expect(await runAxe(page)).toEqual([]);
  });

  it('a teacher corrects the answer key, prints the worksheet and runs the exercise', async () => {
    const page = await h.page();
    await paste(page);
    await giveResidentToMayor(page);
    await page.locator('#review-status', { hasText: '1 correction' }).waitFor();
    await Promise.all([
      page.waitForURL(`${h.base}/learn/exercise`),
      page.getByRole('button', { name: 'Make a classroom exercise with this corrected answer key' }).click(),
    ]);
    await expect(page.locator('#teacher-heading + form .hint').innerText()).resolves.toContain('The answer key has 1 corrected answer.');

    const [sheet] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Worksheet (PDF, to print)' }).click()]);
    expect(sheet.suggestedFilename()).toBe('harbour-plan-splits-council-worksheet.pdf');
    const [key] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Answer key (PDF, for the teacher)' }).click()]);
    if (havePdftotext || IN_CI) {
      const sheetText = execFileSync('/usr/bin/pdftotext', ['-', '-'], { input: readFileSync(await sheet.path()), encoding: 'utf8' });
      expect(sheetText).toContain('Who said it?');
      expect(sheetText).not.toContain('Lena Varga (named person)');
      const keyText = execFileSync('/usr/bin/pdftotext', ['-', '-'], { input: readFileSync(await key.path()), encoding: 'utf8' });
      expect(keyText.replace(/\s+/g, ' ')).toContain('Lena Varga (named person) (corrected by the editor)');
    }

    // A student runs the exercise: the mayor for every quote; the corrected key counts one more right.
    for (const select of await page.locator('select[id^="answer-"]').all()) await select.selectOption({ label: 'Lena Varga' });
    await Promise.all([page.waitForURL(`${h.base}/learn/exercise/check`), page.getByRole('button', { name: 'Check my answers' }).click()]);
    await expect(page.locator('body').innerText()).resolves.toContain('You got 3 of 5 quotes right');
  });
});
