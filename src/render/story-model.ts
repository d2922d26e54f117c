/**
 * The story as the templates draw it (views/partials/story.hbs, exercise-story.hbs): a list of
 * pieces in text order whose texts, put back together, are the story. Plain data: every string
 * here is raw text that Handlebars escapes; the markup is in the partials.
 */
import type { Evidence, SourceKind } from '../analysis/story.js';
import { findingTitle } from '../report/findings/index.js';
import { highlight, type QuoteSegment, type StatementSegment } from '../report/highlight.js';
import { type SecondHandQuote, secondHandQuotes } from '../report/second-hand.js';
import type { Finding, ReportSource, SourcingReport } from '../report/types.js';
import { clipPassage, FEATURE_WORDS, KINDS, kindAfter, kindLabel, NO_SOURCE, percent, ruleLabel, severityLabel, sourceIndex } from '../report/words.js';

/** A label after a quote or a statement: who said it, in words, and the evidence behind it. */
export interface EvidenceLabel {
  kind: SourceKind;
  /** The statement's form (`indirect`…), or null for a quote. */
  statementForm: string | null;
  who: string;
  /** The kind in words, or null when `who` already says it (no source given). */
  kindLabel: string | null;
  /** The evidence, each in words: `Ana Ruiz (named person)`, `“said”`, `90%`… */
  source: string;
  describedAs: string | null;
  cue: string;
  mention: string;
  rule: string;
  confidence: string;
  /** What the learned speaker model weighed: its reasons and the runner-up, or null. */
  weighed: string | null;
  /** For an anonymous source: whether the story says why it is not named. */
  anonymity: string | null;
  /** A quote with a quote inside: whose words the inner ones are (`quotes Hifter`), or null. */
  quoting: string | null;
  /** The same in a sentence, for the evidence. */
  secondHand: string | null;
}

/** A finding noted at the end of the line it concerns; links to `#finding-N`. */
export interface FindingNote {
  n: number;
  severity: 'warning' | 'note';
  severityLabel: string;
  title: string;
  message: string;
}

export type StoryPiece =
  | { text: string }
  | { quote: { kind: SourceKind; id: string | null; text: string; parts: { text: string; inner: boolean }[] | null } }
  | { statement: { kind: SourceKind; id: string | null; text: string } }
  | { anchor: string }
  | { evidence: EvidenceLabel }
  | { notes: FindingNote[] };

const HAS_WORD = /[\p{L}\p{N}]/u;

/** A quote id as it may stand in an element id. */
export function safeId(id: string): string {
  return String(id).replace(/[^A-Za-z0-9_-]/g, '_');
}

function evidenceLabel(
  seg: QuoteSegment | StatementSegment,
  source: ReportSource | undefined,
  kind: SourceKind,
  statementForm: string | null,
  inner: readonly SecondHandQuote[],
): EvidenceLabel {
  const { evidence } = seg;
  const quoted = (s: string | undefined) => (s === undefined ? 'none' : `“${s}”`);
  const reason = source?.justification ? `: “${source.justification.text}”` : '';
  const who = seg.speaker ?? NO_SOURCE;
  return {
    kind,
    statementForm,
    who,
    kindLabel: kindAfter(who, kind),
    source: kindAfter(who, kind) === null ? who : `${who} (${kindLabel(kind)})`,
    describedAs: source?.description || null,
    cue: quoted(evidence.cue?.text),
    mention: quoted(evidence.mention?.text),
    rule: `${evidence.rule}: ${ruleLabel(evidence.rule)}`,
    confidence: percent(evidence.confidence),
    weighed: weighedWords(evidence),
    anonymity: source?.kind === 'anonymous' ? (source.justified ? `yes${reason}` : 'no reason given') : null,
    quoting: inner.length === 0 ? null : `quotes ${inner.find((x) => x.speaker !== null)?.speaker ?? 'someone else'}`,
    secondHand: inner.length === 0 ? null : inner.map((x) => secondHandWords(x, who)).join(' '),
  };
}

