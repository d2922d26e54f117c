/**
 * Reading src/ as a reviewer would, without a parser: the string literals of a TypeScript file
 * (the static parts of template literals included; comments and regular expressions skipped)
 * and the modules it imports. Enough for the layering tests in layers.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Every .ts file under `dir` (declaration files aside). */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

const REGEX_AFTER = new Set('(,=:[!&|?{};+-*%<>~^'.split(''));
const REGEX_AFTER_WORD = /\b(?:return|typeof|case|do|else|in|of|new|delete|void|throw|yield|await)$/;

/** The string literals of `code`, in order, with the line each starts on. */
export function stringLiterals(code: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  /** Brace depth of each template literal's `${…}` we are inside. */
  const templates: number[] = [];
  let depth = 0;
  let last = '';
  let i = 0;
  const lineAt = (at: number) => code.slice(0, at).split('\n').length;
  /** Reads a template literal's static part from i (after ` or }); returns true at `${`. */
  const templatePart = (): boolean => {
    const start = i;
    let text = '';
    while (i < code.length) {
      const c = code[i] as string;
      if (c === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        i++;
        out.push({ text, line: lineAt(start) });
        return false;
      } else if (c === '$' && code[i + 1] === '{') {
        i += 2;
        out.push({ text, line: lineAt(start) });
        return true;
      } else {
        text += c;
        i++;
      }
    }
    return false;
  };
  while (i < code.length) {
    const c = code[i] as string;
    const next = code[i + 1];
    if (c === '/' && next === '/') {
      i = code.indexOf('\n', i);
      if (i < 0) break;
    } else if (c === '/' && next === '*') {
      i = code.indexOf('*/', i + 2) + 2;
      if (i < 2) break;
    } else if (c === "'" || c === '"') {
      const start = i++;
      let text = '';
      while (i < code.length && code[i] !== c) {
        text += code[i] === '\\' ? code.slice(i, i + 2) : code[i];
        i += code[i] === '\\' ? 2 : 1;
      }
      i++;
      out.push({ text, line: lineAt(start) });
      last = 'x';
    } else if (c === '`') {
      i++;
      if (templatePart()) {
        templates.push(depth);
        depth = 0;
      }
      last = 'x';
    } else if (c === '/' && (last === '' || REGEX_AFTER.has(last) || REGEX_AFTER_WORD.test(code.slice(Math.max(0, i - 8), i).trimEnd()))) {
      // A regular expression: skip it, character classes and escapes included.
      i++;
      let inClass = false;
      while (i < code.length && (inClass || code[i] !== '/')) {
        if (code[i] === '\\') i++;
        else if (code[i] === '[') inClass = true;
        else if (code[i] === ']') inClass = false;
        i++;
      }
      i++;
      while (/[a-z]/.test(code[i] ?? '')) i++;
      last = 'x';
    } else if (c === '{') {
      depth++;
      last = c;
      i++;
    } else if (c === '}' && depth === 0 && templates.length > 0) {
      i++;
      depth = templates.pop() as number;
      if (templatePart()) {
        templates.push(depth);
        depth = 0;
      }
      last = 'x';
    } else {
      if (c === '}') depth--;
      if (!/\s/.test(c)) last = /[\w$]/.test(c) ? 'x' : c;
      // A keyword before a regular expression (`return /x/`) ends in a word character: let the
      // test above read it from the text.
      if (/[\w$]/.test(c) && REGEX_AFTER_WORD.test(code.slice(Math.max(0, i - 7), i + 1))) last = ' ';
      i++;
    }
  }
  return out;
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'";]*?\sfrom\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

/** The files of src/ that `file` imports (statically, dynamically, or for types), resolved. */
export function localImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of code.matchAll(IMPORT)) {
    const spec = (m[1] ?? m[2] ?? m[3]) as string;
    if (spec.startsWith('.')) out.push(resolve(dirname(file), spec).replace(/\.js$/, '.ts'));
  }
  return out;
}

const STATIC_VALUE_IMPORT = /^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/gm;

/** The files of src/ that `file` loads when it loads: static imports of values (no `import type`, no `import()`). */
export function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of code.matchAll(STATIC_VALUE_IMPORT)) {
    const spec = m[1] as string;
    if (spec.startsWith('.')) out.push(resolve(dirname(file), spec).replace(/\.js$/, '.ts'));
  }
  return out;
}

/** Every file of src/ that loading `entry` loads with it (itself included). */
export function loadedWith(entry: string): Set<string> {
  const seen = new Set<string>([entry]);
  const todo = [entry];
  for (let f = todo.pop(); f !== undefined; f = todo.pop())
    for (const g of staticImports(f))
      if (!seen.has(g)) {
        seen.add(g);
        todo.push(g);
      }
  return seen;
}

/** The circles of the import graph of `files`, each as the list of files around it. */
export function importCycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((f) => [f, localImports(f)] as const));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (f: string): void => {
    state.set(f, 'open');
    stack.push(f);
    for (const d of graph.get(f) ?? []) {
      if (!graph.has(d)) continue;
      if (state.get(d) === 'open') cycles.push([...stack.slice(stack.indexOf(d)), d]);
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return cycles;
}
