/**
 * The only module that imports `natural`, by deep paths (its top-level entry loads database
 * drivers and prints to stdout). It lends two things: the Brill tagger's English lexicon, to tell
 * proper nouns from capitalised common words (`Trump` NNP, `However` RB, `Officials` NNS), and
 * Jaro–Winkler similarity, to match spellings of one surname (`Salame`/`Salamé`).
 *
 * The lexicon (92,000 words) loads once, on first use, and is never written to.
 */
import { createRequire } from 'node:module';
import { fold } from './fold.js';

const require = createRequire(import.meta.url);

type Lexicon = ReadonlyMap<string, readonly string[]>;
type JaroWinkler = (a: string, b: string, options?: { ignoreCase?: boolean }) => number;

let lexicon: Lexicon | undefined;
let jaroWinkler: JaroWinkler | undefined;

function loadLexicon(): Lexicon {
  if (lexicon === undefined) {
    // a Map: looking words sliced from the text up in a 92,000-key object is many times slower
    const json = require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Record<string, unknown>;
    const map = new Map<string, readonly string[]>();
    for (const word of Object.keys(json)) {
      const tags = json[word];
      if (Array.isArray(tags)) map.set(word, tags as string[]);
    }
    lexicon = map;
  }
  return lexicon;
}

/** The tags the Brill lexicon gives a word, most likely first, or undefined if unknown. */
export function lexicalTags(word: string): readonly string[] | undefined {
  return loadLexicon().get(word);
}

/**
 * True when a capitalised word reads as part of a name: unknown to the lexicon (`Hifter`), or
 * tagged first as a proper noun (`Trump`, `Clinton`). False for `The`, `However`, `Officials`.
 */
export function looksLikeProperNoun(word: string): boolean {
  const tags = lexicalTags(word);
  if (tags === undefined) return true;
  return tags[0] === 'NNP' || tags[0] === 'NNPS';
}

/** Jaro–Winkler similarity of two words, 0..1, case-insensitive and accent-insensitive. */
export function nameSimilarity(a: string, b: string): number {
  jaroWinkler ??= require('natural/lib/natural/distance/jaro-winkler_distance.js') as JaroWinkler;
  return jaroWinkler(fold(a), fold(b));
}
