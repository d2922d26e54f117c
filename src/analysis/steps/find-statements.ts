/**
 * Statements: everything the story attributes to a source, quoted or not. Reported speech
 * around a cue (`Hifter said in a meeting on Wednesday that he cannot…`, `…, officials said.`,
 * `according to the WHO, …`) becomes an indirect or mixed statement; attributed quotes that no
 * such statement covers become direct ones, a split quote (`"A," she said. "B."`) one statement
 * in parts.
 */

import type { Doc } from '../doc/doc.js';
import { SAY_LEMMAS } from '../lexicon/speech-verbs.js';
import type { TextSpan } from '../span.js';
import { containingNear, firstStartingAtOrAfter, type Span } from '../span.js';
import type { StatementForm } from '../story.js';
import type { Attribution } from './attribute-quotes.js';
import type { AttributionContext } from './attribution/context.js';
import type { SpeakerHistory } from './attribution/model/candidates.js';
import { chooseSpeaker } from './attribution/model/choose.js';
import type { Said } from './attribution/model/types.js';
import type { Cue } from './find-speech-cues.js';
import type { PairedQuote } from './pair-quotes.js';
import type { Coreference } from './resolve-sources.js';
import { contentOf, nonEmpty } from './statements/content.js';
import { embeddedIn, leftEdge, reportsBefore } from './statements/outer-reports.js';
import { freeRelativeSpeaker } from './statements/what-they-called.js';

export interface FoundStatement {
  parts: Span[];
  form: StatementForm;
  attribution: Attribution;
  quoteIndexes: number[];
}

/** What a cue attributes its own statement to: the entity of its subject, by the cue itself. */
export function cueAttribution(c: Cue, coref: Pick<Coreference, 'entityOf'>): Attribution {
  const entity = c.subject ? (coref.entityOf.get(c.subject) ?? null) : null;
  const rule = c.type === 'according-to' ? 'according-to' : 'same-sentence';
  // (the cue is a span: buildSources copies the text it covers, as for the cues of quotes; each
  // kind made whole in one literal: a field added afterwards gives the object a second store)
  const relativePronoun = c.relativePronoun;
  if (relativePronoun) return { entity, mention: c.subject, cue: c, rule, confidence: 0.8, relativePronoun };
  return { entity, mention: c.subject, cue: c, rule, confidence: 0.8 };
}

