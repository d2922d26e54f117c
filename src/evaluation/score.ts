/**
 * The scorer of ANNOTATION.md "Scoring" (rules 1–6): a predicted report against a gold story
 * or a PolNeAR article. Per-story results are counts, so a corpus is scored by summing them
 * (micro-averaging); figures are derived from counts at the end. Pure: no I/O.
 */
import { countWords, overlap, type Span, type TextSpan } from '../analysis/span.js';
import type { SourceKind } from '../analysis/story.js';
import type { SourcingReport } from '../report/types.js';
import { convertPolnear, type GoldSource, type GoldStatement, type GoldStory, type PolnearArticle } from './gold.js';

// ---------------------------------------------------------------------------------------------
// What the scorer reads of a report: the fields ANNOTATION.md "What a system reports" promises.

export interface PredictedQuote extends Span {
  sourceId: string | null;
  speakerMention: TextSpan | null;
  kind?: SourceKind;
}

export interface PredictedStatement extends Span {
  /** Pieces of a broken content; empty or absent means the whole span. */
  parts?: Span[];
  sourceId: string | null;
  speakerMention: TextSpan | null;
}

export interface PredictedSource {
  id: string;
  kind: SourceKind;
  name: string;
  mentions?: Span[];
  justified: boolean | null;
}

export interface PredictedReport {
  quotes: PredictedQuote[];
  statements?: PredictedStatement[];
  sources: PredictedSource[];
}

// The project's own report is a PredictedReport (compile-time check).
const _reportIsScorable = (r: SourcingReport): PredictedReport => r;
void _reportIsScorable;

// ---------------------------------------------------------------------------------------------
// Counts and errors

export interface Counts {
  stories: number;
  /** Rules 1–2 (samples) and the corpus's direct quotes; `attributed` = speaker right. */
  quotes: { gold: number; predicted: number; matched: number; attributed: number };
  /** Rule 3: matched pairs whose gold source has a kind. */
  kind: { evaluated: number; correct: number };
  /** Rule 4: per-story absolute errors in points, and pooled counts. */
  unnamed: {
    stories: number;
    quotesErrorSum: number;
    wordsErrorSum: number;
    quotesErrorMax: number;
    wordsErrorMax: number;
    gold: ShareCounts;
    predicted: ShareCounts;
  };
  /** Rule 5: gold anonymous sources the system found. */
  justification: { evaluated: number; correct: number };
  /** Rule 6: `gold` counts speech attributions only; `matched` counts predictions matching any gold. */
  statements: {
    gold: number;
    goldAll: number;
    predicted: number;
    matchedSpeech: number;
    matched: number;
    speakerCorrect: number;
  };
}

export interface ShareCounts {
  quotes: number;
  anonymousQuotes: number;
  words: number;
  anonymousWords: number;
}

export type ErrorKind = 'missed' | 'spurious' | 'wrong-speaker';

export interface ScoreError {
  set: 'quote' | 'statement';
  kind: ErrorKind;
  start: number;
  end: number;
  /** What the system said: `speakerMention → source name`, or '' for a missed item. */
  predicted: string;
  /** What the gold says: the source's name or the speaker's text, or '' for a spurious item. */
  gold: string;
}

export interface StoryScore {
  id: string;
  counts: Counts;
  errors: ScoreError[];
}

export function emptyCounts(): Counts {
  const share = (): ShareCounts => ({ quotes: 0, anonymousQuotes: 0, words: 0, anonymousWords: 0 });
  return {
    stories: 0,
    quotes: { gold: 0, predicted: 0, matched: 0, attributed: 0 },
    kind: { evaluated: 0, correct: 0 },
    unnamed: { stories: 0, quotesErrorSum: 0, wordsErrorSum: 0, quotesErrorMax: 0, wordsErrorMax: 0, gold: share(), predicted: share() },
    justification: { evaluated: 0, correct: 0 },
    statements: { gold: 0, goldAll: 0, predicted: 0, matchedSpeech: 0, matched: 0, speakerCorrect: 0 },
  };
}

