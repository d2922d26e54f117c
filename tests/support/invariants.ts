/**
 * Invariants every analysis and every report must satisfy, whatever the input. Each check throws
 * an `InvariantError` whose message names the offending field (`quotes[3].speakerMention.end`),
 * the value found and what was expected, so that a failing property test reads on its own.
 */
import type { Analysis, Evidence, Quote, Source, Statement } from '../../src/analysis/story.js';
import type { SourcingReport } from '../../src/report/types.js';

export class InvariantError extends Error {
  override name = 'InvariantError';
}

export const SOURCE_KINDS = ['person', 'organization', 'anonymous', 'unknown'] as const;
export const MENTION_TYPES = ['name', 'description', 'pronoun', 'place'] as const;
export const STATEMENT_FORMS = ['direct', 'mixed', 'indirect'] as const;
export { ATTRIBUTION_RULES } from '../../src/analysis/story.js';

import { ATTRIBUTION_RULES } from '../../src/analysis/story.js';

type Obj = Record<string, unknown>;

/** Invariants of `analyze(text)`. */
export function assertAnalysisInvariants(text: string, analysis: Analysis): void {
  const c = new Checker(text);
  c.object('analysis', analysis);
  c.equal('analysis.length', analysis.length, text.length);
  c.spanList('paragraphs', analysis.paragraphs, { textField: false, sorted: true, disjoint: true });
  c.spanList('sentences', analysis.sentences, { textField: false, sorted: true, disjoint: true });
  let p = 0; // both lists are sorted: one pointer walk, linear even for 10 MB stories
  for (const [i, s] of analysis.sentences.entries()) {
    while (p < analysis.paragraphs.length && (analysis.paragraphs[p] as { end: number }).end < s.end) p++;
    const para = analysis.paragraphs[p];
    if (!para || para.start > s.start) c.fail(`sentences[${i}]`, `[${s.start}, ${s.end}) lies in no paragraph`);
  }
  checkCommon(c, analysis, analysis.paragraphs.length);
}

/** Invariants of `buildReport(analyze(text), text)`: the analysis' own, plus the figures. */
export function assertReportInvariants(text: string, report: SourcingReport): void {
  const c = new Checker(text);
  c.object('report', report);
  c.equal('report.length', report.length, text.length);
  checkCommon(c, report, null);
  const kindOf = new Map(report.sources.map((s) => [s.id, s.kind] as const));
  const expectedKind = (id: string | null) => (id === null ? 'unknown' : (kindOf.get(id) ?? 'unknown'));
  for (const [i, q] of report.quotes.entries()) {
    c.equal(`quotes[${i}].kind`, q.kind, expectedKind(q.sourceId));
    c.count(`quotes[${i}].words`, q.words);
  }
  for (const [i, st] of report.statements.entries()) c.equal(`statements[${i}].kind`, st.kind, expectedKind(st.sourceId));

  const tally = new Map<string, { quotes: number; quotedWords: number; statements: number }>();
  const tallyOf = (id: string) =>
    tally.get(id) ?? (tally.set(id, { quotes: 0, quotedWords: 0, statements: 0 }).get(id) as { quotes: number; quotedWords: number; statements: number });
  for (const q of report.quotes) {
    if (q.sourceId === null) continue;
    const t = tallyOf(q.sourceId);
    t.quotes++;
    t.quotedWords += q.words;
  }
  for (const st of report.statements) if (st.sourceId !== null) tallyOf(st.sourceId).statements++;
  for (const [i, s] of report.sources.entries()) {
    const t = tallyOf(s.id);
    c.equal(`sources[${i}].quotes`, s.quotes, t.quotes);
    c.equal(`sources[${i}].quotedWords`, s.quotedWords, t.quotedWords);
    c.equal(`sources[${i}].statements`, s.statements, t.statements);
  }

  const sum = report.summary;
  c.object('summary', sum);
  const quotedWords = report.quotes.reduce((n, q) => n + q.words, 0);
  c.equal('summary.quotes', sum.quotes, report.quotes.length);
  c.equal('summary.quotedWords', sum.quotedWords, quotedWords);
  c.equal('summary.statements', sum.statements, report.statements.length);
  c.equal('summary.sources', sum.sources, report.sources.length);
  const totals = { sources: 0, quotes: 0, quotedWords: 0, statements: 0 };
  for (const kind of SOURCE_KINDS) {
    const t = sum.byKind[kind];
    c.object(`summary.byKind.${kind}`, t);
    const qs = report.quotes.filter((q) => q.kind === kind);
    c.equal(`summary.byKind.${kind}.sources`, t.sources, report.sources.filter((s) => s.kind === kind).length);
    c.equal(`summary.byKind.${kind}.quotes`, t.quotes, qs.length);
    c.equal(
      `summary.byKind.${kind}.quotedWords`,
      t.quotedWords,
      qs.reduce((n, q) => n + q.words, 0),
    );
    c.equal(`summary.byKind.${kind}.statements`, t.statements, report.statements.filter((st) => st.kind === kind).length);
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += t[k];
  }
  c.equal('summary.byKind (sum of sources)', totals.sources, report.sources.length);
  c.equal('summary.byKind (sum of quotes)', totals.quotes, report.quotes.length);
  c.equal('summary.byKind (sum of statements)', totals.statements, report.statements.length);
  const anon = sum.byKind.anonymous;
  c.share('summary.unnamedShare.quotes', sum.unnamedShare.quotes, anon.quotes, report.quotes.length);
  c.share('summary.unnamedShare.quotedWords', sum.unnamedShare.quotedWords, anon.quotedWords, quotedWords);
  c.share('summary.unnamedShare.statements', sum.unnamedShare.statements, anon.statements, report.statements.length);
  for (const [i, f] of (report.findings ?? []).entries()) c.span(`findings[${i}]`, f, false);
}

