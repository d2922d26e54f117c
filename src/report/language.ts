/**
 * The story's language, so that every output can say plainly when a story is not English:
 * quotecheck's attribution (its reporting verbs, titles, pronouns) is built for English news.
 * `franc-min` (trigram statistics, pure) decides on the first SAMPLE characters, and only when
 * they hold at least MIN_LETTERS letters: shorter texts are guessed unreliably. Pure.
 */
import { franc } from 'franc-min';

/** franc is unreliable below this many letters (../shared/STACK.md): the language is then left undecided. */
export const MIN_LETTERS = 200;
/**
 * The characters of the story read: its opening says its language, and franc's cost grows with the
 * sample (20,000 characters took twice as long as analysing a 5 KB story; 2,000 decide as well).
 */
const SAMPLE = 2_000;

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

/**
 * The commonest English words: in English news about one word in four is one of them, in other
 * languages written in Latin letters almost none. source: the most frequent words of English.
 */
const ENGLISH_WORDS = new Set(
  'the of and to in a is that for it was on with as he said by at from his be an have has are were which this but not they who their its will had'.split(' '),
);

/**
 * English beyond doubt, without franc (whose fixed cost per call is as much as analysing a short
 * story): among the sample's first 200 words, at least one in five is one of ENGLISH_WORDS.
 */
function plainlyEnglish(sample: string): boolean {
  let words = 0;
  let english = 0;
  for (const m of sample.matchAll(/[A-Za-z]+/g)) {
    words++;
    if (ENGLISH_WORDS.has(m[0].toLowerCase())) english++;
    if (words >= 200) break;
  }
  return words >= 60 && english * 5 >= words;
}

const ENGLISH: StoryLanguage = Object.freeze({ code: 'eng', name: 'English', english: true, note: null });

export function storyLanguage(text: string): StoryLanguage {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (plainlyEnglish(sample)) return { ...ENGLISH };
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
