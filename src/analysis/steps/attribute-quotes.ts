/**
 * Who said each quote. Rules in order of strength, each recorded as evidence:
 * a cue right after the quote (`…," the official said` / `…," said Maria Olsen`), a dash
 * (`— Maria Olsen`), a cue or colon before it in the sentence (`Olsen said: "…"`), a cue later in
 * the sentence, the next short sentence (`"Go!" Olsen shouted.`), the quote before it in the
 * paragraph (`"A," she said. "B."`), the sentence before it, and across paragraphs: a quote that
 * runs on, or a conversation between the speakers last tagged. When none answers, the subject of
 * the sentence's main clause, weakly (attribution/sentence-subject.ts).
 */

import { Grouped } from '../doc/grouped.js';
import { ARTICLES, NOT_SPEAKER_LABELS } from '../lexicon/function-words.js';
import { CHANT_AND_BANNER_WORDS, CHANT_LINKS, CROWD_VERBS, CROWD_WORDS } from '../lexicon/non-quotes.js';
import { findContaining, firstStartingAtOrAfter, isWhiteSpace, type Span, trimmedEnd } from '../span.js';
import { acrossParagraphs, fromPreviousQuote, nextSentence, opensSentence, previousSentence } from './attribution/across-sentences.js';
import { bareTag, finiteVerb } from './attribution/bare-tag.js';
import { colonLead } from './attribution/colon.js';
import { type Attribution, type AttributionContext, fromCue, NONE, quoteEnd, withRule } from './attribution/context.js';
import { outerReport } from './attribution/embedded.js';
import { headlineEchoes } from './attribution/headline-quotes.js';
import { speakerIndexes } from './attribution/model/candidates.js';
import { chooseSpeaker } from './attribution/model/choose.js';
import { sentenceSubject } from './attribution/sentence-subject.js';
import type { Entity } from './coreference/entity.js';
import { bareMention, type Mention } from './find-mentions.js';
import type { Cue } from './find-speech-cues.js';
import type { PairedQuote } from './pair-quotes.js';
import { entityForLabel } from './resolve-sources.js';
import type { Token } from './tokenize-frames.js';

export type { Attribution, AttributionContext };

const DASHES = new Set(['—', '–', '-', '―']);

export function attributeQuotes(quotes: readonly PairedQuote[], ctx: AttributionContext): Attribution[] {
  const n = ctx.doc.sentences.length;
  // every rule looks only at cues with a speaker and at mentions that are not possessives
  const cuesBySentence = new Grouped(ctx.cues, n, (c) => (c.subject !== null ? c.sentence : -1));
  const out: Attribution[] = [];
  const paragraphSpeakers: (Attribution | undefined)[] = [];
  const spoke = new Map<Entity, number>();
  const indexes = speakerIndexes(ctx.cues);
  let sentenceOfNext = quotes.length > 0 ? findContaining(ctx.doc.sentences, (quotes[0] as PairedQuote).open.start) : -1;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i] as PairedQuote;
    const s = sentenceOfNext; // each quote's sentence is looked up once, as the next quote of the one before
    const prevQuote = i > 0 ? (quotes[i - 1] as PairedQuote) : undefined;
    const prevAttr = out[i - 1];
    const following = quotes[i + 1];
    sentenceOfNext = following ? findContaining(ctx.doc.sentences, following.open.start) : -1;
    const nextInSentence = following && sentenceOfNext === s ? following : undefined;
    // every rule proposes; the first to answer is the rules' verdict
    const proposals: Attribution[] = [];
    const propose = (a: Attribution | null | undefined | false) => {
      if (a) proposals.push(a);
    };
    // a chant's or a banner's words are no one's (ANNOTATION.md), whoever chanted or carried it
    if (chantOrBanner(q, ctx)) {
      out.push(withRule(NONE, 'none', 0));
      continue;
    }
    propose(speakerLabel(q, ctx) ?? labelBefore(q, ctx));
    propose(s >= 0 && inSentence(q, s, nextInSentence, cuesBySentence, ctx));
    propose(s >= 0 && nextSentence(q, s, cuesBySentence, ctx));
    propose(
      prevQuote && prevAttr && prevQuote.paragraph === q.paragraph && prevAttr.entity && opensSentence(q, s, ctx) && fromPreviousQuote(prevQuote, prevAttr, q),
    );
    propose(s >= 0 && previousSentence(q, s, cuesBySentence, ctx));
    propose(acrossParagraphs(q, prevQuote, prevAttr, paragraphSpeakers, ctx));
    // no rule found a speaker: the subject of the sentence's main clause, weakly
    if (proposals.length === 0 && s >= 0) propose(sentenceSubject(q, s, ctx));
    const history = { previous: prevAttr, paragraphBefore: paragraphSpeakers[q.paragraph - 1], spoke, ...indexes };
    const a = chooseSpeaker(q, s, proposals, history, ctx);
    out.push(a);
    if (a.entity) {
      paragraphSpeakers[q.paragraph] = a;
      spoke.set(a.entity, (spoke.get(a.entity) ?? 0) + 1);
    }
  }
  carryBackThroughContinuations(quotes, out);
  headlineEchoes(quotes, out, ctx);
  return out;
}