/** What an analysis and a report share: quotes, statements, sources, notes. */
function checkCommon(c: Checker, a: Pick<Analysis, 'quotes' | 'statements' | 'sources' | 'notes'>, paragraphCount: number | null): void {
  c.array('quotes', a.quotes);
  c.array('statements', a.statements);
  c.array('sources', a.sources);
  c.array('notes', a.notes);
  const sourceIds = c.uniqueIds('sources', a.sources);
  const quoteIds = c.uniqueIds('quotes', a.quotes);
  c.uniqueIds('statements', a.statements);
  const sourceRef = (path: string, id: unknown) => {
    if (id === null) return;
    if (typeof id !== 'string' || !sourceIds.has(id)) c.fail(path, `${show(id)} is not the id of any source (ids: ${[...sourceIds].join(', ') || 'none'})`);
  };

  a.quotes.forEach((q: Quote, i) => {
    const p = `quotes[${i}]`;
    c.span(p, q, true);
    c.span(`${p}.open`, q.open, false);
    if (q.close !== null) c.span(`${p}.close`, q.close, false);
    if (q.open.end > q.start) c.fail(`${p}.open`, `opening mark [${q.open.start}, ${q.open.end}) ends after the quote starts (${q.start})`);
    if (q.close && q.close.start < q.end) c.fail(`${p}.close`, `closing mark [${q.close.start}, ${q.close.end}) starts before the quote ends (${q.end})`);
    c.count(`${p}.paragraph`, q.paragraph);
    if (paragraphCount !== null && q.paragraph >= paragraphCount) c.fail(`${p}.paragraph`, `${q.paragraph} but there are ${paragraphCount} paragraphs`);
    sourceRef(`${p}.sourceId`, q.sourceId);
    if (q.speakerMention !== null) c.span(`${p}.speakerMention`, q.speakerMention, true);
    c.evidence(`${p}.evidence`, q.evidence);
    const prev = a.quotes[i - 1];
    if (prev) {
      if (prev.start > q.start) c.fail(p, `quotes are not sorted: starts at ${q.start}, after a quote starting at ${prev.start}`);
      if (prev.end > q.start) c.fail(p, `overlaps ${prev.id}: [${prev.start}, ${prev.end}) and [${q.start}, ${q.end})`);
      const prevOuter = prev.close?.end ?? prev.end;
      if (prevOuter > q.open.start) c.fail(`${p}.open`, `opening mark at ${q.open.start} lies inside ${prev.id}, which runs to ${prevOuter}`);
    }
  });

  a.statements.forEach((st: Statement, i) => {
    const p = `statements[${i}]`;
    c.span(p, st, true);
    c.oneOf(`${p}.form`, st.form, STATEMENT_FORMS);
    c.array(`${p}.parts`, st.parts);
    st.parts.forEach((part, k) => {
      c.span(`${p}.parts[${k}]`, part, true);
      if (part.start < st.start || part.end > st.end)
        c.fail(`${p}.parts[${k}]`, `[${part.start}, ${part.end}) lies outside its statement [${st.start}, ${st.end})`);
      const before = st.parts[k - 1];
      if (before && before.end > part.start) c.fail(`${p}.parts[${k}]`, `overlaps or precedes part ${k - 1}`);
    });
    sourceRef(`${p}.sourceId`, st.sourceId);
    if (st.speakerMention !== null) c.span(`${p}.speakerMention`, st.speakerMention, true);
    if (st.cue !== null) c.span(`${p}.cue`, st.cue, true);
    c.evidence(`${p}.evidence`, st.evidence);
    c.array(`${p}.quoteIds`, st.quoteIds);
    for (const [k, id] of st.quoteIds.entries()) if (!quoteIds.has(id)) c.fail(`${p}.quoteIds[${k}]`, `${show(id)} is not the id of any quote`);
  });

  a.sources.forEach((s: Source, i) => {
    const p = `sources[${i}]`;
    c.oneOf(`${p}.kind`, s.kind, SOURCE_KINDS);
    if (typeof s.name !== 'string' || s.name.trim() === '') c.fail(`${p}.name`, `expected a non-empty string, got ${show(s.name)}`);
    if (s.description !== null && typeof s.description !== 'string') c.fail(`${p}.description`, `expected a string or null, got ${show(s.description)}`);
    c.array(`${p}.mentions`, s.mentions);
    for (const [k, m] of s.mentions.entries()) {
      c.span(`${p}.mentions[${k}]`, m, true);
      // the facts each mention carries (issue 11): a type, a lower-case head, gender only when known
      c.oneOf(`${p}.mentions[${k}].type`, m.type, MENTION_TYPES);
      if (typeof m.head !== 'string' || m.head !== m.head.toLowerCase())
        c.fail(`${p}.mentions[${k}].head`, `expected a lower-case string, got ${show(m.head)}`);
      if (m.gender !== undefined) c.oneOf(`${p}.mentions[${k}].gender`, m.gender, ['f', 'm']);
    }
    for (const fact of ['plural', 'informative', 'spokesperson'] as const) {
      if (typeof s[fact] !== 'boolean') c.fail(`${p}.${fact}`, `expected a boolean, got ${show(s[fact])}`);
    }
    if (s.kind !== 'anonymous' && s.informative !== true) c.fail(`${p}.informative`, 'a named source is informative by its name');
    if (s.description !== null && s.name.trim() !== '' && s.description.toLowerCase().includes(s.name.toLowerCase()))
      c.fail(`${p}.description`, `repeats the name ${show(s.name)}`);
    if (s.kind === 'anonymous') {
      if (typeof s.justified !== 'boolean') c.fail(`${p}.justified`, `an anonymous source needs a boolean, got ${show(s.justified)}`);
    } else if (s.justified !== null) c.fail(`${p}.justified`, `a ${s.kind} source needs null, got ${show(s.justified)}`);
    if (s.justification !== null) {
      c.span(`${p}.justification`, s.justification, true);
      if (s.kind !== 'anonymous') c.fail(`${p}.justification`, `a ${s.kind} source has a justification`);
    }
  });

  a.notes.forEach((n, i) => {
    const p = `notes[${i}]`;
    c.span(p, n, false);
    if (typeof n.rule !== 'string' || n.rule === '') c.fail(`${p}.rule`, `expected a rule id, got ${show(n.rule)}`);
    if (typeof n.message !== 'string' || n.message === '') c.fail(`${p}.message`, `expected a message, got ${show(n.message)}`);
  });
}

