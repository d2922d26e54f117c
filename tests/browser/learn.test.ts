// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright locators, whose innerText() is the rendered text we mean to check
/**
 * The classroom and the editorial findings in a real browser: Debian's Chromium driven by
 * playwright-core against the app on an ephemeral port, set up as tests/browser/app.test.ts.
 * Without /usr/bin/chromium they are skipped locally, but fail in CI.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { samplesDir } from '../server/helpers/app.js';

const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const IN_CI = Boolean(process.env.CI);
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

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
  let server: Server;
  let base: string;
  const profiles: string[] = [];
  const contexts: BrowserContext[] = [];
  const consoleProblems: string[] = [];

  async function newPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const dir = mkdtempSync(join(tmpdir(), 'qc-chromium-'));
    profiles.push(dir);
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      args: ARGS,
      headless: true,
      viewport: { width: 1200, height: 900 },
      ...options,
    });
    contexts.push(context);
    context.on('console', (m) => {
      if (m.type() === 'error') consoleProblems.push(m.text());
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => consoleProblems.push(e.message));
    return page;
  }

  async function runAxe(page: Page): Promise<{ id: string; nodes: { html: string }[] }[]> {
    // page.evaluate is not subject to the page's CSP (unlike an inline <script>).
    await page.evaluate(readFileSync(join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8'));
    return page.evaluate(async () => {
      const axe = (
        globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> } }
      ).axe;
      const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      });
      return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ html: n.html })) }));
    });
  }

  beforeAll(async () => {
    const app = createApp({
      rateLimit: false,
      samplesDir: samplesDir([
        { id: 'harbour', title: 'The harbour story', note: 'One unnamed official and a loaded verb.', text: HARBOUR },
        { id: 'bridge', title: 'The bridge story', note: 'Plain attribution.', text: BRIDGE },
      ]),
      logger: { error: () => {} },
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await new Promise((resolve) => server?.close(resolve));
    for (const d of profiles) rmSync(d, { recursive: true, force: true });
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