export function findStatements(
  doc: Pick<Doc, 'text' | 'sentences' | 'frames' | 'mentionsAt'>,
  cues: readonly Cue[],
  quotes: readonly PairedQuote[],
  attributions: readonly Attribution[],
  outerOf: ReadonlyMap<Cue, Cue>,
  coref: Pick<Coreference, 'entityOf'>,
  /** The speaker model's context: a reported statement's speaker is then weighed as a quote's is. */
  speakers?: { ctx: AttributionContext; history: SpeakerHistory },
): FoundStatement[] {
  const { text, sentences, frames } = doc;
  const out: FoundStatement[] = [];
  // each statement's first start, by its place in `out`: the sort below reads numbers, not statements
  const starts: number[] = [];
  const covered = new Uint8Array(quotes.length);
  const inner = innerReports(cues, outerOf);
  let q = 0;
  let paragraph = -1; // of the last statement the model weighed
  for (let ci = 0; ci < cues.length; ci++) {
    const c = cues[ci] as Cue;
    if (!c.subject || inner[ci] === 1) continue;
    const sentence = sentences[c.sentence] as Span;
    const tokens = frames[c.sentence]?.tokens ?? [];
    // content never reaches past a neighbouring cue of the same sentence: linear in the text
    const prev = cues[ci - 1];
    let after = ci + 1;
    while (after < cues.length && inner[after] === 1) after++;
    // `The Courier wrote that Olsen had claimed a loss …`: a report of someone else's words inside
    // this one is part of what this one says (both are statements, the inner inside the outer)
    if (embeddedIn(text, c, cues[after])) after++;
    const next = cues[after];
    // (`Police said they had no plans, according to the family`: the report before is part of what the source says)
    // (and `Olsen said the port would close, the Courier reported`)
    const outer = prev !== undefined && prev.side === 'left' && inner[ci - 1] === 0 && (c.type === 'according-to' || reportsBefore(tokens, c, prev));
    const from = prev && prev.sentence === c.sentence && !outer ? Math.max(prev.end, prev.subject?.end ?? 0) : sentence.start;
    // (`Lind, who said he votes early, said …`: after `say` and its kin, a subject before this cue bounds nothing;
    // `…, who asked for anonymity because …, said` stays without content)
    const shared = next?.subject && next.subject.start < c.end && c.verb !== null && SAY_LEMMAS.has(c.verb.lemma);
    // (`According to the police, the mayor said …`: the report after is part of what the source says)
    const leading = c.type === 'according-to' && c.first === 0;
    const to =
      next && next.sentence === c.sentence && !leading
        ? Math.min(next.start, next.subject && next.side === 'left' && !shared ? leftEdge(tokens, next.subject) : next.start)
        : sentence.end;
    const parts = nonEmpty(contentOf(text, c, tokens, Math.min(from, c.start), Math.max(to, c.end), sentence.start));
    if (!parts) continue;
    while (q < quotes.length && (quotes[q] as PairedQuote).end <= sentence.start) q++;
    let length = 0;
    let partsStart = Number.POSITIVE_INFINITY;
    let partsEnd = Number.NEGATIVE_INFINITY;
    for (const p of parts) {
      length += p.end - p.start;
      partsStart = Math.min(partsStart, p.start);
      partsEnd = Math.max(partsEnd, p.end);
    }
    const inside: number[] = [];
    let quoted = 0;
    // only quotes starting within the parts can be held (a quote's text starts after its mark):
    // a binary search and a stop at the parts' end keep a sentence of many cues and quotes linear
    const end = Math.min(sentence.end, partsEnd);
    for (let k = firstStartingFrom(quotes, partsStart, q); k < quotes.length && (quotes[k] as PairedQuote).start < end; k++) {
      const quote = quotes[k] as PairedQuote;
      if (holds(parts, quote)) {
        inside.push(k);
        quoted += quote.end - quote.start;
      }
    }
    if (inside.length > 0 && quoted >= length - 4 * inside.length - 2) continue; // all quote: a direct statement below
    for (const k of inside) covered[k] = 1;
    const byCue = cueAttribution(c, coref);
    let attribution = byCue;
    if (speakers) {
      paragraph = containingNear(speakers.ctx.doc.paragraphs, partsStart, paragraph);
      attribution = chooseSpeaker(saidOf(partsStart, partsEnd, paragraph), c.sentence, [byCue], speakers.history, speakers.ctx, 'statement');
    }
    attribution.mention = freeRelativeSpeaker(attribution, tokens, doc.mentionsAt, coref) ?? attribution.mention;
    out.push({ parts, form: inside.length > 0 ? 'mixed' : 'indirect', attribution, quoteIndexes: inside });
    starts.push((parts[0] as Span).start);
  }
  // attributed quotes that no reported-speech statement holds: direct statements
  const firstDirect = out.length;
  for (let k = 0; k < quotes.length; k++) {
    const a = attributions[k] as Attribution;
    if (covered[k] === 1 || (a.entity === null && a.mention === null)) continue;
    const quote = quotes[k] as PairedQuote;
    // (no read at index -1, of an empty list or of a statement without quotes: a slow property look-up)
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    const held = last === undefined ? 0 : last.quoteIndexes.length;
    const prevIndex = held > 0 ? last?.quoteIndexes[held - 1] : undefined;
    const prev = prevIndex === undefined ? undefined : quotes[prevIndex];
    if (
      last &&
      last.form === 'direct' &&
      prev &&
      prevIndex === k - 1 &&
      prev.paragraph === quote.paragraph &&
      (a.rule === 'cue-inside-split' || a.rule === 'previous-sentence') &&
      last.attribution.entity === a.entity
    ) {
      last.parts.push({ start: quote.start, end: quote.end });
      last.quoteIndexes.push(k);
      continue;
    }
    out.push({ parts: [{ start: quote.start, end: quote.end }], form: 'direct', attribution: a, quoteIndexes: [k] });
    starts.push(quote.start);
  }
  return inTextOrder(out, starts, firstDirect);
}

/** A statement's content as the speaker model reads what is said: empty marks at its two ends. */
function saidOf(start: number, end: number, paragraph: number): Said {
  return { open: { start, end: start }, close: { start: end, end }, end, paragraph };
}

