/**
 * The pages at a phone's width (390 px) and a laptop's (1280 px), in Chromium: nothing scrolls
 * sideways but a table that says it does and can be scrolled from the keyboard, and axe-core finds
 * no violation at either width. The real samples and engine: their long names and labels are what
 * overflowed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAVE_CHROMIUM, type Harness, IN_CI, runAxe, startHarness } from './harness.js';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('at 390 and 1280 px', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ rateLimit: false, logger: { error: () => {} } });
  });

  afterAll(async () => {
    await h?.close();
  });

  /** How far the page is wider than the window, in CSS pixels (0: no sideways scroll). */
  const overflow = (page: Page): Promise<number> => page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');

  /** A sample's report, through the form. */
  async function report(page: Page, sample: string): Promise<void> {
    await page.goto(`${h.base}/`);
    await page.locator('#sample').selectOption(sample);
    await Promise.all([page.waitForURL(`${h.base}/analyze`), page.getByRole('button', { name: 'Check this sample' }).click()]);
  }

  /** A sample in the classroom: its explanations or its exercise. */
  async function learn(page: Page, sample: string, button: string, path: string): Promise<void> {
    await page.goto(`${h.base}/learn`);
    await page.getByLabel('Or pick a sample story').selectOption(sample);
    await Promise.all([page.waitForURL(`${h.base}${path}`), page.getByRole('button', { name: button }).click()]);
  }

  /** Samples compared, from the gallery. */
  async function compare(page: Page, samples: string[]): Promise<void> {
    await page.goto(`${h.base}/learn/samples`);
    for (const id of samples) await page.locator(`#compare-${id}`).check();
    await Promise.all([page.waitForURL(`${h.base}/learn/compare`), page.getByRole('button', { name: 'Compare the chosen samples' }).click()]);
  }

  const PAGES: [string, (page: Page) => Promise<void>][] = [
    ['the report of a story with long names and many findings', (page) => report(page, 'geneva-prisoners')],
    ['the report of a transcript', (page) => report(page, 'port-permits-trial')],
    ['every quote explained', (page) => learn(page, 'data-leak-regulator', 'Explain the quotes', '/learn/explain')],
    ['the exercise', (page) => learn(page, 'palace-talks', 'Start the exercise', '/learn/exercise')],
    ['the comparison', (page) => compare(page, ['geneva-prisoners', 'palace-talks', 'water-protest'])],
    ['the classroom', (page) => page.goto(`${h.base}/learn`).then(() => {})],
    ['the gallery', (page) => page.goto(`${h.base}/learn/samples`).then(() => {})],
    ['the form', (page) => page.goto(`${h.base}/`).then(() => {})],
  ];

  it.each(PAGES)('%s: no sideways scroll at 390 px, and no axe violation', async (_name, open) => {
    const page = await h.page({ viewport: PHONE });
    await open(page);
    expect(await overflow(page)).toBe(0);
    expect(await runAxe(page)).toEqual([]);
  });

  it.each(PAGES)('%s: no axe violation at 1280 px', async (_name, open) => {
    const page = await h.page({ viewport: LAPTOP });
    await open(page);
    expect(await overflow(page)).toBe(0);
    expect(await runAxe(page)).toEqual([]);
  });

  it('shows that the comparison table scrolls when it is wider than the page, at 1280 px', async () => {
    const page = await h.page({ viewport: LAPTOP });
    const all = [
      'arctic-mine',
      'cholera-clinic',
      'geneva-prisoners',
      'lost-harvest',
      'palace-talks',
      'port-permits-trial',
      'radio-waiting-lists',
      'water-protest',
    ];
    await compare(page, all);
    const wrap = page.locator('.table-wrap.scrolls');
    const scroll = Number(await wrap.evaluate((el) => (el as unknown as { scrollWidth: number }).scrollWidth));
    const client = Number(await wrap.evaluate((el) => (el as unknown as { clientWidth: number }).clientWidth));
    if (scroll > client) {
      // It scrolls: the page says so, and the keyboard reaches it.
      await expect(page.locator('#compare-scroll-hint').isVisible()).resolves.toBe(true);
      await expect(wrap.getAttribute('tabindex')).resolves.toBe('0');
    }
    // Either way, every column's header is in the table and none is cut off the page.
    expect(await overflow(page)).toBe(0);
    await expect(page.locator('table.compare thead th').count()).resolves.toBe(10);
  });
});
