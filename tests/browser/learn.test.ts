// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright locators, whose innerText() is the rendered text we mean to check
/**
 * The classroom and the editorial findings in a real browser: Debian's Chromium driven by
 * playwright-core against the app on an ephemeral port, set up as tests/browser/app.test.ts.
 * Without /usr/bin/chromium they are skipped locally, but fail in CI.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplesDir } from '../server/helpers/app.js';
import { CHROMIUM, HAVE_CHROMIUM, type Harness, IN_CI, runAxe, startHarness } from './harness.js';

const HARBOUR = [
  'Harbour council to raise ferry fares',
  '',
  '"The fares will double, and nobody on the council will say so before the vote," said a council official.',
  '',
  'Mayor Lena Dahl claimed that the fares were the lowest on the coast. "We will vote on Tuesday," Dahl said.',
].join('\n');
const BRIDGE = ['Bridge will reopen by June, mayor says', '', '"We will reopen the bridge by June," Mayor Ana Ruiz said.'].join('\n');

it.runIf(IN_CI)('Chromium is installed (required in CI)', () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: .ci/run installs it`).toBe(true);
});

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('the classroom and the findings in Chromium', () => {
  let h: Harness;
  let base: string;
  let consoleProblems: string[] = [];
  const newPage = (options?: { javaScriptEnabled?: boolean }): Promise<Page> => h.page(options);

  beforeAll(async () => {
    h = await startHarness({
      rateLimit: false,
      samplesDir: samplesDir([
        { id: 'harbour', title: 'The harbour story', note: 'One unnamed official and a loaded verb.', text: HARBOUR },
        { id: 'bridge', title: 'The bridge story', note: 'Plain attribution.', text: BRIDGE },
      ]),
      logger: { error: () => {} },
    });
    base = h.base;
    consoleProblems = h.consoleProblems;
  });

  afterAll(async () => {
    await h?.close();
  });

  it('runs the exercise without JavaScript: pick the speakers, check, see the score and the answers', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${base}/learn`);
    await page.getByLabel('Story text').fill(HARBOUR);
    await Promise.all([page.waitForURL(`${base}/learn/exercise`), page.getByRole('button', { name: 'Start the exercise' }).click()]);
    // The speakers are hidden: numbered quotes, no labels, no colours by kind.
    await expect(page.locator('.exercise-story mark.ex-q').count()).resolves.toBe(2);
    await expect(page.locator('.exercise-story details, .exercise-story .k-anonymous, .exercise-story .k-person').count()).resolves.toBe(0);
    await page.getByLabel('Who said quote 1?').selectOption({ label: 'a council official' });
    await page.getByLabel('Who said quote 2?').selectOption({ label: 'No one: the story does not say' });
    await Promise.all([page.waitForURL(`${base}/learn/exercise/check`), page.getByRole('button', { name: 'Check my answers' }).click()]);
    await expect(page.locator('.score').innerText()).resolves.toBe('You got 1 of 2 quotes right (50%).');
    const results = page.locator('.results > li');
    await expect(results.nth(0).innerText()).resolves.toMatch(/Right\. You chose: a council official\./);
    await expect(results.nth(1).innerText()).resolves.toMatch(
      /Not quite\. You chose: No one: the story does not say\. The answer: Lena Dahl \(named person\)\./,
    );
    await expect(results.nth(1).innerText()).resolves.toMatch(/We think Dahl said this because “Dahl said” follows the quote in the same sentence\./);
    // Try again: the story travelled in the hidden field, with nothing kept on the server.
    await Promise.all([page.waitForURL(`${base}/learn/exercise`), page.getByRole('button', { name: 'Try again' }).click()]);
    await expect(page.locator('h1').innerText()).resolves.toBe('Who said it? Harbour council to raise ferry fares');
    await expect(page.locator('.exercise-story').innerText()).resolves.toContain('Mayor Lena Dahl claimed');
  });

  it('explains a sample from the gallery, and finds each quote in the story', async () => {
    const page = await newPage();
    await page.goto(`${base}/learn/samples`);
    await Promise.all([page.waitForURL(`${base}/learn/explain`), page.getByRole('button', { name: /^Explanations\s*: The harbour story$/ }).click()]);
    const first = page.locator('.explanations > li').first();
    await expect(first.innerText()).resolves.toMatch(
      /We think a council official said this because “said a council official” follows the quote in the same sentence\./,
    );
    await first.getByRole('link', { name: /Find it in the story/ }).click();
    await expect(page.locator('#quote-q1').isVisible()).resolves.toBe(true);
    await expect(page.locator('.glossary dt').allInnerTexts()).resolves.toEqual([
      'Attribution',
      'On the record',
      'Anonymous source',
      'Paraphrase',
      'Partial quote',
    ]);
  });

  it('compares two pasted stories: a table and a chart', async () => {
    const page = await newPage();
    await page.goto(`${base}/learn`);
    await page.getByLabel('Stories, separated by a line of ---').fill(`${HARBOUR}\n---\n${BRIDGE}`);
    await Promise.all([page.waitForURL(`${base}/learn/compare`), page.getByRole('button', { name: 'Compare', exact: true }).click()]);
    await expect(page.locator('table.compare tbody tr').count()).resolves.toBe(2);
    await expect(page.locator('svg.compare-chart').isVisible()).resolves.toBe(true);
    expect(await page.locator('svg.compare-chart rect').count()).toBeGreaterThan(8);
  });

  it('shows findings on the report page next to the paragraph they concern', async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    await page.getByLabel('Story text').fill(HARBOUR);
    await Promise.all([page.waitForURL(`${base}/analyze`), page.getByRole('button', { name: 'Check sourcing' }).click()]);
    await expect(page.locator('.summary-text').innerText()).resolves.toMatch(/^1 of the 2 quotes \(50%\) comes from one unnamed council official;/);
    const rules = await page.locator('ol.findings > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    expect(rules).toContain('anonymous-without-reason');
    expect(rules).toContain('loaded-attribution-verb');
    const note = page.locator('.story .fnote', { hasText: 'Loaded reporting verb' });
    await expect(note.isVisible()).resolves.toBe(true);
    // The note sits under the paragraph of the verb: after its last words, before nothing else of the story.
    const story = await page.locator('.story').innerText();
    const at = story.indexOf('Loaded reporting verb');
    expect(story.indexOf('Mayor Lena Dahl claimed')).toBeLessThan(at);
    expect(story.indexOf('Dahl said.')).toBeLessThan(at);
    const official = await page.locator('.story mark.hl.k-anonymous').boundingBox();
    const box = await note.boundingBox();
    expect(official !== null && box !== null && box.y > official.y).toBe(true);
  });

  it('has no accessibility violations (axe-core) on the classroom pages and the report with findings', async () => {
    const page = await newPage();
    await page.goto(`${base}/learn`);
    expect(await runAxe(page)).toEqual([]);
    await page.goto(`${base}/learn/samples`);
    expect(await runAxe(page)).toEqual([]);
    await Promise.all([page.waitForURL(`${base}/learn/explain`), page.getByRole('button', { name: /^Explanations\s*: The harbour story$/ }).click()]);
    expect(await runAxe(page)).toEqual([]);
    await Promise.all([page.waitForURL(`${base}/learn/exercise`), page.getByRole('button', { name: 'Try the exercise on this story' }).click()]);
    expect(await runAxe(page)).toEqual([]);
    await Promise.all([page.waitForURL(`${base}/learn/exercise/check`), page.getByRole('button', { name: 'Check my answers' }).click()]);
    expect(await runAxe(page)).toEqual([]);
    await page.goto(`${base}/learn/samples`);
    await page.getByLabel('The harbour story').check();
    await page.getByLabel('The bridge story').check();
    await Promise.all([page.waitForURL(`${base}/learn/compare`), page.getByRole('button', { name: 'Compare the chosen samples' }).click()]);
    expect(await runAxe(page)).toEqual([]);
    await page.goto(`${base}/`);
    await page.getByLabel('Story text').fill(HARBOUR);
    await Promise.all([page.waitForURL(`${base}/analyze`), page.getByRole('button', { name: 'Check sourcing' }).click()]);
    expect(await runAxe(page)).toEqual([]);
  });

  it('logged no console errors or CSP violations on any page', () => {
    expect(consoleProblems).toEqual([]);
  });
});
