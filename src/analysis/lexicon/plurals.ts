/**
 * The plural of the nouns that name sources: whether a noun has a plural's form, and the singulars
 * it may come from. One rule for the engine (a description's `plural`) and the report (a word for
 * people). source: the quotecheck authors, from English grammar (Quirk et al. on the number of
 * nouns: regular plurals in -s, -es and -ies, mutated plurals such as `men` and `women`, `people`,
 * and collective nouns with a plural sense, `police`, `staff`, `clergy`).
 */

/**
 * Plurals that do not end in -s, with their singular (a noun whose singular is itself is plural
 * in sense: `police`, `staff`), also as the end of a compound (`spokesmen`, `salespeople`).
 */
export const IRREGULAR_SINGULARS: ReadonlyMap<string, string> = new Map([
  ['people', 'person'],
  ['women', 'woman'],
  ['men', 'man'],
  ['children', 'child'],
  ['police', 'police'],
  ['staff', 'staff'],
  ['crew', 'crew'],
  ['folk', 'folk'],
  ['clergy', 'clergy'],
  ['personnel', 'personnel'],
]);

/** Plural heads that do not end in -s: `people`, `police`, `staff`. */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(IRREGULAR_SINGULARS.keys());

/** Endings of singular nouns in -s: `witness`, `census`, `analysis`. */
const SINGULAR_IN_S = /(?:ss|us|is)$/;

/** IRREGULAR_SINGULARS' plurals in list order, as an array: a loop over it makes no iterator per noun asked. */
const IRREGULAR_ENDINGS: readonly string[] = [...IRREGULAR_SINGULARS.keys()];

/** The irregular plural `noun` ends with (`women` in `spokeswomen`), if any. */
function irregularEnding(noun: string): string | undefined {
  for (const plural of IRREGULAR_ENDINGS) if (noun.endsWith(plural)) return plural;
  return undefined;
}

/** A noun with a plural's form: `officials`, `authorities`, `spokesmen`, `police`; not `witness` or `census`. */
export function looksPlural(noun: string): boolean {
  return noun.endsWith('s') ? !SINGULAR_IN_S.test(noun) : irregularEnding(noun) !== undefined;
}

/**
 * The singulars a noun may be the plural of, by its spelling alone: `nurses` → `nurse`, `nurs`;
 * `deputies` → `deputie`, `deputi`, `deputy`; `rabbis` → `rabbi`; `spokesmen` → `spokesman`. The
 * spelling cannot tell which is right: a caller looks them up in a list of singulars.
 */
export function singularsOf(noun: string): string[] {
  if (!noun.endsWith('s')) {
    const plural = irregularEnding(noun);
    return plural === undefined ? [] : [noun.slice(0, noun.length - plural.length) + IRREGULAR_SINGULARS.get(plural)];
  }
  const out = [noun.slice(0, -1)];
  if (noun.endsWith('es')) out.push(noun.slice(0, -2));
  if (noun.endsWith('ies')) out.push(`${noun.slice(0, -3)}y`);
  return out;
}
