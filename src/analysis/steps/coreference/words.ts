/**
 * Word helpers that read code units rather than split strings: the passes call them per mention;
 * and what the words of a name or a body's description give, worked out once per spelling.
 */

import { fold } from '../../fold.js';

/** What the passes read of a name's words (`Khalifa Hifter`): worked out once per spelling of the name. */
export interface NameParts {
  /** `fold(lastWord(name))`: `hifter`. */
  readonly surname: string;
  /** `fold(firstWord(name))` when the name has two words or more (`khalifa`), else undefined. */
  readonly firstName: string | undefined;
  /** `name.toLowerCase()`. */
  readonly lower: string;
  /** `name.split(/\s+/)`, each word in lower case: a body's name words. */
  readonly lowerWords: readonly string[];
}

/**
 * The parts of `name`, from `cache` or worked out and kept there: a story names a person many
 * times in the same words, and a look-up reads the name once where the parts read it five times
 * and cut three strings.
 */
export function namePartsOf(cache: Map<string, NameParts>, name: string): NameParts {
  let parts = cache.get(name);
  if (parts === undefined) {
    parts = {
      surname: fold(lastWord(name)),
      firstName: hasSpace(name) ? fold(firstWord(name)) : undefined,
      lower: name.toLowerCase(),
      lowerWords: name.split(/\s+/).map((w) => w.toLowerCase()),
    };
    cache.set(name, parts);
  }
  return parts;
}

/** What the words of a body's description give (`the president's office`), worked out once per spelling of them. */
export interface BodyWords {
  /** Without its article: `president's office`. */
  readonly body: string;
  /** Owned by someone: `X's`, or `his`, `its`…. */
  readonly owned: boolean;
  /** `its` opens it. */
  readonly its: boolean;
  /** `fold(body)`. */
  readonly folded: string;
  /** The last word, in lower case: `office`. */
  readonly role: string;
  /** The word before the `'s` (`president`), or '' when a possessive word owns it or none does. */
  readonly owner: string;
}

/** The words of `words` (a body's description, or its mention's text), from `cache` or worked out and kept there. */
export function bodyWordsOf(cache: Map<string, BodyWords>, words: string): BodyWords {
  let known = cache.get(words);
  if (known === undefined) {
    const body = words.replace(/^(?:the|a|an)\s+/i, '');
    const owned = /['’]s?\s|^(?:his|her|their|its|our)\s/i.test(body);
    const owner = !owned || /^(?:his|her|their|its|our)\s/i.test(body) ? '' : lastWord(body.slice(0, body.search(/['’]/)).trim());
    known = { body, owned, its: /^its\s/i.test(body), folded: fold(body), role: lastWord(words).toLowerCase(), owner };
    cache.set(words, known);
  }
  return known;
}

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
