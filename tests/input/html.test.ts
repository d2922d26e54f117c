/**
 * htmlToText's scanners give what the regular expressions they replaced gave
 * (tests/support/legacy-html.ts), on ordinary pages and on generated markup full of unclosed
 * tags, comments and raw elements, where the two ways are easiest to tell apart.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/input/html.js';
import { legacyHtmlToText } from '../support/legacy-html.js';

// biome-ignore format: a list of fragments, kept dense
const FRAGMENTS = [
  '<', '>', '</', '/', '<!--', '-->', '--', '!', '?', '"', "'", '=', ' ', '\n', '\n\n', '\t', '\r\n', '\u00a0',
  'Text', 'said', 'é', '“Yes,”', '_', '1',
  '<script>', '</script>', '</SCRIPT >', '<script src="a>b">', '<scriptx>', '<style>', '</style>', '<head>', '</head>',
  '<svg>', '</svg>', '<math>', '<noscript>', '<template>', '</template>', '<iframe>', '<object>', '</object >',
  '<br>', '<br/>', '<BR >', '<br2>', '<p>', '</p>', '<P class="x">', '<p', 'p>', '<div>', '</div>', '<h1>', '</h1>',
  '<h7>', '<header>', '<hr>', '<pre>', '<li>', '<td>', '<th>', '<tr>', '</td>', '<table>', '<a href="x">', '</a>',
  '<em>', '<!doctype html>', '<?xml ?>', '<1>', '< p>', '</ p>', '<//a>', '</>', '<!>', '<a<b>', '<blockquote>',
  '<figcaption>', '<x_y>', '&amp;', '&eacute;', '&#x27;', '&#8220;', '&nbsp;', '&bogus;', '&', ';', '&#0;',
  '&#', '&#x', '&#X1F600;', '&#12345678;', '&#1234567;', '&#xD800;', '&#10;', '&#9;', '&ensp;', '&shy;', '&Uuml;',
  `&${'a'.repeat(32)};`, `&${'a'.repeat(33)};`, '&a;', '&1a;', '\u2028', '\ufeff',
];

const markup = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(''));
const noise = fc.string({ unit: fc.constantFrom('<', '>', '/', '!', '-', 'p', 'b', 'r', 's', ' ', '\n', '&', ';'), maxLength: 80 });
const entityNoise = fc.string({ unit: fc.constantFrom('&', '#', 'x', 'X', '1', '0', 'a', 'F', 'g', ';', ' ', '\n', '\t'), maxLength: 80 });

describe('htmlToText agrees with the regular expressions it replaced', () => {
  it('on an ordinary page', () => {
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour</title>
<style>p { margin: 0 }</style><script>window.x = "<p>not text</p>";</script></head>
<body><header><nav><a href="/">Home</a> | <a href="/news">News</a></nav></header>
<main><article><h1>Ferry &ndash; back by <em>May</em></h1><p class="lede">&ldquo;Every crossing counts,&rdquo; said Ola Berg.</p>
<p>Tickets cost &euro;4<br/>from Monday.</p><table><tr><th>Day</th><td>Mon</td><td>Tue</td></tr></table>
<!-- ad slot --><figure><img src="a.jpg" alt="A ferry"><figcaption>The ferry, in 2019.</figcaption></figure>
<ul><li>One</li><li>Two &amp; three</li></ul><noscript><p>Enable JavaScript</p></noscript></article></main>
<footer>&copy; 2026 Harbour News</footer><script>track()</script></body></html>`;
    expect(htmlToText(page)).toBe(legacyHtmlToText(page));
    expect(htmlToText(page)).toContain('“Every crossing counts,” said Ola Berg.');
  });

  it('on generated markup (fast-check)', () => {
    fc.assert(
      fc.property(markup, (html) => htmlToText(html) === legacyHtmlToText(html)),
      { numRuns: 3000, seed: 15 },
    );
  });

  it('on generated noise of tag characters (fast-check)', () => {
    fc.assert(
      fc.property(noise, (html) => htmlToText(html) === legacyHtmlToText(html)),
      { numRuns: 3000, seed: 15 },
    );
  });

  it('on generated noise of entity characters and spaces (fast-check)', () => {
    fc.assert(
      fc.property(entityNoise, (html) => htmlToText(html) === legacyHtmlToText(html)),
      { numRuns: 3000, seed: 15 },
    );
  });

  it.each([
    ['a raw tag whose > belongs to a closed one', '<script <style>x</style>y'],
    ['a raw element never closed after a closed one', 'a<script>1</script>b<style>c'],
    ['a comment inside a script', '<script><!-- x --></script>after<p>p'],
    ['a comment never closed', 'before<!-- never'],
    ['a tag cut by a comment', '<p <!-- x -->>text'],
    ['a break inside a block tag', '<div <br>>text'],
    ['entities next to each other', '&amp;&amp;&lt;&#x41;&#66;&bogus;&amp'],
  ])('%s', (_name, html) => {
    expect(htmlToText(html)).toBe(legacyHtmlToText(html));
  });
});
