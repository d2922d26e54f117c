/**
 * Words around quotation marks that quote no one (titles of works, scare quotes, words cited as
 * words) and words whose leading apostrophe is no quotation mark (`'em`, `'tis`). Read by
 * `steps/drop-non-quotes.ts` and `steps/find-quote-marks.ts`. source: the quotecheck authors, from
 * the AP Stylebook's entries on composition titles, quotation marks ("so-called", words used as
 * words) and apostrophes (omitted letters), and Quirk et al. on aphaeresis in informal English.
 */
import { words } from './words.js';

/** Nouns after which a quote in Title Case is the title of a work (`the film "Dune"`). */
export const WORK_NOUNS: ReadonlySet<string> = words(`
  film, movie, book, novel, song, album, single, track, play, show, series, sitcom, documentary, poem,
  essay, article, column, op-ed, editorial, headline, memoir, biography, opera, musical, painting,
  exhibition, exhibit, podcast, programme, program, episode, anthem, hymn, ballad, record, report,
  study, paper, bill, act, law, campaign, hashtag, motto, brand, app, game, operation, magazine,
  newspaper, blog, channel
`);

/** Words that give a title or a name right before it: `a report titled "…"`, `known as "…"`. */
export const TITLING_PHRASES: ReadonlySet<string> = words(`
  titled, entitled, named, dubbed, nicknamed, known as, billed as, branded, the title, a title
`);

/** `called the pageant winner "Miss Piggy"`: a verb of naming up to 40 characters before the quote. */
export const NAMING_VERB_BEFORE: RegExp = /\b(?:call(?:s|ed|ing)?|branded|labell?ed)\b[^.!?]{0,40}$/i;

/** Words that make the quote after them a scare quote: `so-called "reforms"`. */
export const SCARE_QUOTE_PHRASES: ReadonlySet<string> = words(`
  so-called, so called, self-styled, supposed, alleged
`);

/** Nouns that cite the quote after them as words (`the word "crisis"`), each after `the`. */
const WORD_NOUNS: ReadonlySet<string> = words(`
  word, words, term, terms, phrase, label, slogan, expression, name, acronym, hashtag, letter, letters
`);

/** Phrases that cite the quote after them as words: `the word "crisis"`, `as in "…"`. */
export const WORDS_AS_WORDS_PHRASES: readonly string[] = [...[...WORD_NOUNS].map((w) => `the ${w}`), 'as in'];

/** Words written with a leading apostrophe for omitted letters (`'em`, `'tis`, `'cause`): the apostrophe quotes nothing. */
export const LEADING_APOSTROPHE_WORDS: readonly string[] = ['em', 'tis', 'twas', 'cause', 'til', 'bout', 'round'];

const LEADING_APOSTROPHE_FIRST_LETTER = new RegExp(`[${LEADING_APOSTROPHE_WORDS.map((w) => w.charAt(0)).join('')}]`, 'i');
const LEADING_APOSTROPHE_WORD = new RegExp(`^['‘’](?:${LEADING_APOSTROPHE_WORDS.join('|')})\\b`, 'i');
/** The mark, the longest word and the character after it, where `\b` looks. */
const LEADING_APOSTROPHE_REACH = 2 + Math.max(...LEADING_APOSTROPHE_WORDS.map((w) => w.length));

/** The mark at `text[i]` opens one of LEADING_APOSTROPHE_WORDS as a whole word, in either case. */
export function opensLeadingApostropheWord(text: string, i: number): boolean {
  // only words starting with one of their first letters: most marks are spared the slice
  return LEADING_APOSTROPHE_FIRST_LETTER.test(text[i + 1] ?? '') && LEADING_APOSTROPHE_WORD.test(text.slice(i, i + LEADING_APOSTROPHE_REACH));
}

/**
 * What carries words that no one said (ANNOTATION.md: a chant, banner, sign or placard is no
 * source's, whoever chanted or carried it): the word right before the quote, or before one of
 * CHANT_LINKS (`a chant of "…"`, `a banner reading "…"`).
 */
export const CHANT_AND_BANNER_WORDS: ReadonlySet<string> = words(`
  chant, chants, chanting, chanted, banner, banners, sign, signs, placard, placards, poster, posters,
  graffiti, t-shirt, t-shirts, slogan, slogans, refrain, singing
`);

/** What may stand between such a word and its quote: `of`, `reading`, `that read`, `read` (`a hand-lettered sign read "…"`). */
export const CHANT_LINKS: ReadonlySet<string> = words(`
  of, reading, read, reads, that read, which read, that said, saying, declaring, proclaiming
`);

/**
 * A crowd that shouts words together (`‘Cap it now!’ a group near the front shouted`,
 * `protesters shouted "…"`): a chant by another name (ANNOTATION.md: a crowd is not a source).
 */
export const CROWD_WORDS: ReadonlySet<string> = words(`
  crowd, crowds, group, chorus, protesters, demonstrators, marchers, fans, supporters, spectators
`);

/** What a crowd does with words it shares: `shouted`, `yelled`, `roared`, `sang`. */
export const CROWD_VERBS: ReadonlySet<string> = words(`
  shouted, shouting, yelled, yelling, roared, roaring, sang, cried, screamed, jeered, booed
`);
