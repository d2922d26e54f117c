/**
 * The words every output shares: how a kind of source, an attribution rule and a severity read,
 * numbers in words, and the sentences a report says when a section is empty. The report core
 * (narrative, explanations, the exercise, the findings), every format and the render layer take
 * them from here, so that the page, the downloads and the classroom say the same thing. Pure.
 */
import type { AttributionRule, SourceKind } from '../analysis/story.js';
import type { Finding, ReportSource, ReportSummary, SourcingReport } from './types.js';

export const KINDS: readonly SourceKind[] = ['person', 'organization', 'anonymous', 'unknown'];

/** How each kind reads to an editor. Never rely on colour alone: these words go next to it. */
export const KIND_LABELS: Record<SourceKind, string> = {
  person: 'named person',
  organization: 'organization',
  anonymous: 'anonymous',
  unknown: 'no source given',
};

export const RULE_LABELS: Record<AttributionRule, string> = {
  'cue-after-quote': 'reporting verb after the quote',
  'cue-inverted': 'inverted reporting verb after the quote',
  'cue-before-quote': 'reporting verb before the quote',
  'cue-inside-split': 'reporting verb between the parts of a split quote',
  'according-to': '“according to”',
  'dash-attribution': 'dash attribution after the quote',
  'speaker-label': 'speaker’s name before a colon, as in a transcript',
  'same-sentence': 'speaker and cue elsewhere in the sentence',
  'previous-sentence': 'speaker in the previous sentence',
  continuation: 'continues a quote from the previous paragraph',
  conversation: 'turn-taking in a conversation',
  'repeated-quote': 'the same words quoted again in the story, with their speaker',
  learned: 'chosen by the speaker model from the names around the quote',
  none: 'no speaker found',
};

/**
 * What the speaker model's features say of a candidate, as the end of a sentence that starts with
 * its words (`“the official” …`). A feature missing here is shown by its name.
 */
export const FEATURE_WORDS: Record<string, string> = {
  verdict: 'is the speaker a reporting rule found',
  proposed: 'is a speaker a reporting rule proposed',
  'subject:same-sentence': 'is the subject of a reporting verb in the quote’s sentence',
  'subject:window': 'is the subject of a reporting verb just before the quote',
  'side:after&subject:same-sentence': 'is the subject of a reporting verb right after the quote',
  'sentence:same': 'is in the quote’s own sentence',
  'sentence:previous': 'is in the sentence before the quote',
  'cue:after': 'is tied to the quote by a reporting verb after it',
  'cue:before': 'is tied to the quote by a reporting verb before it',
  'cue:inverted': 'follows an inverted reporting verb (“said …”)',
  'cue:according-to': 'comes after “according to”',
  'spoke-before': 'has spoken earlier in the story',
  'previous-speaker': 'said the quote before',
  human: 'is a person or people',
  'gender-known': 'is a person the story names',
  definite: 'points to someone already known',
  'recent:same': 'was mentioned in this very sentence',
  'side:before': 'comes before the quote',
};

/** What a report says where a section has nothing to show. */
export const NOTHING = {
  findings: 'No findings: the editorial checks found nothing to flag.',
  sources: 'No sources found.',
  quotes: 'No quotes found.',
  statements: 'No statements found.',
} as const;

/** The speaker of a quote nobody is said to have said. */
export const NO_SOURCE = KIND_LABELS.unknown;

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind as SourceKind] ?? String(kind);
}

/** The kind in words to show after a speaker, or null when it would repeat it (`no source given · no source given`). */
export function kindAfter(who: string, kind: string): string | null {
  const label = kindLabel(kind);
  return label === who ? null : label;
}

/** `Ana Ruiz · named person`; the kind left out where the speaker already says it (`no source given`). */
export function speakerWithKind(who: string, kind: string): string {
  const k = kindAfter(who, kind);
  return k === null ? who : `${who} · ${k}`;
}

export function ruleLabel(rule: string): string {
  return RULE_LABELS[rule as AttributionRule] ?? String(rule);
}

/** `Warning` or `Note`: how a finding's severity reads. */
export function severityLabel(severity: Finding['severity']): string {
  return severity === 'warning' ? 'Warning' : 'Note';
}

/** 0.756 → "76%"; tiny non-zero shares read "<1%" rather than a misleading "0%". */
export function percent(fraction: number): string {
  if (!Number.isFinite(fraction) || fraction <= 0) return '0%';
  if (fraction < 0.005) return '<1%';
  return `${Math.round(Math.min(1, fraction) * 100)}%`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `412 characters · 3 quotes · 2 statements · 2 sources`: what the report counted. */
export function countsLine(report: Pick<SourcingReport, 'length' | 'summary'>): string {
  const { summary } = report;
  return [plural(report.length, 'character'), plural(summary.quotes, 'quote'), plural(summary.statements, 'statement'), plural(summary.sources, 'source')].join(
    ' · ',
  );
}

/** One headline figure: `33%` `of quotes` `1 of 3`. */
export interface UnnamedFigure {
  value: string;
  label: string;
  detail: string;
}

/** The three headline figures: the unnamed share of quotes, of quoted words and of statements. */
export function unnamedFigures(summary: Pick<ReportSummary, 'byKind' | 'unnamedShare' | 'quotes' | 'quotedWords' | 'statements'>): UnnamedFigure[] {
  const { anonymous } = summary.byKind;
  return [
    { value: percent(summary.unnamedShare.quotes), label: 'of quotes', detail: `${anonymous.quotes} of ${summary.quotes}` },
    { value: percent(summary.unnamedShare.quotedWords), label: 'of quoted words', detail: `${anonymous.quotedWords} of ${summary.quotedWords}` },
    { value: percent(summary.unnamedShare.statements), label: 'of statements', detail: `${anonymous.statements} of ${summary.statements}` },
  ];
}

export function sourceIndex(report: Pick<SourcingReport, 'sources'>): Map<string, ReportSource> {
  return new Map(report.sources.map((s) => [s.id, s] as const));
}

/** The speaker as an editor reads it: the source's name, else the mention, else a plain phrase. */
export function speakerName(sources: Map<string, ReportSource>, item: { sourceId: string | null; speakerMention: { text: string } | null }): string {
  const s = item.sourceId === null ? undefined : sources.get(item.sourceId);
  return s?.name ?? item.speakerMention?.text ?? NO_SOURCE;
}

/** Whether the story says why an anonymous source is not named, in a word. */
export const ANONYMITY_EXPLAINED = { yes: 'Yes', no: 'No reason given', notAnonymous: 'not applicable' } as const;

/** What an anonymous source's justification column says. */
export function justificationSummary(source: ReportSource): string {
  if (source.kind !== 'anonymous') return '';
  if (source.justified) {
    return source.justification ? `${ANONYMITY_EXPLAINED.yes}: “${source.justification.text}”` : ANONYMITY_EXPLAINED.yes;
  }
  return ANONYMITY_EXPLAINED.no;
}

/** A passage cut to at most `max` characters, with `…` where it was cut. */
export function clipPassage(passage: string, max: number): string {
  return passage.length > max ? `${passage.slice(0, max - 1)}…` : passage;
}
