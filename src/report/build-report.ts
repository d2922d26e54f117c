/**
 * Turns an analysis into the sourcing report: per-source tallies, counts by kind and the
 * unnamed shares. Pure: no I/O, no clock.
 */
import { countWords } from '../analysis/span.js';
import type { Analysis, SourceKind } from '../analysis/story.js';
import { VERSION } from '../version.js';
import type { KindTally, ReportQuote, ReportSource, ReportStatement, SourcingReport } from './types.js';

const KINDS: readonly SourceKind[] = ['person', 'organization', 'anonymous', 'unknown'];

export function buildReport(analysis: Analysis, text: string): SourcingReport {
  const kindOf = new Map(analysis.sources.map((s) => [s.id, s.kind] as const));
  const kind = (id: string | null): SourceKind => (id === null ? 'unknown' : (kindOf.get(id) ?? 'unknown'));

  const quotes: ReportQuote[] = analysis.quotes.map((q) => ({ ...q, kind: kind(q.sourceId), words: countWords(q.text) }));
  const statements: ReportStatement[] = analysis.statements.map((s) => ({ ...s, kind: kind(s.sourceId) }));

  const sources: ReportSource[] = analysis.sources.map((s) => ({ ...s, quotes: 0, quotedWords: 0, statements: 0 }));
  const byId = new Map(sources.map((s) => [s.id, s] as const));
  for (const q of quotes) {
    const s = q.sourceId === null ? undefined : byId.get(q.sourceId);
    if (s) {
      s.quotes++;
      s.quotedWords += q.words;
    }
  }
  for (const st of statements) {
    const s = st.sourceId === null ? undefined : byId.get(st.sourceId);
    if (s) s.statements++;
  }

  const byKind = Object.fromEntries(KINDS.map((k) => [k, { sources: 0, quotes: 0, quotedWords: 0, statements: 0 } satisfies KindTally])) as Record<
    SourceKind,
    KindTally
  >;
  for (const s of sources) byKind[s.kind].sources++;
  for (const q of quotes) {
    byKind[q.kind].quotes++;
    byKind[q.kind].quotedWords += q.words;
  }
  for (const st of statements) byKind[st.kind].statements++;

  const quotedWords = quotes.reduce((n, q) => n + q.words, 0);
  return {
    tool: { name: 'quotecheck', version: VERSION },
    length: analysis.length,
    title: headline(text),
    quotes,
    statements,
    sources,
    summary: {
      quotes: quotes.length,
      quotedWords,
      statements: statements.length,
      sources: sources.length,
      byKind,
      unnamedShare: {
        quotes: share(byKind.anonymous.quotes, quotes.length),
        quotedWords: share(byKind.anonymous.quotedWords, quotedWords),
        statements: share(byKind.anonymous.statements, statements.length),
      },
    },
    findings: [],
    notes: analysis.notes,
  };
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10000) / 10000;
}

/** The first non-empty line, trimmed and cut to 120 characters. */
export function headline(text: string): string {
  const m = /\S[^\r\n\u2028\u2029]*/.exec(text.slice(0, 2000));
  const line = (m?.[0] ?? '').trim();
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}
