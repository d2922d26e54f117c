/**
 * The PDF's pages read back with poppler (pdftotext -bbox: every word's box on its page): no
 * word is drawn over another (a long source name wrapping over the next row of the sources
 * table), and no page ends with a section's heading or a table's header left alone above the
 * page break. pdftoppm renders each page too, so that a page poppler cannot draw fails. The
 * reports are made up, with long names, for this test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/report/formats/pdf.js';
import type { ReportSource, SourcingReport } from '../../src/report/types.js';
import { FIXTURE_STORY, fakeReport } from '../server/helpers/story.js';

const POPPLER = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdftoppm');

interface Word {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

/** Every word of every page, with its box in points (the footer's line left out). */
function wordsOf(pdf: Buffer): { words: Word[]; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'qc-pdf-'));
  const file = join(dir, 'report.pdf');
  writeFileSync(file, pdf);
  const xml = execFileSync('/usr/bin/pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  execFileSync('/usr/bin/pdftoppm', ['-r', '20', '-png', file, join(dir, 'page')]);
  const rendered = readdirSync(dir).filter((f) => f.startsWith('page')).length;
  const pages = xml.split('<page ').slice(1);
  expect(rendered).toBe(pages.length);
  const words = pages.flatMap((page, i) =>
    [...page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
      page: i + 1,
      x0: Number(m[1]),
      y0: Number(m[2]),
      x1: Number(m[3]),
      y1: Number(m[4]),
      text: m[5] as string,
    })),
  );
  // The footer (title and page number) stands under the bottom margin of an A4 page (842 pt, margin 64).
  return { words: words.filter((w) => w.y0 < 842 - 64), pages: pages.length };
}

function overlaps(words: readonly Word[]): string[] {
  const out: string[] = [];
  const byPage = new Map<number, Word[]>();
  for (const w of words) byPage.set(w.page, [...(byPage.get(w.page) ?? []), w]);
  for (const list of byPage.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as Word;
        const b = list[j] as Word;
        if (a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5) out.push(`page ${a.page}: “${a.text}” over “${b.text}”`);
      }
    }
  }
  return out;
}

const HEADINGS = ['By source kind', 'Sources', 'Quotes', 'Reported statements (paraphrase and partial quotes)', 'Editorial findings'];
const TABLE_HEADERS = ['Source Kind Quotes Words Statements Anonymity explained', 'Kind Sources Quotes Quoted Statements Share of quoted'];

/** The last line of each page but the last (the words on the lowest baseline), as text. */
function lastLines(words: readonly Word[], pages: number): string[] {
  const out: string[] = [];
  for (let page = 1; page < pages; page++) {
    const on = words.filter((w) => w.page === page);
    const lowest = Math.max(...on.map((w) => w.y1));
    out.push(
      on
        .filter((w) => Math.abs(w.y1 - lowest) < 1)
        .sort((a, b) => a.x0 - b.x0)
        .map((w) => w.text)
        .join(' '),
    );
  }
  return out;
}

const LONG_NAMES = [
  'Maximiliana Wolkenstein-Oberhollenzer-Trautmannsdorff-Weinsberg',
  'A senior official of the regional office for coastal ferries and harbour maintenance of the northern islands',
  'Ana Ruiz',
  'Konstantinosalexandropoulospapadopoulosthessalonikis of the Coastal Shipping Authority',
];

/** The fixture's report with `n` sources of long names (every third one described). */
function withSources(n: number): SourcingReport {
  const base = fakeReport(FIXTURE_STORY);
  const model = base.sources[0] as ReportSource;
  const sources = Array.from(
    { length: n },
    (_, i): ReportSource => ({
      ...model,
      id: `s${i + 1}`,
      name: LONG_NAMES[i % LONG_NAMES.length] as string,
      description: i % 3 === 0 ? 'deputy director of the regional office for coastal ferries and harbour maintenance' : null,
      kind: (['person', 'anonymous', 'organization'] as const)[i % 3] as ReportSource['kind'],
    }),
  );
  return { ...base, sources };
}

describe.skipIf(!POPPLER && !process.env.CI)('the PDF, page by page', () => {
  it('draws no word over another, however long the source names', async () => {
    const { words, pages } = wordsOf(await renderPdf(withSources(40), FIXTURE_STORY));
    expect(pages).toBeGreaterThan(2);
    expect(words.some((w) => w.text === 'Oberhollenzer-')).toBe(true);
    expect(overlaps(words)).toEqual([]);
  });

  it('keeps each row of the sources table below the one before it', async () => {
    const { words } = wordsOf(await renderPdf(withSources(12), FIXTURE_STORY));
    // The first word of each row in the Source column, in reading order: each starts below where the one before ended.
    const names = words.filter((w) => w.x0 < 70 && (w.text === 'Maximiliana' || w.text === 'A' || w.text === 'Ana' || w.text.startsWith('Konstantinos')));
    const rows = names.filter((w, i) => i === 0 || w.page !== (names[i - 1] as Word).page || w.y0 > (names[i - 1] as Word).y0);
    expect(rows.length).toBeGreaterThanOrEqual(12);
    const inColumn = (page: number) => words.filter((w) => w.page === page && w.x0 < 180);
    for (let i = 1; i < rows.length; i++) {
      const row = rows[i] as Word;
      const before = rows[i - 1] as Word;
      if (row.page !== before.page) continue;
      // every word of the column between the two row starts belongs to the row above: none reaches below the next row's top
      const above = inColumn(row.page).filter((w) => w.y0 >= before.y0 && w.y0 < row.y0);
      for (const w of above) expect(w.y1, `“${w.text}” on page ${w.page}`).toBeLessThanOrEqual(row.y0 + 0.5);
    }
  });

  it('never leaves a heading or a table header alone at the foot of a page', async () => {
    for (let n = 1; n <= 24; n++) {
      const { words, pages } = wordsOf(await renderPdf(withSources(n), FIXTURE_STORY));
      for (const line of lastLines(words, pages)) {
        expect(HEADINGS, `${n} sources: a page ends with “${line}”`).not.toContain(line);
        for (const header of TABLE_HEADERS) expect(line.startsWith(header), `${n} sources: a page ends with the table header “${line}”`).toBe(false);
      }
    }
  }, 120_000);
});
