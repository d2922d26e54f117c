/** The packaged DejaVu Sans the PDFs embed (so that `Erdoğan` or `Salamé` render), read once. */
// biome-ignore lint/style/noRestrictedImports: the PDF embeds the packaged DejaVu font, read once from node_modules; no story text touches the disk
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | null = null;

export function loadFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return fonts;
}
