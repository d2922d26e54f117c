/**
 * The server-drawn SVG charts as data for views/partials/svg-chart.hbs: the report's chart (the
 * share of quotes and of quoted words by source kind and by source) and the classroom's
 * comparison of stories. Every bar carries its figure in words, so colour is never the only cue;
 * presentation attributes only (no `style`: the page runs under a strict CSP).
 */
import type { SourceKind } from '../analysis/story.js';
import { COLOURS, KIND_COLOURS, kindColour } from '../report/colours.js';
import type { CompareRow } from '../report/compare.js';
import type { SourcingReport } from '../report/types.js';
import { KINDS, kindLabel, NO_SOURCE, NOTHING, percent, plural } from '../report/words.js';

export interface SvgText {
  x: number;
  y: number;
  size: number;
  fill: string;
  bold: boolean;
  text: string;
}

export interface SvgRect {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  /** A lighter bar, outlined in its colour. */
  light: boolean;
}

/** A row of bars with its tooltip (`<title>`). */
export interface SvgGroup {
  title: string;
  rects: SvgRect[];
  texts: SvgText[];
}

export interface SvgChart {
  className: string;
  /** Prefix of the ids of the chart's title and description. */
  id: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  /** Texts outside the groups: section headings, "No quotes found." */
  texts: SvgText[];
  groups: SvgGroup[];
}

const text = (x: number, y: number, s: string, size = 13, bold = false, fill: string = COLOURS.chartText): SvgText => ({ x, y, size, fill, bold, text: s });
const rect = (x: number, y: number, width: number, height: number, fill: string, light = false): SvgRect => ({ x, y, width, height, fill, light });

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

/** The report's chart: by source kind, then the eight sources with the most quoted words. */
export function reportChart(report: SourcingReport, id = 'chart'): SvgChart {
  const { summary } = report;
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
    bySource.push({ label: NO_SOURCE, kind: 'unknown', quotes: unattributed.quotes, words: unattributed.quotedWords });
  }

  const labelW = 210;
  const barW = 300;
  const barH = 13;
  const rowH = barH * 2 + 14;
  const chart: SvgChart = {
    className: 'chart',
    id,
    width: 720,
    height: 0,
    title: 'Quotes and quoted words by source kind and by source',
    desc: '',
    texts: [],
    groups: [],
  };
  let y = 0;
  const section = (title: string, rows: ChartRow[]) => {
    y += 22;
    chart.texts.push(text(0, y, title, 13, true));
    y += 10;
    if (rows.length === 0) {
      y += 20;
      chart.texts.push(text(0, y, NOTHING.quotes));
      y += 8;
      return;
    }
    for (const r of rows) {
      const top = y + 4;
      const qShare = summary.quotes > 0 ? r.quotes / summary.quotes : 0;
      const wShare = summary.quotedWords > 0 ? r.words / summary.quotedWords : 0;
      const colour = kindColour(r.kind);
      const qW = Math.max(qShare > 0 ? 2 : 0, Math.round(qShare * barW));
      const wW = Math.max(wShare > 0 ? 2 : 0, Math.round(wShare * barW));
      const rects = [rect(labelW, top, barW, barH, COLOURS.track), rect(labelW, top + barH + 2, barW, barH, COLOURS.track)];
      if (qW > 0) rects.push(rect(labelW, top, qW, barH, colour));
      if (wW > 0) rects.push(rect(labelW, top + barH + 2, wW, barH, colour, true));
      chart.groups.push({
        title: `${r.label}${r.isKind ? '' : ` (${kindLabel(r.kind)})`}: ${plural(r.quotes, 'quote')} (${percent(qShare)}), ${plural(r.words, 'word')} (${percent(wShare)})`,
        rects,
        texts: [
          text(0, top + barH + 4, truncate(r.label, 28)),
          text(labelW + barW + 8, top + barH - 2, `${plural(r.quotes, 'quote')} · ${percent(qShare)}`),
          text(labelW + barW + 8, top + 2 * barH, `${plural(r.words, 'word')} · ${percent(wShare)}`),
        ],
      });
      y += rowH;
    }
  };
  section('Quotes (upper bar) and quoted words (lower bar) by source kind', byKind);
  section('By source', bySource);
  chart.height = y + 8;
  chart.desc = `${[...byKind, ...bySource].map((r) => `${r.label}: ${plural(r.quotes, 'quote')}, ${plural(r.words, 'quoted word')}`).join('; ')}.`;
  return chart;
}

const BARS = [
  { key: 'quotes', name: 'Quotes', colour: KIND_COLOURS.person, label: (r: CompareRow) => plural(r.quotes, 'quote') },
  { key: 'sources', name: 'Sources', colour: KIND_COLOURS.organization, label: (r: CompareRow) => plural(r.sources, 'source') },
  {
    key: 'unnamedQuotes',
    name: 'Unnamed: quotes',
    colour: KIND_COLOURS.anonymous,
    label: (r: CompareRow) => `${percent(r.unnamedQuotes)} of quotes from unnamed sources`,
  },
  {
    key: 'unnamedWords',
    name: 'Unnamed: words',
    colour: KIND_COLOURS.unknown,
    label: (r: CompareRow) => `${percent(r.unnamedWords)} of quoted words from unnamed sources`,
  },
] as const;

/**
 * The chart of /learn/compare: for each story, its quotes and sources (bars scaled to the
 * largest story) and the share of its quotes and of its quoted words from unnamed sources
 * (bars out of 100%).
 */
export function compareChart(rows: readonly CompareRow[], id = 'compare-chart'): SvgChart {
  const labelW = 150;
  const barW = 260;
  const barH = 12;
  const titleH = 20;
  const groupH = titleH + BARS.length * (barH + 4) + 16;
  const maxQuotes = Math.max(1, ...rows.map((r) => r.quotes));
  const maxSources = Math.max(1, ...rows.map((r) => r.sources));
  const fraction = (r: CompareRow, key: (typeof BARS)[number]['key']): number =>
    key === 'quotes' ? r.quotes / maxQuotes : key === 'sources' ? r.sources / maxSources : Math.min(1, Math.max(0, r[key]));
  const figures = (r: CompareRow) => `${r.n}. ${r.title}: ${BARS.map((b) => b.label(r)).join(', ')}`;
  const chart: SvgChart = {
    className: 'chart compare-chart',
    id,
    width: 760,
    height: 0,
    title: 'Quotes, sources and unnamed shares of each story',
    desc: `${rows.map(figures).join('; ')}.`,
    texts: [],
    groups: [],
  };
  let y = 8;
  for (const r of rows) {
    const group: SvgGroup = { title: figures(r), rects: [], texts: [text(0, y + 13, `${r.n}. ${truncate(r.title, 90)}`, 13, true)] };
    BARS.forEach((b, i) => {
      const top = y + titleH + i * (barH + 4);
      const w = Math.round(fraction(r, b.key) * barW);
      group.texts.push(text(12, top + barH - 1, b.name, 12, false, COLOURS.chartLabel));
      group.rects.push(rect(labelW, top, barW, barH, COLOURS.track));
      if (w > 0) group.rects.push(rect(labelW, top, Math.max(2, w), barH, b.colour));
      group.texts.push(text(labelW + barW + 8, top + barH - 1, b.label(r), 12));
    });
    chart.groups.push(group);
    y += groupH;
  }
  if (rows.length === 0) {
    chart.texts.push(text(0, 20, 'No stories.'));
    y = 30;
  }
  chart.height = y;
  return chart;
}
