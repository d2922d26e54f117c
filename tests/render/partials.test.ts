/**
 * The render layer's partials on their own: the story keeps its text exactly (nothing added
 * between the pieces, everything escaped), the exercise hides the speakers, the charts carry
 * their figures in words with no style attribute, and the standalone download allows nothing
 * but its own stylesheet.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareChart, reportChart } from '../../src/render/chart-model.js';
import { exercisePieces } from '../../src/render/exercise-model.js';
import { renderReportDocument } from '../../src/render/report-document.js';
import { reportModel } from '../../src/render/report-model.js';
import { storyPieces } from '../../src/render/story-model.js';
import { createRenderer } from '../../src/render/templates.js';
import { compareRows } from '../../src/report/compare.js';
import type { Finding, ReportQuote, ReportStatement, SourcingReport } from '../../src/report/types.js';
import { report, story } from '../report/findings/helpers.js';
import { FIXTURE_STORY, fakeReport } from '../server/helpers/story.js';

const renderer = createRenderer();

/** The story's own text back out of the partial: labels and notes dropped, tags dropped, entities read. */
function storyText(html: string): string {
  return html
    .replace(/<details [^>]*>[\s\S]*?<\/details>/g, '')
    .replace(/<span class="fnotes">(?:<span class="fnote [^>]*><span class="fnote-sev">[^<]*<\/span> <a [^>]*>[^<]*<\/a>\. [^<]*<\/span>)+<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#x3D;/g, '=')
    .replace(/&#x60;/g, '`')
    .replace(/&amp;/g, '&');
}

function quote(id: string, start: number, end: number, text: string): ReportQuote {
  return {
    id,
    start,
    end,
    text: text.slice(start, end),
    open: null,
    close: null,
    paragraph: 0,
    sourceId: null,
    speakerMention: { start: 0, end: 1, text: '<b>' },
    evidence: { rule: 'none', cue: null, mention: null, confidence: 0.5 },
    kind: 'unknown',
    words: 1,
  } as unknown as ReportQuote;
}

function statement(id: string, start: number, end: number, text: string): ReportStatement {
  return {
    id,
    start,
    end,
    text: text.slice(start, end),
    form: 'indirect',
    parts: [],
    sourceId: null,
    speakerMention: null,
    cue: null,
    evidence: { rule: 'none', cue: null, mention: null, confidence: 0.5 },
    quoteIds: [],
    kind: 'unknown',
  };
}

describe('the story partial', () => {
  it('keeps the text of the story exactly, whatever the spans and findings (property)', () => {
    const span = fc.tuple(fc.nat(50), fc.nat(50)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\u2028', '<', '>', '&', '"', "'", '=', '`', 'é', '“'), maxLength: 50 });
    fc.assert(
      fc.property(text, fc.array(span, { maxLength: 5 }), fc.array(span, { maxLength: 5 }), fc.array(span, { maxLength: 4 }), (t, qs, ss, fs) => {
        const r = {
          ...fakeReport(FIXTURE_STORY),
          quotes: qs.map(([a, b], i) => quote(`q${i}`, a, b, t)),
          statements: ss.map(([a, b], i) => statement(`s${i}`, a, b, t)),
          sources: [],
          findings: fs.map(([a, b]): Finding => ({ rule: 'x', severity: 'note', message: '<i>m</i>', start: a, end: b, guideline: '' })),
        } as SourcingReport;
        const html = renderer.partial('story', { pieces: storyPieces(t, r, { findings: true }) });
        expect(storyText(html)).toBe(t);
        expect(html).not.toMatch(/<(?:b|i)>/);
        expect(html.match(/class="fnote /g)?.length ?? 0).toBe(fs.length);
      }),
      { numRuns: 300 },
    );
  });

  it('labels each quote with its speaker and kind in words, and its evidence', () => {
    const html = renderer.partial('story', { pieces: storyPieces(FIXTURE_STORY, fakeReport()) });
    expect(html).toContain(
      '<mark class="hl k-person" id="quote-q1">We will reopen the bridge by June,</mark>&quot;<details class="ev k-person"><summary><span class="vh">Quote from </span><span class="who">Ana Ruiz</span><span class="kind"> · named person</span><span class="vh">: show evidence</span></summary><dl class="ev-body"><dt>Source</dt><dd>Ana Ruiz (named person)</dd><dt>Described as</dt><dd>Mayor</dd><dt>Cue</dt><dd>“said”</dd><dt>Mention</dt><dd>“Mayor Ana Ruiz”</dd><dt>Rule</dt><dd>cue-after-quote: reporting verb after the quote</dd><dt>Confidence</dt><dd>90%</dd></dl></details>',
    );
    expect(html).toContain('<dt>Anonymity explained</dt><dd>yes: “spoke on condition of anonymity');
    expect(html).toContain('<details class="ev ev-st k-person"><summary><span class="vh">Statement (indirect) from </span>');
  });

  it('puts the label after the closing quotation mark, even when a statement holds the mark', () => {
    const html = renderer.partial('story', { pieces: storyPieces(FIXTURE_STORY, fakeReport()) });
    expect(html).toContain('far more than planned.</mark>&quot;<details class="ev k-anonymous">');
    expect(html).not.toMatch(/<\/mark><details/);
  });

  it('does not say the kind twice when nobody is named', () => {
    const t = story('"Ferries are the roads of the islands."');
    const r = report(t);
    const html = renderer.partial('story', { pieces: storyPieces(t, r) });
    expect(r.quotes.some((q) => q.kind === 'unknown')).toBe(true);
    expect(html).toContain('<span class="who">no source given</span><span class="vh">');
    expect(html).not.toContain('no source given · no source given');
    expect(html).not.toContain('<span class="kind"> · no source given');
  });
});

describe('the exercise story', () => {
  it('marks and numbers the quotes, escaped, without saying who spoke', () => {
    const text = 'A <b> "x," she said. "y"';
    const pieces = exercisePieces(text, [
      { id: 'q1', start: text.indexOf('x,'), end: text.indexOf('x,') + 2 },
      { id: 'q2', start: text.indexOf('y'), end: text.indexOf('y') + 1 },
    ]);
    expect(renderer.partial('exercise-story', { pieces })).toBe(
      'A &lt;b&gt; &quot;<span class="qnum" id="ex-q1"><span class="vh">Quote </span>1</span><mark class="ex-q">x,</mark>&quot; she said. &quot;<span class="qnum" id="ex-q2"><span class="vh">Quote </span>2</span><mark class="ex-q">y</mark>&quot;',
    );
  });

  it('leaves out quotes beyond the limit and spans outside the text', () => {
    const text = '"a" "b" "c"';
    const quotes = [1, 5, 9].map((s, i) => ({ id: `q${i + 1}`, start: s, end: s + 1 }));
    expect(exercisePieces(text, [...quotes, { id: 'q9', start: 20, end: 30 }], 2)).toEqual([
      { text: '"' },
      { quote: { n: 1, id: 'q1', text: 'a' } },
      { text: '" "' },
      { quote: { n: 2, id: 'q2', text: 'b' } },
      { text: '" "c"' },
    ]);
  });
});

describe('the charts', () => {
  it('compare stories with their figures in words, escaped, without style', () => {
    const rows = compareRows([
      report(story('"The fares will double," said a council official.')),
      report('A <script> headline\n\n"We vote," said Mayor Lena Dahl.'),
    ]);
    const svg = renderer.partial('svg-chart', compareChart(rows));
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="chart compare-chart" role="img"[^>]*aria-labelledby="compare-chart-title compare-chart-desc"/,
    );
    expect(svg).toContain('100% of quotes from unnamed sources');
    expect(svg).toContain('A &lt;script&gt; headline');
    expect(svg).not.toContain('<script>');
    expect(svg).not.toMatch(/style=/);
  });

  it('chart a report by kind and by source, every bar with its figure', () => {
    const chart = reportChart(fakeReport());
    const svg = renderer.partial('svg-chart', chart);
    expect(svg).toMatch(/<text [^>]*>A city official<\/text>/);
    expect(svg).toContain('<title>A city official (anonymous): 1 quote (33%), 4 words (21%)</title>');
    expect(svg).toContain('fill-opacity="0.55" stroke="#b45309"');
    expect(svg).not.toMatch(/style=/);
    expect(svg.match(/<g>/g)?.length).toBe(chart.groups.length);
  });
});

describe('the standalone download', () => {
  const html = renderReportDocument(fakeReport(), FIXTURE_STORY);

  it('inlines the one stylesheet and allows nothing else: no script, no request, the style by its hash', () => {
    const { css } = renderer.stylesheet();
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1];
    expect(style).toBe(css);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/
      .exec(html)?.[1]
      ?.replace(/&#x27;/g, "'")
      .replace(/&#x3D;/g, '=');
    const hash = createHash('sha256').update(css, 'utf8').digest('base64');
    expect(policy).toBe(`default-src 'none'; style-src 'sha256-${hash}'; img-src data:`);
    expect(html).not.toMatch(/<script|<link\b|\sstyle=|unsafe-inline/i);
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
  });
});

describe('the findings count line', () => {
  it('lists each rule with its count, with no separator left dangling at a line end', () => {
    const t = story('"It is a scandal," said a ferry captain.', '"Nobody asked us," a deckhand said.');
    const r = report(t);
    expect(r.findings.length).toBeGreaterThan(1);
    const html = renderer.partial('report-findings', reportModel(r, t));
    const counts = /<ul class="finding-counts"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
    expect(counts.match(/<li class="count">/g)?.length).toBe(new Set(r.findings.map((f) => f.rule)).size);
    expect(counts).not.toMatch(/×\d+ ·/);
    expect(html).not.toMatch(/ · <\/p>|·\s*<\/li>/);
  });
});
