/**
 * Words the editorial checks (src/report/findings/) look for in and around quotes: judgements on
 * a person, and what a quote with no speaker may come from (a chant, a banner, a sign).
 * source: compiled by the quotecheck authors from the anonymous-source guidance of the AP
 * Stylebook (anonymous sources "not for personal attacks"), the Reuters Handbook of Journalism,
 * The New York Times' "Confidential News Sources" policy ("pejorative opinions"), The Washington
 * Post's and the BBC's editorial guidelines, and the vocabulary of the sample stories' teaching
 * notes. Adding a word is a data change; tests/report/findings/ show what each list decides.
 */
import { words } from './words.js';

/**
 * Words of judgement on a person: an anonymous quote with one of them, about a named person, is
 * an anonymous personal attack. Multi-word entries match as phrases.
 */
export const JUDGEMENT_WORDS: ReadonlySet<string> = words(`
  incompetent, incompetence, inept, ineptitude, liar, liars, lying, lied, lies, dishonest,
  dishonesty, corrupt, crook, crooked, coward, cowardly, cowardice, arrogant, arrogance, clueless,
  reckless, irresponsible, stupid, foolish, fool, idiot, idiotic, lazy, useless, hypocrite,
  hypocritical, traitor, treacherous, disgrace, disgraceful, shameful, shameless, unfit,
  unqualified, out of his depth, out of her depth, out of their depth, puppet, bully, thug,
  deceitful, untrustworthy, vain, petty, vindictive, paranoid, erratic, unhinged, delusional,
  pathetic, spineless, greedy, selfish, mediocre, amateurish, nasty, vicious, cruel, weak-willed,
  two-faced, backstabbing, sleazy, crazy, mad, lunatic, buffoon, clown, nobody trusts, can't be
  trusted, cannot be trusted, not to be trusted, has no idea, doesn't know what, does not know
  what, in over his head, in over her head, a disaster, a joke, a liability, an embarrassment
`);

/**
 * Words that say where an unattributed quote comes from when no one is said to have said it:
 * a chant, a banner, a sign, a proverb. Such a quote is reported as a note, not a warning.
 */
export const QUOTE_ORIGIN_WORDS: ReadonlySet<string> = words(`
  chant, chants, chanted, chanting, banner, banners, sign, signs, placard, placards, poster,
  posters, graffiti, slogan, slogans, sprayed, scrawled, painted, daubed, inscription, inscribed,
  engraved, chalked, scratched, carved, plaque, saying, proverb, motto, headline, headlines, caption, song, lyric, lyrics,
  hymn, read, reads, reading, printed, stamped, t-shirts, t-shirt
`);
