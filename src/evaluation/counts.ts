/**
 * What scoring one story yields: counts and the errors behind them. A corpus is scored by
 * adding its stories' counts (micro-averaging); the figures come from the sums at the end
 * (figures.ts).
 */

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
  /**
   * Matched quotes whose speaker the learned model chose, by confidence in tenths (`b0` holds
   * [0, 0.1), `b9` [0.9, 1]): how many, their confidences' sum, how many had the right speaker.
   */
  confidence: Record<ConfidenceBin, { n: number; sum: number; right: number }>;
}

export const CONFIDENCE_BINS = ['b0', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 'b9'] as const;
export type ConfidenceBin = (typeof CONFIDENCE_BINS)[number];

/** Counts a matched quote's confidence, when the learned model chose its speaker. */
export function countConfidence(c: Counts, evidence: { confidence: number; model?: unknown } | undefined, right: boolean): void {
  if (!evidence?.model || !Number.isFinite(evidence.confidence)) return;
  const bin = c.confidence[CONFIDENCE_BINS[Math.min(9, Math.max(0, Math.floor(evidence.confidence * 10)))] as ConfidenceBin];
  bin.n++;
  bin.sum += evidence.confidence;
  if (right) bin.right++;
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
    confidence: Object.fromEntries(CONFIDENCE_BINS.map((b) => [b, { n: 0, sum: 0, right: 0 }])) as Counts['confidence'],
  };
}

/** a + b, field by field (maxima take the larger). */
export function addCounts(a: Counts, b: Counts): Counts {
  return addFields(a, b) as Counts;
}

function addFields(a: unknown, b: unknown, key = ''): unknown {
  if (typeof a === 'number' && typeof b === 'number') return key.endsWith('Max') ? Math.max(a, b) : a + b;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return Object.fromEntries(Object.keys(x).map((k) => [k, addFields(x[k], y[k], k)]));
}
