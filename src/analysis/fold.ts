/**
 * Case- and accent-folding for comparing names: `Salamé` and `SALAME` both fold to `salame`.
 * ASCII text, the common case, skips Unicode normalisation, and so does Latin text (`Sølvberg`,
 * `Yıldırımoğlu`) through a table made with the general rule.
 */
const MARKS = /\p{M}/gu;

/**
 * Up to here, a string folds character by character: NFD only splits a letter from its marks,
 * and lower-casing has no context (the only context rule, the final sigma, is Greek).
 */
const LATIN_END = 0x250;
const LATIN_FOLDS: readonly string[] = Array.from({ length: LATIN_END }, (_, code) => foldUnicode(String.fromCharCode(code)));
/** 1 where a Latin character folds to itself (`a`, `ø`, `ı`), 0 where it changes (`A`, `é`). */
const FOLDS_TO_ITSELF = Uint8Array.from(LATIN_FOLDS, (folded, code) => (folded === String.fromCharCode(code) ? 1 : 0));

export function fold(s: string): string {
  let ascii = true;
  let same = true; // every character folds to itself: `salame`, `hifter`
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= LATIN_END) return foldUnicode(s);
    if (code > 0x7f) ascii = false;
    if (FOLDS_TO_ITSELF[code] === 0) same = false;
  }
  if (same) return s;
  return ascii ? s.toLowerCase() : foldLatin(s);
}

function foldLatin(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += LATIN_FOLDS[s.charCodeAt(i)] as string;
  return out;
}

function foldUnicode(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').toLowerCase();
}
