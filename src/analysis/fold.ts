/**
 * Case- and accent-folding for comparing names: `Salamé` and `SALAME` both fold to `salame`.
 * ASCII text, the common case, skips Unicode normalisation.
 */
const MARKS = /\p{M}/gu;

export function fold(s: string): string {
  return isAscii(s) ? s.toLowerCase() : s.normalize('NFD').replace(MARKS, '').toLowerCase();
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}
