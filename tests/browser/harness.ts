/**
 * The browser tests' harness: Debian's Chromium (STACK.md flags) driven by playwright-core
 * against createApp() on an ephemeral port, and axe-core run inside the page. One browser per
 * harness, started on the first page (its profile a fresh temporary folder); each page comes in
 * a context of its own, which shares no cookies, storage or cache with the others. Without
 * /usr/bin/chromium the tests are skipped locally, but fail in CI.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/chromium.js';
import { createApp } from '../../src/server/app.js';

export const CHROMIUM = '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const IN_CI = Boolean(process.env.CI);

export interface Harness {
  base: string;
  /** Errors the pages wrote to their console or threw. */
  consoleProblems: string[];
  context(options?: ContextOptions): Promise<BrowserContext>;
  page(options?: ContextOptions): Promise<Page>;
  close(): Promise<void>;
}

/** A page's context: JavaScript on or off, and the window's size (1200 × 900 unless given). */
export interface ContextOptions {
  javaScriptEnabled?: boolean;
  viewport?: { width: number; height: number };
}

/** Starts the app with these options and returns a harness for opening pages on it. */
export async function startHarness(appOptions: Parameters<typeof createApp>[0]): Promise<Harness> {
  const server: Server = createApp(appOptions).listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  let browser: Promise<Browser> | null = null;
  const contexts: BrowserContext[] = [];
  const consoleProblems: string[] = [];
  const context = async (options: ContextOptions = {}): Promise<BrowserContext> => {
    browser ??= chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS], headless: true });
    const c = await (await browser).newContext({ acceptDownloads: true, viewport: { width: 1200, height: 900 }, ...options });
    contexts.push(c);
    c.on('console', (m) => {
      if (m.type() === 'error') consoleProblems.push(m.text());
    });
    return c;
  };
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    consoleProblems,
    context,
    async page(options = {}) {
      const page = await (await context(options)).newPage();
      page.on('pageerror', (e) => consoleProblems.push(e.message));
      return page;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      if (browser) await (await browser).close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** axe-core's WCAG 2.1 A/AA and best-practice violations on the page. */
export async function runAxe(page: Page): Promise<{ id: string; nodes: { html: string }[] }[]> {
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
