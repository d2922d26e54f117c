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
import { ARTICLES } from '../lexicon/function-words.js';
import { containingNear, findContaining, firstStartingAtOrAfter, isWhiteSpace, type Span, trimmedEnd } from '../span.js';
import { acrossParagraphs, fromPreviousQuote, nextSentence, opensSentence, previousSentence } from './attribution/across-sentences.js';
import { bareTag, finiteVerb } from './attribution/bare-tag.js';
import { chantOrBanner } from './attribution/chant.js';
import { colonLead } from './attribution/colon.js';
import { type Attribution, type AttributionContext, fromCue, NONE, quoteEnd, withRule } from './attribution/context.js';
import { outerReport } from './attribution/embedded.js';
import { headlineEchoes } from './attribution/headline-quotes.js';
import { labelBefore, speakerLabel } from './attribution/labels.js';
import { Layout, type RuleContext } from './attribution/layout.js';
import { type SpeakerHistory, speakerIndexes } from './attribution/model/candidates.js';
import { chooseSpeaker } from './attribution/model/choose.js';
import { EntityReads } from './attribution/model/entity-reads.js';
import { CandidatePool } from './attribution/model/gathered.js';
import type { MentionFacts } from './attribution/model/mention-facts.js';
import { ReasonLists } from './attribution/model/ranker.js';
import { sentenceSubject } from './attribution/sentence-subject.js';
import type { Mention } from './find-mentions.js';
import type { Cue } from './find-speech-cues.js';
import type { PairedQuote } from './pair-quotes.js';
import type { Token } from './tokenize-frames.js';
import { tokenAt } from './tokens/token-at.js';

export type { Attribution, AttributionContext };

const DASHES = new Set(['—', '–', '-', '―']);

/** `facts`: what the model reads of each mention (`speakerIndexes`), given when the statements will read it too. */
export function attributeQuotes(quotes: readonly PairedQuote[], ctx: AttributionContext, facts?: MentionFacts): Attribution[] {
  const n = ctx.doc.sentences.length;
  // every rule looks only at cues with a speaker and at mentions that are not possessives
  const cuesBySentence = new Grouped(ctx.cues, n, (c) => (c.subject !== null ? c.sentence : -1));
  const rules: RuleContext = { ...ctx, layout: new Layout(ctx.doc) };
  // the model (or a trace) reads every proposal and the history; without one the first proposal is
  // the verdict (chooseSpeaker reads nothing else), so the later rules need not be asked
  const weighed = ctx.model !== null || ctx.trace !== undefined;
  const wanted = weighed ? Number.POSITIVE_INFINITY : 1;
  const out: Attribution[] = [];
  const paragraphSpeakers: (Attribution | undefined)[] = [];
  // one history for all the quotes, its first two fields set for each (the model reads it during the call only)
  const history: SpeakerHistory = {
    previous: undefined,
    paragraphBefore: undefined,
    spoke: new Map(),
    facts: facts ?? speakerIndexes(weighed ? ctx.cues : []).facts,
    entities: new EntityReads(),
    pool: new CandidatePool(),
    reasons: new ReasonLists(),
  };
  let sentenceOfNext = quotes.length > 0 ? findContaining(ctx.doc.sentences, (quotes[0] as PairedQuote).open.start) : -1;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i] as PairedQuote;
    const s = sentenceOfNext; // each quote's sentence is looked up once, as the next quote of the one before
    const prevQuote = i > 0 ? (quotes[i - 1] as PairedQuote) : undefined;
    const prevAttr = out[i - 1];
    const following = quotes[i + 1];
    sentenceOfNext = following ? containingNear(ctx.doc.sentences, following.open.start, s) : -1;
    const nextInSentence = following && sentenceOfNext === s ? following : undefined;
    // a chant's or a banner's words are no one's (ANNOTATION.md), whoever chanted or carried it
    if (chantOrBanner(q, ctx)) {
      out.push(withRule(NONE, 'none', 0));
      continue;
    }
    // every rule proposes; the first to answer is the rules' verdict
    const proposals: Attribution[] = [];
    propose(proposals, speakerLabel(q, ctx) ?? labelBefore(q, ctx));
    if (proposals.length < wanted) propose(proposals, s >= 0 && inSentence(q, s, nextInSentence, cuesBySentence, ctx));
    if (proposals.length < wanted) propose(proposals, s >= 0 && nextSentence(q, s, cuesBySentence, rules));
    if (proposals.length < wanted) propose(proposals, prevQuote && prevAttr && splitFrom(prevQuote, prevAttr, q, s, ctx));
    if (proposals.length < wanted) propose(proposals, s >= 0 && previousSentence(q, s, cuesBySentence, rules));
    if (proposals.length < wanted) propose(proposals, acrossParagraphs(q, prevQuote, prevAttr, paragraphSpeakers, rules));
    // no rule found a speaker: the subject of the sentence's main clause, weakly
    if (proposals.length === 0 && s >= 0) propose(proposals, sentenceSubject(q, s, ctx));
    history.previous = prevAttr;
    history.paragraphBefore = paragraphSpeakers[q.paragraph - 1];
    const a = chooseSpeaker(q, s, proposals, history, ctx);
    out.push(a);
    if (a.entity) {
      paragraphSpeakers[q.paragraph] = a;
      if (weighed) history.spoke.set(a.entity, (history.spoke.get(a.entity) ?? 0) + 1);
    }
  }
  carryBackThroughContinuations(quotes, out);
  headlineEchoes(quotes, out, ctx);
  return out;
}

/** `"A," she said. "B."`: the quote before, in the same paragraph, with a speaker, and this one opening its sentence. */
function splitFrom(prevQuote: PairedQuote, prevAttr: Attribution, q: PairedQuote, s: number, ctx: AttributionContext): Attribution | undefined {
  if (prevQuote.paragraph !== q.paragraph || !prevAttr.entity || !opensSentence(q, s, ctx)) return undefined;
  return fromPreviousQuote(prevQuote, prevAttr, q);
}

function propose(proposals: Attribution[], a: Attribution | null | undefined | false): void {
  if (a) proposals.push(a);
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
  const tokenAfter = tokenBefore(tokenAt(tokens, firstAfter), limit);
  const secondTokenAfter = tokenAfter && tokenBefore(tokenAt(tokens, firstAfter + 1), limit);
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
  const colon = tokenAt(tokens, lastBefore);
  if (colon?.text === ':' && q.open.start - colon.end <= 2) {
    const named = tokenAt(tokens, lastBefore - 1);
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
  const segment = tokenAt(tokens, lastBefore)?.segment;
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
