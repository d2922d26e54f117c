/**
 * A share of a poll's respondents as a cue's subject (`61 percent of voters said`, `six in 10
 * Ohioans say`): the poll found it, so the poll named in the sentence, or in one of the two before,
 * is the speaker (`A Harbor College poll found that 61 percent of voters said …`).
 */
import type { Doc } from '../../doc/doc.js';
import { POLL_HEADS, SHARE_NOUNS } from '../../lexicon/polls.js';
import { isWhiteSpace } from '../../span.js';
import type { Mention } from '../find-mentions.js';
import type { Token } from '../tokenize-frames.js';
import type { Cue } from './cue.js';

/** How many sentences before the cue's a poll may be named in. */
const SENTENCES_BACK = 2;

/** The cues from `cues[from]` on (one sentence's, while its step holds its tokens). */
export function pollShareSubjects(doc: Doc, cues: readonly Cue[], from = 0): void {
  for (let ci = from; ci < cues.length; ci++) {
    const c = cues[ci] as Cue;
    const s = c.subject;
    if (!s || c.side !== 'left' || c.type !== 'verb' || s.sentence !== c.sentence) continue;
    // the frame's tokens are made again only for a subject after `of`, `in` or a number: most have none
    if (!mayFollowShare(doc.text, s.start) || !isShare(doc.frames[s.sentence]?.tokens ?? [], s.first)) continue;
    const poll = pollNear(doc, s);
    if (poll) c.subject = poll;
  }
}

const QUOTE_MARKS = '"“”„‟«»‹›\'‘’‚';

/** The word before `at` (white space or quotation marks between) is `of`, `in` or a number: what every share of isShare ends in. */
function mayFollowShare(text: string, at: number): boolean {
  let e = at;
  while (e > 0 && (isWhiteSpace(text.charCodeAt(e - 1)) || QUOTE_MARKS.includes(text.charAt(e - 1)))) e--;
  if (e === at) return false;
  const two = text.slice(Math.max(0, e - 3), e).toLowerCase();
  if (/(?:^|[^a-z])(?:of|in)$/.test(two)) return true;
  const c = text.charCodeAt(e - 1);
  return c >= 48 && c <= 57;
}

/** Whether a share stands right before the mention's first token: `61 percent of`, `42% of`, `six in 10`. */
function isShare(tokens: readonly Token[], first: number): boolean {
  const a = tokens[first - 1];
  const b = tokens[first - 2];
  if (!a || !b) return false;
  if (a.lower === 'of') return SHARE_NOUNS.has(b.lower) || b.lower.endsWith('%');
  // `six in 10 Ohioans`, `6 in 10 voters`; the mention may hold the `10` (`10 residents`)
  if (/^\d+$/.test(a.lower) && b.lower === 'in') return true;
  return /^\d+$/.test(tokens[first]?.lower ?? '') && a.lower === 'in';
}

/** The poll the share belongs to: the last one named in the cue's sentence, else in the nearest sentence before. */
function pollNear(doc: Doc, subject: Mention): Mention | undefined {
  const by = doc.mentionsBySentence;
  for (let s = subject.sentence; s >= 0 && s >= subject.sentence - SENTENCES_BACK; s--) {
    let found: Mention | undefined;
    for (let k = by.from(s); k < by.to(s); k++) {
      const m = by.items[k] as Mention;
      if (m !== subject && POLL_HEADS.has(m.head)) found = m;
    }
    if (found) return found;
  }
  return undefined;
}
