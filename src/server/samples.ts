/**
 * The sample stories offered on the home page: every `samples/*.json` with an `id`, a `title`
 * and a `text` (and optionally a `note`). Read when asked, so new samples show up without a
 * restart; a file that does not parse is skipped, not fatal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Sample {
  id: string;
  title: string;
  note: string;
  text: string;
}

export function loadSamples(dir: string): Sample[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  const samples: Sample[] = [];
  const seen = new Set<string>();
  for (const f of files.sort()) {
    try {
      const data = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>;
      const id = typeof data.id === 'string' && data.id ? data.id : f.replace(/\.json$/, '');
      if (typeof data.text !== 'string' || !data.text.trim() || seen.has(id)) continue;
      seen.add(id);
      samples.push({
        id,
        title: typeof data.title === 'string' && data.title.trim() ? data.title.trim() : id,
        note: typeof data.note === 'string' ? data.note : '',
        text: data.text,
      });
    } catch {
      // not a sample: skip it
    }
  }
  return samples.sort((a, b) => a.title.localeCompare(b.title));
}
