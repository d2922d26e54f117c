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
