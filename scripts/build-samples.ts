/**
 * Builds the gold sample files: every `samples/src/<id>.story` becomes `samples/<id>.json`
 * in the gold format of ANNOTATION.md, and every `samples/<folder>/src/<id>.story` becomes
 * `samples/<folder>/<id>.json` (sets kept apart from the samples, such as stories held out of
 * development), and every `training/src/<id>.story` becomes `training/<id>.json` (stories written
 * to train the speaker model, never scored). Run with `npx tsx scripts/build-samples.ts`; it
 * builds every set.
 *
 * A `.story` file is a header, a line `---`, then the story:
 *
 *   note: What the story teaches, in a sentence or two.
 *   lineEndings: crlf                 (optional; default lf)
 *   source: palace-official
 *     kind: anonymous                 (person | organization | anonymous | unknown)
 *     name: an official of the presidential palace
 *     aliases: the official | the palace official
 *     justified: yes                  (anonymous sources only: yes | no)
 *   ---
 *   Headline on the first line
 *
 *   "⟦palace-official|The content of a gold quote,⟧" the official said.
 *
 * In the story, ⟦id|…⟧ wraps the content of one gold quote (marks stay outside), ⟦-|…⟧ a
 * quote with no source, and \u{A0} writes a character by its code point (for invisible ones).
 * Lines starting with `#` in the header are comments. The builder checks that every wrapped
 * span sits between quotation marks, so a misplaced bracket fails the build.
 */
import { existsSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type GoldKind = 'person' | 'organization' | 'anonymous' | 'unknown';

export interface GoldSource {
  id: string;
  kind: GoldKind;
  name: string;
  aliases: string[];
  justified?: boolean;
}

export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  source: string | null;
}

export interface GoldSample {
  id: string;
  title: string;
  note: string;
  text: string;
  sources: GoldSource[];
  quotes: GoldQuote[];
}

export const KINDS: readonly GoldKind[] = ['person', 'organization', 'anonymous', 'unknown'];
const OPEN = '⟦';
const CLOSE = '⟧';
const OPENING_MARKS = '"“‘\'«';
const CLOSING_MARKS = '"”’\'»';

export const SAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'samples');
export const STORIES_DIR = join(SAMPLES_DIR, 'src');
/** Gold stories that only train the speaker model (README "The speaker model"): outside samples/. */
export const TRAINING_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'training');

/** One set of stories: its `.story` files in `storiesDir`, its gold JSON written to `outDir`. */
export interface SampleSet {
  /** `''` for the samples themselves (samples/src → samples/), else the folder's name. */
  folder: string;
  outDir: string;
  storiesDir: string;
}

const isDir = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();

/** The samples (samples/src → samples/), then every `samples/<folder>/src` → `samples/<folder>/`, by name. */
export function sampleSets(root = SAMPLES_DIR): SampleSet[] {
  const sets: SampleSet[] = [{ folder: '', outDir: root, storiesDir: join(root, 'src') }];
  for (const folder of readdirSync(root).sort()) {
    if (folder === 'src' || folder.startsWith('.')) continue;
    const outDir = join(root, folder);
    const storiesDir = join(outDir, 'src');
    if (isDir(outDir) && isDir(storiesDir)) sets.push({ folder, outDir, storiesDir });
  }
  return sets;
}

/** The training stories: training/src → training/. */
export function trainingSet(dir = TRAINING_DIR): SampleSet {
  return { folder: basename(dir), outDir: dir, storiesDir: join(dir, 'src') };
}

interface Header {
  note: string;
  crlf: boolean;
  sources: GoldSource[];
}

function decodeEscapes(s: string): string {
  return s.replace(/\\u\{([0-9a-fA-F]{1,6})\}/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));
}

function parseHeader(lines: string[], fail: (msg: string) => never): Header {
  let note = '';
  let crlf = false;
  const sources: GoldSource[] = [];
  const justified = new Map<GoldSource, string>();
  const kinded = new Set<GoldSource>();
  for (const line of lines) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const m = /^(\s*)([A-Za-z]+):\s*(.*)$/.exec(line);
    if (!m) fail(`header line not understood: ${line}`);
    const [, indent = '', key = '', rawValue = ''] = m;
    const value = decodeEscapes(rawValue.trim());
    const current = sources[sources.length - 1];
    if (indent === '') {
      if (key === 'note') note = value;
      else if (key === 'lineEndings') {
        if (value !== 'lf' && value !== 'crlf') fail(`lineEndings must be lf or crlf: ${value}`);
        crlf = value === 'crlf';
      } else if (key === 'source') {
        if (!/^[a-z0-9][a-z0-9-]*$/.test(value)) fail(`bad source id: ${value}`);
        if (sources.some((s) => s.id === value)) fail(`duplicate source id: ${value}`);
        sources.push({ id: value, kind: 'unknown', name: '', aliases: [] });
      } else fail(`unknown header key: ${key}`);
    } else if (!current) fail(`indented line outside a source: ${line}`);
    else if (key === 'kind') {
      if (!KINDS.includes(value as GoldKind)) fail(`bad kind for ${current.id}: ${value}`);
      current.kind = value as GoldKind;
      kinded.add(current);
    } else if (key === 'name') current.name = value;
    else if (key === 'aliases')
      current.aliases = value
        .split('|')
        .map((a) => a.trim())
        .filter(Boolean);
    else if (key === 'justified') justified.set(current, value);
    else fail(`unknown source key: ${key}`);
  }
  if (!note) fail('missing note');
  for (const s of sources) {
    if (!s.name || !kinded.has(s)) fail(`source ${s.id} needs a kind and a name`);
    const j = justified.get(s);
    if (s.kind === 'anonymous') {
      if (j !== 'yes' && j !== 'no') fail(`anonymous source ${s.id} needs justified: yes|no`);
      s.justified = j === 'yes';
    } else if (j !== undefined) fail(`justified is only for anonymous sources (${s.id})`);
  }
  return { note, crlf, sources };
}

