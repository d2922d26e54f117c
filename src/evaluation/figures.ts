/** The figures of ANNOTATION.md "Scoring", derived from summed counts (counts.ts). */
import { CONFIDENCE_BINS, type Counts } from './counts.js';

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
  /** Expected calibration error of the learned model's confidences (count-weighted mean gap over the bins). */
  calibrationError: number | null;
  /** The reliability table: each non-empty bin's quotes, mean confidence and accuracy. */
  reliability: { bin: string; n: number; confidence: number; accuracy: number }[];
}

/** The figures that are one number (what a target or a table row reads). */
export type NumericFigure = { [K in keyof Figures]: Figures[K] extends number | null ? K : never }[keyof Figures];

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

/** `part` of `whole` in percentage points; 0 of nothing is 0. */
export function percentagePoints(part: number, whole: number): number {
  return whole === 0 ? 0 : (100 * part) / whole;
}

export function figures(c: Counts): Figures {
  const q = c.quotes;
  const u = c.unnamed;
  const s = c.statements;
  const pooled = (g: [number, number], p: [number, number]) => (u.stories === 0 ? null : Math.abs(percentagePoints(p[0], p[1]) - percentagePoints(g[0], g[1])));
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
    ...calibration(c),
  };
}

function calibration(c: Counts): Pick<Figures, 'calibrationError' | 'reliability'> {
  const bins = CONFIDENCE_BINS.map((b, i) => ({ b, i, ...c.confidence[b] })).filter((x) => x.n > 0);
  const total = bins.reduce((a, x) => a + x.n, 0);
  if (total === 0) return { calibrationError: null, reliability: [] };
  return {
    calibrationError: bins.reduce((a, x) => a + (x.n / total) * Math.abs(x.sum / x.n - x.right / x.n), 0),
    reliability: bins.map((x) => ({
      bin: `${(x.i / 10).toFixed(1)}–${((x.i + 1) / 10).toFixed(1)}`,
      n: x.n,
      confidence: x.sum / x.n,
      accuracy: x.right / x.n,
    })),
  };
}
