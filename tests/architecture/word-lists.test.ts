/**
 * Word lists are data (ARCHITECTURE.md): every one lives in src/analysis/lexicon/, once, typed,
 * with its `source:` line. This test reads every TypeScript file of src/ outside the lexicon (and
 * outside any `generated/` folder) and fails on a word list written there: a `new Set([` whose
 * first element is a string literal, a call of `words(`, or an import of the lexicon's `words`
 * helper. A set of strings that are not words of the language (characters, element names, codes)
 * may stay where it is used, through ALLOWED below, each with the reason it is no word list.
 *
 * Not caught: words inside a regular expression (`/^(?:the|a|an)\s+/`). Lists of words written as
 * alternations go to the lexicon too; a few function words in a grammatical pattern may stay.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');
const LEXICON = join(SRC, 'analysis', 'lexicon');

/**
 * Sets of strings allowed outside the lexicon, by file and constant name, with why each is no
 * word list. Keep it short: a set of words belongs in src/analysis/lexicon/.
 */
const ALLOWED: ReadonlyMap<string, string> = new Map([
  // dash characters that set off an attribution (`"…" — Maria Olsen`): characters, not words
  ['src/analysis/steps/attribute-quotes.ts DASHES', 'characters'],
  // HTML element names the text extractor treats alike: markup, not the story's language
  ['src/input/html.ts RAW', 'HTML element names'],
  ['src/input/html.ts BLOCK', 'HTML element names'],
  ['src/input/html.ts CELL', 'HTML element names'],
  ['src/input/html.ts BR', 'HTML element names'],
  // XML namespace URIs of a .docx's document part: codes, not words
  ['src/input/docx-parts.ts WORD_NAMESPACES', 'XML namespace URIs'],
]);

/** A `new Set([` (typed or not) whose first element is a string literal. */
const SET_OF_STRINGS = /\bnew\s+Set\s*(?:<[^>()]*>)?\s*\(\s*\[\s*['"`]/g;
/** A call of a function named `words` (not a method: `x.words(` is something else). */
const WORDS_CALL = /(?<![.\w$])words\(/g;
/** An import of the lexicon's `words` helper. */
const WORDS_IMPORT = /\bfrom\s+['"][^'"]*lexicon\/words(?:\.js)?['"]/g;

interface Offence {
  /** `src/…/file.ts NAME`: the file and the constant the list is assigned to, if any. */
  key: string;
  line: number;
  what: string;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== LEXICON && entry.name !== 'generated') out.push(...sourceFiles(path));
    } else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** The text with comments blanked out (same length, so offsets keep their lines). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|(?<![:'"`\\])\/\/[^\n]*/g, (c) => c.replace(/[^\n]/g, ' '));
}

/** The constant the expression at `at` is assigned to: `const NAME = …` on its line or the line before. */
function assignedName(text: string, at: number): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, at);
  const names = [...before.matchAll(/\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)/g)];
  return names.at(-1)?.[1] ?? '?';
}

function offences(file: string): Offence[] {
  const text = withoutComments(readFileSync(file, 'utf8'));
  const path = relative(ROOT, file).split(sep).join('/');
  const out: Offence[] = [];
  const lineOf = (at: number) => text.slice(0, at).split('\n').length;
  for (const [pattern, what] of [
    [SET_OF_STRINGS, 'a Set of string literals'],
    [WORDS_CALL, 'a words(…) list'],
    [WORDS_IMPORT, 'an import of the lexicon’s words helper'],
  ] as const) {
    for (const m of text.matchAll(pattern)) out.push({ key: `${path} ${assignedName(text, m.index)}`, line: lineOf(m.index), what });
  }
  return out;
}

describe('word lists live in src/analysis/lexicon/', () => {
  const files = sourceFiles(SRC);
  const found = files.flatMap(offences);

  it('reads the source tree', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.startsWith(LEXICON))).toBe(false);
  });

  it('no word list is written outside the lexicon', () => {
    const outside = found.filter((o) => !ALLOWED.has(o.key)).map((o) => `${o.key} (line ${o.line}): ${o.what}`);
    expect(outside, 'move these lists to src/analysis/lexicon/, typed and with a source: line').toEqual([]);
  });

  it('every allowed set is still there (an entry no longer needed goes)', () => {
    const keys = new Set(found.map((o) => o.key));
    expect([...ALLOWED.keys()].filter((k) => !keys.has(k))).toEqual([]);
  });

  it('catches the forms it looks for', () => {
    const probe = (code: string) => {
      const text = withoutComments(code);
      return [SET_OF_STRINGS, WORDS_CALL, WORDS_IMPORT].some((p) => [...text.matchAll(p)].length > 0);
    };
    expect(probe("const A = new Set(['said', 'told']);")).toBe(true);
    expect(probe('const A: ReadonlySet<string> = new Set<string>([\n  "said",\n]);')).toBe(true);
    expect(probe('const A = words(`said, told`);')).toBe(true);
    expect(probe("import { words } from '../lexicon/words.js';")).toBe(true);
    expect(probe('const A = new Set([head]);')).toBe(false);
    expect(probe('const n = frame.words(3);')).toBe(false);
    expect(probe("// new Set(['said'])\nconst x = 1;")).toBe(false);
  });
});

describe('every lexicon module says where its words come from', () => {
  const modules = readdirSync(LEXICON).filter((f) => f.endsWith('.ts'));
  // helpers and derived tables hold no words of their own
  const noWords = new Set(['words.ts', 'word-classes.ts', 'knowledge.ts']);
  it.each(modules.filter((f) => !noWords.has(f)))('%s has a source: line', (file) => {
    expect(readFileSync(join(LEXICON, file), 'utf8')).toMatch(/\bsource:/);
  });
});