class Checker {
  constructor(readonly text: string) {}

  fail(path: string, problem: string): never {
    throw new InvariantError(`${path}: ${problem} (text length ${this.text.length})`);
  }

  object(path: string, v: unknown): void {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(path, `expected an object, got ${show(v)}`);
  }

  array(path: string, v: unknown): void {
    if (!Array.isArray(v)) this.fail(path, `expected an array, got ${show(v)}`);
  }

  equal(path: string, actual: unknown, expected: unknown): void {
    if (!Object.is(actual, expected)) this.fail(path, `expected ${show(expected)}, got ${show(actual)}`);
  }

  count(path: string, v: unknown): void {
    if (!Number.isInteger(v) || (v as number) < 0) this.fail(path, `expected a non-negative integer, got ${show(v)}`);
  }

  oneOf(path: string, v: unknown, allowed: readonly string[]): void {
    if (typeof v !== 'string' || !allowed.includes(v)) this.fail(path, `expected one of ${allowed.join('|')}, got ${show(v)}`);
  }

  /** Integers with 0 <= start <= end <= text.length; `text` (when required or present) slices exactly. */
  span(path: string, v: unknown, withText: boolean): void {
    this.object(path, v);
    const { start, end, text } = v as Obj;
    if (!Number.isInteger(start)) this.fail(`${path}.start`, `expected an integer, got ${show(start)}`);
    if (!Number.isInteger(end)) this.fail(`${path}.end`, `expected an integer, got ${show(end)}`);
    const s = start as number;
    const e = end as number;
    if (s < 0) this.fail(`${path}.start`, `${s} is negative`);
    if (s > e) this.fail(path, `start ${s} > end ${e}`);
    if (e > this.text.length) this.fail(`${path}.end`, `${e} is past the end of the text`);
    if (withText && typeof text !== 'string') this.fail(`${path}.text`, `expected a string, got ${show(text)}`);
    if (text !== undefined && text !== this.text.slice(s, e))
      this.fail(`${path}.text`, `${show(text)} is not the text at [${s}, ${e}), which is ${show(this.text.slice(s, e))}`);
  }

