/**
 * "Check these first": the attributions an editor should verify before any other, because the
 * engine had least to go on (`report.review`). A quote or reported statement is listed when it
 * was attributed by the turn-taking of an exchange, by a speaker named in another paragraph, by a
 * pronoun far from the name it stands for, to a source whose kind is doubtful (a place standing
 * for its government, a person named by one word only), or with a low confidence; the likeliest
 * to be wrong come first, at most REVIEW_LIMIT of them. Apart from them, the sentences whose
 * reporting verb no source could be given to ("could not tell who said this"). Pure: reads the
 * same context as the editorial checks, no I/O.
 */
import { NOUN_MARKERS, PASSIVE_AUXILIARIES } from '../analysis/lexicon/clause-words.js';
import { VERB_BY_FORM } from '../analysis/lexicon/speech-verbs.js';
import type { Span, TextSpan } from '../analysis/span.js';
import type { Evidence } from '../analysis/story.js';
import { clip, type FindingContext } from './findings/context.js';
import { DISTANCE } from './findings/distant-attribution.js';
import type { Finding, ReportSource, Review, ReviewItem, ReviewReason } from './types.js';

/** At most this many attributions in "Check these first", and sentences in "could not tell". */
export const REVIEW_LIMIT = 5;
export const COULD_NOT_TELL_LIMIT = 10;
/** Below this confidence an attribution is worth a second look. */
export const LOW_CONFIDENCE = 0.7;

/** How much each reason weighs when the list is ordered (the likeliest to be wrong first). */
const WEIGHT: Record<ReviewReason, number> = {
  'turn-taking': 3,
  'other-paragraph': 2,
  'distant-pronoun': 2,
  'doubtful-kind': 2,
  'low-confidence': 1,
  'no-source': 0,
};

interface Attributed extends TextSpan {
  id: string;
  sourceId: string | null;
  evidence: Evidence;
}

export function reviewList(ctx: FindingContext, findings: readonly Finding[]): Review {
  const scored: { item: ReviewItem; score: number }[] = [];
  const others = mentionIndex(ctx);
  const consider = (target: 'quote' | 'statement', a: Attributed): void => {
    if (a.sourceId === null || ctx.inHeadline(a)) return;
    const why = reasons(ctx, a, others);
    if (why.length === 0) return;
    const score = why.reduce((n, w) => n + WEIGHT[w.reason], 0) + (1 - clamp01(a.evidence.confidence));
    const source = ctx.source(a.sourceId);
    scored.push({
      score,
      item: {
        target,
        id: a.id,
        start: a.start,
        end: a.end,
        text: clip(a.text, 80),
        who: source?.name ?? null,
        reasons: why.map((w) => w.reason),
        message: why.map((w) => w.words).join(' '),
        confidence: clamp01(a.evidence.confidence),
      },
    });
  };
  for (const q of ctx.quotes) consider('quote', q);
  for (const st of ctx.statements) if (st.form === 'indirect') consider('statement', st);
  scored.sort((a, b) => b.score - a.score || a.item.start - b.item.start);
  const unsaid = couldNotTell(ctx, findings);
  return {
    check: scored.slice(0, REVIEW_LIMIT).map((s) => s.item),
    more: Math.max(0, scored.length - REVIEW_LIMIT),
    couldNotTell: unsaid.slice(0, COULD_NOT_TELL_LIMIT),
    couldNotTellMore: Math.max(0, unsaid.length - COULD_NOT_TELL_LIMIT),
  };
}

interface Reason {
  reason: ReviewReason;
  words: string;
}

function reasons(ctx: FindingContext, a: Attributed, others: MentionIndex): Reason[] {
  const out: Reason[] = [];
  const { rule, cue, mention, confidence } = a.evidence;
  const source = ctx.source(a.sourceId);
  if (rule === 'conversation') out.push({ reason: 'turn-taking', words: 'Attributed by the turn-taking of an exchange: nobody is named next to it.' });
  const tag = nearest(a, [mention, cue]);
  const here = ctx.paragraphOf(a.start);
  if (rule !== 'conversation' && tag !== null && here >= 0) {
    const there = ctx.paragraphOf(tag.start);
    const apart = Math.abs(here - there);
    // A quote running on for paragraphs is tagged once by convention: only two or more away counts.
    if (there >= 0 && apart >= (rule === 'continuation' ? 2 : 1)) {
      out.push({ reason: 'other-paragraph', words: `The speaker is named ${apart === 1 ? 'in another paragraph' : `${apart} paragraphs away`}.` });
    }
  }
  const far = farPronoun(ctx, a, source, others);
  if (far) out.push({ reason: 'distant-pronoun', words: far });
  const doubt = doubtfulKind(source, mention);
  if (doubt) out.push({ reason: 'doubtful-kind', words: doubt });
  if (confidence < LOW_CONFIDENCE)
    out.push({ reason: 'low-confidence', words: `The attribution is a guess (confidence ${Math.round(clamp01(confidence) * 100)}%).` });
  return out;
}

