/**
 * Tests of a word's spelling by code unit, each the same answer as the expression in its doc
 * comment: the cue finders ask them of many tokens, and an expression run on a short string
 * cost about three times as much and made garbage at every call.
 */

/**
 * `s !== s.toUpperCase()`, with no upper-case copy made of a word in ASCII (a relative pronoun
 * is one): a letter `a`–`z` says so, since no upper-case form holds one.
 */
export function notAllCapitals(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return s !== s.toUpperCase();
  }
  return false;
}

/** `/[a-z](?:ed|en|wn)$/.test(s)`: `obtained`, `taken`, `shown`. */
export function participleEnding(s: string): boolean {
  const n = s.length;
  if (n < 3 || !isLowerAscii(s.charCodeAt(n - 3))) return false;
  const b = s.charCodeAt(n - 2);
  const c = s.charCodeAt(n - 1);
  return (b === 101 && (c === 100 || c === 110)) || (b === 119 && c === 110);
}

/** `/[a-z]ed$/.test(s)`. */
export function endsInEd(s: string): boolean {
  const n = s.length;
  return n >= 3 && isLowerAscii(s.charCodeAt(n - 3)) && s.charCodeAt(n - 2) === 101 && s.charCodeAt(n - 1) === 100;
}

/** `/^\d/.test(s)`: an ASCII digit first. */
export function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}
