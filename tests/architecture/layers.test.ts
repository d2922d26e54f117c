/**
 * The layering of issue 12, read from the sources: no circle of imports in src/; the report
 * core below its formats, the render layer below the shell; no HTML built in TypeScript; one
 * stylesheet whose colours are the formats' colours; every partial used and every partial that
 * a template calls present; `{{{…}}}` only where no user text can reach.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLOURS, KIND_COLOURS } from '../../src/report/colours.js';
import { importCycles, loadedWith, localImports, sourceFiles, stringLiterals } from './source-scan.js';

const ROOT = join(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const VIEWS = join(ROOT, 'views');
const rel = (f: string) => relative(ROOT, f);
const FILES = sourceFiles(SRC);

/** The files under `dir` of src/ that `file` imports. */
function importsUnder(file: string, dirs: string[]): string[] {
  return localImports(file)
    .map(rel)
    .filter((f) => dirs.some((d) => f.startsWith(`src/${d}/`)));
}

describe('the import graph of src/', () => {
  it('has no circle of files', () => {
    expect(importCycles(FILES).map((c) => c.map(rel).join(' → '))).toEqual([]);
  });

  it('keeps the report core below its formats and the render layer', () => {
    const core = FILES.filter((f) => rel(f).startsWith('src/report/') && !rel(f).startsWith('src/report/formats/'));
    expect(core.length).toBeGreaterThan(10);
    for (const f of core) expect(importsUnder(f, ['report/formats', 'render', 'server', 'cli', 'work']), rel(f)).toEqual([]);
  });

  it('keeps the render layer below the formats and the shell', () => {
    const render = FILES.filter((f) => rel(f).startsWith('src/render/'));
    expect(render.length).toBeGreaterThan(4);
    for (const f of render) expect(importsUnder(f, ['report/formats', 'server', 'cli', 'work']), rel(f)).toEqual([]);
  });
});

describe('what the command line loads before its first story', () => {
  // The main thread reads, orders and writes; the workers analyze. Every module the main thread
  // loads is start-up time of every run (`quotecheck analyze story.txt` took 0.68 s when it
  // loaded the extractors and the engine too).
  const main = [...loadedWith(join(SRC, 'cli', 'main.ts'))].map(rel);
  // a worker, and the command line's job code it loads with its first chunk of stories
  const worker = [...loadedWith(join(SRC, 'work', 'worker.ts')), ...loadedWith(join(SRC, 'cli', 'chunk.ts'))].map(rel);

  it('keeps the engine, the extractors and the report formats off the main thread', () => {
    expect(main).toContain('src/cli/batch.ts');
    const heavy = /^src\/(?:analysis\/analyze\.ts|analysis\/steps\/|input\/(?!accepted\.ts)|report\/formats\/|report\/build-report\.ts|render\/|server\/)/;
    expect(main.filter((f) => heavy.test(f))).toEqual([]);
  });

  it('loads the extractors and the report formats in a worker only when a story needs them', () => {
    expect(worker).toContain('src/analysis/analyze.ts');
    expect(worker).toContain('src/cli/task.ts');
    expect(worker.filter((f) => /^src\/(?:input\/(?:extract|article|docx)\.ts|report\/formats\/|server\/)/.test(f))).toEqual([]);
  });
});

/** Markup that TypeScript reads rather than writes: the .docx reader looks for this element. */
const READ_NOT_WRITTEN = new Set(['src/input/docx-parts.ts:<Relationship']);
const TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:[\s>/]|$)/;

describe('HTML', () => {
  it('stands in the templates, never in a TypeScript string', () => {
    const found: string[] = [];
    for (const f of FILES) {
      for (const lit of stringLiterals(readFileSync(f, 'utf8'))) {
        if (TAG.test(lit.text) && !READ_NOT_WRITTEN.has(`${rel(f)}:${lit.text}`)) found.push(`${rel(f)}:${lit.line}: ${lit.text.slice(0, 60)}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('the scanner finds tags in strings and template literals, not in comments or regular expressions', () => {
    const code = [
      "const a = '<p>' + x; // '<q>'",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source code to scan, with its template literal
      'const b = `n ${c ? `<mark class="${k}">` : ""} m`;',
      '/* "<em>" */ const r = /<b>/g; const d = x / y / z;',
      "return /'<i>'/.test(s) ? '<br>' : '';",
    ].join('\n');
    expect(
      stringLiterals(code)
        .filter((l) => TAG.test(l.text))
        .map((l) => l.text),
    ).toEqual(['<p>', '<mark class="', '<br>']);
  });
});

const TEMPLATES = [
  ...readdirSync(VIEWS)
    .filter((f) => f.endsWith('.hbs'))
    .map((f) => join(VIEWS, f)),
  ...readdirSync(join(VIEWS, 'partials')).map((f) => join(VIEWS, 'partials', f)),
];
const PARTIALS = readdirSync(join(VIEWS, 'partials')).map((f) => f.replace(/\.hbs$/, ''));

describe('the templates', () => {
  it('call only partials that exist, and every partial is called', () => {
    const called = new Set<string>();
    for (const t of TEMPLATES) {
      const source = readFileSync(t, 'utf8');
      const inline = new Set([...source.matchAll(/\{\{#\*inline "([\w-]+)"/g)].map((m) => m[1] as string));
      for (const m of source.matchAll(/\{\{~?>\s*([\w-]+)/g)) {
        const name = m[1] as string;
        if (inline.has(name)) continue;
        expect(PARTIALS, `${rel(t)} calls ${name}`).toContain(name);
        called.add(name);
      }
    }
    expect(PARTIALS.filter((p) => !called.has(p))).toEqual([]);
  });

  it('use {{{…}}} only for a page body and the package’s own stylesheet', () => {
    const raw = TEMPLATES.flatMap((t) => [...readFileSync(t, 'utf8').matchAll(/\{\{\{~?\s*([^}]*?)\s*~?\}\}\}/g)].map((m) => `${rel(t)}: ${m[1]}`));
    expect(raw.sort()).toEqual(['views/layout.hbs: body', 'views/learn-worksheet.hbs: stylesheet', 'views/report-document.hbs: stylesheet']);
  });
});

describe('the one stylesheet', () => {
  const css = readFileSync(join(ROOT, 'public/style.css'), 'utf8');
  const property = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})\\s*;`).exec(css)?.[1];

  it('draws each kind in the colours of the charts and the PDF', () => {
    for (const [kind, colour] of Object.entries(KIND_COLOURS)) expect(property(kind), kind).toBe(colour);
    expect([property('ink'), property('muted'), property('line')]).toEqual([COLOURS.ink, COLOURS.muted, COLOURS.line]);
  });
});