  spanList(path: string, v: unknown, o: { textField: boolean; sorted: boolean; disjoint: boolean }): void {
    this.array(path, v);
    const list = v as { start: number; end: number }[];
    list.forEach((s, i) => {
      this.span(`${path}[${i}]`, s, o.textField);
      const prev = list[i - 1];
      if (!prev) return;
      if (o.sorted && prev.start > s.start) this.fail(`${path}[${i}]`, `not sorted: starts at ${s.start} after ${prev.start}`);
      if (o.disjoint && prev.end > s.start) this.fail(`${path}[${i}]`, `overlaps ${path}[${i - 1}]: [${prev.start}, ${prev.end}) and [${s.start}, ${s.end})`);
    });
  }

  uniqueIds(path: string, items: readonly { id: string }[]): Set<string> {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (typeof item.id !== 'string' || item.id === '') this.fail(`${path}[${i}].id`, `expected a non-empty string, got ${show(item.id)}`);
      if (seen.has(item.id)) this.fail(`${path}[${i}].id`, `duplicate id ${show(item.id)}`);
      seen.add(item.id);
    });
    return seen;
  }

  evidence(path: string, e: Evidence): void {
    this.object(path, e);
    this.oneOf(`${path}.rule`, e.rule, ATTRIBUTION_RULES);
    if (e.cue !== null) this.span(`${path}.cue`, e.cue, true);
    if (e.mention !== null) this.span(`${path}.mention`, e.mention, true);
    if (typeof e.confidence !== 'number' || !(e.confidence >= 0 && e.confidence <= 1))
      this.fail(`${path}.confidence`, `expected a number in [0, 1], got ${show(e.confidence)}`);
  }

  /** A share in [0, 1], 0 when there is nothing to share, else part/whole to 4 decimals. */
  share(path: string, v: unknown, part: number, whole: number): void {
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) this.fail(path, `expected a fraction in [0, 1], got ${show(v)}`);
    const expected = whole === 0 ? 0 : part / whole;
    // rounded to four places: off by at most half of 1e-4, plus the float error of the halving
    if (Math.abs(v - expected) > 5e-5 + 1e-12) this.fail(path, `${v} is inconsistent with the counts ${part}/${whole} (= ${expected})`);
  }
}

function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (v === undefined) return 'undefined';
  try {
    const s = JSON.stringify(v);
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
  } catch {
    return String(v);
  }
}
