/** `npm run lexicon`: writes the generated data modules (see generate.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_DIR, generateLexicon } from './generate.js';

const started = performance.now();
mkdirSync(GENERATED_DIR, { recursive: true });
for (const [file, text] of generateLexicon()) {
  writeFileSync(join(GENERATED_DIR, file), text);
  console.log(`${file}: ${Buffer.byteLength(text)} bytes`);
}
console.log(`done in ${Math.round(performance.now() - started)} ms`);
