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
import type { Span, TextSpan } from '../analysis/span.js';
import type { Evidence, SourceMention } from '../analysis/story.js';
import { clip, type FindingContext } from './findings/context.js';
import { DISTANCE } from './findings/distant-attribution.js';
import { couldNotTell } from './review-unsaid.js';
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
  const factsOf = factsIndex(ctx);
  const consider = (target: 'quote' | 'statement', a: Attributed): void => {
    if (a.sourceId === null || ctx.inHeadline(a)) return;
    const why = reasons(ctx, a, others, factsOf);
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

function reasons(ctx: FindingContext, a: Attributed, others: MentionIndex, factsOf: (s: ReportSource) => SourceFacts): Reason[] {
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
  const facts = source ? factsOf(source) : undefined;
  const far = farPronoun(ctx, a, source, facts, others);
  if (far) out.push({ reason: 'distant-pronoun', words: far });
  const doubt = doubtfulKind(source, facts, mention);
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

/** What the review asks of a source, indexed once per source (a source may have 100,000 mentions). */
interface SourceFacts {
  /** Mentions by their start. */
  at: Map<number, SourceMention>;
  /** Its names and descriptions outside the headline, by their end, in order. */
  named: SourceMention[];
  /** Place mentions by their start, and the first one. */
  places: Map<number, SourceMention>;
  firstPlace: SourceMention | undefined;
  /** A person named by one word only (`Kortbo`, `Tromsø`) and never described. */
  oneWordPerson: boolean;
}

function factsIndex(ctx: FindingContext): (source: ReportSource) => SourceFacts {
  const cache = new Map<string, SourceFacts>();
  return (source) => {
    let facts = cache.get(source.id);
    if (facts) return facts;
    const at = new Map<number, SourceMention>();
    const places = new Map<number, SourceMention>();
    const named: SourceMention[] = [];
    let names = 0;
    let oneWord = 0;
    for (const x of source.mentions) {
      at.set(x.start, x);
      if (x.type === 'place') places.set(x.start, x);
      if (x.type !== 'pronoun' && !ctx.inHeadline(x)) named.push(x);
      if (x.type === 'name') {
        names++;
        if (!/\s/.test(x.text.trim())) oneWord++;
      }
    }
    named.sort((a, b) => a.end - b.end);
    const firstPlace = source.mentions.find((x) => x.type === 'place');
    facts = { at, named, places, firstPlace, oneWordPerson: source.kind === 'person' && !source.description && names > 0 && oneWord === names };
    cache.set(source.id, facts);
    return facts;
  };
}

/**
 * A pronoun whose name is hard to find: no name before it, a name three paragraphs or more back,
 * or a name farther than DISTANCE characters with another source mentioned in between (the
 * pronoun could stand for either). `He said` in the paragraph after the name is plain news style.
 */
function farPronoun(ctx: FindingContext, a: Attributed, source: ReportSource | undefined, facts: SourceFacts | undefined, others: MentionIndex): string | null {
  const m = a.evidence.mention;
  if (!m || !source || !facts) return null;
  const own = facts.at.get(m.start);
  if (own?.type !== 'pronoun' || own.end !== m.end) return null;
  // the last name or description that ends before the pronoun: binary search
  let lo = 0;
  let hi = facts.named.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((facts.named[mid] as SourceMention).end <= m.start) lo = mid + 1;
    else hi = mid;
  }
  const named = facts.named[lo - 1];
  if (named === undefined) return `“${own.text}” comes before any name it could stand for.`;
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

/** How many mentions of other sources `between` weighs before it gives up (their genders all ruled out). */
const OTHERS_WEIGHED = 20;

function mentionIndex(ctx: FindingContext): MentionIndex {
  const all: { start: number; id: string; name: string; gender: 'f' | 'm' | undefined }[] = [];
  for (const s of ctx.sources) {
    const gender = s.mentions.find((x) => x.gender !== undefined)?.gender;
    for (const x of s.mentions) if (x.type !== 'pronoun') all.push({ start: x.start, id: s.id, name: s.name, gender });
  }
  all.sort((a, b) => a.start - b.start);
  // nextOther[i]: the first index from i on whose source differs from i's (a run of one source is skipped at once)
  const nextOther = new Int32Array(all.length + 1).fill(all.length);
  for (let i = all.length - 2; i >= 0; i--)
    nextOther[i] = (all[i] as { id: string }).id === (all[i + 1] as { id: string }).id ? (nextOther[i + 1] as number) : i + 1;
  return {
    between(from, to, except, gender) {
      let lo = 0;
      let hi = all.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((all[mid] as { start: number }).start < from) lo = mid + 1;
        else hi = mid;
      }
      let i = lo;
      for (let weighed = 0; i < all.length && (all[i] as { start: number }).start < to && weighed < OTHERS_WEIGHED; ) {
        const x = all[i] as { id: string; name: string; gender: 'f' | 'm' | undefined };
        if (x.id === except) {
          i = nextOther[i] as number;
          continue;
        }
        if (gender === undefined || x.gender === undefined || x.gender === gender) return x.name;
        weighed++;
        i = nextOther[i] as number;
      }
      return null;
    },
  };
}

/** Whether the kind of the source is open to doubt, in words. */
function doubtfulKind(source: ReportSource | undefined, facts: SourceFacts | undefined, mention: TextSpan | null): string | null {
  if (!source || !facts) return null;
  const place = mention === null ? facts.firstPlace : facts.places.get(mention.start);
  if (place) return `“${place.text}” is a place standing for someone who speaks for it: who exactly?`;
  if (facts.oneWordPerson) return `${source.name} is named by one word only: is it a person, and who?`;
  return null;
}

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.min(1, n)) : 0;
}
