import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { quietApp } from './helpers/app.js';
import { buildDocx } from './helpers/docx.js';
import { PLAIN_STORY } from './helpers/story.js';

/** An app that records the text the engine was given. */
function spyApp() {
  const seen: string[] = [];
  const { app } = quietApp({
    check: (text) => {
      seen.push(text);
      return check(text);
    },
  });
  return { app, seen };
}

describe('uploads', () => {
  it('.txt: the text as is (UTF-8)', async () => {
    const { app, seen } = spyApp();
    const res = await request(app).post('/analyze').attach('file', Buffer.from('Salamé says\n\n“Oui,” he said.\n'), 'draft.txt').expect(200);
    expect(seen).toEqual(['Salamé says\n\n“Oui,” he said.\n']);
    expect(res.text).toContain('From the file “draft.txt”');
  });

  it('.txt in UTF-16 with a BOM, and in Windows-1252', async () => {
    const { app, seen } = spyApp();
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Erdoğan said no.', 'utf16le')]);
    await request(app).post('/analyze').attach('file', utf16, 'a.txt').expect(200);
    const cp1252 = Buffer.from([0x93, 0x48, 0x69, 0x2c, 0x94, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x53, 0x61, 0x6c, 0x61, 0x6d, 0xe9, 0x2e]);
    await request(app).post('/analyze').attach('file', cp1252, 'b.txt').expect(200);
    expect(seen).toEqual(['Erdoğan said no.', '“Hi,” said Salamé.']);
  });

  it('.md is read as text', async () => {
    const { app, seen } = spyApp();
    await request(app).post('/analyze').attach('file', Buffer.from('# Title\n\n"Yes," she said.'), 'story.md').expect(200);
    expect(seen).toEqual(['# Title\n\n"Yes," she said.']);
  });

  it('.html: markup, scripts, styles and comments dropped; entities decoded; blocks become paragraphs', async () => {
    const { app, seen } = spyApp();
    const html = `<!doctype html><html><head><title>T</title><style>p{color:red}</style><script>alert("x")</script></head>
<body><h1>Mayor&#x27;s <em>bridge</em> plan</h1><!-- a comment -->
<p>&ldquo;We will reopen the bridge by June,&rdquo; Mayor Ana Ruiz said.</p><p>Caf&eacute; owners&nbsp;agreed &amp; cheered.<br>New line.</p>
<script>document.write("<p>injected</p>")</script></body></html>`;
    await request(app).post('/analyze').attach('file', Buffer.from(html), 'story.html').expect(200);
    expect(seen).toEqual(["Mayor's bridge plan\n\n“We will reopen the bridge by June,” Mayor Ana Ruiz said.\n\nCafé owners agreed & cheered.\nNew line."]);
  });

  it('.docx built in the test: paragraphs separated by blank lines', async () => {
    const { app, seen } = spyApp();
    const docx = buildDocx(['Bridge will reopen by June, mayor says', '“We will reopen the bridge by June,” Mayor Ana Ruiz said.']);
    const res = await request(app).post('/analyze').attach('file', docx, 'Draft (final).docx').expect(200);
    expect(seen).toEqual(['Bridge will reopen by June, mayor says\n\n“We will reopen the bridge by June,” Mayor Ana Ruiz said.']);
    expect(res.text).toContain('<h1>Bridge will reopen by June, mayor says</h1>');
  });

  it('a chosen file wins over the text box', async () => {
    const { app, seen } = spyApp();
    await request(app).post('/analyze').field('text', 'typed text').attach('file', Buffer.from('file text'), 'f.txt').expect(200);
    expect(seen).toEqual(['file text']);
  });

  it('multipart without a file uses the text field (browsers send an empty file part)', async () => {
    const { app, seen } = spyApp();
    await request(app).post('/analyze').field('text', PLAIN_STORY).attach('file', Buffer.alloc(0), '').expect(200);
    expect(seen).toEqual([PLAIN_STORY]);
  });

  it('shows a UTF-8 file name as it was', async () => {
    const { app } = spyApp();
    const res = await request(app).post('/analyze').attach('file', Buffer.from(PLAIN_STORY), 'Erdoğan taslak – son.txt').expect(200);
    expect(res.text).toContain('From the file “Erdoğan taslak – son.txt”');
  });

  it('escapes a file name containing markup', async () => {
    const { app } = spyApp();
    const res = await request(app).post('/analyze').attach('file', Buffer.from(PLAIN_STORY), '<img src=x onerror=alert(1)>.txt').expect(200);
    expect(res.text).not.toMatch(/<img src=x/);
    expect(res.text).toContain('From the file “&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;.txt”');
  });
});
