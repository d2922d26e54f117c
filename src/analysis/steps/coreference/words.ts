/** Word helpers that read code units rather than split strings: the passes call them per mention. */

/** `s.split(/\s+/).at(-1)`, without the array. */
export function lastWord(s: string): string {
  for (let i = s.length - 1; i >= 0; i--) if (isRegExpSpace(s.charCodeAt(i))) return s.slice(i + 1);
  return s;
}

/** `s.split(/\s+/)[0]`, without the array. */
export function firstWord(s: string): string {
  for (let i = 0; i < s.length; i++) if (isRegExpSpace(s.charCodeAt(i))) return s.slice(0, i);
  return s;
}

/** `s.split(/\s+/).length >= 2`: two words or more. */
export function hasSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isRegExpSpace(s.charCodeAt(i))) return true;
  return false;
}

const REGEXP_SPACE = /\s/;

/** Exactly the code units `\s` matches; ASCII decided without the regex. */
export function isRegExpSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return REGEXP_SPACE.test(String.fromCharCode(code));
}
