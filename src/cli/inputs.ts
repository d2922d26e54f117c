/**
 * What the command line names: files, directories (every .txt, .md, .html and .docx inside,
 * recursively, sorted), `-` for standard input, or JSONL files (feed.ts cuts them into chunks).
 */
import fs from 'node:fs';
import path from 'node:path';
import { isAcceptedName } from '../input/accepted.js';
import { errnoReason } from './errno.js';

export type StoryInput =
  /** `id`: how the story is named (its path); `rel`: its path under the directory given, or its base name. */
  { kind: 'file'; id: string; path: string; rel: string } | { kind: 'stdin' };

export interface Problem {
  name: string;
  reason: string;
}

export interface Expanded {
  stories: StoryInput[];
  problems: Problem[];
  /** Whether a directory was named (which makes the run a batch even with one story). */
  hadDirectory: boolean;
}

/** Skipped inside directories: hidden files (.git, macOS ._ files) and Word's ~$ lock files. */
function skipped(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

export async function expandInputs(args: readonly string[]): Promise<Expanded> {
  const stories: StoryInput[] = [];
  const problems: Problem[] = [];
  let hadDirectory = false;
  for (const arg of args) {
    if (arg === '-') {
      stories.push({ kind: 'stdin' });
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(arg);
    } catch (e) {
      problems.push({ name: arg, reason: errnoReason(e) });
      continue;
    }
    if (!stat.isDirectory()) {
      stories.push({ kind: 'file', id: arg, path: arg, rel: path.basename(arg) });
      continue;
    }
    hadDirectory = true;
    const found: string[] = [];
    await walk(arg, '', found, problems);
    if (found.length === 0) problems.push({ name: arg, reason: 'no .txt, .md, .html or .docx files in it' });
    found.sort(compareCodeUnits);
    for (const rel of found) {
      const id = path.join(arg, rel);
      stories.push({ kind: 'file', id, path: id, rel });
    }
  }
  return { stories, problems, hadDirectory };
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Collects story files under `root/rel`; follows symbolic links to files, not to directories (no cycles). */
async function walk(root: string, rel: string, found: string[], problems: Problem[]): Promise<void> {
  const dir = path.join(root, rel);
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ name: dir, reason: `cannot read the directory: ${errnoReason(e)}` });
    return;
  }
  for (const entry of entries) {
    if (skipped(entry.name)) continue;
    const child = rel === '' ? entry.name : path.join(rel, entry.name);
    if (entry.isDirectory()) await walk(root, child, found, problems);
    else if ((entry.isFile() || entry.isSymbolicLink()) && isAcceptedName(entry.name)) {
      if (entry.isSymbolicLink()) {
        const target = await fs.promises.stat(path.join(root, child)).catch(() => null);
        if (target?.isDirectory()) continue;
      }
      found.push(child);
    }
  }
}

/**
 * Names for the reports written into an --out directory: the story's path under the directory
 * it was found in, with the report's extension (`2024/a.docx` → `2024/a.pdf`). Stories whose
 * names would clash (`a.txt` and `a.docx`) keep their own extension too (`a.txt.pdf`,
 * `a.docx.pdf`), and any clash left gets a number (`a-2.pdf`).
 */
export function outputNames(rels: readonly string[], extension: string): string[] {
  const stem = (rel: string) => {
    const ext = path.extname(rel);
    return ext ? rel.slice(0, -ext.length) : rel;
  };
  const key = (name: string) => name.toLowerCase();
  const first = rels.map((rel) => `${stem(rel)}.${extension}`);
  const counts = new Map<string, number>();
  for (const name of first) counts.set(key(name), (counts.get(key(name)) ?? 0) + 1);
  const second = rels.map((rel, i) => (counts.get(key(first[i]!))! > 1 ? `${rel}.${extension}` : first[i]!));
  const used = new Set<string>();
  return second.map((name) => {
    let candidate = name;
    for (let n = 2; used.has(key(candidate)); n++) candidate = `${stem(name)}-${n}.${extension}`;
    used.add(key(candidate));
    return candidate;
  });
}

/** The non-blank lines of the files, read as bytes (for the progress bar's total); null if one cannot be read. */
export async function countStoryLines(files: readonly string[]): Promise<number | null> {
  let count = 0;
  for (const file of files) {
    let blank = true;
    try {
      for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
        for (const b of chunk) {
          if (b === 10) {
            if (!blank) count++;
            blank = true;
          } else if (blank && b !== 32 && b !== 9 && b !== 13) blank = false;
        }
      }
    } catch {
      return null;
    }
    if (!blank) count++;
  }
  return count;
}