/** a + b, field by field (maxima take the larger). */
export function addCounts(a: Counts, b: Counts): Counts {
  return merge(a, b) as Counts;
}

function merge(a: unknown, b: unknown, key = ''): unknown {
  if (typeof a === 'number' && typeof b === 'number') return key.endsWith('Max') ? Math.max(a, b) : a + b;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return Object.fromEntries(Object.keys(x).map((k) => [k, merge(x[k], y[k], k)]));
}

// ---------------------------------------------------------------------------------------------
// Figures

export interface Figures {
  stories: number;
  quotePrecision: number | null;
  quoteRecall: number | null;
  quoteF1: number | null;
  /** Samples: attribution accuracy (rule 2). Corpus: quote speaker accuracy (rule 6). */
  attributionAccuracy: number | null;
  endToEndF1: number | null;
  kindAccuracy: number | null;
  /** Mean over stories of the absolute error, in percentage points. */
  unnamedShareErrorQuotes: number | null;
  unnamedShareErrorWords: number | null;
  /** Worst story. */
  unnamedShareErrorQuotesMax: number | null;
  unnamedShareErrorWordsMax: number | null;
  /** The error of the shares pooled over the whole set, in points. */
  unnamedShareErrorQuotesPooled: number | null;
  unnamedShareErrorWordsPooled: number | null;
  justificationAccuracy: number | null;
  statementPrecision: number | null;
  statementRecall: number | null;
  statementF1: number | null;
  statementSpeakerAccuracy: number | null;
}

/** n / d, or null when nothing was there to count. */
export function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

/** F1 = 2·tp / (predicted + gold) with separate hit counts for precision and recall. */
export function f1(precisionHits: number, predicted: number, recallHits: number, gold: number): number | null {
  const p = ratio(precisionHits, predicted);
  const r = ratio(recallHits, gold);
  if (predicted + gold === 0) return null;
  if (p === null || r === null || p + r === 0) return 0;
  return (2 * p * r) / (p + r);
}

export function figures(c: Counts): Figures {
  const q = c.quotes;
  const u = c.unnamed;
  const s = c.statements;
  const points = (part: number, whole: number) => (whole === 0 ? 0 : (100 * part) / whole);
  const pooled = (g: [number, number], p: [number, number]) => (u.stories === 0 ? null : Math.abs(points(p[0], p[1]) - points(g[0], g[1])));
  return {
    stories: c.stories,
    quotePrecision: ratio(q.matched, q.predicted),
    quoteRecall: ratio(q.matched, q.gold),
    quoteF1: f1(q.matched, q.predicted, q.matched, q.gold),
    attributionAccuracy: ratio(q.attributed, q.matched),
    endToEndF1: f1(q.attributed, q.predicted, q.attributed, q.gold),
    kindAccuracy: ratio(c.kind.correct, c.kind.evaluated),
    unnamedShareErrorQuotes: ratio(u.quotesErrorSum, u.stories),
    unnamedShareErrorWords: ratio(u.wordsErrorSum, u.stories),
    unnamedShareErrorQuotesMax: u.stories === 0 ? null : u.quotesErrorMax,
    unnamedShareErrorWordsMax: u.stories === 0 ? null : u.wordsErrorMax,
    unnamedShareErrorQuotesPooled: pooled([u.gold.anonymousQuotes, u.gold.quotes], [u.predicted.anonymousQuotes, u.predicted.quotes]),
    unnamedShareErrorWordsPooled: pooled([u.gold.anonymousWords, u.gold.words], [u.predicted.anonymousWords, u.predicted.words]),
    justificationAccuracy: ratio(c.justification.correct, c.justification.evaluated),
    statementPrecision: ratio(s.matched, s.predicted),
    statementRecall: ratio(s.matchedSpeech, s.gold),
    statementF1: f1(s.matched, s.predicted, s.matchedSpeech, s.gold),
    statementSpeakerAccuracy: ratio(s.speakerCorrect, s.matched),
  };
}