/** Per cue, 1 when it is part of an outer report by the same speaker (a key of `outerOf`): one look-up per cue. */
function innerReports(cues: readonly Cue[], outerOf: ReadonlyMap<Cue, Cue>): Uint8Array {
  const inner = new Uint8Array(cues.length);
  if (outerOf.size > 0) for (let i = 0; i < cues.length; i++) inner[i] = outerOf.has(cues[i] as Cue) ? 1 : 0;
  return inner;
}

/**
 * The first quote from index `from` on that starts at `offset` or after (quotes in text order), as
 * firstStartingAtOrAfter finds it: in steps that double from `from`, then a binary search in the
 * last one. The quote sought is mostly `from` or the next: one or two reads, not a dozen far apart.
 */
function firstStartingFrom(quotes: readonly PairedQuote[], offset: number, from: number): number {
  let lo = from;
  let hi = from;
  let step = 1;
  while (hi < quotes.length && (quotes[hi] as PairedQuote).start < offset) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  return firstStartingAtOrAfter(quotes, offset, lo, Math.min(hi, quotes.length));
}

/**
 * The indexes from..to-1 in a stable sort by `starts`. The reported statements come nearly sorted
 * (a lead before its cue starts before the statement of the sentence's earlier cue): an insertion
 * sort moves each index past the few it is out of order with, with no comparator called n log n
 * times; past a budget of moves (a story of many such leads), the built-in sort does the rest.
 */
export function sortedByStart(starts: readonly number[], from: number, to: number): number[] {
  const order: number[] = new Array(to - from);
  let budget = 8 * (to - from);
  for (let i = from; i < to; i++) {
    const start = starts[i] as number;
    let j = i - from;
    // (stable: an index moves only past those that start later, never past an equal start)
    while (j > 0 && (starts[order[j - 1] as number] as number) > start && budget-- > 0) {
      order[j] = order[j - 1] as number;
      j--;
    }
    order[j] = i;
    if (budget <= 0) return sortedByBuiltIn(starts, from, to);
  }
  return order;
}

/** The indexes from..to-1 in a stable sort by `starts`, by the built-in sort. */
function sortedByBuiltIn(starts: readonly number[], from: number, to: number): number[] {
  const order: number[] = [];
  for (let i = from; i < to; i++) order.push(i);
  order.sort((i, j) => (starts[i] as number) - (starts[j] as number) || i - j);
  return order;
}

/**
 * The statements sorted by where they start, as a stable sort of the whole list would leave them.
 * Direct statements come in quote order, already sorted; reported speech comes in cue order,
 * nearly sorted. Sorting the reported speech alone and merging the two runs in one pass (the
 * earlier run first on a tie, as a stable sort keeps them) gives the same order for less work.
 * `starts` holds each statement's first start, by its place in `out`.
 */
function inTextOrder(out: readonly FoundStatement[], starts: readonly number[], firstDirect: number): FoundStatement[] {
  if (!isInOrder(starts, firstDirect, out.length)) return sortedByStart(starts, 0, out.length).map((i) => out[i] as FoundStatement);
  const reported = isInOrder(starts, 0, firstDirect) ? null : sortedByStart(starts, 0, firstDirect);
  const merged: FoundStatement[] = [];
  let a = 0;
  let b = firstDirect;
  while (a < firstDirect && b < out.length) {
    const r = reported === null ? a : (reported[a] as number);
    if ((starts[b] as number) < (starts[r] as number)) merged.push(out[b++] as FoundStatement);
    else {
      merged.push(out[r] as FoundStatement);
      a++;
    }
  }
  for (; a < firstDirect; a++) merged.push(out[reported === null ? a : (reported[a] as number)] as FoundStatement);
  while (b < out.length) merged.push(out[b++] as FoundStatement);
  return merged;
}

function isInOrder(starts: readonly number[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if ((starts[i] as number) < (starts[i - 1] as number)) return false;
  return true;
}

/** One of the parts holds the quote's opening mark and the start of its text. */
function holds(parts: readonly Span[], quote: PairedQuote): boolean {
  for (const p of parts) if (p.start <= quote.open.start && quote.start < p.end) return true;
  return false;
}

export type { TextSpan };
