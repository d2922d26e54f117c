/**
 * What every editorial check reads: the report's quotes, statements and sources, the story's
 * paragraphs and sentences, and the options. Built once per report; pure.
 */
import { headlineSpan } from '../../analysis/headline.js';
import { findContaining, type Span } from '../../analysis/span.js';
import type { Analysis } from '../../analysis/story.js';
import type { Finding, ReportQuote, ReportSource, ReportStatement, ReportSummary } from '../types.js';

export interface FindingOptions {
  /** `anonymous-majority` fires when more than this share (0..1) of quoted words is anonymous. */
  anonymousMajorityThreshold: number;
}

export const DEFAULT_FINDING_OPTIONS: FindingOptions = { anonymousMajorityThreshold: 0.5 };

export interface FindingContext {
  text: string;
  /** In text order. */
  quotes: readonly ReportQuote[];
  statements: readonly ReportStatement[];
  sources: readonly ReportSource[];
  summary: ReportSummary;
  paragraphs: readonly Span[];
  sentences: readonly Span[];
  /** The headline (the first paragraph, when it reads as one and more paragraphs follow), or null. */
  headline: Span | null;
  options: FindingOptions;
  source(id: string | null): ReportSource | undefined;
  quote(id: string): ReportQuote | undefined;
  /** A source's quotes and statements, in text order (indexes: no check scans all per source). */
  quotesOf(sourceId: string): readonly ReportQuote[];
  statementsOf(sourceId: string): readonly ReportStatement[];
  /** Index of the paragraph holding `offset`, or -1. */
  paragraphOf(offset: number): number;
  /** The sentence holding `offset`, or null. */
  sentenceAt(offset: number): Span | null;
  inHeadline(span: Span): boolean;
}

/** A check: one rule id, one guideline, and a pure function from the context to findings. */
export interface FindingRule {
  id: string;
  /** A short name for people (`Anonymity not explained`). */
  title: string;
  /** Which newsroom standard the check follows, in a few words. */
  guideline: string;
  /** What the check looks for, in one sentence (shown in the docs and the classroom). */
  description: string;
  check(ctx: FindingContext): Finding[];
}

export function findingContext(
  analysis: Pick<Analysis, 'paragraphs' | 'sentences'>,
  text: string,
  report: { quotes: ReportQuote[]; statements: ReportStatement[]; sources: ReportSource[]; summary: ReportSummary },
  options: FindingOptions,
): FindingContext {
  const paragraphs = [...(analysis.paragraphs ?? [])].sort((a, b) => a.start - b.start);
  const sentences = [...(analysis.sentences ?? [])].sort((a, b) => a.start - b.start);
  const byId = new Map(report.sources.map((s) => [s.id, s] as const));
  const headline = headlineSpan(text, paragraphs);
  const quotes = [...report.quotes].sort((a, b) => a.start - b.start);
  const statements = [...report.statements].sort((a, b) => a.start - b.start);
  const quoteById = new Map(quotes.map((q) => [q.id, q] as const));
  const quotesBySource = groupBySource(quotes);
  const statementsBySource = groupBySource(statements);
  return {
    text,
    quotes,
    statements,
    sources: report.sources,
    summary: report.summary,
    paragraphs,
    sentences,
    headline,
    options,
    source: (id) => (id === null ? undefined : byId.get(id)),
    quote: (id) => quoteById.get(id),
    quotesOf: (id) => quotesBySource.get(id) ?? [],
    statementsOf: (id) => statementsBySource.get(id) ?? [],
    paragraphOf: (offset) => findContaining(paragraphs, offset),
    sentenceAt: (offset) => sentences[findContaining(sentences, offset)] ?? null,
    inHeadline: (span) => headline !== null && span.start >= headline.start && span.end <= headline.end,
  };
}

function groupBySource<T extends { sourceId: string | null }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    if (item.sourceId === null) continue;
    const list = map.get(item.sourceId);
    if (list) list.push(item);
    else map.set(item.sourceId, [item]);
  }
  return map;
}

/** `text` shortened for a message: at most `max` characters, cut at a word. */
export function clip(text: string, max = 80): string {
  const s = collapsedPrefix(text, max);
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1).replace(/\s+\S*$/, '');
  return `${cut || s.slice(0, max - 1)}…`;
}

/**
 * `text` with white space collapsed to single spaces and trimmed, read only until it is longer
 * than `max`: a quote of the whole 2 MB story is clipped in the time of its first words.
 */
function collapsedPrefix(text: string, max: number): string {
  let s = '';
  let space = false;
  for (let i = 0; i < text.length && s.length <= max; i++) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      space = s.length > 0;
      continue;
    }
    if (space) s += ' ';
    space = false;
    s += ch;
  }
  return s;
}

export function finding(rule: FindingRule, severity: Finding['severity'], span: Span, message: string): Finding {
  return { rule: rule.id, severity, message, start: span.start, end: span.end, guideline: rule.guideline };
}
