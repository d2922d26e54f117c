import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { fixtureApp, quietApp, samplesDir } from './helpers/app.js';
import { hiddenText } from './helpers/html.js';
import { FIXTURE_STORY, fakeReport, PLAIN_STORY } from './helpers/story.js';

describe('POST /analyze: check these first (the real engine)', () => {
  const story = [
    'Harbour council votes on new ferry fares',
    'It was announced on Monday that fares would rise.',
    'Mayor Lena Dahl faced the harbour pilot Tomas Berg at the meeting.',
    '"Will you raise the fares?" Berg asked.',
    '"We have no choice," Dahl said.',
    '"Then who pays?"',
    '"The islands do."',
  ].join('\n\n');

  it('lists the attributions to check at the top, each linked to its place in the story', async () => {
    const { app } = quietApp();
    const html = (await request(app).post('/analyze').type('form').send({ text: story }).expect(200)).text;
    const at = html.indexOf('<h2 id="check-first-heading">Check these first</h2>');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(html.indexOf('id="figures-heading"'));
    const review = html.slice(at, html.indexOf('</section>', at));
    const links = [...review.matchAll(/<a href="#([\w-]+)">/g)].map((m) => m[1] as string);
    expect(links.length).toBe(3);
    for (const id of links) expect(html).toContain(` id="${id}"`);
    expect(review).toContain('<q>Then who pays?</q>, attributed to <strong>Tomas Berg</strong>. Attributed by the turn-taking');
    expect(review).toContain('<h3>Could not tell who said this</h3>');
    expect(review).toMatch(
      /<a href="#unsaid-1">Line 3<span class="vh">: show in the story<\/span><\/a> <q>It was announced on Monday that fares would rise\.<\/q> Could not tell who said this/,
    );
    // The anchor stands right before the sentence, and adds nothing to the story's text.
    expect(html).toContain('<span class="anchor" id="unsaid-1"></span>It was announced');
    expect(hiddenText(html)).toBe(story);
  });

  it('has no such section when there is nothing to check', async () => {
    const { app } = quietApp();
    const text = 'Ferry fares\n\n"We will vote on Tuesday," said Mayor Lena Dahl.';
    const html = (await request(app).post('/analyze').type('form').send({ text }).expect(200)).text;
    expect(html).not.toContain('check-first-heading');
  });
});

