/**
 * Scores `anonymous-without-reason` against a gold story (`npm run findings-eval`): the
 * positives are the gold anonymous sources with `justified: false` that the story quotes. A
 * finding is right when the source it points at (the engine source with a mention, or a quote,
 * at its span) stands for such a gold source not already claimed by another finding; engine
 * sources are matched to gold sources through their quotes (rule 1's overlap), else their
 * names (rule 2). Pure: no I/O.
 */
import { overlap } from '../analysis/span.js';
import type { Finding, ReportSource, SourcingReport } from '../report/types.js';
import type { GoldStory } from './gold.js';
import { nameMatches } from './names.js';

export const SCORED_RULE = 'anonymous-without-reason';

export interface FindingScore {
  id: string;
  positives: string[];
  /** `engine source name → gold source id` for each right finding. */
  truePositives: string[];
  falsePositives: string[];
  /** Gold positives no finding points at. */
  missed: string[];
}

/** The gold source an engine source stands for: by its quotes, else by its name. */
export function goldSourceOf(source: ReportSource, report: Pick<SourcingReport, 'quotes'>, gold: GoldStory): string | null {
  const votes = new Map<string, number>();
  for (const q of report.quotes) {
    if (q.sourceId !== source.id) continue;
    const g = gold.quotes.find((gq) => overlap(gq, q) > 0 && overlap(gq, q) * 2 >= Math.min(gq.end - gq.start, q.end - q.start));
    if (g?.source) votes.set(g.source, (votes.get(g.source) ?? 0) + 1);
  }
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  if (best) return best[0];
  return gold.sources.find((g) => nameMatches(source.name, g))?.id ?? null;
}

/** The engine source a finding points at: the one with a mention, or else a quote, at its span. */
export function sourceOfFinding(f: Finding, report: Pick<SourcingReport, 'sources' | 'quotes'>): ReportSource | undefined {
  return (
    report.sources.find((s) => s.mentions.some((m) => m.start === f.start && m.end === f.end)) ??
    report.sources.find((s) => report.quotes.some((q) => q.sourceId === s.id && q.start === f.start))
  );
}

export function scoreAnonymousWithoutReason(gold: GoldStory, report: SourcingReport): FindingScore {
  const quoted = new Set(gold.quotes.map((q) => q.source));
  const positives = gold.sources.filter((s) => s.kind === 'anonymous' && s.justified === false && quoted.has(s.id)).map((s) => s.id);
  const claimed = new Set<string>();
  const result: FindingScore = { id: gold.id, positives, truePositives: [], falsePositives: [], missed: [] };
  for (const f of report.findings.filter((x) => x.rule === SCORED_RULE)) {
    const source = sourceOfFinding(f, report);
    const g = source ? goldSourceOf(source, report, gold) : null;
    const label = `${source?.name ?? gold.text.slice(f.start, f.end)}${g ? ` → ${g}` : ''}`;
    if (g && positives.includes(g) && !claimed.has(g)) {
      claimed.add(g);
      result.truePositives.push(label);
    } else result.falsePositives.push(label);
  }
  result.missed = positives.filter((p) => !claimed.has(p));
  return result;
}

/** Precision and recall over stories (micro-averaged); null when undefined. */
export function precisionRecall(scores: readonly FindingScore[]): { tp: number; fp: number; fn: number; precision: number | null; recall: number | null } {
  const tp = scores.reduce((n, r) => n + r.truePositives.length, 0);
  const fp = scores.reduce((n, r) => n + r.falsePositives.length, 0);
  const fn = scores.reduce((n, r) => n + r.missed.length, 0);
  return { tp, fp, fn, precision: tp + fp === 0 ? null : tp / (tp + fp), recall: tp + fn === 0 ? null : tp / (tp + fn) };
}
