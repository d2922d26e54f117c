/**
 * The corrections applied to an analysis, in order, before any figure is made: each one takes
 * effect on what the ones before it left, or is set aside with its reason. The analysis given is
 * never changed: quotes, statements and sources are copied. Pure.
 */
import type { Analysis, Quote, Source, Statement } from '../../analysis/story.js';
import type { Finding } from '../types.js';
import { type Found, locateItem, resolveSource, type SourceBook, sourceBook, withKind } from './locate.js';
import type { AppliedCorrection, Correction, RejectedCorrection, SourceChanges, SourceRef } from './types.js';

type Dismissal = Extract<Correction, { dismiss: unknown }>;

export interface Corrected {
  analysis: Analysis;
  /** Ids of what a correction touched, to mark `corrected: true`. */
  quotes: Set<string>;
  statements: Set<string>;
  sources: Set<string>;
  /** In the list's order, with their place in it (dismissals are decided once findings exist). */
  applied: { at: number; correction: AppliedCorrection }[];
  rejected: { at: number; rejected: RejectedCorrection }[];
  dismissals: { at: number; correction: Dismissal }[];
}

interface State extends Corrected {
  book: SourceBook;
  /** The quotes by id, and the statements holding each quote (neither changes as corrections apply). */
  quoteById: Map<string, Quote>;
  statementsOf: Map<string, Statement[]>;
}

export function applyCorrections(analysis: Analysis, corrections: readonly Correction[]): Corrected {
  const book = sourceBook(analysis.sources);
  const state: State = {
    analysis: { ...analysis, quotes: analysis.quotes.map((q) => ({ ...q })), statements: analysis.statements.map((s) => ({ ...s })), sources: book.sources },
    book,
    quoteById: new Map(),
    statementsOf: new Map(),
    quotes: new Set(),
    statements: new Set(),
    sources: new Set(),
    applied: [],
    rejected: [],
    dismissals: [],
  };
  for (const q of state.analysis.quotes) state.quoteById.set(q.id, q);
  for (const st of state.analysis.statements) {
    for (const id of st.quoteIds) {
      const list = state.statementsOf.get(id);
      if (list) list.push(st);
      else state.statementsOf.set(id, [st]);
    }
  }
  corrections.forEach((c, at) => {
    if ('dismiss' in c) {
      state.dismissals.push({ at, correction: c });
      return;
    }
    const outcome = applyOne(state, c);
    if (outcome.ok) state.applied.push({ at, correction: outcome.relocated ? { ...c, relocated: outcome.relocated } : c });
    else state.rejected.push({ at, rejected: { correction: c, reason: outcome.reason } });
  });
  state.analysis.sources = book.sources;
  const { book: _book, quoteById: _q, statementsOf: _s, ...corrected } = state;
  return corrected;
}

type Outcome = Found<unknown>;

function applyOne(state: State, c: Exclude<Correction, Dismissal>): Outcome {
  if ('quote' in c) {
    const found = locateItem(state.analysis.quotes, c.quote, 'quote');
    if (!found.ok) return found;
    const to = resolveSource(state.book, c.source, true);
    if (!to.ok) return to;
    reassignQuote(state, found.value, to.value);
    return found;
  }
  if ('statement' in c) {
    const found = locateItem(state.analysis.statements, c.statement, 'statement');
    if (!found.ok) return found;
    const to = resolveSource(state.book, c.source, true);
    if (!to.ok) return to;
    reassignStatement(state, found.value, to.value);
    return found;
  }
  if ('merge' in c) return merge(state, c.merge);
  return change(state, c.source, c.set);
}

function assign(item: Quote | Statement, to: Source | null): void {
  item.sourceId = to?.id ?? null;
  // The engine's mention no longer names the source; the editor's choice has no span of its own.
  item.speakerMention = null;
}

function reassignQuote(state: State, quote: Quote, to: Source | null): void {
  assign(quote, to);
  state.quotes.add(quote.id);
  if (to) state.sources.add(to.id);
  // A statement follows its quotes when they all have the one source now.
  for (const st of state.statementsOf.get(quote.id) ?? []) {
    if (st.sourceId === quote.sourceId) continue;
    const all = st.quoteIds.every((id) => state.quoteById.get(id)?.sourceId === quote.sourceId);
    if (all) {
      assign(st, to);
      state.statements.add(st.id);
    }
  }
}

function reassignStatement(state: State, st: Statement, to: Source | null): void {
  const from = st.sourceId;
  assign(st, to);
  state.statements.add(st.id);
  if (to) state.sources.add(to.id);
  for (const id of st.quoteIds) {
    const q = state.quoteById.get(id);
    if (!q || q.sourceId !== from) continue;
    assign(q, to);
    state.quotes.add(q.id);
  }
}

function merge(state: State, [fromRef, intoRef]: [SourceRef, SourceRef]): Outcome {
  const from = resolveSource(state.book, fromRef, false);
  if (!from.ok) return from;
  const into = resolveSource(state.book, intoRef, true);
  if (!into.ok) return into;
  if (from.value === null || into.value === null) return { ok: false, reason: 'a merge needs two sources; to give quotes to no one, reassign them' };
  if (from.value === into.value) return { ok: false, reason: `“${from.value.name}” cannot be merged into itself` };
  const a = from.value;
  const b = into.value;
  for (const item of [...state.analysis.quotes, ...state.analysis.statements]) {
    if (item.sourceId !== a.id) continue;
    item.sourceId = b.id;
    ('quoteIds' in item ? state.statements : state.quotes).add(item.id);
  }
  b.mentions = [...b.mentions, ...a.mentions].sort((x, y) => x.start - y.start || x.end - y.end);
  if (b.kind === 'anonymous' && a.kind === 'anonymous' && a.justified && !b.justified) {
    b.justified = true;
    b.justification = a.justification;
  }
  b.description ??= a.description;
  state.book.sources.splice(state.book.sources.indexOf(a), 1);
  state.sources.delete(a.id);
  state.sources.add(b.id);
  return { ok: true, value: b };
}

function change(state: State, ref: SourceRef, set: SourceChanges): Outcome {
  const found = resolveSource(state.book, ref, false);
  if (!found.ok) return found;
  const s = found.value;
  if (s === null) return { ok: false, reason: '“no one” is not a source to change' };
  if (set.justified !== undefined && (set.kind ?? s.kind) !== 'anonymous')
    return { ok: false, reason: `“${s.name}” is not anonymous: its anonymity needs no reason` };
  if (set.name !== undefined) s.name = set.name;
  if (set.kind !== undefined) withKind(s, set.kind);
  if (set.justified !== undefined) {
    s.justified = set.justified;
    if (!set.justified) s.justification = null;
  }
  state.sources.add(s.id);
  return { ok: true, value: s };
}

/** The findings left once the dismissals are applied, and which dismissals found nothing. */
export function dismissFindings(findings: Finding[], corrected: Corrected): Finding[] {
  let kept = findings;
  for (const { at, correction } of corrected.dismissals) {
    const { start, end, rule } = correction.dismiss;
    const hit = (f: Finding) => f.start === start && f.end === end && (rule === undefined || f.rule === rule);
    if (kept.some(hit)) {
      kept = kept.filter((f) => !hit(f));
      corrected.applied.push({ at, correction });
    } else corrected.rejected.push({ at, rejected: { correction, reason: `no finding${rule ? ` of ${rule}` : ''} at ${start}–${end}` } });
  }
  return kept;
}