/** Turns the text of one `.story` file into its gold sample. Throws on any authoring error. */
export function buildSample(id: string, story: string): GoldSample {
  const fail = (msg: string): never => {
    throw new Error(`${id}.story: ${msg}`);
  };
  const lines = story.replace(/\r\n?/g, '\n').split('\n');
  const sep = lines.indexOf('---');
  if (sep < 0) fail('no `---` line between header and story');
  const header = parseHeader(lines.slice(0, sep), fail);
  let body = decodeEscapes(
    lines
      .slice(sep + 1)
      .join('\n')
      .replace(/^\n+/, '')
      .trimEnd(),
  );
  if (header.crlf) body = body.replace(/\n/g, '\r\n');

  const known = new Set(header.sources.map((s) => s.id));
  const quotes: GoldQuote[] = [];
  let text = '';
  let i = 0;
  for (;;) {
    const open = body.indexOf(OPEN, i);
    if (open < 0) break;
    text += body.slice(i, open);
    const close = body.indexOf(CLOSE, open);
    const bar = body.indexOf('|', open);
    if (close < 0) fail(`unclosed ${OPEN} at ${open}`);
    if (bar < 0 || bar > close) fail(`${OPEN}…${CLOSE} without a source id at ${open}`);
    const sourceId = body.slice(open + 1, bar);
    const content = body.slice(bar + 1, close);
    if (sourceId !== '-' && !known.has(sourceId)) fail(`undeclared source ${sourceId}`);
    if (!content) fail(`empty quote at ${open}`);
    if (/[\r\n]/.test(content)) fail(`quote crosses a line: ${content.slice(0, 40)}`);
    if (content.includes(OPEN)) fail(`nested ${OPEN} in: ${content.slice(0, 40)}`);
    quotes.push({
      start: text.length,
      end: text.length + content.length,
      text: content,
      source: sourceId === '-' ? null : sourceId,
    });
    text += content;
    i = close + 1;
  }
  text += body.slice(i);
  if (text.includes(CLOSE)) fail(`stray ${CLOSE}`);

  for (const q of quotes) {
    const before = text[q.start - 1] ?? '';
    const after = text[q.end] ?? '';
    if (!OPENING_MARKS.includes(before) || before === '') {
      fail(`quote does not follow an opening mark: ${q.text.slice(0, 40)}`);
    }
    if (after !== '' && after !== '\r' && after !== '\n' && !CLOSING_MARKS.includes(after)) {
      fail(`quote is not followed by a closing mark or a paragraph end: ${q.text.slice(-40)}`);
    }
  }
  const title = text.split(/\r?\n/, 1)[0] ?? '';
  return { id, title, note: header.note, text, sources: header.sources, quotes };
}

export function serializeSample(sample: GoldSample): string {
  return `${JSON.stringify(sample, null, 2)}\n`;
}

/** Reads every `.story` file, sorted by id. */
export function readStories(dir = STORIES_DIR): { id: string; story: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.story'))
    .sort()
    .map((f) => ({ id: basename(f, '.story'), story: readFileSync(join(dir, f), 'utf8') }));
}

/**
 * Builds every set of `root` and the `extra` sets (the training stories); throws before writing
 * anything if a story fails or an id is used twice.
 */
export function buildAll(root = SAMPLES_DIR, extra: readonly SampleSet[] = []): { set: SampleSet; samples: GoldSample[] }[] {
  const seen = new Map<string, string>();
  return [...sampleSets(root), ...extra].map((set) => {
    const samples = readStories(set.storiesDir).map(({ id, story }) => {
      const where = join(set.folder, 'src', `${id}.story`);
      const earlier = seen.get(id);
      if (earlier) throw new Error(`${where}: sample id ${id} is also used by ${earlier}`);
      seen.set(id, where);
      try {
        return buildSample(id, story);
      } catch (e) {
        throw set.folder ? new Error(`${set.folder}/${(e as Error).message}`) : e;
      }
    });
    return { set, samples };
  });
}

function main(): void {
  for (const { set, samples } of buildAll(SAMPLES_DIR, [trainingSet()])) {
    const ids = new Set(samples.map((s) => s.id));
    for (const f of readdirSync(set.outDir)) {
      if (f.endsWith('.json') && !ids.has(basename(f, '.json'))) unlinkSync(join(set.outDir, f));
    }
    for (const sample of samples) {
      writeFileSync(join(set.outDir, `${sample.id}.json`), serializeSample(sample));
    }
    const count = samples.reduce((n, s) => n + s.quotes.length, 0);
    const label = set.outDir === TRAINING_DIR ? 'training' : set.folder ? `samples/${set.folder}` : 'samples';
    console.log(`build-samples: ${label}: ${samples.length} samples, ${count} gold quotes`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
