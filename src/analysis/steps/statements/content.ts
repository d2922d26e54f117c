/**
 * The content a cue introduces: the reported clause after its verb (`X said (to Y) (on Monday)
 * (that) CONTENT`), or the lead before it (`CONTENT, officials said.`, `A, she said, B.`): a helper of
 * find-statements.
 */
import { ADJUNCT_START, CLAUSE_START_WORDS, QUESTION_OPENING, RELATIVE_OPENERS } from '../../lexicon/clause-words.js';
import { ADDRESSEES, SAY_LEMMAS, WEAK_VERBS } from '../../lexicon/speech-verbs.js';
import { WordClass } from '../../lexicon/word-classes.js';
import { type Span, trimSpan } from '../../span.js';
import type { Cue } from '../find-speech-cues.js';
import type { Token } from '../tokenize-frames.js';
import { tokenAt } from '../tokens/token-at.js';
import { isTrailingAdjunct, nextComma } from './adjuncts.js';
import { hasTwoWords, trimEnd } from './content-end.js';

export function isClauseStart(lower: string): boolean {
  const first = lower.charCodeAt(0);
  return (first >= 48 && first <= 57) || CLAUSE_START_WORDS.has(lower);
}

/**
 * The content a cue introduces within text[rangeStart..rangeEnd), as one or two spans, or null when
 * it has none. `sentenceStart`: where the cue's sentence starts, read for a question before the range.
 */
export function contentOf(text: string, c: Cue, tokens: readonly Token[], rangeStart: number, rangeEnd: number, sentenceStart: number): Span[] | null {
  const subject = c.subject as NonNullable<Cue['subject']>;
  // a participle's subject is the clause's (`Later, Ruiz met the press, saying …`): the verb stands alone
  const alone = c.inherits === true;
  let head = alone ? c.first : Math.min(c.first, c.phraseFirst ?? subject.first);
  // (`…, the Courier reported`: the article a name's mention leaves out)
  if (!alone && (tokenAt(tokens, head - 1)?.classes ?? 0) & WordClass.ARTICLE && tokenAt(tokens, head - 2)?.text === ',') head--;
  const tail = alone ? c.last : Math.max(c.last, subject.last);
  const before = tokenAt(tokens, head - 1);
  const after = tokenAt(tokens, tail + 1);
  // `…, officials said.` / `…, said Olsen.` / `…, according to the WHO.` / `A, she said, B.`
  // (the question asked last: a regular expression on a slice, wanted only where a comma comes before the cue)
  if (
    !alone &&
    before &&
    before.text === ',' &&
    head > 1 &&
    before.segment === (tokens[head] as Token).segment &&
    !askedBefore(text, sentenceStart, rangeStart)
  ) {
    const lead = trimSpan(text, rangeStart, before.start);
    if (lead.end <= lead.start) return null;
    const sentenceEnd = trimEnd(text, rangeStart, rangeEnd);
    if (!after || after.start >= sentenceEnd || isTrailingAdjunct(tokens, tail + 1, sentenceEnd)) return [lead];
    if (after.text === ',') return [lead, trimSpan(text, after.end, sentenceEnd)];
    // `…, officials said on Monday, as clinics ran short`: an adjunct up to a comma, the lead is the content
    const comma = nextComma(tokens, tail + 1);
    if (comma >= 0 && isTrailingAdjunct(tokens, tail + 1, (tokens[comma] as Token).start)) return [lead];
    // `On Monday, the minister said the port would close`: an opening phrase, the content after the verb (below)
  }
  if (c.type === 'according-to')
    return tokens.length > 0 && before === undefined && after?.text === ',' ? [trimSpan(text, after.end, trimEnd(text, rangeStart, rangeEnd))] : null;
  if (c.side === 'right') return null;
  const k = reportedClauseStart(c, tokens);
  const start = k < 0 ? undefined : tokenAt(tokens, k)?.start;
  if (start === undefined) return null;
  // where the content ends is read only now, for the cues that have a clause after the verb
  const sentenceEnd = trimEnd(text, rangeStart, rangeEnd);
  if (start >= sentenceEnd) return null;
  const span = trimSpan(text, start, sentenceEnd);
  return hasTwoWords(text, span.start, span.end) ? [span] : null;
}

