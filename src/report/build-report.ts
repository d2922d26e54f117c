/**
 * Turns an analysis into the sourcing report: per-source tallies, counts by kind, the
 * unnamed shares, the editorial findings (src/report/findings/) and the plain-language summary
 * (narrative.ts). Pure: no I/O, no clock.
 */

import { DATA_VERSIONS } from '../analysis/lexicon/knowledge.js';
import { countWords } from '../analysis/span.js';
import type { Analysis, Quote, Source, SourceKind, Statement } from '../analysis/story.js';
import { ENGINE_VERSION, VERSION } from '../version.js';
import { applyCorrections, type Corrected, dismissFindings } from './corrections/apply.js';
import { parseCorrections } from './corrections/parse.js';
import type { Correction } from './corrections/types.js';
import { DEFAULT_FINDING_OPTIONS, type FindingOptions, findingContext, runFindings } from './findings/index.js';
import { storyLanguage } from './language.js';
import { narrative } from './narrative.js';
import { reviewList } from './review.js';
import type { KindTally, ReportQuote, ReportSource, ReportStatement, ReportSummary, SourcingReport } from './types.js';

const KINDS: readonly SourceKind[] = ['person', 'organization', 'anonymous', 'unknown'];

/**
 * What made the report: runs over an archive months apart compare only when the engine and its
 * generated data are the same. One frozen object shared by every report (it never changes).
 */
const TOOL: SourcingReport['tool'] = Object.freeze({ name: 'quotecheck', version: VERSION, engine: ENGINE_VERSION, data: Object.freeze({ ...DATA_VERSIONS }) });

export interface ReportOptions {
  /** `anonymous-majority` fires above this share (0..1) of quoted words from unnamed sources; default 0.5. */
  anonymousMajorityThreshold?: number;
  /**
   * The editor's corrections (src/report/corrections/), applied after the engine and before the
   * figures; a malformed list throws CorrectionsError, a correction that does not apply is
   * reported in `rejectedCorrections`.
   */
  corrections?: readonly Correction[];
}

export function buildReport(engine: Analysis, text: string, options: ReportOptions = {}): SourcingReport {
  const list = options.corrections === undefined ? [] : parseCorrections(options.corrections);
  const corrected = list.length > 0 ? applyCorrections(engine, list) : null;
  const analysis = corrected?.analysis ?? engine;
  const kindOf = new Map(analysis.sources.map((s) => [s.id, s.kind] as const));
  const kind = (id: string | null): SourceKind => (id === null ? 'unknown' : (kindOf.get(id) ?? 'unknown'));

  const quotes = analysis.quotes.map((q) => reportQuote(q, kind(q.sourceId)));
  const statements = analysis.statements.map((s) => reportStatement(s, kind(s.sourceId)));
  const sources = analysis.sources.map(reportSource);
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
  const figures: Omit<ReportSummary, 'text'> = {
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
  };
  const summary: ReportSummary = { ...figures, text: '' };
  const context = findingContext(analysis, text, { quotes, statements, sources, summary }, findingOptions(options));
  const found = runFindings(context);
  const findings = corrected ? dismissFindings(found, corrected) : found;
  summary.text = narrative({ summary: figures, sources, quotes, findings });
  if (corrected) markCorrected(corrected, quotes, statements, sources);
  return {
    tool: TOOL,
    length: analysis.length,
    title: headline(text),
    language: storyLanguage(text),
    quotes,
    statements,
    sources,
    summary,
    findings,
    review: reviewList(context, findings),
    notes: analysis.notes,
    corrections: corrected ? corrected.applied.sort((a, b) => a.at - b.at).map((a) => a.correction) : [],
    rejectedCorrections: corrected ? corrected.rejected.sort((a, b) => a.at - b.at).map((r) => r.rejected) : [],
  };
}

function markCorrected(c: Corrected, quotes: ReportQuote[], statements: ReportStatement[], sources: ReportSource[]): void {
  for (const q of quotes) if (c.quotes.has(q.id)) q.corrected = true;
  for (const s of statements) if (c.statements.has(s.id)) s.corrected = true;
  for (const s of sources) if (c.sources.has(s.id)) s.corrected = true;
}

// The report's records are the analysis's, field for field and in the same order, plus their
// figures. Written out rather than spread (`{ ...q, kind }`): a spread copy of a large record
// is several times slower, and these run for every quote of every story the API serves.

function reportQuote(q: Quote, kind: SourceKind): ReportQuote {
  return {
    id: q.id,
    start: q.start,
    end: q.end,
    text: q.text,
    open: q.open,
    close: q.close,
    paragraph: q.paragraph,
    sourceId: q.sourceId,
    speakerMention: q.speakerMention,
    evidence: q.evidence,
    kind,
    words: countWords(q.text),
  };
}

function reportStatement(s: Statement, kind: SourceKind): ReportStatement {
  return {
    id: s.id,
    start: s.start,
    end: s.end,
    text: s.text,
    form: s.form,
    parts: s.parts,
    sourceId: s.sourceId,
    speakerMention: s.speakerMention,
    cue: s.cue,
    evidence: s.evidence,
    quoteIds: s.quoteIds,
    kind,
  };
}

function reportSource(s: Source): ReportSource {
  return {
    id: s.id,
    kind: s.kind,
    name: s.name,
    description: s.description,
    mentions: s.mentions,
    justified: s.justified,
    justification: s.justification,
    plural: s.plural,
    informative: s.informative,
    spokesperson: s.spokesperson,
    quotes: 0,
    quotedWords: 0,
    statements: 0,
  };
}

function findingOptions(options: ReportOptions): FindingOptions {
  const t = options.anonymousMajorityThreshold;
  if (t === undefined) return DEFAULT_FINDING_OPTIONS;
  if (typeof t !== 'number' || !Number.isFinite(t) || t < 0 || t > 1) throw new RangeError('anonymousMajorityThreshold must be a number from 0 to 1');
  return { ...DEFAULT_FINDING_OPTIONS, anonymousMajorityThreshold: t };
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
