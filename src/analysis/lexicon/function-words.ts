/**
 * Function words the mention finder reads around names and descriptions: name particles
 * (`de`, `al`, `bin`), determiners, words that stop a noun phrase, pronouns, the prepositions a
 * description may chain, the words that point back to a group (`one of them`, `the two`). source: the quotecheck authors, from English grammar
 * (Quirk et al.'s closed word classes) and the name particles of the languages news names come from.
 */
import { ROLE_NOUNS } from './titles.js';
import { words } from './words.js';

/** First words of two-word roles (`prime minister`, `vice president`). */
export const COMPOUND_STARTS: ReadonlySet<string> = new Set([...ROLE_NOUNS].filter((r) => r.includes(' ')).map((r) => r.split(' ')[0] as string));
/**
 * Name particles joined to the name by a hyphen or an apostrophe (`al-Mansouri`, `d'Alembert`,
 * `O'Brien`): the word is a name though it starts in lower case. Three letters at most (the
 * tokenizer looks for the joiner within the first four characters).
 */
export const JOINED_NAME_PARTICLES: readonly string[] = [
  ...words(`
  al, el, ad, as, ash, ibn, abu, de, di, da, van, von, le, la, du, d, l, o
`),
];
/** A particle of JOINED_NAME_PARTICLES, its joiner and a capital: `al-Mansouri` (`bin Salman`'s `bin` aside). */
export const PREFIXED_NAME: RegExp = new RegExp(`^(?:${JOINED_NAME_PARTICLES.join('|')})[-'’]\\p{Lu}`, 'u');
/** Name particles and the words that join the parts of a name (`Bank of England`, `Khalifa bin Zayed`). */
export const CONNECTORS: ReadonlySet<string> = words(`
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
/** Words before a day or a month that make it a time phrase: `on Saturday`, `last Tuesday`, `in March`. */
export const CALENDAR_OPENERS: ReadonlySet<string> = words(`
  on, in, last, this, next, early, late, since, until
`);
/** Particles of phrasal verbs, between a participle and its agent: `combed through by`, `handed out by`. */
export const VERB_PARTICLES: ReadonlySet<string> = words(`
  through, out, up, off, over, down
`);
/** Determiners of a plural: after them an adjective and a form in -s are a noun (`so many Republican claims`). */
export const PLURAL_DETERMINERS: ReadonlySet<string> = words(`
  many, several, few, these, those, both, various, numerous, two, three, four, five, six, seven, eight, nine, ten
`);
/** Participles that give a thing its name: `a group called Harbor Watch` (see speech-cues/naming.ts). */
export const NAMING_PARTICIPLES: ReadonlySet<string> = words(`
  called, dubbed
`);
/** Words that open a noun phrase: articles, demonstratives, possessives, numbers, quantifiers. */
export const DETERMINERS: ReadonlySet<string> = words(`
  the, a, an, this, that, these, those, one, two, three, four, five, six, seven, eight, nine, ten,
  several, some, many, other, another, both, all, most, few, his, her, their, its, our, no, any, each,
  more, dozens, hundreds, thousands, numerous, various, multiple, a few, such
`);
/** Determiners that make a noun phrase definite: `the official`, `his aide`. */
export const DEFINITE: ReadonlySet<string> = words(`
  the, this, that, these, those, his, her, their, its, our
`);
/** Words that end a noun phrase (conjunctions, relatives, auxiliaries, pronouns, prepositions). */
export const STOP: ReadonlySet<string> = words(`
  and, or, but, that, which, who, whom, whose, when, where, while, as, if, than, to, not, also, said,
  says, is, are, was, were, be, been, has, have, had, will, would, he, she, they, it, we, i, you,
  there, by, with, from, in, on, at, after, before
`);
/** Subject pronouns that may stand for a speaker, with their number and gender. */
export const PRONOUNS: ReadonlyMap<string, { plural: boolean; gender: 'f' | 'm' | null }> = new Map([
  ['he', { plural: false, gender: 'm' }],
  ['she', { plural: false, gender: 'f' }],
  ['they', { plural: true, gender: null }],
  ['it', { plural: false, gender: null }],
]);
/** Prepositions that may chain inside a description: `the head of the union in the province of X`. */
export const CHAINED_LINKS: ReadonlySet<string> = words(`
  the, of, in, at, from, for, on
`);
/** The possessive ending, as the tokenizer splits it off (`Olsen's` → `Olsen` `'s`). */
export const POSSESSIVE_MARKS: ReadonlySet<string> = words(`
  's, ’s, ', ’
`);
/** Words that carry a description on to the right: `an official of the ministry`, `people close to the talks`. */
export const RIGHT_LINKS: ReadonlySet<string> = words(`
  of, for, at, from, in, with, on, close, familiar, briefed, involved, knowledgeable, aware, present,
  inside, within, near, representing
`);
/**
 * Roles held for someone, whose description goes on after `to` (`an aide to a senator on the
 * committee`, `the ambassador to Oslo`, `an adviser to the mayor`): singular and plural.
 */
export const ROLES_FOR_SOMEONE: ReadonlySet<string> = words(`
  aide, aides, adviser, advisers, advisor, advisors, assistant, assistants, counsel, counselor,
  counselors, envoy, envoys, ambassador, ambassadors, consultant, consultants, deputy, deputies,
  spokesman, spokesmen, spokeswoman, spokeswomen, spokesperson, spokespeople, secretary, secretaries,
  liaison, liaisons, confidant, confidants, confidante, successor, heir, lawyer, lawyers, attorney, attorneys
`);
/** Relative pronouns that open a clause after a subject: `the report, which said`. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = words(`
  who, which, that
`);
/** Prepositions: a noun phrase right after one is an object (`speak to reporters`), not a speaker. */
export const PREPOSITIONS: ReadonlySet<string> = words(`
  to, with, for, about, from, by, at, on, in, into, of, against, toward, towards, among, between, without, over, under,
  after, before, during, since, following, despite, through, throughout, across, around, along, near, behind,
  outside, inside, within, beyond, past, via, onto, upon
`);
/** Words for the people working with someone: `X and her colleagues wrote` speaks through X. */
export const TEAM_WORDS: ReadonlySet<string> = words(`
  colleagues, co-authors, coauthors, collaborators, team, co-workers, coworkers
`);
/** Ordinals and their kin, modifiers the tagger may read as verbs or adverbs (`a second study`). */
export const ORDINALS: ReadonlySet<string> = words(`
  first, second, third, fourth, fifth, sixth, seventh, eighth, ninth, tenth, next, last, latest, separate
`);
/** Cardinal numbers as words (`the two people`, `those three officials`). */
export const NUMBER_WORDS: ReadonlySet<string> = words(`
  two, three, four, five, six, seven, eight, nine, ten, dozen, both
`);
/** The articles. */
export const ARTICLES: ReadonlySet<string> = words(`
  the, a, an
`);
/**
 * Numbers that, after `the` alone, stand for a group already named (`The two, who asked for
 * anonymity, said`). Not all of NUMBER_WORDS: on PolNeAR `the seven` and `the dozen` count
 * prisoners, states and selfies, never a group that speaks.
 */
export const GROUP_NUMBERS: ReadonlySet<string> = words(`
  two, three, four, five, both
`);
/** Words after `one of` that point back to a group: `one of them`, `one of those sources`. */
export const PARTITIVE_OBJECTS: ReadonlySet<string> = words(`
  them, those, these, the, us, its, their
`);
/** Pronouns of one person, she or he: `…," an aide said of him`. */
export const THIRD_PERSON_SINGULAR: ReadonlySet<string> = words(`
  he, she, him, her, his
`);
/**
 * Words in capitals before a colon that label a passage, not a speaker (`Q:`, `UPDATE:`,
 * `BREAKING:`): a transcript's label is anyone but these. source: the quotecheck authors, from
 * the page furniture of wire and web stories.
 */
export const NOT_SPEAKER_LABELS: ReadonlySet<string> = words(`
  q, a, note, update, updated, editor, editors, breaking, watch, exclusive, analysis, opinion, live, video, photos, correction, clarification, transcript, advertisement, related, read more
`);
/**
 * Nouns of places whose name an aside may give (`in the capital, Varlen,`): with WordNet's place
 * nouns, the ones it files first as something else (`capital`: assets).
 */
export const PLACE_NOUNS_NAMED_AFTER: ReadonlySet<string> = words(`
  capital, port, island, border
`);
