/**
 * Communication verbs from WordNet (lexicographer file `verb.communication`, number 32) with their
 * inflected forms: irregular ones from `english-verbs-irregular` (derived from WordNet), regular
 * -s / -ed / -ing by rule, consonant doubling from that package's list.
 */
import { createRequire } from 'node:module';
import { readData, readIndex } from './wordnet.js';

const require = createRequire(import.meta.url);
const LEX_COMMUNICATION = 32;
const SINGLE = /^[a-z]+$/;

type Irregular = Record<string, [string, string][]>;

export const VERBS_PACKAGE = 'english-verbs-irregular';
export const verbsPackageVersion = (): string => (require(`${VERBS_PACKAGE}/package.json`) as { version: string }).version;

export interface VerbTable {
  /** Lemmas whose most frequent sense is a communication verb. */
  primary: string[];
  /** Lemmas with some other communication sense. */
  secondary: string[];
  /** inflected form → lemma (forms equal to their lemma left out). */
  forms: Map<string, string>;
}

export function classifyVerbs(extra: readonly string[]): VerbTable {
  const index = readIndex('verb');
  const data = readData('verb');
  const irregular = require(`${VERBS_PACKAGE}/dist/verbs.json`) as Irregular;
  const doubled = new Set(require(`${VERBS_PACKAGE}/resources/consonantDoubled.json`) as string[]);
  const primary: string[] = [];
  const secondary: string[] = [];
  const forms = new Map<string, string>();
  for (const [lemma, entry] of [...index.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (!SINGLE.test(lemma)) continue;
    const senses = entry.offsets.map((o) => data.get(o)?.lexFile === LEX_COMMUNICATION);
    if (!senses.some(Boolean)) continue;
    (senses[0] ? primary : secondary).push(lemma);
    for (const form of inflect(lemma, irregular[lemma], doubled.has(lemma))) if (form !== lemma && !forms.has(form)) forms.set(form, lemma);
  }
  for (const lemma of extra) {
    if (primary.includes(lemma) || secondary.includes(lemma)) continue;
    primary.push(lemma);
    for (const form of inflect(lemma, irregular[lemma], doubled.has(lemma))) if (form !== lemma && !forms.has(form)) forms.set(form, lemma);
  }
  primary.sort();
  return { primary, secondary, forms };
}

const VOWEL = /[aeiou]/;

/** Third person -s, past and participle (irregular or -ed), present participle -ing. */
export function inflect(lemma: string, irregular: [string, string][] | undefined, doubles: boolean): string[] {
  const last = lemma.at(-1)!;
  const beforeLast = lemma.at(-2) ?? '';
  const forms: string[] = [];
  if (/(s|x|z|ch|sh|o)$/.test(lemma)) forms.push(`${lemma}es`);
  else if (last === 'y' && !VOWEL.test(beforeLast)) forms.push(`${lemma.slice(0, -1)}ies`);
  else forms.push(`${lemma}s`);
  const stem = doubles ? lemma + last : lemma;
  if (irregular) for (const [past, participle] of irregular) forms.push(past, participle);
  else if (last === 'e') forms.push(`${lemma}d`);
  else if (last === 'y' && !VOWEL.test(beforeLast)) forms.push(`${lemma.slice(0, -1)}ied`);
  else forms.push(`${stem}ed`);
  if (lemma.endsWith('ie')) forms.push(`${lemma.slice(0, -2)}ying`);
  else if (last === 'e' && !lemma.endsWith('ee') && lemma.length > 2) forms.push(`${lemma.slice(0, -1)}ing`);
  else forms.push(`${stem}ing`);
  return forms;
}
