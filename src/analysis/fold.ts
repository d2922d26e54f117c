/**
 * Case- and accent-folding for comparing names: `Salamé` and `SALAME` both fold to `salame`.
 * ASCII text, the common case, skips Unicode normalisation.
 */
const ASCII = /^[\x00-\x7f]*$/;
const MARKS = /\p{M}/gu;

export function fold(s: string): string {
  return ASCII.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(MARKS, '').toLowerCase();
}
