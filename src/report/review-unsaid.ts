/**
 * "Could not tell who said this" (`report.review.couldNotTell`): the sentences with a reporting
 * verb that no source could be given to. Pure; each sentence is read once, up to 2,000 characters.
 */
import { NOUN_MARKERS, PASSIVE_AUXILIARIES } from '../analysis/lexicon/clause-words.js';
import { VERB_BY_FORM } from '../analysis/lexicon/speech-verbs.js';
import { furthestEnds, type Span } from '../analysis/span.js';
import { clip, type FindingContext } from './findings/context.js';
import type { Finding, ReviewItem } from './types.js';

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/**
 * What a passive reporting verb needs at the least: an auxiliary word, then past anything but
 * letters a word that ends like a participle (`was … announced`, `is said`). Most sentences have
 * none, and are answered by this one scan instead of a look-up per word.
 */
const PASSIVE_SHAPE = new RegExp(`(?<!\\p{L})(?:${[...PASSIVE_AUXILIARIES].join('|')})\\P{L}+[\\p{L}'’]*(?:ed|en|id|ld)`, 'iu');

/**
 * Sentences with a reporting verb that no source could be given to: a quote with no source (one
 * the `unattributed-quote` check flags: no chant, banner or proverb) in a sentence with a
 * reporting verb that is nobody's cue (`The plan, it was said, "will hurt"`), or an impersonal or
 * passive reporting verb with no agent, outside every quote and statement (`It was announced that
 * fares would rise`, `The mayor was told that…`).
 */
export function couldNotTell(ctx: FindingContext, findings: readonly Finding[]): ReviewItem[] {
  const cues = new Set<number>();
  for (const q of ctx.quotes) if (q.evidence.cue) cues.add(q.evidence.cue.start);
  for (const st of ctx.statements) {
    if (st.cue) cues.add(st.cue.start);
    if (st.evidence.cue) cues.add(st.evidence.cue.start);
  }
  const unattributed = new Set(findings.filter((f) => f.rule === 'unattributed-quote').map((f) => f.start));
  const reach = furthestEnds([...ctx.quotes, ...ctx.statements.flatMap((st) => (st.parts && st.parts.length > 0 ? st.parts : [st]))]);
  const inside = (at: number) => reach(at) > at;
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

/**
 * The first reporting verb of the sentence that `skip` does not rule out, as a verb (not after
 * `the`, `a`, `his`…). With `passive`, only an impersonal or passive one with no agent: after
 * `it was`, `it is`…, or after `was`, `were`… and followed by `that` within a few words, never by `by`.
 */
function reportingVerb(text: string, sentence: Span, skip: (at: number) => boolean, passive: boolean): string | null {
  const s = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 2000));
  if (passive && !PASSIVE_SHAPE.test(s)) return null;
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
