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

/** The cues from `cues[from]` on: one sentence's, found in its frame's `tokens` (read while its step holds them). */
export function pollShareSubjects(doc: Doc, cues: readonly Cue[], from: number, tokens: readonly Token[]): void {
  for (let ci = from; ci < cues.length; ci++) {
    const c = cues[ci] as Cue;
    const s = c.subject;
    if (!s || c.side !== 'left' || c.type !== 'verb' || s.sentence !== c.sentence) continue;
    // the tokens before the subject first (made already, unlike the story's characters there): most are no share
    if (!isShare(tokens, s.first) || !mayFollowShare(doc.text, s.start)) continue;
    const poll = pollNear(doc, s);
    if (poll) c.subject = poll;
  }
}

/** `"“”„‟«»‹›'‘’‚` by character code: the marks that may stand between a share and its group. */
function isQuoteMark(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201f && c !== 0x201b) || c === 0x2039 || c === 0x203a;
}

/**
 * The word before `at` (white space or quotation marks between) is `of`, `in` or a number: what
 * every share of isShare ends in. Read by character code, with no copy: `of` or `in` in either
 * case, after no letter (what `/(?:^|[^a-z])(?:of|in)$/` finds in the last three characters, lowered).
 */
function mayFollowShare(text: string, at: number): boolean {
  let e = at;
  while (e > 0 && (isWhiteSpace(text.charCodeAt(e - 1)) || isQuoteMark(text.charCodeAt(e - 1)))) e--;
  if (e === at) return false;
  const c = text.charCodeAt(e - 1);
  if (c >= 48 && c <= 57) return true;
  if (e < 2) return false;
  const last = c | 0x20;
  const before = text.charCodeAt(e - 2) | 0x20;
  if (!((before === 111 && last === 102) || (before === 105 && last === 110))) return false;
  return e < 3 || !lowersToLetter(text.charCodeAt(e - 3));
}

/** The character lowers to a letter a–z (`K`, the Kelvin sign, does; `İ` lowers to two characters, the last no letter). */
function lowersToLetter(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[a-z]$/.test(String.fromCharCode(c).toLowerCase());
}

/** Whether a share stands right before the mention's first token: `61 percent of`, `42% of`, `six in 10`. */
function isShare(tokens: readonly Token[], first: number): boolean {
  // (a subject that opens its frame, most, has no share before it; and no index below 0 is read)
  if (first < 2) return false;
  const a = tokens[first - 1];
  const b = tokens[first - 2];
  if (!a || !b) return false;
  if (a.lower === 'of') return SHARE_NOUNS.has(b.lower) || b.lower.endsWith('%');
  // `six in 10 Ohioans`, `6 in 10 voters`; the mention may hold the `10` (`10 residents`)
  // (the word `in` first, the cheaper test)
  if (b.lower === 'in' && /^\d+$/.test(a.lower)) return true;
  return a.lower === 'in' && /^\d+$/.test(tokens[first]?.lower ?? '');
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
