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
    // A require of its own, let go after use, and the file taken out of the module cache: kept
    // there, the parsed object (92,000 keys) stayed alive for good beside the Map. A Map: looking
    // words sliced from the text up in an object that size is many times slower. The words share
    // their tag lists (1,053 distinct among 92,000): 6 MB of heap instead of 18, in every process,
    // for every full collection to mark.
    const load = createRequire(import.meta.url);
    const path = load.resolve('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
    const json = load(path) as Record<string, unknown>;
    delete load.cache[path];
    const map = new Map<string, readonly string[]>();
    const lists = new Map<string, readonly string[]>();
    for (const word of Object.keys(json)) {
      const tags = json[word];
      if (!Array.isArray(tags)) continue;
      const key = tags.join(' ');
      let shared = lists.get(key);
      if (shared === undefined) {
        shared = Object.freeze(tags.map(String));
        lists.set(key, shared);
      }
      map.set(word, shared);
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

/**
 * `nameSimilarity(a, b) >= threshold`, without running Jaro–Winkler on pairs that cannot reach
 * it. Jaro is (m/|a| + m/|b| + (m − t)/m) / 3 with m matched characters, and m is at most the
 * number of characters the two words share; Winkler adds l·0.1·(1 − jaro) for a common prefix
 * of l ≤ 4. Those give an upper bound: a pair below it is answered false at once, any other
 * pair by `natural` itself, so the answer is always the same as the full computation's.
 */
export function similarAtLeast(a: string, b: string, threshold: number): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb) return 1 >= threshold;
  if (fa.length === 0 || fb.length === 0) return 0 >= threshold;
  let l = 0;
  while (l < 4 && fa[l] === fb[l]) l++;
  // first the bound from the lengths alone (m ≤ the shorter length), then from the shared characters
  if (winklerBound(Math.min(fa.length, fb.length), fa.length, fb.length, l) < threshold - 1e-9) return false;
  const m = sharedCharacters(fa, fb);
  if (m === 0) return 0 >= threshold;
  if (winklerBound(m, fa.length, fb.length, l) < threshold - 1e-9) return false;
  jaroWinkler ??= require('natural/lib/natural/distance/jaro-winkler_distance.js') as JaroWinkler;
  return jaroWinkler(fa, fb) >= threshold;
}

/** The most Jaro–Winkler can be with at most `m` matches and a common prefix of `l`. */
function winklerBound(m: number, la: number, lb: number, l: number): number {
  const jaro = (m / la + m / lb + 1) / 3;
  return jaro + l * 0.1 * (1 - jaro);
}

/** How many characters two words share, each character of `b` counted once (≥ Jaro's m). */
function sharedCharacters(a: string, b: string): number {
  if (b.length > 30) return Math.min(a.length, b.length); // no bound past 30: the mask below has 30 bits
  let used = 0;
  let shared = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    for (let k = 0; k < b.length; k++) {
      if ((used & (1 << k)) === 0 && b.charCodeAt(k) === c) {
        used |= 1 << k;
        shared++;
        break;
      }
    }
  }
  return shared;
}
