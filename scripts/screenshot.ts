/**
 * Makes docs/screenshot.png: starts the app on a free port, submits a sample story in
 * Debian's Chromium (playwright-core), opens the first quote's evidence and captures the
 * report page. `npm run screenshot [-- sample-id]` (default: palace-talks, else the first
 * sample, else a built-in story). CHROMIUM overrides /usr/bin/chromium.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createApp } from '../src/server/app.js';
import { appPaths } from '../src/server/paths.js';
import { loadSamples } from '../src/server/samples.js';
import { CHROMIUM_ARGS } from './chromium.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs', 'screenshot.png');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FALLBACK = [
  'Bridge will reopen by June, mayor says',
  '',
  '"We will reopen the bridge by June," Mayor Ana Ruiz said on Tuesday.',
  '',
  'A city engineer, who asked not to be named because she was not authorized to speak publicly, said the repairs were "far behind schedule."',
  '',
].join('\n');

async function main(): Promise<void> {
  if (!existsSync(executablePath)) {
    console.error(`screenshot: ${executablePath} not found (apt-get install -y chromium, or set CHROMIUM)`);
    process.exit(1);
  }
  const samples = loadSamples(appPaths().samples);
  const wanted = process.argv[2] ?? 'palace-talks';
  const sample = samples.find((s) => s.id === wanted) ?? samples[0];

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
      await page.getByLabel('Story text').fill(FALLBACK);
      await Promise.all([page.waitForURL(`${base}/analyze`), page.getByRole('button', { name: 'Check sourcing' }).click()]);
    }
    const firstQuote = page.locator('.story details.ev:not(.ev-st) > summary').first();
    if ((await page.locator('.story details.ev:not(.ev-st)').count()) > 0) await firstQuote.click();
    const height = await page.evaluate(
      () => (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } }).document.documentElement.scrollHeight,
    );
    mkdirSync(dirname(out), { recursive: true });
    await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: Math.min(height, 2800) } });
    console.log(`screenshot: ${sample ? `sample “${sample.title}”` : 'built-in story'} → ${out}`);
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