/** The one of the tags nearest to the passage, or null. */
function nearest(a: Span, tags: readonly (TextSpan | null)[]): TextSpan | null {
  let best: TextSpan | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const t of tags) {
    if (!t) continue;
    const gap = t.end <= a.start ? a.start - t.end : t.start >= a.end ? t.start - a.end : 0;
    if (gap < bestGap) {
      best = t;
      bestGap = gap;
    }
  }
  return best;
}

/**
 * A pronoun whose name is hard to find: no name before it, a name three paragraphs or more back,
 * or a name farther than DISTANCE characters with another source mentioned in between (the
 * pronoun could stand for either). `He said` in the paragraph after the name is plain news style.
 */
function farPronoun(ctx: FindingContext, a: Attributed, source: ReportSource | undefined, others: MentionIndex): string | null {
  const m = a.evidence.mention;
  if (!m || !source) return null;
  const own = source.mentions.find((x) => x.start === m.start && x.end === m.end);
  if (own?.type !== 'pronoun') return null;
  let named: TextSpan | null = null;
  for (const x of source.mentions) if (x.type !== 'pronoun' && x.end <= m.start && !ctx.inHeadline(x) && (named === null || x.end > named.end)) named = x;
  if (named === null) return `“${own.text}” comes before any name it could stand for.`;
  const paragraphs = ctx.paragraphOf(m.start) - ctx.paragraphOf(named.start);
  if (paragraphs >= 3) return `“${own.text}” stands for ${source.name}, last named ${paragraphs} paragraphs before.`;
  if (m.start - named.end <= DISTANCE) return null;
  const between = others.between(named.end, m.start, source.id, own.gender);
  return between ? `“${own.text}” stands for ${source.name}, but ${between} is mentioned in between: it could be either.` : null;
}

/** Every mention of every source, in text order, to ask who else is mentioned between two offsets. */
interface MentionIndex {
  /** The name of another source mentioned between `from` and `to` whose gender does not rule it out, or null. */
  between(from: number, to: number, except: string, gender: 'f' | 'm' | undefined): string | null;
}

function mentionIndex(ctx: FindingContext): MentionIndex {
  const all: { start: number; id: string; name: string; gender: 'f' | 'm' | undefined }[] = [];
  for (const s of ctx.sources) {
    const gender = s.mentions.find((x) => x.gender !== undefined)?.gender;
    for (const x of s.mentions) if (x.type !== 'pronoun') all.push({ start: x.start, id: s.id, name: s.name, gender });
  }
  all.sort((a, b) => a.start - b.start);
  return {
    between(from, to, except, gender) {
      let lo = 0;
      let hi = all.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((all[mid] as { start: number }).start < from) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < all.length && (all[i] as { start: number }).start < to; i++) {
        const x = all[i] as { id: string; name: string; gender: 'f' | 'm' | undefined };
        if (x.id !== except && (gender === undefined || x.gender === undefined || x.gender === gender)) return x.name;
      }
      return null;
    },
  };
}

/** Whether the kind of the source is open to doubt, in words. */
function doubtfulKind(source: ReportSource | undefined, mention: TextSpan | null): string | null {
  if (!source) return null;
  const place = source.mentions.find((x) => x.type === 'place' && (mention === null || x.start === mention.start));
  if (place) return `“${place.text}” is a place standing for someone who speaks for it: who exactly?`;
  if (source.kind === 'person' && !source.description) {
    const names = source.mentions.filter((x) => x.type === 'name');
    if (names.length > 0 && names.every((x) => !/\s/.test(x.text.trim()))) return `${source.name} is named by one word only: is it a person, and who?`;
  }
  return null;
}

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/**
 * Sentences with a reporting verb that no source could be given to: a quote with no source (one
 * the `unattributed-quote` check flags: no chant, banner or proverb) in a sentence with a
 * reporting verb that is nobody's cue (`The plan, it was said, "will hurt"`), or an impersonal or
 * passive reporting verb with no agent, outside every quote and statement (`It was announced that
 * fares would rise`, `The mayor was told that…`).
 */
