/**
 * The browser tests' harness: Debian's Chromium (STACK.md flags, a fresh profile per context)
 * driven by playwright-core against createApp() on an ephemeral port, and axe-core run inside
 * the page. Without /usr/bin/chromium the tests are skipped locally, but fail in CI.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/chromium.js';
import { createApp } from '../../src/server/app.js';

export const CHROMIUM = '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const IN_CI = Boolean(process.env.CI);

export interface Harness {
  base: string;
  /** Errors the pages wrote to their console or threw. */
  consoleProblems: string[];
  context(options?: { javaScriptEnabled?: boolean }): Promise<BrowserContext>;
  page(options?: { javaScriptEnabled?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

/** Starts the app with these options and returns a harness for opening pages on it. */
export async function startHarness(appOptions: Parameters<typeof createApp>[0]): Promise<Harness> {
  const server: Server = createApp(appOptions).listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const profiles: string[] = [];
  const contexts: BrowserContext[] = [];
  const consoleProblems: string[] = [];
  const context = async (options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> => {
    const dir = mkdtempSync(join(tmpdir(), 'qc-chromium-'));
    profiles.push(dir);
    const c = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      args: [...CHROMIUM_ARGS],
      headless: true,
      acceptDownloads: true,
      viewport: { width: 1200, height: 900 },
      ...options,
    });
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
      const c = await context(options);
      const page = c.pages()[0] ?? (await c.newPage());
      page.on('pageerror', (e) => consoleProblems.push(e.message));
      return page;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await new Promise((resolve) => server.close(resolve));
      for (const d of profiles) rmSync(d, { recursive: true, force: true });
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
