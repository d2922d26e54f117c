/**
 * The SVG chart of /learn/compare, drawn on the server: for each story, its quotes and sources
 * (bars scaled to the largest story) and the share of its quotes and of its quoted words that
 * come from unnamed sources (bars out of 100%). Every bar carries its figure in words, so colour
 * is never the only cue; presentation attributes only (no `style`), every text escaped.
 */
import type { CompareRow } from '../compare.js';
import { escapeHtml, percent, plural } from './common.js';
import { KIND_COLOURS } from './html-parts.js';

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

export function compareChartSvg(rows: readonly CompareRow[], idPrefix = 'compare-chart'): string {
  const width = 760;
  const labelW = 150;
  const barW = 260;
  const barH = 12;
  const titleH = 20;
  const groupH = titleH + BARS.length * (barH + 4) + 16;
  const maxQuotes = Math.max(1, ...rows.map((r) => r.quotes));
  const maxSources = Math.max(1, ...rows.map((r) => r.sources));
  const fraction = (r: CompareRow, key: (typeof BARS)[number]['key']): number =>
    key === 'quotes' ? r.quotes / maxQuotes : key === 'sources' ? r.sources / maxSources : Math.min(1, Math.max(0, r[key]));
  const parts: string[] = [];
  let y = 8;
  for (const r of rows) {
    const title = r.title.length > 90 ? `${r.title.slice(0, 89)}…` : r.title;
    parts.push(`<g><title>${escapeHtml(`${r.n}. ${r.title}: ${BARS.map((b) => b.label(r)).join(', ')}`)}</title>`);
    parts.push(`<text x="0" y="${y + 13}" font-size="13" font-weight="bold" fill="#1f2937">${escapeHtml(`${r.n}. ${title}`)}</text>`);
    BARS.forEach((b, i) => {
      const top = y + titleH + i * (barH + 4);
      parts.push(`<text x="12" y="${top + barH - 1}" font-size="12" fill="#374151">${b.name}</text>`);
      const w = Math.round(fraction(r, b.key) * barW);
      parts.push(`<rect x="${labelW}" y="${top}" width="${barW}" height="${barH}" fill="#f3f4f6"/>`);
      if (w > 0) parts.push(`<rect x="${labelW}" y="${top}" width="${Math.max(2, w)}" height="${barH}" fill="${b.colour}"/>`);
      parts.push(`<text x="${labelW + barW + 8}" y="${top + barH - 1}" font-size="12" fill="#1f2937">${escapeHtml(b.label(r))}</text>`);
    });
    parts.push('</g>');
    y += groupH;
  }
  if (rows.length === 0) {
    parts.push('<text x="0" y="20" font-size="13" fill="#1f2937">No stories.</text>');
    y = 30;
  }
  const desc = rows.map((r) => `${r.n}. ${r.title}: ${BARS.map((b) => b.label(r)).join(', ')}`).join('; ');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart compare-chart" role="img" viewBox="0 0 ${width} ${y}" width="${width}" height="${y}" ` +
    `aria-labelledby="${idPrefix}-title ${idPrefix}-desc" font-family="DejaVu Sans, Verdana, Arial, sans-serif">` +
    `<title id="${idPrefix}-title">Quotes, sources and unnamed shares of each story</title>` +
    `<desc id="${idPrefix}-desc">${escapeHtml(desc)}.</desc>${parts.join('')}</svg>`
  );
}