describe('POST /analyze (rendering, with the fixture engine)', () => {
  it('renders figures, chart, sources, highlighted story and download buttons', async () => {
    const { app } = fixtureApp();
    const res = await request(app).post('/analyze').type('form').send({ text: FIXTURE_STORY }).expect(200);
    const html = res.text;
    expect(res.headers['cache-control']).toBe('no-store');
    expect(html).toContain('<h1>Erdoğan ally &lt;b&gt;praises&lt;/b&gt; Salamé plan</h1>');
    // Headline figures: unnamed share of quotes, quoted words, statements.
    expect(html).toMatch(/<span class="figure-value">33%<\/span> <span class="figure-label">of quotes<\/span> <span class="figure-detail">\(1 of 3\)/);
    expect(html).toMatch(/<span class="figure-value">50%<\/span> <span class="figure-label">of statements/);
    // Server-rendered SVG chart with an accessible name.
    expect(html).toMatch(/<svg [^>]*role="img"[^>]*aria-labelledby="chart-title chart-desc"/);
    expect(html).toMatch(/<text [^>]*>A city official<\/text>/);
    // Sources table with the justification text.
    expect(html).toMatch(/<th scope="row">A city official<\/th>\s*<td><span class="kind-chip k-anonymous">anonymous<\/span><\/td>/);
    expect(html).toContain('<q>spoke on condition of anonymity because she was not authorized to discuss the budget</q>');
    // Highlights: colour class, and the speaker and kind in words; evidence in a <details>.
    expect(html).toContain('<mark class="hl k-person" id="quote-q1">We will reopen the bridge by June,</mark>&quot;<details class="ev k-person"><summary>');
    expect(html).toMatch(/<span class="who">Ana Ruiz<\/span><span class="kind"> · named person<\/span>/);
    expect(html).toMatch(/<dt>Cue<\/dt><dd>“said”<\/dd><dt>Mention<\/dt><dd>“Mayor Ana Ruiz”<\/dd><dt>Rule<\/dt><dd>cue-after-quote/);
    expect(html).toMatch(/<dt>Confidence<\/dt><dd>90%<\/dd>/);
    // Statements are marked too, more quietly.
    expect(html).toMatch(/<span class="st k-person" id="statement-[\w-]+">Erdoğan agreed<\/span>/);
    // Downloads: one form posting the text back, a button per format.
    for (const ext of ['json', 'csv', 'md', 'html', 'pdf']) expect(html).toContain(`formaction="/report.${ext}"`);
    expect(hiddenText(html)).toBe(FIXTURE_STORY);
  });

  it('normalises CRLF from browsers so that the page and the downloads see the same text', async () => {
    const { app } = fixtureApp();
    const crlf = FIXTURE_STORY.replace(/\n/g, '\r\n');
    const res = await request(app).post('/analyze').type('form').send({ text: crlf }).expect(200);
    expect(hiddenText(res.text)).toBe(FIXTURE_STORY);
    expect(res.text).toContain('<mark class="hl k-person" id="quote-q1">We will reopen the bridge by June,</mark>');
  });

  it('escapes a story full of markup everywhere it appears', async () => {
    const { app } = fixtureApp();
    const res = await request(app).post('/analyze').type('form').send({ text: FIXTURE_STORY }).expect(200);
    expect(res.text).not.toContain('<script>alert(1)</script>');
    expect(res.text).not.toContain('<b>praises</b>');
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; is not a plan,');
    expect(res.text).toContain('<title>Sourcing report: Erdoğan ally &lt;b&gt;praises&lt;/b&gt; Salamé plan · quotecheck</title>');
  });

  it('escapes a story with markup even when the engine finds nothing in it', async () => {
    const { app } = quietApp();
    const story = '<script>alert("x")</script> headline\n\n<img src=x onerror=alert(1)> "<b>hi</b>," she said.';
    const res = await request(app).post('/analyze').type('form').send({ text: story }).expect(200);
    expect(res.text).not.toMatch(/<script>alert|<img src=x|<b>hi<\/b>/);
    expect(res.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; headline');
  });

  it('analyses a chosen sample story', async () => {
    const dir = samplesDir([{ id: 'fixture', title: 'The fixture', note: 'n', text: FIXTURE_STORY }]);
    const { app } = fixtureApp({ samplesDir: dir });
    const res = await request(app).post('/analyze').type('form').send({ sample: 'fixture' }).expect(200);
    expect(res.text).toContain('From the sample story “The fixture”');
    expect(res.text).toContain('id="quote-q1"');
    const missing = await request(app).post('/analyze').type('form').send({ sample: 'nope' }).expect(400);
    expect(missing.text).toContain('That sample story does not exist');
  });

  it('lists editorial findings and set-aside candidates, escaped', async () => {
    const { app } = quietApp({
      check: (text) => ({
        ...fakeReport(text),
        findings: [
          {
            rule: 'unexplained-anonymity',
            severity: 'warning' as const,
            message: 'Say why <em>the official</em> is unnamed.',
            start: 0,
            end: 12,
            guideline: 'AP: anonymous sources',
          },
        ],
        notes: [{ rule: 'title', message: 'A title of a work, not a quote.', start: 13, end: 16 }],
      }),
    });
    const res = await request(app).post('/analyze').type('form').send({ text: FIXTURE_STORY }).expect(200);
    expect(res.text).toContain('<h2 id="findings-heading">Editorial findings</h2>');
    expect(res.text).toMatch(/<li class="finding sev-warning" id="finding-1" data-rule="unexplained-anonymity">/);
    expect(res.text).toMatch(/<strong>Warning: unexplained-anonymity<\/strong> <code class="rule">unexplained-anonymity<\/code> <a href="#fnote-1">line 1/);
    expect(res.text).toContain('<p class="finding-message">Say why &lt;em&gt;the official&lt;/em&gt; is unnamed.</p>');
    expect(res.text).toContain('<p class="finding-passage"><q>Erdoğan ally</q></p>');
    expect(res.text).toContain('<p class="guideline">Guideline: AP: anonymous sources</p>');
    // and noted in the story, under its paragraph (the headline)
    expect(res.text).toMatch(/Erdoğan ally &lt;b&gt;praises&lt;\/b&gt; Salamé plan<span class="fnotes"><span class="fnote sev-warning" id="fnote-1">/);
    expect(res.text).not.toContain('<em>the official</em>');
    expect(res.text).toContain('<h2 id="notes-heading">Set aside</h2>');
    expect(res.text).toContain('Line 1: A title of a work, not a quote. <q>&lt;b&gt;</q>');
  });

  it('says plainly when no quotes were found', async () => {
    const { app } = quietApp({ check: (t) => ({ ...emptyReport(t) }) });
    const res = await request(app).post('/analyze').type('form').send({ text: 'Headline\n\nNo quotes here.' }).expect(200);
    expect(res.text).toContain('No quotes were found in this text.');
    // The words of every format (src/report/words.ts): the downloads say the same.
    expect(res.text).toContain('<p>No sources found.</p>');
    expect(res.text).toContain('<p>No findings: the editorial checks found nothing to flag.</p>');
  });
});

function emptyReport(text: string) {
  return {
    tool: { name: 'quotecheck' as const, version: '0', engine: '0', data: {} },
    length: text.length,
    title: 'Headline',
    language: { code: 'und', name: null, english: null, note: null },
    quotes: [],
    statements: [],
    sources: [],
    summary: {
      quotes: 0,
      quotedWords: 0,
      statements: 0,
      sources: 0,
      byKind: {
        person: { sources: 0, quotes: 0, quotedWords: 0, statements: 0 },
        organization: { sources: 0, quotes: 0, quotedWords: 0, statements: 0 },
        anonymous: { sources: 0, quotes: 0, quotedWords: 0, statements: 0 },
        unknown: { sources: 0, quotes: 0, quotedWords: 0, statements: 0 },
      },
      unnamedShare: { quotes: 0, quotedWords: 0, statements: 0 },
      text: 'The story has no quotes.',
    },
    findings: [],
    review: { check: [], more: 0, couldNotTell: [], couldNotTellMore: 0 },
    notes: [],
    corrections: [],
    rejectedCorrections: [],
  };
}

// These use the real engine: they fail while src/analysis/analyze.ts is a placeholder.
describe('POST /analyze with the real engine', () => {
  it('highlights plainly attributed quotes and labels their speakers', async () => {
    const { app } = quietApp();
    const res = await request(app).post('/analyze').type('form').send({ text: PLAIN_STORY }).expect(200);
    expect(res.text).toMatch(/<mark class="hl k-person"[^>]*>We will reopen the bridge by June,<\/mark>/);
    expect(res.text).toMatch(/<mark class="hl k-person"[^>]*>The repairs are on schedule,<\/mark>/);
    expect(res.text).toMatch(/<span class="who">(Mayor )?Ana Ruiz<\/span><span class="kind"> · named person<\/span>/);
    expect(res.text).toMatch(/<span class="who">Tom Becker<\/span>/);
    expect(res.text).toMatch(/<span class="figure-value">0%<\/span> <span class="figure-label">of quotes<\/span> <span class="figure-detail">\(0 of 2\)/);
  });
});
