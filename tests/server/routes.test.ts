import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { VERSION } from '../../src/version.js';
import { fixtureApp, quietApp, samplesDir } from './helpers/app.js';
import { FIXTURE_STORY } from './helpers/story.js';

describe('GET routes', () => {
  it('createApp has no side effects and can be called twice', () => {
    expect(typeof createApp()).toBe('function');
    expect(typeof createApp({ rateLimit: false })).toBe('function');
  });

  it('GET / is the form: text area, upload, samples, the limit, and that nothing is stored', async () => {
    const dir = samplesDir([
      { id: 'bridge', title: 'Bridge <b>story</b>', note: 'Plain attribution', text: 'Bridge\n\n"Yes," she said.' },
      { id: 'b', title: 'Another', note: '', text: 'x' },
    ]);
    const { app } = quietApp({ samplesDir: dir });
    const res = await request(app).get('/').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toMatch(/<form[^>]+method="post"[^>]+action="\/analyze"[^>]+enctype="multipart\/form-data"/);
    expect(res.text).toMatch(/<label for="text">/);
    expect(res.text).toMatch(/<textarea id="text" name="text"/);
    expect(res.text).toMatch(/<input type="file" id="file" name="file"/);
    expect(res.text).toContain('Up to 2 MB of text');
    expect(res.text).toContain('Nothing is stored.');
    expect(res.text).toContain('<option value="bridge">Bridge &lt;b&gt;story&lt;/b&gt;</option>');
    expect(res.text).toContain('<option value="b">Another</option>');
    expect(res.text).not.toContain('<b>story</b>');
    expect(res.text).toMatch(/<a class="skip-link" href="#main">/);
    expect(res.text).toMatch(/<main id="main"/);
    expect(res.text).toMatch(/<html lang="en">/);
  });

  it('GET / says so when there are no samples', async () => {
    const { app } = quietApp({ samplesDir: '/nonexistent/qc' });
    const res = await request(app).get('/').expect(200);
    expect(res.text).toContain('No sample stories are installed.');
  });

  it('GET /api documents the API with a curl example', async () => {
    const { app } = quietApp();
    const res = await request(app).get('/api').set('Host', 'example.test').expect(200);
    expect(res.text).toContain('POST /api/analyze');
    expect(res.text).toContain('curl -s http://example.test/api/analyze');
    expect(res.text).toContain('/report.pdf');
  });

  it('GET /api escapes a hostile Host header', async () => {
    const { app } = quietApp();
    const res = await request(app).get('/api').set('Host', 'x"><script>alert(1)</script>').expect(200);
    expect(res.text).not.toContain('<script>alert(1)');
  });

  it('GET /healthz answers ok with the version', async () => {
    const { app } = quietApp();
    const res = await request(app).get('/healthz').expect(200);
    expect(res.body).toEqual({ status: 'ok', name: 'quotecheck', version: VERSION });
  });

  it('serves the stylesheet and the script from /static', async () => {
    const { app } = quietApp();
    const css = await request(app).get('/static/style.css').expect(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(css.text).toContain('@media print');
    const js = await request(app).get('/static/app.js').expect(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
  });

  it('redirects GET on the form routes back to the form', async () => {
    const { app } = quietApp();
    for (const path of ['/analyze', '/report.pdf', '/report.json']) {
      const res = await request(app).get(path).expect(303);
      expect(res.headers.location).toBe('/');
    }
  });

  it('404 is a page for the site and JSON under /api', async () => {
    const { app } = quietApp();
    const page = await request(app).get('/nowhere').expect(404);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('There is no page at this address.');
    const api = await request(app).get('/api/nowhere').expect(404);
    expect(api.body.error).toMatchObject({ status: 404, code: 'not_found' });
  });
});

describe('security headers', () => {
  it('sends a strict CSP without unsafe-inline for scripts, and no cookies, on every kind of response', async () => {
    const { app } = fixtureApp();
    const responses = [
      await request(app).get('/'),
      await request(app).post('/analyze').type('form').send({ text: FIXTURE_STORY }),
      await request(app).post('/report.pdf').type('form').send({ text: FIXTURE_STORY }),
      await request(app).post('/api/analyze').send({ text: FIXTURE_STORY }),
      await request(app).post('/analyze').type('form').send({ text: '' }),
      await request(app).get('/missing'),
    ];
    for (const res of responses) {
      const csp = res.headers['content-security-policy'] as string;
      expect(csp).toBeTruthy();
      const directives = Object.fromEntries(
        csp.split(';').map((d) => {
          const [name, ...values] = d.trim().split(/\s+/);
          return [name, values];
        }),
      );
      expect(directives['default-src']).toEqual(["'self'"]);
      expect(directives['script-src']).toEqual(["'self'"]);
      expect(directives['style-src']).toEqual(["'self'"]);
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('the pages have no inline script or style, so the CSP does not break them', async () => {
    const { app } = fixtureApp();
    const pages = [
      (await request(app).get('/')).text,
      (await request(app).post('/analyze').type('form').send({ text: FIXTURE_STORY })).text,
      (await request(app).get('/api')).text,
      (await request(app).get('/missing')).text,
    ];
    for (const html of pages) {
      expect(html).not.toMatch(/<script(?![^>]*\bsrc="\/static\/)[^>]*>/i);
      expect(html).not.toMatch(/<style\b/i);
      expect(html).not.toMatch(/\sstyle="/i);
      expect(html).not.toMatch(/\son[a-z]+="/i);
    }
  });
});
