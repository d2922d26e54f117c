/**
 * Polls and the shares of their respondents: `61 percent of voters said …` reports what a poll
 * found, so the poll speaks for the share (PolNeAR credits the poll).
 * source: compiled by the quotecheck authors from how wire stories report surveys (AP Stylebook,
 * "polls and surveys").
 */
import { words } from './words.js';

/** Nouns that name a share of a group right before `of`: `61 percent of`, `a majority of`. */
export const SHARE_NOUNS: ReadonlySet<string> = words(`
  percent, per cent, %, pct, majority, minority, plurality, half, third, thirds, quarter, quarters,
  fifth, fifths
`);

/** Heads of a mention that stands for a poll: `the poll`, `a Harbor College survey`. */
export const POLL_HEADS: ReadonlySet<string> = words('poll, survey');

/**
 * Words of a share standing alone as a subject (`47 percent said`, `nearly six in 10 say`, `about
 * one in five say`): the share, its numbers and the words that hedge it.
 */
export const SHARE_WORDS: ReadonlySet<string> = words(`
  percent, per, cent, %, half, in, out, of, about, nearly, almost, only, around, roughly, some, more,
  than, less, fewer, at, least, just, over, under, one, two, three, four, five, six, seven, eight,
  nine, ten
`);

/** Words after which a share opens a clause (`, while 22 percent said`); `the second half singing` is no share. */
export const BEFORE_SHARE: ReadonlySet<string> = words('and, but, while, whereas, after, that, yet, so');

/** Words a share never opens with (`… in 47 percent said` starts at `47`). */
export const NOT_SHARE_OPENERS: ReadonlySet<string> = words('in, of, out, than, at, per');

/** Numbers in words up to twelve (the tens, `twenty-four`, are read by their pattern). */
export const SMALL_NUMBERS: ReadonlySet<string> = words('one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve');
