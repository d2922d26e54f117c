/**
 * ANNOTATION.md "Scoring", rules 1–5: a predicted report against a gold story of samples/.
 * Pure: no I/O.
 */
import { countWords, overlap, type Span } from '../analysis/span.js';
import type { SourceKind } from '../analysis/story.js';
import { type Counts, countConfidence, emptyCounts, type ScoreError, type ShareCounts, type StoryScore } from './counts.js';
import { percentagePoints } from './figures.js';
import type { GoldSource, GoldStory } from './gold.js';
import { matchContents, pushMissedAndSpurious } from './matching.js';
import { describeSpeaker, goldMentions, nameMatches, normalizeName } from './names.js';
import type { PredictedQuote, PredictedReport, PredictedSource } from './predicted.js';

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
    const right = attributedTo(pq, gq.source);
    countConfidence(counts, pq.evidence, right);
    if (right) {
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
        predicted: describeSpeaker(pq, predSources),
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
  pushMissedAndSpurious(errors, 'quote', pairs, report.quotes, gold.quotes, (q) => describeSpeaker(q, predSources), goldName);

  // Rule 4: unnamed share, when every quoted gold source has a kind.
  const goldKinds = gold.quotes.map((q) => (q.source === null ? 'unknown' : goldSources.get(q.source)?.kind));
  if (goldKinds.every((k) => k !== undefined)) {
    const g = shareCounts(text, gold.quotes, (i) => goldKinds[i] === 'anonymous');
    const p = shareCounts(text, report.quotes, (i) => predKind(report.quotes[i] as PredictedQuote) === 'anonymous');
    counts.unnamed = unnamedShareErrors(g, p);
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

/** One story's rule-4 errors: how far the predicted unnamed shares are from the gold ones, in points. */
function unnamedShareErrors(gold: ShareCounts, predicted: ShareCounts): Counts['unnamed'] {
  const eq = Math.abs(percentagePoints(predicted.anonymousQuotes, predicted.quotes) - percentagePoints(gold.anonymousQuotes, gold.quotes));
  const ew = Math.abs(percentagePoints(predicted.anonymousWords, predicted.words) - percentagePoints(gold.anonymousWords, gold.words));
  return { stories: 1, quotesErrorSum: eq, wordsErrorSum: ew, quotesErrorMax: eq, wordsErrorMax: ew, gold, predicted };
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
