/**
 * The editor's side of the report page (README "Reviewing and correcting a report"): the mark on
 * corrected quotes (page and download alike), the small editor behind each quote's label and the
 * review section (the corrections made, those that did not apply, and a row of controls per
 * source), all posted back in one form (`report-form`, the downloads' form) with the text and the
 * list. Plain data; the markup is in views/partials/quote-editor.hbs and report-review.hbs.
 */
import type { Correction, EditableKind, SourceRef } from '../report/corrections/types.js';
import { EDITABLE_KINDS } from '../report/corrections/types.js';
import { CORRECTED, correctionWords } from '../report/corrections/words.js';
import type { ReportQuote, ReportSource, ReportStatement, SourcingReport } from '../report/types.js';
import { kindLabel } from '../report/words.js';
import { type EvidenceLabel, type StoryPiece, safeId } from './story-model.js';

/** The form every control of the page belongs to (views/partials/downloads.hbs). */
export const REPORT_FORM = 'report-form';
/** Options in all the quote editors together at most: a long story's page stays a page. */
export const MAX_EDITOR_OPTIONS = 20_000;
/** Quotes with an editor at most (3 fields each), and source rows with controls (5 fields each). */
export const MAX_QUOTE_EDITORS = 200;
export const MAX_SOURCE_ROWS = 100;
/** The fields the page's form may post at most: the parser's parameter limit (src/server/app.ts). */
export const MAX_EDITOR_FIELDS = MAX_QUOTE_EDITORS * 3 + MAX_SOURCE_ROWS * 5;

export interface QuoteEditor {
  form: string;
  key: string;
  action: string;
  /** Where the page opens after Recompute without JavaScript: the quote that was corrected. */
  anchor: string;
  choices: { value: string; label: string }[];
  kinds: { value: EditableKind; label: string }[];
}

export type EditablePiece = StoryPiece | { evidence: EvidenceLabel & { corrected?: string; edit?: QuoteEditor } };

/** How the page names a source in a correction: by its first mention (it survives a new engine), else by name. */
export function sourceRefOf(s: Pick<ReportSource, 'mentions' | 'name' | 'kind'>): Exclude<SourceRef, null> {
  const m = s.mentions[0];
  if (m) return { mention: { start: m.start, end: m.end } };
  return { name: s.name, kind: EDITABLE_KINDS.includes(s.kind as EditableKind) ? (s.kind as EditableKind) : 'person' };
}

const KIND_CHOICES = EDITABLE_KINDS.map((k) => ({ value: k, label: kindLabel(k) }));

/**
 * The story's pieces with each quote's and statement's label marked when an editor corrected it
 * and, with `editors`, the editor behind it. A label follows the last piece of its quote or
 * statement.
 */
export function withCorrections(pieces: readonly StoryPiece[], report: SourcingReport, editors: boolean): EditablePiece[] {
  const quotes = new Map(report.quotes.map((q) => [q.id, q] as const));
  const statements = new Map(report.statements.map((s) => [s.id, s] as const));
  const sourceChoices = report.sources.map((s) => ({ value: JSON.stringify(sourceRefOf(s)), label: `${s.name} · ${kindLabel(s.kind)}` }));
  const choices = [...sourceChoices, { value: 'none', label: 'no one (no source given)' }, { value: 'new', label: 'someone else (type the name below)' }];
  let budget = MAX_EDITOR_OPTIONS;
  let editable = MAX_QUOTE_EDITORS;
  let lastQuote: ReportQuote | undefined;
  let lastStatement: ReportStatement | undefined;
  return pieces.map((piece) => {
    if ('quote' in piece && piece.quote.id !== null) lastQuote = quotes.get(piece.quote.id);
    if ('statement' in piece && piece.statement.id !== null) lastStatement = statements.get(piece.statement.id);
    if (!('evidence' in piece)) return piece;
    const what = piece.evidence.statementForm === null ? 'quote' : 'statement';
    const item = what === 'quote' ? lastQuote : lastStatement;
    if (!item) return piece;
    if (what === 'quote') lastQuote = undefined;
    else lastStatement = undefined;
    const evidence: EvidenceLabel & { corrected?: string; edit?: QuoteEditor } = { ...piece.evidence };
    // The page adds its editors to the model's pieces, already marked: mark them once.
    if (item.corrected && evidence.corrected === undefined) {
      // The evidence is the engine's, for the attribution the editor replaced: say so.
      evidence.corrected = CORRECTED;
      evidence.rule = `${CORRECTED} (automatic: ${evidence.rule})`;
      evidence.mention = `${evidence.mention} (automatic, before the correction)`;
    }
    if (editors && budget >= choices.length && editable > 0) {
      budget -= choices.length;
      editable--;
      evidence.edit = {
        form: REPORT_FORM,
        key: `${what === 'statement' ? 'st-' : ''}${item.start}-${item.end}`,
        action: `${what}:${item.start}:${item.end}`,
        anchor: item.id === null ? 'story-heading' : `${what}-${safeId(item.id)}`,
        choices,
        kinds: KIND_CHOICES,
      };
    }
    return { evidence };
  });
}

/** Each finding with the page's Dismiss button (`findings` are the report's findings' models, in order). */
export function withDismissals<T extends object>(findings: readonly T[], report: SourcingReport): (T & { dismiss: { form: string; action: string } | null })[] {
  return findings.map((f, i) => {
    const r = report.findings[i];
    return { ...f, dismiss: r ? { form: REPORT_FORM, action: `dismiss:${r.start}:${r.end}:${r.rule}` } : null };
  });
}

/** The review section of the page: the list as it stands, what it did, and the sources' controls. */
export function reviewModel(report: SourcingReport, text: string, list: readonly Correction[]) {
  const merge = report.sources.length <= MAX_SOURCE_ROWS;
  return {
    form: REPORT_FORM,
    json: JSON.stringify(list),
    count: list.length,
    plural: list.length !== 1,
    applied: report.corrections.map((c) => correctionWords(c, text)),
    rejected: report.rejectedCorrections.map((r) => ({ what: correctionWords(r.correction, text), reason: r.reason })),
    sources: report.sources.slice(0, MAX_SOURCE_ROWS).map((s, i) => ({
      i,
      name: s.name,
      kindLabel: kindLabel(s.kind),
      corrected: s.corrected ? CORRECTED : null,
      original: JSON.stringify({ ref: sourceRefOf(s), name: s.name, kind: s.kind, justified: s.justified }),
      kinds: KIND_CHOICES.map((k) => ({ ...k, selected: k.value === s.kind })),
      anonymous: s.kind === 'anonymous',
      justified: s.justified === true,
      mergeInto: merge ? report.sources.filter((o) => o !== s).map((o) => ({ value: JSON.stringify(sourceRefOf(o)), label: o.name })) : null,
    })),
  };
}
