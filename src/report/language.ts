/**
 * The story's language, so that every output can say plainly when a story is not English:
 * quotecheck's attribution (its reporting verbs, titles, pronouns) is built for English news.
 * `franc-min` (trigram statistics, pure) decides on the first SAMPLE characters, and only when
 * they hold at least MIN_LETTERS letters: shorter texts are guessed unreliably. Pure.
 */
import { franc } from 'franc-min';

/** franc is unreliable below this many letters (../shared/STACK.md): the language is then left undecided. */
export const MIN_LETTERS = 200;
/** The characters of the story read (a long story's opening says its language; franc is linear). */
const SAMPLE = 20_000;

export interface StoryLanguage {
  /** ISO 639-3 (`eng`, `fra`, `deu`), or `und` when the story is too short to tell. */
  code: string;
  /** The language in English (`French`), or null when undecided. */
  name: string | null;
  /** Whether the story reads as English; null when too short to tell. */
  english: boolean | null;
  /** What an editor should know when it is not English, in a sentence; else null. */
  note: string | null;
}

/** The names of the languages franc-min knows that news is most often written in. source: ISO 639-3 code tables. */
const NAMES: Readonly<Record<string, string>> = {
  eng: 'English',
  sco: 'English',
  fra: 'French',
  deu: 'German',
  spa: 'Spanish',
  por: 'Portuguese',
  ita: 'Italian',
  nld: 'Dutch',
  swe: 'Swedish',
  nob: 'Norwegian',
  dan: 'Danish',
  pol: 'Polish',
  ces: 'Czech',
  ron: 'Romanian',
  hun: 'Hungarian',
  tur: 'Turkish',
  rus: 'Russian',
  ukr: 'Ukrainian',
  arb: 'Arabic',
  pes: 'Persian',
  hin: 'Hindi',
  cmn: 'Chinese',
  jpn: 'Japanese',
  kor: 'Korean',
  ind: 'Indonesian',
  vie: 'Vietnamese',
};

export function storyLanguage(text: string): StoryLanguage {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let letters = 0;
  for (const _ of sample.matchAll(/\p{L}/gu)) if (++letters >= MIN_LETTERS) break;
  if (letters < MIN_LETTERS) return { code: 'und', name: null, english: null, note: null };
  const code = franc(sample, { minLength: 1 });
  if (code === 'und') return { code, name: null, english: null, note: null };
  // Scots shares nearly all of English's trigrams: franc-min takes some English stories for it.
  const english = code === 'eng' || code === 'sco';
  const name = NAMES[code] ?? null;
  return {
    code,
    name,
    english,
    note: english ? null : notEnglish(name),
  };
}

/** `This story seems to be in French. quotecheck's attribution is built for English news: …` */
export function notEnglish(name: string | null): string {
  return `This story seems to be ${name ? `in ${name}` : 'in another language than English'}. quotecheck’s attribution is built for English news: check every speaker and figure, which may be wrong.`;
}
