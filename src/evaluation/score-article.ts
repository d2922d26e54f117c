/**
 * ANNOTATION.md "Scoring" on a PolNeAR article: its direct quotes (rules 1–2 with the corpus's
 * speakers) and its attributions as statements (rule 6). Pure: no I/O.
 */
import type { TextSpan } from '../analysis/span.js';
import { countConfidence, emptyCounts, type ScoreError, type StoryScore } from './counts.js';
import { convertPolnear, type GoldStatement, type PolnearArticle } from './gold.js';
import { matchContents, pushMissedAndSpurious } from './matching.js';
import { describeSpeaker, speakerMatches } from './names.js';
import type { PredictedQuote, PredictedReport, PredictedStatement } from './predicted.js';

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
    const right = speakerMatches(pq, gq, sources);
    countConfidence(counts, pq.evidence, right);
    if (right) counts.quotes.attributed++;
    else errors.push({ set: 'quote', kind: 'wrong-speaker', start: pq.start, end: pq.end, predicted: describeSpeaker(pq, sources), gold: speakerText(gq) });
  }
  pushMissedAndSpurious(errors, 'quote', pairs, report.quotes, goldQuotes, (q) => describeSpeaker(q, sources), speakerText);

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
    else
      errors.push({
        set: 'statement',
        kind: 'wrong-speaker',
        start: ps.start,
        end: ps.end,
        predicted: describeSpeaker(ps, sources),
        gold: speakerText(gs),
      });
  }
  // Missed: speech gold only (beliefs are not required); spurious: predictions matching no gold at all.
  pushMissedAndSpurious(
    errors,
    'statement',
    [...speechPairs, ...otherPairs],
    predicted,
    goldStatements.filter((g) => g.speech),
    (s) => describeSpeaker(s, sources),
    speakerText,
    goldStatements,
  );

  return { id: article.id, counts, errors };
}
