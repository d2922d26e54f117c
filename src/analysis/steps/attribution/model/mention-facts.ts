/**
 * What the candidates read of a mention whatever the quote: whether it is a cue's subject, and
 * its place in its clause. A mention is a candidate of every quote in its sentence and in the two
 * after it, and of the statements of its sentence: its facts are found once, kept as bits by its
 * position among the story's mentions.
 */

import type { Doc } from '../../../doc/doc.js';
import { PREPOSITIONS } from '../../../lexicon/function-words.js';
import { isWhiteSpace } from '../../../span.js';
import type { Mention } from '../../find-mentions.js';

/** The bits of a mention's facts. */
export const FACT = {
  subject: 1,
  firstInSentence: 2,
  afterPreposition: 4,
  /** After a lower-case word that is not a preposition (`telling Reuters`). */
  afterWord: 8,
  beforeWord: 16,
} as const;

/** Set in a mention's byte once its other facts are found. */
const FOUND = 128;

export class MentionFacts {
  /** By mention position: FOUND and the facts' bits; made at the first look-up, as long as the story's mentions. */
  private bytes: Uint8Array | null = null;

  /** `subjects`: every cue's subject (marked by position when the bytes are made: no hash probe per mention). */
  constructor(private readonly subjects: readonly Mention[]) {}

  /** The FACT bits of `m` (a mention outside the story's list, such as a transcript label, is read each time). */
  of(m: Mention, doc: Doc): number {
    const listed = m.index >= 0 && doc.mentions[m.index] === m;
    if (!listed) return this.find(m, doc, this.subjects.includes(m));
    let bytes = this.bytes;
    if (bytes === null || bytes.length !== doc.mentions.length) bytes = this.made(doc);
    let b = bytes[m.index] as number;
    if ((b & FOUND) === 0) {
      b = this.find(m, doc, (b & FACT.subject) !== 0) | FOUND;
      bytes[m.index] = b;
    }
    return b;
  }

  /** The bytes of the story's mentions, the subjects' marked. */
  private made(doc: Doc): Uint8Array {
    const bytes = new Uint8Array(doc.mentions.length);
    for (const m of this.subjects) if (m.index >= 0 && doc.mentions[m.index] === m) bytes[m.index] = FACT.subject;
    this.bytes = bytes;
    return bytes;
  }

  private find(m: Mention, doc: Doc, subject: boolean): number {
    let b = subject ? FACT.subject : 0;
    const bySentence = doc.mentionsBySentence;
    const first = bySentence.from(m.sentence);
    if (first < bySentence.to(m.sentence) && bySentence.items[first] === m) b |= FACT.firstInSentence;
    const before = wordBefore(doc.text, m.start);
    if (before !== null) b |= PREPOSITIONS.has(before) ? FACT.afterPreposition : FACT.afterWord;
    if (startsLowerWord(doc.text, m.end)) b |= FACT.beforeWord;
    return b;
  }
}

/** The lower-case word right before `at` (spaces between), or null when punctuation or a capital comes first. */
function wordBefore(text: string, at: number): string | null {
  let i = at;
  while (i > 0 && isWhiteSpace(text.charCodeAt(i - 1))) i--;
  const end = i;
  while (i > 0 && isLowerAscii(text.charCodeAt(i - 1))) i--;
  if (i === end || end - i > 20) return null;
  // a word that goes on in a capital or a digit is no lower-case word
  if (i > 0 && !isWhiteSpace(text.charCodeAt(i - 1)) && isWordChar(text.charCodeAt(i - 1))) return null;
  return text.slice(i, end);
}

/** A lower-case word starts right after `at` (spaces between). */
function startsLowerWord(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && isWhiteSpace(text.charCodeAt(i))) i++;
  return i > at && i < text.length && isLowerAscii(text.charCodeAt(i));
}

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || isLowerAscii(c) || c >= 0xc0;
}