/** A quote over several paragraphs is tagged at its end (`…," Han said.`): its earlier paragraphs share it. */
function carryBackThroughContinuations(quotes: readonly PairedQuote[], out: Attribution[]): void {
  for (let i = quotes.length - 2; i >= 0; i--) {
    const next = out[i + 1] as Attribution;
    if ((quotes[i] as PairedQuote).continued && guessedOnly(out[i] as Attribution) && next.entity) out[i] = withRule(next, 'continuation', 0.85);
  }
}

/** No speaker, or only the guess from the narration before it (attribution/narration.ts), which the tag at the end outweighs. */
function guessedOnly(a: Attribution): boolean {
  return a.rule === 'none' || (a.rule === 'previous-sentence' && a.cue === null);
}

const LABEL = /^\s*(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,2}):\s/u;

/** A transcript: `"WALLACE: Let's start with…"`, the speaker's name in capitals, then a colon. */
function speakerLabel(q: PairedQuote, ctx: AttributionContext): Attribution | undefined {
  if (!mayOpenWithLabel(ctx.doc.text, q.start, Math.min(q.end, q.start + 40))) return undefined;
  const m = LABEL.exec(ctx.doc.text.slice(q.start, Math.min(q.end, q.start + 40)));
  if (!m || (m[1] as string).length < 2 || NOT_SPEAKER_LABELS.has((m[1] as string).toLowerCase())) return undefined;
  const start = q.start + m[0].indexOf(m[1] as string);
  const mention = bareMention(ctx.doc.text, start, start + (m[1] as string).length, 'person', (m[1] as string).toLowerCase());
  return {
    entity: entityForLabel(ctx.coref, mention),
    mention,
    cue: { start: start + (m[1] as string).length, end: start + (m[1] as string).length + 1 },
    rule: 'speaker-label',
    confidence: 0.9,
  };
}

