/**
 * What a description says of an unnamed source: whether it is a group, a spokesperson, or tells
 * nothing of the source's position. Read by `steps/describe-sources.ts` to give each source its
 * facts (`plural`, `informative`, `spokesperson`), which the editorial checks then read.
 * source: compiled by the quotecheck authors from the anonymous-source guidance of the AP
 * Stylebook ("describe the source's position and knowledge"), the Reuters Handbook of
 * Journalism, The New York Times' "Confidential News Sources" policy, The Washington Post's and
 * the BBC's editorial guidelines, and the vocabulary of the sample stories' teaching notes.
 */
import { words } from './words.js';

/**
 * Heads that say nothing of a source's position or knowledge on their own: `a source`,
 * `sources`, `an official`, `a person`. With an affiliation (`an official of the palace`,
 * `a Kortbo official`) or knowledge (`people familiar with the talks`) they are fine.
 */
export const VAGUE_HEADS: ReadonlySet<string> = words(`
  source, sources, official, officials, person, people, someone, somebody, insider, insiders,
  figure, figures, man, woman, men, women, individual, individuals
`);

/** Modifiers that add no affiliation: `a senior official` is as vague as `an official`. */
export const EMPTY_MODIFIERS: ReadonlySet<string> = words(`
  a, an, the, one, two, three, four, five, six, several, some, many, few, other, another, both,
  senior, top, high-ranking, high-level, highly, placed, highly-placed, well-placed, well-informed,
  informed, reliable, trusted, knowledgeable, credible, unnamed, anonymous, unidentified, certain,
  various, multiple, numerous, key, leading, respected, longtime, veteran, former, current, local
`);

/**
 * Quantifiers an adjective may follow: `two unnamed officials`, `several unnamed sources` (not
 * `dozens`, which takes `of`, nor `few`, which denies).
 */
export const COUNTING_QUANTIFIERS: ReadonlySet<string> = words(`
  two, three, four, five, six, seven, eight, nine, ten, several, some, many, both, multiple,
  numerous, various
`);

/** Quantifiers that make a description plural: `two people`, `several workers`, `dozens of residents`. */
export const PLURAL_QUANTIFIERS: ReadonlySet<string> = new Set([...COUNTING_QUANTIFIERS, ...words('few, dozens, hundreds')]);

/**
 * Spokespeople speak for a body's position: what a spokeswoman says the ministry thinks needs
 * no second source, so `single-anonymous-source` leaves them out.
 */
export const SPOKESPERSON_HEADS: ReadonlySet<string> = words(`
  spokesman, spokeswoman, spokesperson, spokesmen, spokeswomen, spokespeople, spokespersons,
  representative, representatives, press officer
`);

/** Words inside a relative clause that are about the anonymity, not about the source's position. */
export const ANONYMITY_CLAUSE: RegExp = /\b(?:named|identified|anonym\w*|authori[sz]ed|permitted|allowed|cleared|on the record|publicly|declined|refused)\b/i;

/** Prepositions that tie a description to a body or a place: `an official of the palace`, `a nurse at the clinic`. */
export const AFFILIATION_WORDS: ReadonlySet<string> = words(`
  of, at, in, from, for, with, on, inside, within
`);
