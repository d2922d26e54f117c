/**
 * Function words the mention finder reads around names and descriptions: name particles
 * (`de`, `al`, `bin`), determiners, words that stop a noun phrase, subject pronouns, the
 * prepositions a description may chain. source: the quotecheck authors, from English grammar
 * (Quirk et al.'s closed word classes) and the name particles of the languages news names come from.
 */
import { ROLE_NOUNS } from './titles.js';
import { words } from './words.js';

/** First words of two-word roles (`prime minister`, `vice president`). */
export const COMPOUND_STARTS: ReadonlySet<string> = new Set([...ROLE_NOUNS].filter((r) => r.includes(' ')).map((r) => r.split(' ')[0] as string));
export const CONNECTORS = words(`
  of, for, de, da, del, della, di, du, van, von, der, den, la, le, al, el, bin, ibn, ben, abu, y, &,
  the, and
`);
/** Days and months (and their abbreviations): capitalised, but never a speaker's name. */
export const CALENDAR_WORDS: ReadonlySet<string> = words(`
  monday, tuesday, wednesday, thursday, friday, saturday, sunday, january, february, march, april,
  may, june, july, august, september, october, november, december, jan, feb, mar, apr, jun, jul, aug,
  sep, sept, oct, nov, dec
`);
/** Nouns of time: `this month announced` is when, never who (a subject search steps over them). */
export const TIME_NOUNS: ReadonlySet<string> = words(`
  month, week, year, day, morning, afternoon, evening, night, weekend, spring, summer, fall, autumn,
  winter, decade, quarter, season, today, yesterday, tonight
`);
/** Words that make a noun of time a time phrase: `this month`, `last week`. */
export const TIME_DETERMINERS: ReadonlySet<string> = words(`
  this, last, next, that, each, every, earlier, later
`);
export const DETERMINERS = words(`
  the, a, an, this, that, these, those, one, two, three, four, five, six, seven, eight, nine, ten,
  several, some, many, other, another, both, all, most, few, his, her, their, its, our, no, any, each,
  more, dozens, hundreds, thousands, numerous, various, multiple, a few, such
`);
export const DEFINITE = words(`
  the, this, that, these, those, his, her, their, its, our
`);
export const STOP = words(`
  and, or, but, that, which, who, whom, whose, when, where, while, as, if, than, to, not, also, said,
  says, is, are, was, were, be, been, has, have, had, will, would, he, she, they, it, we, i, you,
  there, by, with, from, in, on, at, after, before
`);
export const PRONOUNS: ReadonlyMap<string, { plural: boolean; gender: 'f' | 'm' | null }> = new Map([
  ['he', { plural: false, gender: 'm' }],
  ['she', { plural: false, gender: 'f' }],
  ['they', { plural: true, gender: null }],
  ['it', { plural: false, gender: null }],
]);
/** Prepositions that may chain inside a description: `the head of the union in the province of X`. */
export const CHAINED_LINKS = words(`
  the, of, in, at, from, for
`);
export const POSSESSIVE_MARKS = words(`
  's, ’s, ', ’
`);
export const RIGHT_LINKS = words(`
  of, for, at, from, in, with, on, close, familiar, briefed, involved, knowledgeable, aware, present,
  inside, within, near, representing
`);
/** Relative pronouns that open a clause after a subject: `the report, which said`. */
export const RELATIVE_PRONOUNS = words(`
  who, which, that
`);
/** Prepositions: a noun phrase right after one is an object (`speak to reporters`), not a speaker. */
export const PREPOSITIONS = words(`
  to, with, for, about, from, by, at, on, in, into, of, against, toward, towards, among, between, without, over, under,
  after, before, during, since, following, despite, through, throughout, across, around, along, near, behind,
  outside, inside, within, beyond, past, via, onto, upon
`);
/** Words for the people working with someone: `X and her colleagues wrote` speaks through X. */
export const TEAM_WORDS = words(`
  colleagues, co-authors, coauthors, collaborators, team, co-workers, coworkers
`);
/** Ordinals and their kin, modifiers the tagger may read as verbs or adverbs (`a second study`). */
export const ORDINALS = words(`
  first, second, third, fourth, fifth, sixth, seventh, eighth, ninth, tenth, next, last, latest, separate
`);
/** Cardinal numbers as words (`the two people`, `those three officials`). */
export const NUMBER_WORDS = words(`
  two, three, four, five, six, seven, eight, nine, ten, dozen, both
`);
