/** Helpers shared by the output formats (and the web pages): labels, numbers, positions, names. */
import type { AttributionRule, SourceKind } from '../../analysis/story.js';
import type { ReportSource, SourcingReport } from '../types.js';

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
  none: 'no speaker found',
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind as SourceKind] ?? String(kind);
}

export function ruleLabel(rule: string): string {
  return RULE_LABELS[rule as AttributionRule] ?? String(rule);
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

export function sourceIndex(report: Pick<SourcingReport, 'sources'>): Map<string, ReportSource> {
  return new Map(report.sources.map((s) => [s.id, s] as const));
}

/** The speaker as an editor reads it: the source's name, else the mention, else a plain phrase. */
export function speakerName(sources: Map<string, ReportSource>, item: { sourceId: string | null; speakerMention: { text: string } | null }): string {
  const s = item.sourceId === null ? undefined : sources.get(item.sourceId);
  return s?.name ?? item.speakerMention?.text ?? 'no source given';
}

/** What an anonymous source's justification column says. */
export function justificationSummary(source: ReportSource): string {
  if (source.kind !== 'anonymous') return '';
  if (source.justified) {
    return source.justification ? `Yes: “${source.justification.text}”` : 'Yes';
  }
  return 'No reason given';
}

/** 1-based line and column (in UTF-16 code units) for offsets into one text. */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10) || c === 0x2028 || c === 0x2029) starts.push(i + 1);
  }
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  };
}

export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A safe ASCII file stem from a headline: `Erdoğan's "plan"` → `erdogans-plan`. */
export function slugify(title: string, max = 60): string {
  const ascii = String(title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ıİ]/g, 'i')
    .replace(/[ßẞ]/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐðÐ]/g, 'd')
    .replace(/['’‘`]/g, '')
    .toLowerCase();
  let slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > max) slug = slug.slice(0, max).replace(/-[^-]*$/, '') || slug.slice(0, max);
  return slug.replace(/-+$/g, '');
}

export function reportFileStem(title: string): string {
  return slugify(title) || 'quotecheck-report';
}
