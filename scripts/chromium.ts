/**
 * How quotecheck starts Debian's Chromium (../shared/STACK.md): the flags for a headless run
 * on a machine without network, shared by the screenshot script and the browser tests.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
