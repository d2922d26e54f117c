/**
 * HTML fragments shared by the web report page and the standalone HTML download: the story
 * with its highlights and the editorial findings under the paragraphs they concern, the list
 * of findings, and the SVG chart. Every piece of user text goes through escapeHtml.
 * No inline `style` attributes and no script: the web page runs under a strict CSP.
 */
import type { Evidence, SourceKind } from '../../analysis/story.js';
import { findingTitle } from '../findings/index.js';
import { highlight, type Segment } from '../highlight.js';
import type { Finding, ReportSource, SourcingReport } from '../types.js';
import { escapeHtml, KINDS, kindLabel, percent, plural, ruleLabel, sourceIndex } from './common.js';

/** Bar colours: at least 3:1 against white (WCAG 1.4.11). */
export const KIND_COLOURS: Record<SourceKind, string> = {
  person: '#1d4ed8',
  organization: '#15803d',
  anonymous: '#b45309',
  unknown: '#4b5563',
};

const HAS_WORD = /[\p{L}\p{N}]/u;

function safeId(id: string): string {
  return String(id).replace(/[^A-Za-z0-9_-]/g, '_');
}

function evidenceList(evidence: Evidence, source: ReportSource | undefined, kind: SourceKind, speaker: string | null): string {
  const rows: [string, string][] = [];
  rows.push(['Source', `${escapeHtml(speaker ?? 'no source given')} (${escapeHtml(kindLabel(kind))})`]);
  if (source?.description) rows.push(['Described as', escapeHtml(source.description)]);
  rows.push(['Cue', evidence.cue ? `“${escapeHtml(evidence.cue.text)}”` : 'none']);
  rows.push(['Mention', evidence.mention ? `“${escapeHtml(evidence.mention.text)}”` : 'none']);
  rows.push(['Rule', `${escapeHtml(evidence.rule)}: ${escapeHtml(ruleLabel(evidence.rule))}`]);
  rows.push(['Confidence', escapeHtml(percent(evidence.confidence))]);
  if (source?.kind === 'anonymous') {
    rows.push([
      'Anonymity explained',
      source.justified ? `yes${source.justification ? `: “${escapeHtml(source.justification.text)}”` : ''}` : 'no reason given',
    ]);
  }
  return `<dl class="ev-body">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

/** Options of storyHtml. */
export interface StoryHtmlOptions {
  /** Show each finding under the paragraph (line) it concerns, linking to `#finding-N`. Default false. */
  findings?: boolean;
}

/**
 * The story as HTML (to be placed in an element with `white-space: pre-wrap`): quotes as
 * `<mark>` in the colour class of their source kind, each followed by a `<details>` whose
 * summary names the speaker and kind in words and whose body gives the evidence; statements
 * marked more quietly; with `findings`, each finding as a note at the end of its paragraph.
 * No whitespace is added between tags, so the text keeps its layout.
 */
export function storyHtml(text: string, report: SourcingReport, options: StoryHtmlOptions = {}): string {
  const segments = highlight(text, report);
  const sources = sourceIndex(report);
  const notes = options.findings ? findingNotes(text, report.findings) : [];
  let next = 0;
  /** The notes due at or before `offset`. */
  const notesUpTo = (offset: number): string => {
    let out = '';
    while (next < notes.length && (notes[next] as Note).at <= offset) out += (notes[next++] as Note).html;
    return out ? `<span class="fnotes">${out}</span>` : '';
  };

  // A statement's label goes on its last piece that has words (a direct statement's leftover
  // pieces are often just quotation marks). Statements with quotes in them (direct, mixed)
  // are labelled by their quotes, which carry the same evidence.
  const labelAt = new Map<object, number>();
  segments.forEach((seg, i) => {
    if (seg.type === 'statement' && HAS_WORD.test(seg.text)) labelAt.set(seg.statement, i);
  });

  let html = '';
  segments.forEach((seg: Segment, i) => {
    html += notesUpTo(seg.start);
    if (seg.type === 'text') {
      // Notes fall on line ends inside plain text: split the text there.
      let from = seg.start;
      while (next < notes.length && (notes[next] as Note).at < seg.end) {
        const at = (notes[next] as Note).at;
        html += escapeHtml(text.slice(from, at)) + notesUpTo(at);
        from = at;
      }
      html += escapeHtml(text.slice(from, seg.end));
      return;
    }
    const kind: SourceKind = KINDS.includes(seg.kind) ? seg.kind : 'unknown';
    const source = seg.sourceId === null ? undefined : sources.get(seg.sourceId);
    const who = escapeHtml(seg.speaker ?? 'no source given');
    if (seg.type === 'quote') {
      const id = seg.first ? ` id="quote-${safeId(seg.quote.id)}"` : '';
      html += `<mark class="hl k-${kind}"${id}>${escapeHtml(seg.text)}</mark>`;
      if (seg.last) {
        html +=
          `<details class="ev k-${kind}"><summary><span class="vh">Quote from </span>` +
          `<span class="who">${who}</span><span class="kind"> · ${escapeHtml(kindLabel(kind))}</span>` +
          `<span class="vh">: show evidence</span></summary>${evidenceList(seg.evidence, source, kind, seg.speaker)}</details>`;
      }
      return;
    }
    if (!HAS_WORD.test(seg.text)) {
      html += escapeHtml(seg.text);
      return;
    }
    html += `<span class="st k-${kind}">${escapeHtml(seg.text)}</span>`;
    const st = seg.statement;
    const ownLabel = st.form === 'indirect' || !Array.isArray(st.quoteIds) || st.quoteIds.length === 0;
    if (labelAt.get(st) === i && ownLabel) {
      html +=
        `<details class="ev ev-st k-${kind}"><summary><span class="vh">Statement (${escapeHtml(seg.statement.form)}) from </span>` +
        `<span class="who">${who}</span><span class="kind"> · ${escapeHtml(kindLabel(kind))}</span>` +
        `<span class="vh">: show evidence</span></summary>${evidenceList(seg.evidence, source, kind, seg.speaker)}</details>`;
    }
  });
  return html + notesUpTo(Number.POSITIVE_INFINITY);
}