// ---------------------------------------------------------------------------------------------
// Matching (rules 1 and 6)

/** Total overlap of two contents given as lists of disjoint parts. */
export function partsOverlap(a: readonly Span[], b: readonly Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += overlap(x, y);
  return n;
}

function partsLength(parts: readonly Span[]): number {
  return parts.reduce((n, p) => n + (p.end - p.start), 0);
}

/** Two contents match when they share at least half of the shorter one (and something at all). */
export function spansMatch(a: readonly Span[], b: readonly Span[]): boolean {
  const shared = partsOverlap(a, b);
  return shared > 0 && 2 * shared >= Math.min(partsLength(a), partsLength(b));
}

/**
 * One-to-one matching of predictions to gold, greedy by largest overlap (ties: earlier gold,
 * then earlier prediction), so the result is deterministic. Only `goldIndices` take part when
 * given; `taken` holds predictions already used and receives the ones this call uses.
 * Returns [prediction, gold] index pairs.
 */
export function matchContents(
  predicted: readonly (readonly Span[])[],
  gold: readonly (readonly Span[])[],
  goldIndices: readonly number[] = gold.map((_, i) => i),
  taken: Set<number> = new Set(),
): Array<[number, number]> {
  const bounds = (parts: readonly Span[]) =>
    parts.reduce((b, p) => ({ start: Math.min(b.start, p.start), end: Math.max(b.end, p.end) }), { start: Infinity, end: -Infinity });
  const predBounds = predicted.map(bounds);
  const candidates: Array<[number, number, number]> = [];
  for (const g of goldIndices) {
    const gp = gold[g] as readonly Span[];
    const gb = bounds(gp);
    predicted.forEach((pp, p) => {
      const pb = predBounds[p] as Span;
      // Cheap rejection before summing parts.
      if (taken.has(p) || pb.end <= gb.start || pb.start >= gb.end) return;
      if (spansMatch(pp, gp)) candidates.push([partsOverlap(pp, gp), g, p]);
    });
  }
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedGold = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, g, p] of candidates) {
    if (usedGold.has(g) || taken.has(p)) continue;
    usedGold.add(g);
    taken.add(p);
    pairs.push([p, g]);
  }
  return pairs;
}

// ---------------------------------------------------------------------------------------------
// Names (rule 2)

/** Lower case, one space between words, no surrounding punctuation, no leading the/a/an. */
export function normalizeName(name: string): string {
  const trim = (s: string) => s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const s = trim(
    name
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/\s+/g, ' '),
  );
  return trim(s.replace(/^(?:the|a|an) /, ''));
}