function couldNotTell(ctx: FindingContext, findings: readonly Finding[]): ReviewItem[] {
  const cues = new Set<number>();
  for (const q of ctx.quotes) if (q.evidence.cue) cues.add(q.evidence.cue.start);
  for (const st of ctx.statements) {
    if (st.cue) cues.add(st.cue.start);
    if (st.evidence.cue) cues.add(st.evidence.cue.start);
  }
  const unattributed = new Set(findings.filter((f) => f.rule === 'unattributed-quote').map((f) => f.start));
  const inside = spanIndex([...ctx.quotes, ...ctx.statements.flatMap((st) => (st.parts && st.parts.length > 0 ? st.parts : [st]))]);
  const out: ReviewItem[] = [];
  const listed = new Set<number>();
  for (const q of ctx.quotes) {
    if (!unattributed.has(q.start)) continue;
    const sentence = ctx.sentenceAt(q.start);
    if (!sentence || listed.has(sentence.start)) continue;
    const verb = reportingVerb(ctx.text, sentence, (at) => cues.has(at) || (at >= q.start && at < q.end), false);
    if (verb === null) continue;
    listed.add(sentence.start);
    out.push(unsaidItem(ctx, 'quote', q.id, sentence, verb));
  }
  for (const sentence of ctx.sentences) {
    if (listed.has(sentence.start) || ctx.inHeadline(sentence)) continue;
    const verb = reportingVerb(ctx.text, sentence, (at) => cues.has(at) || inside(at), true);
    if (verb === null) continue;
    listed.add(sentence.start);
    out.push(unsaidItem(ctx, 'sentence', null, sentence, verb));
  }
  return out.sort((a, b) => a.start - b.start);
}

function unsaidItem(ctx: FindingContext, target: 'quote' | 'sentence', id: string | null, sentence: Span, verb: string): ReviewItem {
  return {
    target,
    id,
    start: sentence.start,
    end: sentence.end,
    text: clip(ctx.text.slice(sentence.start, sentence.end), 120),
    who: null,
    reasons: ['no-source'],
    message: `Could not tell who said this: “${verb}” has no speaker the story names.`,
    confidence: null,
  };
}

/** Whether an offset lies inside one of the spans (sorted once, then a binary search per question). */
function spanIndex(spans: readonly Span[]): (at: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let max = -1;
  for (const s of sorted) {
    max = Math.max(max, s.end);
    reach.push(max);
  }
  return (at) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as Span).start <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (reach[lo - 1] as number) > at;
  };
}

/**
 * The first reporting verb of the sentence that `skip` does not rule out, as a verb (not after
 * `the`, `a`, `his`…). With `passive`, only an impersonal or passive one with no agent: after
 * `it was`, `it is`…, or after `was`, `were`… and followed by `that` within a few words, never by `by`.
 */
function reportingVerb(text: string, sentence: Span, skip: (at: number) => boolean, passive: boolean): string | null {
  const s = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 2000));
  const seen: string[] = [];
  for (const m of s.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    const at = sentence.start + m.index;
    const before = seen.at(-1) ?? '';
    const twoBefore = seen.at(-2) ?? '';
    seen.push(w);
    if (!VERB_BY_FORM.has(w) || skip(at) || NOUN_MARKERS.has(before)) continue;
    if (!passive) return m[0];
    if (!PASSIVE_AUXILIARIES.has(before) || !/(?:ed|en|id|ld)$/.test(w)) continue;
    const next = s.slice(m.index + m[0].length, m.index + m[0].length + 60).toLowerCase();
    if (/^\W+by\b/.test(next)) continue;
    const impersonal = twoBefore === 'it' || (twoBefore === 'been' && seen.at(-3) === 'it');
    if (impersonal || /^\W+(?:\p{L}+\W+){0,3}?that\b/u.test(next)) return `${before} ${m[0]}`;
  }
  return null;
}

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.min(1, n)) : 0;
}
