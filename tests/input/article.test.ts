/**
 * HTML uploads read as a reader view reads them (src/input/article.ts): the headline from the
 * page's <h1> or <title>, never its menu; no navigation, captions, calls to subscribe or copyright
 * lines; and the linear scanner (html.ts) for every page too large or too odd for a DOM. The pages
 * are written for this test.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { articleText, DOM_LIMITS, fitsDom } from '../../src/input/article.js';
import { dropBoilerplateLines, isBoilerplateLine } from '../../src/input/boilerplate.js';
import { extractText, htmlStory } from '../../src/input/extract.js';
import { htmlToText } from '../../src/input/html.js';
import { quietApp } from '../server/helpers/app.js';
import { hiddenText } from '../server/helpers/html.js';

const ARTICLE = [
  '<p>The harbour council voted on Tuesday to raise ferry fares by a tenth from March, after a long debate about the budget of the islands.</p>',
  '<p>"We have no choice," said Mayor Lena Dahl. "The ferries lose money every winter, and nobody else will pay for them."</p>',
  '<p>A council official, who asked not to be named because the talks are private, said the vote had been "closer than it looks."</p>',
].join('\n');

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry fares to rise by a tenth | Harbour Gazette</title></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<header><p>Harbour Gazette</p></header>
<main><article><h1>Ferry fares to rise by a tenth</h1>
<figure><img src="ferry.jpg" alt=""><figcaption>The ferry leaves the quay on Monday. Photo: Ola Berg</figcaption></figure>
${ARTICLE}
<p>Subscribe to our newsletter for more island news.</p>
</article></main>
<aside><h2>Most read</h2><ul><li>Storm closes the bridge</li></ul></aside>
<footer><p>© 2026 Harbour Gazette. All rights reserved.</p></footer></body></html>`;

describe('an HTML upload, read as a reader view', () => {
  it('takes the headline from the <h1>, not the menu, and keeps only the article', () => {
    const text = htmlStory(PAGE);
    expect(text.split('\n')[0]).toBe('Ferry fares to rise by a tenth');
    expect(text).toContain('"We have no choice," said Mayor Lena Dahl.');
    for (const gone of ['Home', 'Sport', 'Photo: Ola Berg', 'Subscribe', 'Most read', 'Storm closes', '©', 'All rights reserved', 'Harbour Gazette'])
      expect(text).not.toContain(gone);
    // The scanner alone read the menu first: the defect this fixes.
    expect(htmlToText(PAGE).split('\n')[0]).toBe('Home | News | Sport');
  });

  it('takes the headline from the <title>, without the site name, when there is no <h1>', () => {
    const page = PAGE.replace('<h1>Ferry fares to rise by a tenth</h1>', '');
    expect(htmlStory(page).split('\n')[0]).toBe('Ferry fares to rise by a tenth');
  });

  it('falls back to the scanner when a reader view finds no article, or for a fragment', () => {
    const menu = '<ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul>';
    expect(articleText(menu)).toBeNull();
    expect(htmlStory(menu)).toBe(htmlToText(menu));
    const fragment = `<h1>Ferry fares to rise by a tenth</h1>${ARTICLE}`;
    expect(htmlStory(fragment)).toMatch(/^Ferry fares to rise by a tenth\n\nThe harbour council voted/);
  });

  it('leaves pages too large or too odd for a DOM to the linear scanner', () => {
    expect(fitsDom(PAGE)).toBe(true);
    expect(fitsDom(`<p>${'x'.repeat(DOM_LIMITS.chars)}</p>`)).toBe(false);
    expect(fitsDom('<p>a</p>'.repeat(DOM_LIMITS.elements + 1))).toBe(false);
    expect(fitsDom(`${'<div>'.repeat(DOM_LIMITS.depth + 1)}x`)).toBe(false);
    expect(fitsDom('<'.repeat(DOM_LIMITS.angles + 1))).toBe(false);
    expect(fitsDom(`<p>${'&amp;'.repeat(DOM_LIMITS.ampersands + 1)}</p>`)).toBe(false);
    // Void elements and closed tags do not count as depth.
    expect(fitsDom(`${'<br>'.repeat(DOM_LIMITS.depth * 2)}${'<b>x</b>'.repeat(DOM_LIMITS.depth * 2)}`)).toBe(true);
    const deep = `${'<div>'.repeat(DOM_LIMITS.depth + 1)}${ARTICLE}`;
    expect(htmlStory(deep)).toBe(htmlToText(deep));
  });

  it('is what an uploaded .html file gives, on the web and in extractText', async () => {
    expect(await extractText(Buffer.from(PAGE), 'ferry.html')).toBe(htmlStory(PAGE));
    const { app } = quietApp();
    const res = await request(app).post('/analyze').attach('file', Buffer.from(PAGE), 'ferry.html').expect(200);
    expect(res.text).toContain('<h1>Ferry fares to rise by a tenth</h1>');
    expect(hiddenText(res.text)).not.toContain('Home | News');
  });
});

describe('boilerplate lines', () => {
  it.each([
    'Subscribe to our newsletter',
    'Sign up for breaking news alerts',
    '© 2026 Harbour Gazette',
    'Copyright 2026 Harbour Gazette Ltd',
    'Harbour Gazette. All rights reserved.',
    'Advertisement',
    'Share this article',
    'Read more',
    'Home | News | Sport | Weather',
    'Home › News › Islands',
  ])('drops “%s”', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Subscribers to the ferry pass will pay less, the council said.',
    '"Share the cost," said Mayor Lena Dahl.',
    'Ferry fares to rise by a tenth',
    `Sign up ${'and the council will hear you, the mayor told the islanders who had come to the meeting in the town hall on a cold evening.'}`,
  ])('keeps “%s”', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });

  it('drops them from text pasted into the form, and leaves the API’s text as sent', async () => {
    const pasted =
      'Home | News | Sport\n\nFerry fares to rise by a tenth\n\nAdvertisement\n\n"We have no choice," said Mayor Lena Dahl.\n\n© 2026 Harbour Gazette';
    expect(dropBoilerplateLines(pasted)).toBe('Ferry fares to rise by a tenth\n\n"We have no choice," said Mayor Lena Dahl.\n');
    const { app } = quietApp();
    const page = await request(app).post('/analyze').type('form').send({ text: pasted }).expect(200);
    expect(page.text).toContain('<h1>Ferry fares to rise by a tenth</h1>');
    const api = await request(app).post('/api/analyze').send({ text: pasted }).expect(200);
    expect(api.body.title).toBe('Home | News | Sport');
    expect(api.body.length).toBe(pasted.length);
  });
});