/** `subject of a reporting verb in the quote’s sentence; runner-up: “Hifter” (3%)`. */
function weighedWords(evidence: Evidence): string | null {
  const m = evidence.model;
  if (!m) return null;
  const reasons = m.features.map((f) => FEATURE_WORDS[f] ?? f).join('; ');
  const runnerUp = m.runnerUp ? `runner-up: ${m.runnerUp.name ? `“${m.runnerUp.name}”` : 'no one'} (${percent(m.runnerUp.probability)})` : '';
  return [reasons, runnerUp].filter(Boolean).join('; ') || null;
}

/** `“with whom…?” are Hifter’s words (after “the reaction of Hifter is”), reported by the official; they count as part of this quote.` */
function secondHandWords(x: SecondHandQuote, who: string): string {
  const whose = x.speaker === null ? 'someone else’s words' : `the words of ${x.speaker}`;
  const after = x.leadIn === null ? '' : ` (after “${x.leadIn}”)`;
  const reporter = who === NO_SOURCE ? '' : `, reported by ${who}`;
  return `“${clipPassage(x.text, 80)}” are ${whose}${after}${reporter}; they count as part of this quote.`;
}

/** A quote segment's text split where its inner quotes (marks included) begin and end, or null when it has none. */
function quoteParts(seg: QuoteSegment, inner: readonly SecondHandQuote[]): { text: string; inner: boolean }[] | null {
  const parts: { text: string; inner: boolean }[] = [];
  let at = seg.start;
  for (const x of inner) {
    const from = Math.max(x.start, seg.start);
    const to = Math.min(x.end, seg.end);
    if (to <= from || from < at) continue;
    if (from > at) parts.push({ text: seg.text.slice(at - seg.start, from - seg.start), inner: false });
    parts.push({ text: seg.text.slice(from - seg.start, to - seg.start), inner: true });
    at = to;
  }
  if (parts.length === 0) return null;
  if (at < seg.end) parts.push({ text: seg.text.slice(at - seg.start), inner: false });
  return parts;
}

/** Options of storyPieces. */
export interface StoryOptions {
  /** Note each finding at the end of the line (paragraph) it concerns. Default false. */
  findings?: boolean;
  /** Empty elements with these ids at these offsets, for links into the story (review-model.ts). */
  anchors?: readonly { at: number; id: string }[];
}

/**
 * The story's pieces: quotes in the colour class of their source kind, each followed by its
 * label; statements marked more quietly, labelled on their last piece with words (a direct
 * statement's leftover pieces are often just quotation marks; statements with quotes in them
 * are labelled by their quotes, which carry the same evidence); with `findings`, the notes of
 * the findings at the end of their lines.
 */