/** `Asked whether …, Ruiz said`: the question before the comma was put to the speaker, not said by them. */
function askedBefore(text: string, sentenceStart: number, rangeStart: number): boolean {
  return QUESTION_OPENING.test(text.slice(sentenceStart, rangeStart));
}

/** `X said (to Y) (on Monday) (that) CONTENT`: the token that opens CONTENT, or -1 for none. */
function reportedClauseStart(c: Cue, tokens: readonly Token[]): number {
  const verb = c.verb;
  let k = c.last + 1;
  let t = tokens[k];
  if (!t) return -1;
  if (t.segment !== (tokens[c.last] as Token).segment) return -1; // a quote follows: direct
  const thatAt = findThat(tokens, k, verb && WEAK_VERBS.has(verb.lemma) ? 3 : 10);
  if (thatAt >= 0) k = thatAt + 1;
  else if (verb?.objectIsContent) {
    // `called for a ban on…`: what follows the verb is what was asked for
    if (t.punct) return -1;
  } else {
    if (verb?.takesAddressee) k = skipAddressee(tokens, k);
    while (tokens[k] && ADJUNCT_START.has((tokens[k] as Token).lower) && k - c.last < 8) k = skipPhrase(tokens, k);
    t = tokens[k];
    // after `say` and its kin any word may open the reported clause (`says too much is made of…`);
    // after the others, only a word that opens a clause
    if (!t || t.punct || !((verb !== null && SAY_LEMMAS.has(verb.lemma)) || isClauseStart(t.lower) || t.cap)) return -1;
  }
  // (`said to the nominee, who began his speech …`: a relative clause on the addressee is no content;
  // right after the verb it is a question, `did not say who made it`)
  if (k > c.last + 1 && RELATIVE_OPENERS.has(tokenAt(tokens, k)?.lower ?? '')) return -1;
  return k;
}

/**
 * The parts that hold some text, or null for none: a cue at the very end of its sentence
 * (`According to police,` and nothing after) leaves an empty piece where the content would be.
 */
export function nonEmpty(parts: Span[] | null): Span[] | null {
  if (parts === null) return null;
  let empty = 0;
  for (const p of parts) if (p.start >= p.end) empty++;
  // (contentOf's arrays are its own: kept whole when every piece holds text, as they mostly do)
  if (empty === 0) return parts;
  return empty === parts.length ? null : parts.filter((p) => p.start < p.end);
}

function findThat(tokens: readonly Token[], from: number, reach: number): number {
  const segment = tokenAt(tokens, from)?.segment;
  for (let k = from, end = Math.min(tokens.length, from + reach); k < end; k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'that') return k;
    if (t.punct && t.text !== ',') return -1;
    if (t.segment !== segment) return -1;
  }
  return -1;
}

function skipAddressee(tokens: readonly Token[], k: number): number {
  let j = k;
  let n = 0;
  while (tokens[j] && !(tokens[j] as Token).punct && n < 5) {
    const t = tokens[j] as Token;
    if (n > 0 && isClauseStart(t.lower) && !((tokens[j - 1] as Token).classes & WordClass.ARTICLE)) break;
    j++;
    n++;
    if (n >= 1 && ADDRESSEES.has(t.lower)) break;
  }
  return j;
}

/** `on Monday`, `in a statement`, `at a news conference in Paris`: a preposition and its noun phrase. */
function skipPhrase(tokens: readonly Token[], k: number): number {
  let j = k + 1;
  // (the DETERMINER bit is set for exactly the words of DETERMINERS)
  if (((tokenAt(tokens, j)?.classes ?? 0) & WordClass.DETERMINER) !== 0) j++;
  while (tokens[j] && !(tokens[j] as Token).punct && j - k < 6 && !isClauseStart((tokens[j] as Token).lower)) j++;
  if (tokenAt(tokens, j)?.text === ',') j++;
  return j;
}