interface Note {
  /** Where the note goes: the end of the line that holds the finding's end. */
  at: number;
  html: string;
}

const LINE_BREAK = /\r\n?|[\n\u2028\u2029]/g;

/** Each finding as a note placed at the end of its line, in order; the Nth links to `#finding-N`. */
function findingNotes(text: string, findings: readonly Finding[]): Note[] {
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
    html:
      `<span class="fnote sev-${f.severity === 'warning' ? 'warning' : 'note'}" id="fnote-${i + 1}">` +
      `<span class="fnote-sev">${f.severity === 'warning' ? 'Warning' : 'Note'}:</span> ` +
      `<a href="#finding-${i + 1}">${escapeHtml(findingTitle(f.rule))}</a>. ${escapeHtml(f.message)}</span>`,
  }));
  return notes.sort((a, b) => a.at - b.at || a.order - b.order);
}

/**
 * The findings as a list (`<ol class="findings">`), each with its rule id (to filter on), its
 * severity in words, its line, the passage it concerns and a link to its note in the story.
 */
export function findingsListHtml(text: string, findings: readonly Finding[], locate: (offset: number) => { line: number }): string {
  if (findings.length === 0) return '<p>No findings: the checks found nothing to flag.</p>';
  const items = findings.map((f, i) => {
    const passage = text.slice(f.start, f.end);
    const excerpt = passage.length > 300 ? `${passage.slice(0, 299)}…` : passage;
    const severity = f.severity === 'warning' ? 'warning' : 'note';
    return (
      `<li class="finding sev-${severity}" id="finding-${i + 1}" data-rule="${escapeHtml(f.rule)}">` +
      `<p class="finding-head"><strong>${severity === 'warning' ? 'Warning' : 'Note'}: ${escapeHtml(findingTitle(f.rule))}</strong> ` +
      `<code class="rule">${escapeHtml(f.rule)}</code> <a href="#fnote-${i + 1}">line ${locate(f.start).line}</a></p>` +
      `<p class="finding-message">${escapeHtml(f.message)}</p>` +
      (excerpt.trim() ? `<p class="finding-passage"><q>${escapeHtml(excerpt)}</q></p>` : '') +
      `<p class="guideline">Guideline: ${escapeHtml(f.guideline)}</p></li>`
    );
  });
  return `<ol class="findings">${items.join('')}</ol>`;
}

/** Findings counted by rule, in order of first appearance. */
export function findingCounts(findings: readonly Finding[]): { rule: string; title: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts.entries()].map(([rule, count]) => ({ rule, title: findingTitle(rule), count }));
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

interface ChartRow {
  label: string;
  isKind?: boolean;
  kind: SourceKind;
  quotes: number;
  words: number;
}

/**
 * A server-rendered SVG: the share of quotes and of quoted words, by source kind and by
 * source (the eight sources with the most quoted words). Every bar carries its figure in
 * words, so colour is never the only cue; presentation attributes only (no `style`).
 */