/** Whether `needle` occurs in `hay` as whole words. */
function containsWords(hay: string, needle: string): boolean {
  if (needle === '') return false;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const before = hay[i - 1] ?? ' ';
    const after = hay[i + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** Rule 2's name test: the predicted name equals the gold name or an alias, contains the gold name, or is its last word. */
export function nameMatches(predictedName: string, gold: Pick<GoldSource, 'name' | 'aliases'>): boolean {
  const p = normalizeName(predictedName);
  if (p === '') return false;
  const g = normalizeName(gold.name);
  if (p === g || (gold.aliases ?? []).some((a) => normalizeName(a) === p)) return true;
  if (containsWords(p, g)) return true;
  const words = g.split(' ');
  return p === words[words.length - 1];
}

/** Every case-insensitive, whole-word occurrence in `text` of the source's name or aliases. */
export function goldMentions(text: string, source: Pick<GoldSource, 'name' | 'aliases'>): Span[] {
  const spans: Span[] = [];
  for (const form of new Set([source.name, ...(source.aliases ?? [])].map((f) => f.trim()).filter(Boolean))) {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

// ---------------------------------------------------------------------------------------------
// Gold stories: rules 1–5

function describe(p: { sourceId: string | null; speakerMention: TextSpan | null }, sources: Map<string, PredictedSource>): string {
  const name = p.sourceId === null ? '(no source)' : (sources.get(p.sourceId)?.name ?? `(unknown id ${p.sourceId})`);
  return p.speakerMention ? `${p.speakerMention.text} → ${name}` : name;
}

export function scoreStory(gold: GoldStory, report: PredictedReport): StoryScore {
  const counts = emptyCounts();
  const errors: ScoreError[] = [];
  const text = gold.text;
  counts.stories = 1;

  const goldSources = new Map(gold.sources.map((s) => [s.id, s] as const));
  const predSources = new Map(report.sources.map((s) => [s.id, s] as const));
  const mentions = new Map(gold.sources.map((s) => [s.id, goldMentions(text, s)] as const));
  const predKind = (q: PredictedQuote): SourceKind => q.kind ?? (q.sourceId === null ? 'unknown' : (predSources.get(q.sourceId)?.kind ?? 'unknown'));
  const predSource = (id: string | null) => (id === null ? undefined : predSources.get(id));

  const attributedTo = (q: PredictedQuote, sourceId: string | null): boolean => {
    if (sourceId === null) return q.sourceId === null || predKind(q) === 'unknown';
    const g = goldSources.get(sourceId) as GoldSource;
    const m = q.speakerMention;
    if (m && (mentions.get(sourceId) ?? []).some((s) => overlap(s, m) > 0)) return true;
    const p = predSource(q.sourceId);
    return p !== undefined && nameMatches(p.name, g);
  };

  // Rule 1: detection.
  const pairs = matchContents(
    report.quotes.map((q) => [q]),
    gold.quotes.map((q) => [q]),
  );
  counts.quotes.gold = gold.quotes.length;
  counts.quotes.predicted = report.quotes.length;
  counts.quotes.matched = pairs.length;

  // Rules 2–3 over matched pairs; which predicted source stands for which gold source.
  const foundAs = new Map<string, Map<string, number>>();
  for (const [p, g] of pairs) {
    const pq = report.quotes[p] as PredictedQuote;
    const gq = gold.quotes[g] as (typeof gold.quotes)[number];
    const goldSource = gq.source === null ? undefined : goldSources.get(gq.source);
    if (attributedTo(pq, gq.source)) {
      counts.quotes.attributed++;
      if (gq.source !== null && pq.sourceId !== null) {
        const votes = foundAs.get(gq.source) ?? new Map<string, number>();
        votes.set(pq.sourceId, (votes.get(pq.sourceId) ?? 0) + 1);
        foundAs.set(gq.source, votes);
      }
    } else {
      errors.push({
        set: 'quote',
        kind: 'wrong-speaker',
        start: pq.start,
        end: pq.end,
        predicted: describe(pq, predSources),
        gold: goldSource?.name ?? '(no source)',
      });
    }
    const goldKind = gq.source === null ? 'unknown' : goldSource?.kind;
    if (goldKind !== undefined) {
      counts.kind.evaluated++;
      if (predKind(pq) === goldKind) counts.kind.correct++;
    }
  }
  const goldName = (q: GoldStory['quotes'][number]) => (q.source === null ? '(no source)' : (goldSources.get(q.source)?.name ?? ''));
  pushUnmatched(errors, 'quote', pairs, report.quotes, gold.quotes, (q) => describe(q, predSources), goldName);

  // Rule 4: unnamed share, when every quoted gold source has a kind.
  const goldKinds = gold.quotes.map((q) => (q.source === null ? 'unknown' : goldSources.get(q.source)?.kind));
  if (goldKinds.every((k) => k !== undefined)) {
    const g = shareCounts(text, gold.quotes, (i) => goldKinds[i] === 'anonymous');
    const p = shareCounts(text, report.quotes, (i) => predKind(report.quotes[i] as PredictedQuote) === 'anonymous');
    const eq = Math.abs(pointsOf(p.anonymousQuotes, p.quotes) - pointsOf(g.anonymousQuotes, g.quotes));
    const ew = Math.abs(pointsOf(p.anonymousWords, p.words) - pointsOf(g.anonymousWords, g.words));
    counts.unnamed = { stories: 1, quotesErrorSum: eq, wordsErrorSum: ew, quotesErrorMax: eq, wordsErrorMax: ew, gold: g, predicted: p };
  }

  // Rule 5: justification of the gold anonymous sources the system found.
  const claimed = new Map([...foundAs].map(([goldId, votes]) => [goldId, mostVoted(votes)] as const));
  for (const g of gold.sources) {
    if (g.kind !== 'anonymous') continue;
    const found = predictedSourceFor(g, claimed, report.sources, mentions.get(g.id) ?? []);
    if (!found) continue;
    counts.justification.evaluated++;
    if ((found.justified ?? false) === (g.justified ?? false)) counts.justification.correct++;
  }

  return { id: gold.id, counts, errors };
}

function pointsOf(part: number, whole: number): number {
  return whole === 0 ? 0 : (100 * part) / whole;
}

function shareCounts(text: string, quotes: readonly Span[], anonymous: (i: number) => boolean): ShareCounts {
  const c: ShareCounts = { quotes: quotes.length, anonymousQuotes: 0, words: 0, anonymousWords: 0 };
  quotes.forEach((q, i) => {
    const w = countWords(text.slice(q.start, q.end));
    c.words += w;
    if (anonymous(i)) {
      c.anonymousQuotes++;
      c.anonymousWords += w;
    }
  });
  return c;
}

function mostVoted(votes: Map<string, number>): string {
  let best = '';
  let most = 0;
  for (const [id, n] of votes) if (n > most) [best, most] = [id, n];
  return best;
}

/**
 * The predicted source that stands for a gold source: the one most of its correctly
 * attributed quotes point to (`claimed`); failing that, among the predicted sources no other
 * gold source claimed, the first whose name equals the gold name or an alias, else the first
 * with a mention on a gold mention, else the first that passes rule 2's name test.
 */
function predictedSourceFor(
  gold: GoldSource,
  claimed: Map<string, string>,
  sources: readonly PredictedSource[],
  mentions: readonly Span[],
): PredictedSource | undefined {
  const own = claimed.get(gold.id);
  const byVotes = own === undefined ? undefined : sources.find((s) => s.id === own);
  if (byVotes) return byVotes;
  const taken = new Set(claimed.values());
  const free = sources.filter((s) => !taken.has(s.id));
  const names = new Set([gold.name, ...(gold.aliases ?? [])].map(normalizeName));
  return (
    free.find((s) => names.has(normalizeName(s.name))) ??
    free.find((s) => (s.mentions ?? []).some((m) => mentions.some((g) => overlap(g, m) > 0))) ??
    free.find((s) => nameMatches(s.name, gold))
  );
}

// ---------------------------------------------------------------------------------------------
// PolNeAR: direct quotes (rules 1–2 with the corpus's speakers) and statements (rule 6)

/** Rule 6's speaker test; a gold attribution without a speaker wants a prediction without a source. */
export function speakerMatches(
  p: { sourceId: string | null; speakerMention: TextSpan | null },
  gold: { speaker: TextSpan | null; speakerIsPronoun: boolean },
  sources: Map<string, PredictedSource>,
): boolean {
  const speaker = gold.speaker;
  if (speaker === null) return p.sourceId === null;
  if (p.speakerMention && overlap(p.speakerMention, speaker) > 0) return true;
  if (gold.speakerIsPronoun || p.sourceId === null) return false;
  const name = sources.get(p.sourceId)?.name;
  return name !== undefined && containsWords(normalizeName(name), normalizeName(speaker.text));
}

export function scoreArticle(article: PolnearArticle, report: PredictedReport): StoryScore {
  const counts = emptyCounts();
  const errors: ScoreError[] = [];
  counts.stories = 1;
  const { quotes: goldQuotes, statements: goldStatements } = convertPolnear(article);
  const sources = new Map(report.sources.map((s) => [s.id, s] as const));
  const speakerText = (g: { speaker: TextSpan | null }) => g.speaker?.text ?? '(no speaker)';

  // Quotes: detection and speaker.
  const pairs = matchContents(
    report.quotes.map((q) => [q]),
    goldQuotes.map((q) => [q]),
  );
  counts.quotes.gold = goldQuotes.length;
  counts.quotes.predicted = report.quotes.length;
  counts.quotes.matched = pairs.length;
  for (const [p, g] of pairs) {
    const pq = report.quotes[p] as PredictedQuote;
    const gq = goldQuotes[g] as (typeof goldQuotes)[number];
    if (speakerMatches(pq, gq, sources)) counts.quotes.attributed++;
    else errors.push({ set: 'quote', kind: 'wrong-speaker', start: pq.start, end: pq.end, predicted: describe(pq, sources), gold: speakerText(gq) });
  }
  pushUnmatched(errors, 'quote', pairs, report.quotes, goldQuotes, (q) => describe(q, sources), speakerText);

  // Statements: speech gold first, so a prediction is not spent on a belief when speech is there.
  const predicted = report.statements ?? [];
  const predParts = predicted.map((s) => (s.parts && s.parts.length > 0 ? s.parts : [s]));
  const goldParts = goldStatements.map((s) => s.parts);
  const speech = goldStatements.flatMap((s, i) => (s.speech ? [i] : []));
  const other = goldStatements.flatMap((s, i) => (s.speech ? [] : [i]));
  const taken = new Set<number>();
  const speechPairs = matchContents(predParts, goldParts, speech, taken);
  const otherPairs = matchContents(predParts, goldParts, other, taken);
  counts.statements.gold = speech.length;
  counts.statements.goldAll = goldStatements.length;
  counts.statements.predicted = predicted.length;
  counts.statements.matchedSpeech = speechPairs.length;
  counts.statements.matched = speechPairs.length + otherPairs.length;
  for (const [p, g] of [...speechPairs, ...otherPairs]) {
    const ps = predicted[p] as PredictedStatement;
    const gs = goldStatements[g] as GoldStatement;
    if (speakerMatches(ps, gs, sources)) counts.statements.speakerCorrect++;
    else errors.push({ set: 'statement', kind: 'wrong-speaker', start: ps.start, end: ps.end, predicted: describe(ps, sources), gold: speakerText(gs) });
  }
  // Missed: speech gold only (beliefs are not required); spurious: predictions matching no gold at all.
  pushUnmatched(
    errors,
    'statement',
    [...speechPairs, ...otherPairs],
    predicted,
    goldStatements.filter((g) => g.speech),
    (s) => describe(s, sources),
    speakerText,
    goldStatements,
  );

  return { id: article.id, counts, errors };
}

/**
 * Missed and spurious errors. `pairs` index `predicted` and `goldIndexed` (by default `gold`);
 * every item of `gold` that is not in a pair is missed.
 */
function pushUnmatched<P extends Span, G extends Span>(
  errors: ScoreError[],
  set: ScoreError['set'],
  pairs: ReadonlyArray<readonly [number, number]>,
  predicted: readonly P[],
  gold: readonly G[],
  predictedText: (p: P) => string,
  goldText: (g: G) => string,
  goldIndexed: readonly G[] = gold,
): void {
  const matchedPred = new Set(pairs.map(([p]) => p));
  const matchedGold = new Set(pairs.map(([, g]) => goldIndexed[g]));
  for (const g of gold) if (!matchedGold.has(g)) errors.push({ set, kind: 'missed', start: g.start, end: g.end, predicted: '', gold: goldText(g) });
  predicted.forEach((p, i) => {
    if (!matchedPred.has(i)) errors.push({ set, kind: 'spurious', start: p.start, end: p.end, predicted: predictedText(p), gold: '' });
  });
}