export function storyPieces(text: string, report: SourcingReport, options: StoryOptions = {}): StoryPiece[] {
  const segments = highlight(text, report);
  const sources = sourceIndex(report);
  const secondHand = new Map<string, SecondHandQuote[]>();
  for (const x of secondHandQuotes(report, text)) {
    const list = secondHand.get(x.quoteId);
    if (list) list.push(x);
    else secondHand.set(x.quoteId, [x]);
  }
  const notes = options.findings ? findingNotes(text, report.findings) : [];
  const anchors = [...(options.anchors ?? [])].filter((a) => a.at >= 0 && a.at <= text.length).sort((a, b) => a.at - b.at);
  let nextAnchor = 0;
  const anchorsUpTo = (offset: number): void => {
    while (nextAnchor < anchors.length && (anchors[nextAnchor] as { at: number }).at <= offset)
      pieces.push({ anchor: (anchors[nextAnchor++] as { id: string }).id });
  };
  const pieces: StoryPiece[] = [];
  let next = 0;
  /** The notes due at or before `offset`, as one piece. */
  const notesUpTo = (offset: number): void => {
    const due: FindingNote[] = [];
    while (next < notes.length && (notes[next] as PlacedNote).at <= offset) due.push((notes[next++] as PlacedNote).note);
    if (due.length > 0) pieces.push({ notes: due });
  };
  const labelAt = new Map<object, number>();
  segments.forEach((seg, i) => {
    if (seg.type === 'statement' && HAS_WORD.test(seg.text)) labelAt.set(seg.statement, i);
  });

  /** A quote's label waits for the quote's closing mark: `“…”` then the label, never `“…[label]”`. */
  let pending: { at: number; piece: StoryPiece } | null = null;
  const flushLabel = (upTo: number): void => {
    if (pending !== null && pending.at <= upTo) {
      pieces.push(pending.piece);
      pending = null;
    }
  };
  /** The text from `from` to `to` as pieces made by `make`, split where a note or the waiting label falls. */
  const pushRange = (from: number, to: number, make: (t: string) => StoryPiece): void => {
    let at = from;
    for (;;) {
      const noteAt = next < notes.length ? (notes[next] as PlacedNote).at : Number.POSITIVE_INFINITY;
      const labelAt: number = pending === null ? Number.POSITIVE_INFINITY : pending.at;
      const anchorAt = nextAnchor < anchors.length ? (anchors[nextAnchor] as { at: number }).at : Number.POSITIVE_INFINITY;
      const cut = Math.min(noteAt, labelAt, anchorAt);
      if (cut >= to) break;
      if (cut > at) pieces.push(make(text.slice(at, cut)));
      at = Math.max(at, cut);
      flushLabel(at);
      notesUpTo(at);
      anchorsUpTo(at);
    }
    if (to > at) pieces.push(make(text.slice(at, to)));
  };

  segments.forEach((seg, i) => {
    flushLabel(seg.start);
    notesUpTo(seg.start);
    anchorsUpTo(seg.start);
    if (seg.type === 'text') {
      pushRange(seg.start, seg.end, (t) => ({ text: t }));
      return;
    }
    const kind: SourceKind = KINDS.includes(seg.kind) ? seg.kind : 'unknown';
    const inner = seg.type === 'quote' ? (secondHand.get(seg.quote.id) ?? []) : [];
    const label = (statementForm: string | null): StoryPiece => ({
      evidence: evidenceLabel(seg, seg.sourceId === null ? undefined : sources.get(seg.sourceId), kind, statementForm, inner),
    });
    if (seg.type === 'quote') {
      flushLabel(Number.POSITIVE_INFINITY);
      pieces.push({ quote: { kind, id: seg.first ? safeId(seg.quote.id) : null, text: seg.text, parts: quoteParts(seg, inner) } });
      if (seg.last) {
        const close = seg.quote.close;
        const closes = close && close.start === seg.end && close.end > close.start && close.end - close.start <= 2 && close.end <= text.length;
        if (closes) pending = { at: close.end, piece: label(null) };
        else pieces.push(label(null));
      }
      return;
    }
    if (!HAS_WORD.test(seg.text)) {
      pushRange(seg.start, seg.end, (t) => ({ text: t }));
      return;
    }
    let id = seg.first && typeof seg.statement.id === 'string' ? safeId(seg.statement.id) : null;
    pushRange(seg.start, seg.end, (t) => {
      const piece: StoryPiece = { statement: { kind, id, text: t } };
      id = null;
      return piece;
    });
    const st = seg.statement;
    const ownLabel = st.form === 'indirect' || !Array.isArray(st.quoteIds) || st.quoteIds.length === 0;
    if (labelAt.get(st) === i && ownLabel) {
      flushLabel(Number.POSITIVE_INFINITY);
      pieces.push(label(st.form));
    }
  });
  flushLabel(Number.POSITIVE_INFINITY);
  anchorsUpTo(Number.POSITIVE_INFINITY);
  notesUpTo(Number.POSITIVE_INFINITY);
  return pieces;
}

interface PlacedNote {
  /** Where the note goes: the end of the line that holds the finding's end. */
  at: number;
  order: number;
  note: FindingNote;
}

const LINE_BREAK = /\r\n?|[\n\u2028\u2029]/g;

/** Each finding as a note placed at the end of its line, in order; the Nth links to `#finding-N`. */
function findingNotes(text: string, findings: readonly Finding[]): PlacedNote[] {
  const breaks: number[] = [];
  for (const m of text.matchAll(LINE_BREAK)) breaks.push(m.index);
  const lineEnd = (offset: number): number => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    return breaks[lo] ?? text.length;
  };
  const notes = findings.map((f, i) => ({
    at: lineEnd(Math.max(f.start, Math.min(f.end, text.length) - 1)),
    order: i,
    note: {
      n: i + 1,
      severity: f.severity === 'warning' ? ('warning' as const) : ('note' as const),
      severityLabel: severityLabel(f.severity),
      title: findingTitle(f.rule),
      message: f.message,
    },
  }));
  return notes.sort((a, b) => a.at - b.at || a.order - b.order);
}