export function chartSvg(report: SourcingReport, idPrefix = 'chart'): string {
  const { summary } = report;
  const totalQ = summary.quotes;
  const totalW = summary.quotedWords;
  const byKind: ChartRow[] = KINDS.map((k) => ({
    label: kindLabel(k),
    isKind: true,
    kind: k,
    quotes: summary.byKind[k]?.quotes ?? 0,
    words: summary.byKind[k]?.quotedWords ?? 0,
  }));
  const bySource: ChartRow[] = [...report.sources]
    .filter((s) => s.quotes > 0)
    .sort((a, b) => b.quotedWords - a.quotedWords || b.quotes - a.quotes || a.name.localeCompare(b.name))
    .slice(0, 8)
    .map((s) => ({ label: s.name, kind: s.kind, quotes: s.quotes, words: s.quotedWords }));
  const unattributed = summary.byKind.unknown;
  if (unattributed && unattributed.quotes > 0 && bySource.length < 8) {
    bySource.push({ label: 'no source given', kind: 'unknown', quotes: unattributed.quotes, words: unattributed.quotedWords });
  }

  const width = 720;
  const labelW = 210;
  const barW = 300;
  const barH = 13;
  const rowH = barH * 2 + 14;
  let y = 0;
  const parts: string[] = [];
  const text = (x: number, yy: number, s: string, extra = '') => `<text x="${x}" y="${yy}" font-size="13" fill="#1f2937"${extra}>${escapeHtml(s)}</text>`;

  const section = (title: string, rows: ChartRow[]) => {
    y += 22;
    parts.push(text(0, y, title, ' font-weight="bold"'));
    y += 10;
    if (rows.length === 0) {
      y += 20;
      parts.push(text(0, y, 'No quotes found.'));
      y += 8;
      return;
    }
    for (const r of rows) {
      const top = y + 4;
      const qShare = totalQ > 0 ? r.quotes / totalQ : 0;
      const wShare = totalW > 0 ? r.words / totalW : 0;
      parts.push(
        `<g><title>${escapeHtml(`${r.label}${r.isKind ? '' : ` (${kindLabel(r.kind)})`}: ${plural(r.quotes, 'quote')} (${percent(qShare)}), ${plural(r.words, 'word')} (${percent(wShare)})`)}</title>`,
      );
      parts.push(text(0, top + barH + 4, truncate(r.label, 28)));
      const colour = KIND_COLOURS[r.kind] ?? KIND_COLOURS.unknown;
      const qW = Math.max(qShare > 0 ? 2 : 0, Math.round(qShare * barW));
      const wW = Math.max(wShare > 0 ? 2 : 0, Math.round(wShare * barW));
      parts.push(`<rect x="${labelW}" y="${top}" width="${barW}" height="${barH}" fill="#f3f4f6"/>`);
      parts.push(`<rect x="${labelW}" y="${top + barH + 2}" width="${barW}" height="${barH}" fill="#f3f4f6"/>`);
      if (qW > 0) parts.push(`<rect x="${labelW}" y="${top}" width="${qW}" height="${barH}" fill="${colour}"/>`);
      if (wW > 0)
        parts.push(`<rect x="${labelW}" y="${top + barH + 2}" width="${wW}" height="${barH}" fill="${colour}" fill-opacity="0.55" stroke="${colour}"/>`);
      parts.push(text(labelW + barW + 8, top + barH - 2, `${plural(r.quotes, 'quote')} · ${percent(qShare)}`));
      parts.push(text(labelW + barW + 8, top + 2 * barH, `${plural(r.words, 'word')} · ${percent(wShare)}`));
      parts.push('</g>');
      y += rowH;
    }
  };
  section('Quotes (upper bar) and quoted words (lower bar) by source kind', byKind);
  section('By source', bySource);
  y += 8;

  const desc = [
    ...byKind.map((r) => `${r.label}: ${plural(r.quotes, 'quote')}, ${plural(r.words, 'quoted word')}`),
    ...bySource.map((r) => `${r.label}: ${plural(r.quotes, 'quote')}, ${plural(r.words, 'quoted word')}`),
  ].join('; ');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${width} ${y}" width="${width}" height="${y}" ` +
    `aria-labelledby="${idPrefix}-title ${idPrefix}-desc" font-family="DejaVu Sans, Verdana, Arial, sans-serif">` +
    `<title id="${idPrefix}-title">Quotes and quoted words by source kind and by source</title>` +
    `<desc id="${idPrefix}-desc">${escapeHtml(desc)}.</desc>${parts.join('')}</svg>`
  );
}
