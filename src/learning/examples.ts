/**
 * Training examples for the speaker model: each quote of a gold story or a PolNeAR article, with
 * its candidate speakers (as the engine proposes them, the rules deciding alone) and which of them
 * the gold names. Pure: text and gold in, examples out.
 */
import { analyzeWith } from '../analysis/analyze.js';
import { overlap, type Span, type TextSpan } from '../analysis/span.js';
import type { Candidate } from '../analysis/steps/attribution/model/candidates.js';
import { convertPolnear, type GoldSource, type GoldStory, type PolnearArticle } from '../evaluation/gold.js';
import { containsWords, nameMatches, normalizeName } from '../evaluation/names.js';

/** One candidate: its features (sparse) and whether the gold names it. */
export interface Example {
  index: Int32Array;
  value: Float64Array;
  right: boolean;
  /** The rules' verdict (what the engine chose before the model). */
  verdict: boolean;
}

/** One quote's candidates; `reachable` when one of them is right (only those teach the model). */
export interface Group {
  story: string;
  candidates: Example[];
  reachable: boolean;
}

type Traced = { said: Span; candidates: Candidate[]; kind: 'quote' | 'statement' };

/** Every quote's and reported statement's candidates, the rules deciding alone; `said` is the content. */
function trace(text: string): Traced[] {
  const traced: Traced[] = [];
  analyzeWith(text, {
    model: null,
    trace: (said, candidates, kind) => traced.push({ said: { start: said.open.end, end: said.close?.start ?? said.end }, candidates, kind }),
  });
  return traced;
}

function toGroup(story: string, candidates: readonly Candidate[], right: (c: Candidate) => boolean): Group {
  const examples = candidates.map((c) => {
    const entries = [...c.features].sort((a, b) => a[0] - b[0]);
    return { index: Int32Array.from(entries.map((e) => e[0])), value: Float64Array.from(entries.map((e) => e[1])), right: right(c), verdict: c.verdict };
  });
  // a quote no rule tied to anyone keeps no speaker (choose.ts): only the others are the model's to decide
  return { story, candidates: examples, reachable: examples.some((e) => e.verdict) && examples.some((e) => e.right) };
}

/** The gold span that overlaps the quote's content most, if any does by half of either. */
function bestGold<T extends Span>(q: Span, gold: readonly T[]): T | undefined {
  let best: T | undefined;
  let most = 0;
  for (const g of gold) {
    const o = overlap(q, g);
    if (o > most) {
      most = o;
      best = g;
    }
  }
  return best && most * 2 >= Math.min(q.end - q.start, best.end - best.start) ? best : undefined;
}

/**
 * A PolNeAR article's quotes and reported statements: the gold speaker is a span; a candidate is
 * right when its mention is that span, or its name holds the speaker's words.
 */
export function articleExamples(article: PolnearArticle): { quotes: Group[]; statements: Group[] } {
  const gold = convertPolnear(article);
  const quotes: Group[] = [];
  const statements: Group[] = [];
  for (const t of trace(article.text)) {
    const g = t.kind === 'quote' ? bestGold(t.said, gold.quotes) : bestGold(t.said, gold.statements);
    if (!g) continue;
    (t.kind === 'quote' ? quotes : statements).push(toGroup(article.id, t.candidates, (c) => isSpeaker(c, g.speaker, g.speakerIsPronoun)));
  }
  return { quotes, statements };
}

export function isSpeaker(c: Candidate, speaker: TextSpan | null, pronoun: boolean): boolean {
  if (speaker === null) return c.entity === null && c.mention === null;
  if (c.mention && overlap(c.mention, speaker) > 0) return true;
  // as the scorer reads it (ANNOTATION.md rule 6): the mention itself, or a source named as the gold speaker
  return c.entity !== null && !pronoun && containsWords(normalizeName(c.entity.name), normalizeName(speaker.text));
}

/** A gold story of ANNOTATION.md: a candidate is right when its name is the gold source's. */
export function storyGroups(story: GoldStory): Group[] {
  const sources = new Map(story.sources.map((s) => [s.id, s] as const));
  const groups: Group[] = [];
  for (const t of trace(story.text)) {
    // a gold story marks its quotes only: its statements teach nothing
    if (t.kind !== 'quote') continue;
    const g = bestGold(t.said, story.quotes);
    if (!g) continue;
    const source = g.source === null ? null : sources.get(g.source);
    groups.push(toGroup(story.id, t.candidates, (c) => isSource(c, source ?? null)));
  }
  return groups;
}

function isSource(c: Candidate, source: GoldSource | null): boolean {
  if (source === null) return c.entity === null && c.mention === null;
  return (c.entity !== null && nameMatches(c.entity.name, source)) || (c.mention !== null && nameMatches(c.mention.text, source));
}