/** A label that opens the quote's paragraph: `WREN: "…"`, `DEE, IN NORBURY: "…"` (the name is the part before the comma). */
const LABEL_BEFORE = /^\s*(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,2})(?:, \p{Lu}[\p{Lu} .'’-]{0,40})?:\s*$/u;

function labelBefore(q: PairedQuote, ctx: AttributionContext): Attribution | undefined {
  const para = ctx.doc.paragraphs[q.paragraph] as Span;
  if (q.open.start - para.start > 60 || q.open.start - para.start < 3) return undefined;
  if (!mayOpenWithLabel(ctx.doc.text, para.start, q.open.start)) return undefined;
  const m = LABEL_BEFORE.exec(ctx.doc.text.slice(para.start, q.open.start));
  if (!m || NOT_SPEAKER_LABELS.has((m[1] as string).toLowerCase())) return undefined;
  const start = para.start + m[0].indexOf(m[1] as string);
  const end = start + (m[1] as string).length;
  const colon = para.start + m[0].lastIndexOf(':');
  const cue = { start: colon, end: colon + 1 };
  // the name found in the narrative already, when it is a person's (an acronym-like `WREN` was taken for a body)
  const found = mentionAt(ctx, start, end);
  const entity = found && ctx.coref.entityOf.get(found);
  if (found && entity && entity.kind !== 'organization') return { entity, mention: found, cue, rule: 'speaker-label', confidence: 0.9 };
  const mention = bareMention(ctx.doc.text, start, end, 'person', (m[1] as string).toLowerCase());
  return { entity: entityForLabel(ctx.coref, mention), mention, cue, rule: 'speaker-label', confidence: 0.9 };
}

/** The mention spanning exactly [start, end), if the engine found one. */
function mentionAt(ctx: AttributionContext, start: number, end: number): Mention | undefined {
  const s = findContaining(ctx.doc.sentences, start);
  if (s < 0) return undefined;
  const by = ctx.doc.mentionsBySentence;
  const k = firstStartingAtOrAfter(by.items, start, by.from(s), by.to(s));
  const m = k < by.to(s) ? (by.items[k] as Mention) : undefined;
  return m && m.start === start && m.end === end ? m : undefined;
}

/** What opens a chant's or a banner's words: `a chant of "…"`, `chanting "…"`, `a banner reading "…"`, `signs that said "…"`. */
const ORIGIN_BEFORE = new RegExp(`\\b(?:${[...CHANT_AND_BANNER_WORDS].join('|')})(?: (?:${[...CHANT_LINKS].join('|')}))?[\\s,:]*$`, 'i');

/** What names them right after, a noun (`"Fix the bridge!", the slogan that …`), not a verb (`the protesters chanted`). */
const ORIGIN_AFTER = new RegExp(
  `^[\\s,]*(?:the|a|an|their|its|her|his) (?:\\w+ )?(?:${[...CHANT_AND_BANNER_WORDS].filter((w) => !/(?:ed|ing)$/.test(w)).join('|')})\\b`,
  'i',
);

/** A crowd shouting the words, right after them (`‘Cap it now!’ a group near the front shouted`) or right before. */
const CROWD = `(?:${[...CROWD_WORDS].join('|')})\\b[^.!?:;"“”‘’«»]{0,30}?\\b(?:${[...CROWD_VERBS].join('|')})`;
const CROWD_AFTER = new RegExp(`^[\\s,]*(?:the |a |an |some )?(?:\\w+ )?${CROWD}\\b`, 'i');
const CROWD_BEFORE = new RegExp(`\\b${CROWD}[\\s,:]*$`, 'i');

function chantOrBanner(q: PairedQuote, ctx: AttributionContext): boolean {
  const from = Math.max((ctx.doc.paragraphs[q.paragraph] as Span).start, q.open.start - 40);
  const text = ctx.doc.text;
  const end = quoteEnd(q);
  const before = text.slice(from, q.open.start);
  const after = text.slice(end, end + 50);
  return ORIGIN_BEFORE.test(before) || ORIGIN_AFTER.test(after) || CROWD_AFTER.test(after) || CROWD_BEFORE.test(before);
}

/**
 * False when LABEL cannot match text[start..end): its first two characters after white space are
 * not capitals (or `.'’-`). Decides only on ASCII characters, leaving the rest to the expression.
 */
function mayOpenWithLabel(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isWhiteSpace(text.charCodeAt(i))) i++;
  if (i + 1 >= end) return false;
  const first = text.charCodeAt(i);
  if (first < 0x80 && !(first >= 65 && first <= 90)) return false;
  const second = text.charCodeAt(i + 1);
  return second >= 0x80 || (second >= 65 && second <= 90) || second === 46 || second === 39 || second === 45;
}

function inSentence(q: PairedQuote, s: number, next: PairedQuote | undefined, cuesBySentence: Grouped<Cue>, ctx: AttributionContext): Attribution | undefined {
  const cues = cuesBySentence.items;
  const from = cuesBySentence.from(s);
  const to = cuesBySentence.to(s);
  const tokens = ctx.doc.frames[s]?.tokens ?? [];
  const end = quoteEnd(q);
  const limit = next ? next.open.start : Number.POSITIVE_INFINITY;
  // every look-up below is a binary search: a sentence with thousands of quotes stays linear
  const firstAfter = firstStartingAtOrAfter(tokens, end);
  // the (up to) two tokens right after the quote, before the next quote (tokens are in text order)
  const tokenAfter = tokenBefore(tokens[firstAfter], limit);
  const secondTokenAfter = tokenAfter && tokenBefore(tokens[firstAfter + 1], limit);
  // dash attribution: "…" — Maria Olsen
  if (tokenAfter && DASHES.has(tokenAfter.text) && tokenAfter.start - end <= 2) {
    const m = secondTokenAfter ? ctx.doc.mentionsAt.startingAt(s, firstAfter + 1) : undefined;
    if (m) return { entity: ctx.coref.entityOf.get(m) ?? null, mention: m, cue: tokenAfter, rule: 'dash-attribution', confidence: 0.9 };
  }
  const c = firstStartingAtOrAfter(cues, end, from, to);
  const cueAfter = c < to && (cues[c] as Cue).start < limit ? (cues[c] as Cue) : undefined;
  const adjacent = cueAfter && startsAfter(tokenAfter, secondTokenAfter, cueAfter.side === 'right' ? cueAfter.start : (cueAfter.subject as Mention).start);
  if (cueAfter && adjacent)
    return fromCue(cueAfter, cueAfter.type === 'according-to' ? 'according-to' : cueAfter.side === 'right' ? 'cue-inverted' : 'cue-after-quote', 0.95, ctx);
  // `"…," Olsen barked`: a speaker and a verb of the narrative right after the quote's own punctuation
  const tag =
    tokenAfter && !cueAfter && endsUtterance(ctx.doc.text, q) ? bareTag(tokens, s, tokenAfter.punct ? firstAfter + 1 : firstAfter, limit, ctx) : undefined;
  if (tag) return tag;
  // before: the nearest cue before the quote, or `Olsen: "…"`
  let b = firstStartingAtOrAfter(cues, q.open.start, from, to) - 1;
  while (b >= from && (cues[b] as Cue).end > q.open.start) b--;
  const cueBefore = b >= from ? (cues[b] as Cue) : undefined;
  if (cueBefore) {
    const split = isSplitAfterCue(ctx.doc.text, cueBefore, q.open.start, (ctx.doc.sentences[s] as Span).start);
    // `Ruiz said Varga called the plan "a mess"`: the outer report's speaker
    const outer = split ? undefined : outerReport(cueBefore, b > from ? cues[b - 1] : undefined, ctx);
    if (outer) return fromCue(outer, 'cue-before-quote', 0.8, ctx);
    return fromCue(cueBefore, cueBefore.type === 'according-to' ? 'according-to' : split ? 'cue-inside-split' : 'cue-before-quote', 0.9, ctx);
  }
  const lastBefore = firstStartingAtOrAfter(tokens, q.open.start) - 1;
  const colon = tokens[lastBefore];
  if (colon?.text === ':' && q.open.start - colon.end <= 2) {
    const named = tokens[lastBefore - 1];
    const m = named ? ctx.doc.mentionsAt.endingAt(s, lastBefore - 1) : undefined;
    if (m && m.type !== 'pronoun') return { entity: ctx.coref.entityOf.get(m) ?? null, mention: m, cue: colon, rule: 'cue-before-quote', confidence: 0.85 };
    // `The mayor had one answer: "No."`: the subject of the clause the colon ends
    if (!cueAfter) {
      const lead = colonLead(s, lastBefore, ctx);
      if (lead) return lead;
    }
  }
  if (cueAfter) return fromCue(cueAfter, 'same-sentence', 0.75, ctx);
  return subjectAndVerb(q, s, tokens, lastBefore, ctx);
}

/** The token, if it starts before `limit`. */
function tokenBefore(t: Token | undefined, limit: number): Token | undefined {
  return t && t.start < limit ? t : undefined;
}

/**
 * `"A," she said, "B."`: the cue phrase stands right after a closing quotation mark of its own
 * sentence, and a comma
 * ends what lies between it and this quote. Reads the cue's surroundings, never the sentence.
 */
function isSplitAfterCue(text: string, c: Cue, open: number, sentenceStart: number): boolean {
  let e = trimmedEnd(text, c.end, open);
  if (e <= c.end || text.charCodeAt(e - 1) !== 0x2c) return false;
  const phraseStart = c.subject && c.side === 'left' ? Math.min(c.subject.start, c.start) : c.start;
  e = phraseStart;
  while (e > sentenceStart && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  const before = e > sentenceStart ? text.charCodeAt(e - 1) : -1;
  return before === 0x22 || before === 0x201d || before === 0xbb || before === 0x2019 || before === 0x27;
}

/**
 * No reporting verb, but a subject and a verb lead straight into the quote (`Governor Reyes attacked
 * "a reckless plan"`, `the mayor vowed "no new taxes"`): the subject said it.
 */
function subjectAndVerb(q: PairedQuote, s: number, tokens: readonly Token[], lastBefore: number, ctx: AttributionContext): Attribution | undefined {
  const segment = tokens[lastBefore]?.segment;
  for (let k = lastBefore; k >= 1 && lastBefore - k < 8 && (tokens[k] as Token).segment === segment; k--) {
    const verb = tokens[k] as Token;
    if (verb.punct) continue;
    const before = tokens[k - 1] as Token;
    const subject = before.segment === segment ? ctx.doc.mentionsAt.endingAt(s, k - 1) : undefined;
    const entity = subject && subject.type !== 'description' ? ctx.coref.entityOf.get(subject) : undefined;
    if (!(subject && entity && entity.kind !== 'organization' && q.open.start - verb.end < 80)) continue;
    // the tagger's lexicon last: a look-up in a large table, needed only after a speaker
    if (finiteVerb(verb.lower)) return { entity, mention: subject, cue: verb, rule: 'same-sentence', confidence: 0.5 };
  }
  return undefined;
}

/**
 * The attribution opens the text after the quote (a comma or dash may come first, or the article a
 * name leaves out: `The Courier reported`); not after a colon or semicolon, which opens a clause of
 * its own (`«…»: 71 percent said the toll was a bad idea`).
 */
function startsAfter(tokenAfter: Token | undefined, secondTokenAfter: Token | undefined, start: number): boolean {
  if (!tokenAfter) return false;
  if (tokenAfter.start === start) return true;
  const opensClause = tokenAfter.text === ':' || tokenAfter.text === ';';
  return secondTokenAfter !== undefined && secondTokenAfter.start === start && ((tokenAfter.punct && !opensClause) || ARTICLES.has(tokenAfter.lower));
}

/** The quote's words end in a comma, a question or exclamation mark, or a dash: an utterance a tag may follow. */
function endsUtterance(text: string, q: PairedQuote): boolean {
  let e = q.end;
  while (e > q.start && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  const c = text.charCodeAt(e - 1);
  return c === 0x2c || c === 0x3f || c === 0x21 || c === 0x2014 || c === 0x2013;
}
