/**
 * Splits a story into the pieces a reader sees: plain text, quotes and (more quietly)
 * statements. Pure: no I/O, no HTML. The pieces are ordered, never overlap, and their texts
 * concatenate back to the story exactly.
 *
 * Spans may nest or overlap (a direct statement contains its quotes; a faulty engine may
 * return overlapping quotes): quotes win over statements, and among spans of one type the
 * one that starts first (then the longer one) wins. Spans outside the text are clipped, empty
 * or malformed spans are ignored; nothing here throws on odd input.
 */
import type { Evidence, SourceKind } from '../analysis/story.js';
import type { ReportQuote, ReportStatement, SourcingReport } from './types.js';

interface SegmentBase {
  start: number;
  end: number;
  text: string;
}

export interface TextSegment extends SegmentBase {
  type: 'text';
}

interface MarkedSegment extends SegmentBase {
  kind: SourceKind;
  /** The source's name, else the speaker mention's text, else null (nobody is named). */
  speaker: string | null;
  sourceId: string | null;
  evidence: Evidence;
  /** Whether this is the first / last visible piece of its quote or statement. */
  first: boolean;
  last: boolean;
}

export interface QuoteSegment extends MarkedSegment {
  type: 'quote';
  quote: ReportQuote;
}

export interface StatementSegment extends MarkedSegment {
  type: 'statement';
  statement: ReportStatement;
}

export type Segment = TextSegment | QuoteSegment | StatementSegment;

interface Claim {
  start: number;
  end: number;
  /** Lower wins. Quotes rank before every statement. */
  rank: number;
  owner: Owner;
}

type Owner = { type: 'quote'; item: ReportQuote } | { type: 'statement'; item: ReportStatement };

type HighlightInput = Pick<SourcingReport, 'quotes' | 'statements' | 'sources'>;

export function highlight(text: string, report: HighlightInput): Segment[] {
  const n = text.length;
  const names = new Map<string, string>();
  for (const s of report.sources ?? []) if (s && typeof s.id === 'string') names.set(s.id, s.name);

  const quoteClaims: Claim[] = [];
  for (const q of report.quotes ?? []) {
    const c = clip(q, n);
    if (c) quoteClaims.push({ ...c, rank: 0, owner: { type: 'quote', item: q } });
  }
  const statementClaims: Claim[] = [];
  for (const st of report.statements ?? []) {
    const parts = Array.isArray(st.parts) && st.parts.length > 0 ? st.parts : [st];
    for (const p of parts) {
      const c = clip(p, n);
      if (c) statementClaims.push({ ...c, rank: 0, owner: { type: 'statement', item: st } });
    }
  }
  const order = (a: Claim, b: Claim) => a.start - b.start || b.end - a.end;
  quoteClaims.sort(order);
  statementClaims.sort(order);
  quoteClaims.forEach((c, i) => {
    c.rank = i;
  });
  statementClaims.forEach((c, i) => {
    c.rank = quoteClaims.length + i;
  });
  const claims = [...quoteClaims, ...statementClaims].sort((a, b) => a.start - b.start || a.rank - b.rank);

  // Sweep over every boundary; each elementary interval belongs to the best active claim.
  const bounds = new Set<number>([0, n]);
  for (const c of claims) {
    bounds.add(c.start);
    bounds.add(c.end);
  }
  const points = [...bounds].sort((a, b) => a - b);
  const endsAt = new Map<number, Claim[]>();
  for (const c of claims) {
    const list = endsAt.get(c.end);
    if (list) list.push(c);
    else endsAt.set(c.end, [c]);
  }

  const pieces: { start: number; end: number; owner: Owner | null }[] = [];
  let active: Claim[] = [];
  let next = 0;
  for (let k = 0; k < points.length - 1; k++) {
    const from = points[k] as number;
    const to = points[k + 1] as number;
    const ending = endsAt.get(from);
    if (ending) active = active.filter((c) => !ending.includes(c));
    while (next < claims.length && (claims[next] as Claim).start === from) active.push(claims[next++] as Claim);
    let best: Claim | null = null;
    for (const c of active) if (best === null || c.rank < best.rank) best = c;
    const owner = best ? best.owner : null;
    const prev = pieces[pieces.length - 1];
    if (prev && prev.end === from && prev.owner?.item === owner?.item) prev.end = to;
    else pieces.push({ start: from, end: to, owner });
  }

  const segments: Segment[] = [];
  const firstSeen = new Set<object>();
  const lastIndex = new Map<object, number>();
  for (const p of pieces) {
    if (p.end <= p.start) continue;
    const base = { start: p.start, end: p.end, text: text.slice(p.start, p.end) };
    if (p.owner === null) {
      segments.push({ type: 'text', ...base });
      continue;
    }
    const item = p.owner.item;
    const sourceId = typeof item.sourceId === 'string' ? item.sourceId : null;
    const marked: MarkedSegment = {
      ...base,
      kind: item.kind ?? 'unknown',
      speaker: (sourceId !== null ? names.get(sourceId) : undefined) ?? item.speakerMention?.text ?? null,
      sourceId,
      evidence: item.evidence ?? { rule: 'none', cue: null, mention: null, confidence: 0 },
      first: !firstSeen.has(item),
      last: false,
    };
    firstSeen.add(item);
    lastIndex.set(item, segments.length);
    if (p.owner.type === 'quote') segments.push({ type: 'quote', ...marked, quote: p.owner.item });
    else segments.push({ type: 'statement', ...marked, statement: p.owner.item });
  }
  for (const i of lastIndex.values()) (segments[i] as QuoteSegment | StatementSegment).last = true;
  return segments;
}

function clip(span: { start: number; end: number } | null | undefined, n: number): { start: number; end: number } | null {
  if (!span) return null;
  const { start, end } = span;
  if (!Number.isFinite(start) || !Number.isFinite(end)) return null;
  const s = Math.max(0, Math.min(n, Math.trunc(start)));
  const e = Math.max(0, Math.min(n, Math.trunc(end)));
  return e > s ? { start: s, end: e } : null;
}
