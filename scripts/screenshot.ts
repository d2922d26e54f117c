/**
 * Makes docs/screenshot.png: starts the app on a free port, submits a sample story in
 * Debian's Chromium (playwright-core), opens the first quote's evidence and captures the
 * report page. `npm run screenshot [-- sample-id]` (default: palace-talks, else the first
 * sample, else a built-in story). `npm run screenshot -- --review` makes docs/review.png
 * instead: a built-in story with one quote given to its right speaker (README, "Reviewing and
 * correcting a report"). CHROMIUM overrides /usr/bin/chromium.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { createApp } from '../src/server/app.js';
import { appPaths } from '../src/server/paths.js';
import { loadSamples } from '../src/server/samples.js';
import { CHROMIUM_ARGS } from './chromium.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const review = process.argv.includes('--review');
const out = join(root, 'docs', review ? 'review.png' : 'screenshot.png');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FALLBACK = [
  'Bridge will reopen by June, mayor says',
  '',
  '"We will reopen the bridge by June," Mayor Ana Ruiz said on Tuesday.',
  '',
  'A city engineer, who asked not to be named because she was not authorized to speak publicly, said the repairs were "far behind schedule."',
  '',
].join('\n');
/** The review screenshot's story: the resident's quote is the one to give to the mayor. */
const REVIEW_STORY = [
  'Harbour plan splits council',
  '',
  'The council voted on Tuesday to sell the old ferry terminal, a decision that Mayor Lena Varga called "the end of a long wait."',
  '',
  '"We have been patient for ten years," said Varga, who has led the town since 2019.',
  '',
  'A council employee, who asked not to be named because she was not allowed to speak to the press, said the vote was rushed. "Nobody read the final contract," the employee said.',
  '',
  '"The numbers do not add up," one resident said.',
  '',
].join('\n');

async function main(): Promise<void> {
  if (!existsSync(executablePath)) {
    console.error(`screenshot: ${executablePath} not found (apt-get install -y chromium, or set CHROMIUM)`);
    process.exit(1);
  }
  const samples = loadSamples(appPaths().samples);
  const wanted = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'palace-talks';
  const sample = review ? undefined : (samples.find((s) => s.id === wanted) ?? samples[0]);

  const app = createApp({ rateLimit: false });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(join(tmpdir(), 'qc-screenshot-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${base}/`);
    if (sample) {
      await page.getByLabel('Sample story', { exact: true }).selectOption(sample.id);
      await Promise.all([page.waitForURL(`${base}/analyze`), page.getByRole('button', { name: 'Check this sample' }).click()]);
    } else {
      await page.getByLabel('Story text').fill(review ? REVIEW_STORY : FALLBACK);
      await Promise.all([page.waitForURL(`${base}/analyze`), page.getByRole('button', { name: 'Check sourcing' }).click()]);
    }
    if (review) await correctOneQuote(page);
    const firstQuote = page.locator('.story details.ev:not(.ev-st) > summary').first();
    if (!review && (await page.locator('.story details.ev:not(.ev-st)').count()) > 0) await firstQuote.click();
    const height = await page.evaluate(
      () => (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } }).document.documentElement.scrollHeight,
    );
    mkdirSync(dirname(out), { recursive: true });
    if (review) {
      // From the review section to the quote's open editor.
      // Page coordinates (a bounding box is the viewport's, and the page has scrolled).
      const pageBox = (selector: string) =>
        page.locator(selector).evaluate((el) => {
          const r = el.getBoundingClientRect();
          const y = r.top + (globalThis as unknown as { scrollY: number }).scrollY;
          return { top: y, bottom: y + r.height };
        });
      const top = await pageBox('section.review');
      const bottom = await pageBox('.story details.ev[open] .qedit');
      if (top && bottom) {
        await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: top.top - 16, width: 1280, height: bottom.bottom + 24 - (top.top - 16) } });
        console.log(`screenshot: the review of a built-in story → ${out}`);
        return;
      }
    }
    await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: Math.min(height, 2800) } });
    console.log(`screenshot: ${sample ? `sample “${sample.title}”` : 'built-in story'} → ${out}`);
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Gives the resident's quote to the mayor (recomputed in place), then opens that quote's editor again. */
async function correctOneQuote(page: Page): Promise<void> {
  const start = REVIEW_STORY.indexOf('The numbers do not add up,');
  const key = `${start}-${start + 'The numbers do not add up,'.length}`;
  const label = () => page.locator('.story details.ev', { has: page.locator(`#who-${key}`) }).locator('summary');
  await label().click();
  await page.locator(`#who-${key}`).selectOption({ label: 'Lena Varga · named person' });
  await page.locator(`button[value="quote:${key.replace('-', ':')}"]`).click();
  await page.locator('#review-status', { hasText: '1 correction' }).waitFor();
  await label().click();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
