/**
 * The classroom routes (/learn) with supertest and the real engine: explanations, the exercise
 * (speakers hidden, answers graded statelessly), the comparison and the sample gallery, with the
 * same escaping, limits, rate limit and privacy as the rest of the app.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { routes } from '../../src/server/routes.js';
import { quietApp, samplesDir } from './helpers/app.js';
import { hiddenText } from './helpers/html.js';

const STORY = [
  'Harbour council to raise <b>ferry</b> fares',
  '',
  '"The fares will double," said a council official.',
  '',
  'Mayor Lena Dahl said the vote would be on Tuesday. "We have no choice," Dahl said.',
].join('\n');
const OTHER = ['Bridge will reopen by June, mayor says', '', '"We will reopen the bridge by June," Mayor Ana Ruiz said.'].join('\n');
const SAMPLES = [
  { id: 'harbour', title: 'The harbour <i>story</i>', note: 'One unnamed official & one mayor.', text: STORY },
  { id: 'bridge', title: 'The bridge story', note: 'Plain attribution.', text: OTHER },
];

function app(options = {}) {
  return quietApp({ samplesDir: samplesDir(SAMPLES), ...options });
}

describe('GET /learn', () => {
  it('is in the routes table, with its pages', () => {
    const table = routes({} as never).map((r) => `${r.method.toUpperCase()} ${r.path}`);
    for (const r of [
      'GET /learn',
      'GET /learn/samples',
      'POST /learn/explain',
      'POST /learn/exercise',
      'POST /learn/exercise/check',
      'POST /learn/compare',
      'POST /learn/compare.csv',
    ])
      expect(table).toContain(r);
  });

  it('offers explanations, the exercise and the comparison, with the legend and the glossary', async () => {
    const res = await request(app().app).get('/learn').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.text).toMatch(/<form class="check-form" method="post" action="\/learn\/explain" enctype="multipart\/form-data">/);
    expect(res.text).toContain('formaction="/learn/exercise"');
    expect(res.text).toMatch(/<form class="check-form" method="post" action="\/learn\/compare" enctype="multipart\/form-data">/);
    expect(res.text).toMatch(/<input type="file" id="compare-files" name="files" multiple/);
    expect(res.text).toContain('<option value="harbour">The harbour &lt;i&gt;story&lt;/i&gt;</option>');
    for (const term of ['Attribution', 'On the record', 'Anonymous source', 'Paraphrase', 'Partial quote']) expect(res.text).toContain(`>${term}</dt>`);
    expect(res.text).toContain('<mark class="hl k-anonymous">anonymous</mark>');
    expect(res.text).toContain('<a href="/learn">Classroom</a>');
    expect(res.text).toContain('<a href="/learn/samples">');
  });

  it('GET on the POST-only classroom routes goes back to /learn', async () => {
    for (const path of ['/learn/explain', '/learn/exercise', '/learn/exercise/check', '/learn/compare']) {
      const res = await request(app().app).get(path).expect(303);
      expect(res.headers.location).toBe('/learn');
    }
  });
});

describe('GET /learn/samples', () => {
  it('shows every sample with its teaching note, escaped, and links it to explanations, exercise and report', async () => {
    const res = await request(app().app).get('/learn/samples').expect(200);
    expect(res.text).toContain('<h2 id="sample-harbour">The harbour &lt;i&gt;story&lt;/i&gt;</h2>');
    expect(res.text).toContain('<strong>Teaching note:</strong> One unnamed official &amp; one mayor.');
    expect(res.text).not.toContain('<i>story</i>');
    expect(res.text).toContain('<input type="hidden" name="sample" value="bridge">');
    expect(res.text).toMatch(/<button type="submit">Explanations<span class="vh">: The bridge story<\/span><\/button>/);
    expect(res.text).toMatch(/formaction="\/learn\/exercise">Exercise/);
    expect(res.text).toMatch(/formaction="\/analyze">Full report/);
    expect(res.text).toMatch(/<input type="checkbox" id="compare-bridge" name="sample" value="bridge">/);
  });

  it('says so when no samples are installed', async () => {
    const res = await request(quietApp({ samplesDir: '/nonexistent/qc' }).app)
      .get('/learn/samples')
      .expect(200);
    expect(res.text).toContain('No sample stories are installed.');
  });
});

describe('POST /learn/explain', () => {
  it('explains every quote in plain words, from its evidence', async () => {
    const res = await request(app().app).post('/learn/explain').type('form').send({ text: STORY }).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toContain('We think a council official said this because “said a council official” follows the quote in the same sentence.');
    expect(res.text).toContain('We think Dahl said this because “Dahl said” follows the quote in the same sentence.');
    expect(res.text).toContain(
      'a council official is not named in the story: an anonymous source. The story does not say why the name is withheld.'.replace(/^a/, 'A'),
    );
    expect(res.text).toContain('Lena Dahl is named in the story: these words are on the record.');
    expect(res.text).toMatch(/<li id="explain-q1">/);
    expect(res.text).toContain('href="#quote-q1"');
    expect(res.text).toContain('id="quote-q1"');
    // the summary, what an editor would ask, and the legend and glossary
    expect(res.text).toContain(`<p class="summary-text">${check(STORY).summary.text.replace(/&/g, '&amp;')}</p>`);
    expect(res.text).toContain('Anonymity not explained');
    expect(res.text).toContain('>Partial quote</dt>');
    // escaped, and the story travels on to the exercise in a hidden field
    expect(res.text).not.toContain('<b>ferry</b>');
    expect(hiddenText(res.text)).toBe(STORY);
  });

  it('explains a chosen sample, and refuses an unknown one or an empty form', async () => {
    const { app: a } = app();
    const res = await request(a).post('/learn/explain').type('form').send({ sample: 'bridge', text: '' }).expect(200);
    expect(res.text).toContain('From the sample story “The bridge story”');
    expect(res.text).toContain('We think Mayor Ana Ruiz said this because “Mayor Ana Ruiz said” follows the quote in the same sentence.');
    await request(a).post('/learn/explain').type('form').send({ sample: 'nope' }).expect(400);
    await request(a).post('/learn/explain').type('form').send({ text: '   ' }).expect(422);
  });

  it('takes an uploaded file', async () => {
    const res = await request(app().app).post('/learn/explain').attach('file', Buffer.from(OTHER), 'bridge.txt').expect(200);
    expect(res.text).toContain('From the file “bridge.txt”');
  });
});

describe('the exercise', () => {
  it('shows the quotes numbered with their speakers hidden, and a choice of sources for each', async () => {
    const res = await request(app().app).post('/learn/exercise').type('form').send({ text: STORY }).expect(200);
    const story = /<div class="story exercise-story">([\s\S]*?)<\/div>/.exec(res.text)?.[1] ?? '';
    expect(story).toContain('<mark class="ex-q">The fares will double,</mark>');
    expect(story).not.toMatch(/details|k-person|k-anonymous|council official<\/span>/);
    expect(story).not.toContain('<b>ferry</b>');
    expect(res.text).toMatch(/<label for="answer-q1">Who said quote 1\?<\/label>\s*<select id="answer-q1" name="answer-q1">/);
    expect(res.text).toContain('<option value="s1">a council official</option>');
    expect(res.text).toContain('<option value="s2">Lena Dahl</option>');
    expect(res.text).toContain('<option value="none">No one: the story does not say</option>');
    expect(hiddenText(res.text)).toBe(STORY);
  });

  it('grades the answers statelessly: the story comes back in the hidden field', async () => {
    const report = check(STORY);
    const right = Object.fromEntries(report.quotes.map((q) => [`answer-${q.id}`, q.sourceId ?? 'none']));
    const all = await request(app().app)
      .post('/learn/exercise/check')
      .type('form')
      .send({ text: STORY, ...right })
      .expect(200);
    expect(all.text).toContain(`You got ${report.quotes.length} of ${report.quotes.length} quotes right (100%).`);
    expect(all.text).toContain('<strong class="verdict">Right.</strong> You chose: a council official. The answer: a council official (anonymous).');
    expect(all.text).toContain('We think a council official said this because');
    expect(hiddenText(all.text)).toBe(STORY);

    expect(report.quotes).toHaveLength(2);
    const some = await request(app().app)
      .post('/learn/exercise/check')
      .type('form')
      .send({ text: STORY, 'answer-q1': 'none', 'answer-q2': right['answer-q2'], 'answer-q9': '<script>' })
      .expect(200);
    expect(some.text).toContain('You got 1 of 2 quotes right (50%).');
    expect(some.text).toContain('You chose: No one: the story does not say. The answer: a council official (anonymous).');
    expect(some.text).not.toContain('<script>');

    const tampered = await request(app().app)
      .post('/learn/exercise/check')
      .type('form')
      .send({ text: STORY, 'answer-q1': '<script>', 'answer-q2': 'none' })
      .expect(200);
    // An answer that is none of the choices is no answer: the exercise comes back and says so.
    expect(tampered.text).toContain('You have not answered quote 1 yet.');
    expect(tampered.text).not.toContain('<script>');
  });

  it('asks each question right after its quote, inside the story', async () => {
    const res = await request(app().app).post('/learn/exercise').type('form').send({ text: STORY }).expect(200);
    const story = /<div class="story exercise-story">([\s\S]*?)<\/div>/.exec(res.text)?.[1] ?? '';
    expect(story).toMatch(
      /<mark class="ex-q">The fares will double,<\/mark>&quot;<span class="ex-ask"><label for="answer-q1">Who said quote 1\?<\/label> <select id="answer-q1"/,
    );
    expect(res.text.indexOf('name="answer-q2"')).toBeLessThan(res.text.indexOf('Check my answers'));
    // The form holds the story, and nothing else lists the quotes again below it.
    expect(res.text).not.toContain('<fieldset class="ex-item">');
  });

  it('tells a blank submission what is missing instead of scoring it 0, and keeps the answers given', async () => {
    const blank = await request(app().app).post('/learn/exercise/check').type('form').send({ text: STORY }).expect(200);
    expect(blank.text).not.toContain('You got 0');
    expect(blank.text).toContain('role="alert"');
    expect(blank.text).toContain('You have not answered any quote yet. For each numbered quote, choose who said it');
    expect(blank.text).toContain('aria-invalid="true"');
    expect(hiddenText(blank.text)).toBe(STORY);

    const half = await request(app().app).post('/learn/exercise/check').type('form').send({ text: STORY, 'answer-q1': 's1', 'answer-q2': '' }).expect(200);
    expect(half.text).toContain('You have not answered quote 2 yet. For it, choose who said it');
    expect(half.text).toMatch(/<select id="answer-q1" name="answer-q1">(?:(?!<\/select>)[\s\S])*<option value="s1" selected>/);
    expect(half.text).toMatch(/<select id="answer-q2" name="answer-q2" aria-invalid="true"/);
    expect(half.text).not.toMatch(/<select id="answer-q1" name="answer-q1" aria-invalid/);
  });

  it('accepts the story with browser line endings (CRLF), as forms send it', async () => {
    const crlf = STORY.replace(/\n/g, '\r\n');
    const res = await request(app().app).post('/learn/exercise/check').type('form').send({ text: crlf, 'answer-q1': 's1', 'answer-q2': 'none' }).expect(200);
    expect(res.text).toContain('You got 1 of');
  });

  it('refuses a check without its story, an empty one or one over the size limit', async () => {
    const { app: a } = app({ textLimit: 1000 });
    await request(a).post('/learn/exercise/check').type('form').send({ 'answer-q1': 's1' }).expect(400);
    await request(a).post('/learn/exercise/check').type('form').send({ text: ' ' }).expect(422);
    await request(a)
      .post('/learn/exercise/check')
      .type('form')
      .send({ text: 'x'.repeat(1001) })
      .expect(413);
  });

  it('takes as many answers as the exercise has quotes', async () => {
    const long = ['Headline', '', ...Array.from({ length: 40 }, (_, i) => `"Line ${i} of the speech," Mayor Lena Dahl said.`)].join('\n');
    const report = check(long);
    expect(report.quotes.length).toBe(40);
    const answers = Object.fromEntries(report.quotes.map((q) => [`answer-${q.id}`, q.sourceId ?? 'none']));
    const res = await request(app().app)
      .post('/learn/exercise/check')
      .type('form')
      .send({ text: long, ...answers })
      .expect(200);
    expect(res.text).toContain('You got 40 of 40 quotes right (100%).');
  });
});

describe('POST /learn/compare', () => {
  it('compares stories pasted with a line of --- between them: a table, a chart and the summaries', async () => {
    const res = await request(app().app)
      .post('/learn/compare')
      .type('form')
      .send({ stories: `${STORY}\n---\n${OTHER}\n\n  ---  \n\n` })
      .expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toContain('<h1>Comparing 2 stories</h1>');
    expect(res.text).toContain('<th scope="row">1. Harbour council to raise &lt;b&gt;ferry&lt;/b&gt; fares</th>');
    expect(res.text).toContain('<th scope="row">2. Bridge will reopen by June, mayor says</th>');
    expect(res.text).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="chart compare-chart" role="img"/);
    expect(res.text).toContain('50% of quotes from unnamed sources');
    expect(res.text).toContain('0 of 1</td>');
    expect(res.text).not.toContain('<b>ferry</b>');
    expect(res.text).toContain(check(OTHER).summary.text);
  });

  it('takes several uploaded files, and samples', async () => {
    const files = await request(app().app)
      .post('/learn/compare')
      .attach('files', Buffer.from(STORY), 'harbour.txt')
      .attach('files', Buffer.from(OTHER), 'bridge.md')
      .field('stories', OTHER)
      .expect(200);
    expect(files.text).toContain('<h1>Comparing 3 stories</h1>');
    const samples = await request(app().app).post('/learn/compare').type('form').send('sample=harbour&sample=bridge').expect(200);
    expect(samples.text).toContain('<h1>Comparing 2 stories</h1>');
  });

  it('refuses no stories, too many stories, too much text and too many bytes of files', async () => {
    const { app: a } = app({ textLimit: 2000, fileLimit: 1000 });
    await request(a).post('/learn/compare').type('form').send({ stories: ' \n---\n ' }).expect(422);
    const eleven = Array.from({ length: 11 }, (_, i) => `Story ${i}\n\nText.`).join('\n---\n');
    const many = await request(a).post('/learn/compare').type('form').send({ stories: eleven }).expect(400);
    expect(many.text).toContain('Compare at most 10 stories at once');
    await request(a)
      .post('/learn/compare')
      .type('form')
      .send({ stories: `${'a'.repeat(1500)}\n---\n${'b'.repeat(1500)}` })
      .expect(413);
    const big = await request(a).post('/learn/compare').attach('files', Buffer.alloc(600, 'a'), 'a.txt').attach('files', Buffer.alloc(600, 'b'), 'b.txt');
    expect(big.status).toBe(413);
    await request(a)
      .post('/learn/compare')
      .attach('files', Buffer.from([0, 1, 2, 0, 0]), 'x.txt')
      .expect(415);
    await request(a).post('/learn/compare').type('form').send({ sample: 'nope' }).expect(400);
  });

  it('with nothing chosen, shows the form it came from again with a message, not an error page', async () => {
    const fromLearn = await request(app().app).post('/learn/compare').type('form').send({ stories: '' }).expect(422);
    expect(fromLearn.text).toContain('<div class="alert" role="alert" id="form-error">');
    expect(fromLearn.text).toContain('Choose the stories to compare first');
    expect(fromLearn.text).toContain('<form class="check-form" method="post" action="/learn/compare"');
    expect(fromLearn.text).not.toContain('Nothing to check</h1>');
    // The gallery's form sends nothing at all when no box is ticked: the gallery comes again.
    const fromGallery = await request(app().app).post('/learn/compare').type('form').send({ from: 'samples' }).expect(422);
    expect(fromGallery.text).toContain('Choose the stories to compare first');
    expect(fromGallery.text).toContain('<h1>Sample stories for the classroom</h1>');
    expect(fromGallery.text).toContain('name="sample" value="harbour"');
    const csv = await request(app().app).post('/learn/compare.csv').type('form').send({ from: 'samples' }).expect(422);
    expect(csv.headers['content-type']).toMatch(/^text\/html/);
    expect(csv.text).toContain('Choose the stories to compare first');
  });

  it('offers the table as CSV: from the form, and from the comparison page, which posts its stories back', async () => {
    const res = await request(app().app)
      .post('/learn/compare.csv')
      .type('form')
      .send({ stories: `${STORY}\n---\n${OTHER}` })
      .expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="comparison.csv"');
    expect(res.headers['cache-control']).toBe('no-store');
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'story,title,quotes,statements,sources,unnamed_share_quotes,unnamed_share_quoted_words,unnamed_share_statements,anonymous_sources,anonymous_sources_explained,warnings,notes,summary',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^1,Harbour council to raise <b>ferry<\/b> fares,2,/);
    expect(lines[2]).toMatch(/^2,"Bridge will reopen by June, mayor says",1,/);

    const page = await request(app().app).post('/learn/compare').type('form').send('sample=harbour&sample=bridge').expect(200);
    const stories = [...page.text.matchAll(/<input type="hidden" name="story" value="([^"]*)">/g)].map((m) => m[1]);
    expect(stories).toHaveLength(2);
    expect(page.text).toContain('<form method="post" action="/learn/compare.csv" class="buttons">');
    const again = await request(app().app)
      .post('/learn/compare.csv')
      .type('form')
      .send({ story: [STORY, OTHER] })
      .expect(200);
    expect(again.text.trim().split('\r\n')).toHaveLength(3);
    expect(again.text).toContain('Bridge will reopen by June');
  });
});

describe('the classroom’s limits and privacy', () => {
  it('counts its engine routes against the rate limit', async () => {
    const { app: a } = quietApp({ rateLimit: { limit: 2, windowMs: 60_000 }, samplesDir: samplesDir(SAMPLES) });
    await request(a).post('/learn/explain').type('form').send({ text: STORY }).expect(200);
    await request(a).post('/learn/compare').type('form').send({ stories: STORY }).expect(200);
    await request(a).post('/learn/exercise').type('form').send({ text: STORY }).expect(429);
    await request(a).get('/learn').expect(200);
  });

  it('never logs the text', async () => {
    const { app: a, logs } = quietApp({ accessLog: true, samplesDir: samplesDir(SAMPLES) });
    await request(a).post('/learn/explain').type('form').send({ text: STORY }).expect(200);
    await request(a).post('/learn/exercise/check').type('form').send({ text: STORY, 'answer-q1': 's1' }).expect(200);
    await request(a).post('/learn/compare').type('form').send({ stories: STORY }).expect(200);
    expect(logs.length).toBeGreaterThanOrEqual(3);
    for (const line of logs) expect(line).not.toMatch(/fares|council|Dahl/);
  });
});
