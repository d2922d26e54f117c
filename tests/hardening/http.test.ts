/**
 * Hostile HTTP against a real listening server (createApp + listen.ts's http.Server, with short
 * timeouts): each attack gets a clear 4xx, never a stack trace, and the server keeps serving.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBombDocx, buildDocx, buildZip } from '../server/helpers/docx.js';
import { expectNoStack, expectStillServing, listen, type Running, rawExchange, STORY } from './helpers.js';

const MB = 1024 * 1024;
let srv: Running;

beforeAll(async () => {
  srv = await listen({}, { headersTimeout: 600, requestTimeout: 1_200, keepAliveTimeout: 500, checkInterval: 100 });
});
afterAll(async () => {
  await srv.close();
});

async function api(body: string | Uint8Array, contentType: string): Promise<{ status: number; json: { error?: { code: string; message: string } } }> {
  const res = await fetch(`${srv.base}/api/analyze`, { method: 'POST', headers: { 'content-type': contentType }, body });
  const text = await res.text();
  expectNoStack(text);
  return { status: res.status, json: JSON.parse(text) };
}

async function upload(name: string, bytes: Buffer, path = '/analyze'): Promise<{ status: number; text: string }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const res = await fetch(`${srv.base}${path}`, { method: 'POST', body: form });
  const text = await res.text();
  expectNoStack(text);
  return { status: res.status, text };
}

describe('malformed requests', () => {
  it.each([
    ['truncated JSON', '{"text": "We will'],
    ['not JSON at all', 'text=hello'],
    ['a JSON string', '"just a string"'],
    ['JSON with a trailing comma', '{"text": "x",}'],
  ])('malformed JSON (%s): 400 with a message', async (_name, body) => {
    const r = await api(body, 'application/json');
    expect(r.status).toBe(400);
    expect(r.json.error?.message).toMatch(/JSON/);
    await expectStillServing(srv.base);
  });

  it('wrong JSON shapes: 400', async () => {
    expect((await api('[1,2]', 'application/json')).status).toBe(400);
    expect((await api('{"text": 42}', 'application/json')).status).toBe(400);
    expect((await api('{"story": "x"}', 'application/json')).json.error?.code).toBe('missing_text');
    expect((await api('{"text": {"__proto__": {"polluted": true}}}', 'application/json')).status).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await expectStillServing(srv.base);
  });

  it.each(['application/xml', 'application/octet-stream', 'image/png', 'multipart/form-data; boundary=x'])(
    'wrong content type on the API (%s): 415',
    async (type) => {
      const r = await api('<text>x</text>', type);
      expect(r.status).toBe(415);
      expect(r.json.error?.code).toBe('unsupported_media_type');
      await expectStillServing(srv.base);
    },
  );

  it('JSON posted to the form route: 422, the form again', async () => {
    const res = await fetch(`${srv.base}/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: STORY }) });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('There is no text to check.');
    await expectStillServing(srv.base);
  });

  it('an unsupported charset: 415', async () => {
    expect((await api('x', 'text/plain; charset=ebcdic-cp-us')).status).toBe(415);
    await expectStillServing(srv.base);
  });
});

describe('too large', () => {
  it('bodies over the limits: 413 on the API (text and JSON) and the form', async () => {
    const big = 'a'.repeat(2 * MB + 10);
    expect((await api(big, 'text/plain')).status).toBe(413);
    expect((await api(JSON.stringify({ text: big }), 'application/json')).status).toBe(413);
    const form = await fetch(`${srv.base}/analyze`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `text=${big}` });
    expect(form.status).toBe(413);
    expect(await form.text()).not.toContain('aaaaaaaaaaaaaaaa');
    await expectStillServing(srv.base);
  });

  it('a declared Content-Length of 1 GB: 413 at once, without waiting for the body', async () => {
    const r = await rawExchange(srv.port, [
      'POST /api/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 1073741824\r\n\r\n',
      'a'.repeat(1000),
    ]);
    expect(r.response).toMatch(/^HTTP\/1\.1 413 /);
    expect(r.response).toContain('text_too_large');
    await expectStillServing(srv.base);
  });

  it('an upload over 10 MB: 413', async () => {
    const r = await upload('big.txt', Buffer.alloc(10 * MB + 1, 0x61));
    expect(r.status).toBe(413);
    await expectStillServing(srv.base);
  });
});

describe('slow and stalled clients: the timeouts close them', () => {
  it('a body that stops halfway: 408 and the connection closed after the request timeout', async () => {
    const r = await rawExchange(
      srv.port,
      ['POST /api/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 5000\r\n\r\n', '"We will reopen', ' the bridge,"'],
      { gapMs: 100, giveUpMs: 8_000 },
    );
    expect(r.closed).toBe(true);
    expect(r.response).toMatch(/^HTTP\/1\.1 408 /);
    await expectStillServing(srv.base);
  });

  it('a body trickled a byte at a time still ends at the request timeout', async () => {
    const chunks = ['POST /analyze HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 400\r\n\r\n'];
    for (let i = 0; i < 60; i++) chunks.push('t');
    const r = await rawExchange(srv.port, chunks, { gapMs: 50, giveUpMs: 8_000 });
    expect(r.closed).toBe(true);
    expect(r.response).toMatch(/^HTTP\/1\.1 408 /);
    await expectStillServing(srv.base);
  });

  it('headers that never end: 408 after the headers timeout', async () => {
    const r = await rawExchange(srv.port, ['POST /api/analyze HTTP/1.1\r\nHost: x\r\n', 'X-Slow: 1\r\n'], { gapMs: 200, giveUpMs: 8_000 });
    expect(r.closed).toBe(true);
    expect(r.response).toMatch(/^HTTP\/1\.1 408 /);
    await expectStillServing(srv.base);
  });

  it('garbage instead of HTTP: 400 and closed', async () => {
    const r = await rawExchange(srv.port, [
      Buffer.from([0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00, 0x00, 0xa1, 0x03, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    ]);
    expect(r.closed).toBe(true);
    expect(r.response).toMatch(/^HTTP\/1\.1 400 /);
    await expectStillServing(srv.base);
  });
});

describe('binary and hostile files', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]);

  it.each([
    ['a PNG named .txt', 'photo.txt', png],
    ['random bytes named .txt', 'noise.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
    ['a PNG named .docx', 'photo.docx', png],
    ['an executable', 'setup.exe', Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0])],
    ['a PDF', 'story.pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n', 'latin1')],
  ])('a binary upload (%s): 415 with a message', async (_n, name, bytes) => {
    for (const path of ['/analyze', '/report.pdf']) {
      const r = await upload(name, bytes, path);
      expect(r.status).toBe(415);
      expect(r.text).toMatch(/not a supported file type|is named as a text file|not a Word document/);
    }
    await expectStillServing(srv.base);
  });

  it('binary bytes posted to the API as application/octet-stream: 415', async () => {
    expect((await api(new Uint8Array(png), 'application/octet-stream')).status).toBe(415);
    await expectStillServing(srv.base);
  });

  it.each([
    ['declares 70 MB unpacked', buildBombDocx(70)],
    ['lies about its size (declares 4 KB, inflates to 70 MB)', buildBombDocx(70, true)],
  ])('a zip-bomb .docx that %s: 400', async (_n, bomb) => {
    expect(bomb.length).toBeLessThan(1 * MB);
    const r = await upload('bomb.docx', bomb);
    expect(r.status).toBe(400);
    expect(r.text).toContain('unpacks to more than 32 MB');
    await expectStillServing(srv.base);
  });

  it('a ZIP with thousands of entries, and a truncated .docx: 400', async () => {
    const many = buildZip(Array.from({ length: 6000 }, (_, i) => ({ name: `f${i}.xml`, data: Buffer.from('x'), stored: true })));
    expect((await upload('many.docx', many)).status).toBe(400);
    const good = buildDocx(['Title', '"Yes," she said.']);
    expect((await upload('cut.docx', good.subarray(0, good.length - 40))).status).toBe(400);
    await expectStillServing(srv.base);
  });
});

describe('XSS payloads', () => {
  const payloads = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'><svg/onload=alert(1)>",
    'javascript:alert(1)',
    '</textarea><script>alert(1)</script>',
    '{{constructor.constructor("alert(1)")()}}',
  ];

  it('in the text: the report page and the HTML download escape them', async () => {
    const text = `Headline ${payloads[0]}\n\n${payloads.map((p) => `"${p} is not a plan," Ana Ruiz said.`).join('\n\n')}\n`;
    for (const path of ['/analyze', '/report.html']) {
      const res = await fetch(`${srv.base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `text=${encodeURIComponent(text)}`,
      });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).not.toMatch(/<script>alert|<img src=x|<svg\/onload|<\/textarea><script/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
    await expectStillServing(srv.base);
  });

  it('in the API: JSON, served as JSON, never as HTML', async () => {
    const res = await fetch(`${srv.base}/api/analyze`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: `"${payloads[0]}," she said.` });
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each(payloads)('in a file name (%s): escaped on the page, and an unsafe name never reaches a header', async (payload) => {
    const good = await upload(`${payload}.txt`, Buffer.from(STORY));
    expect(good.status).toBe(200);
    expect(good.text).not.toMatch(/<script>alert|<img src=x|<svg\/onload/i);
    const bad = await upload(`${payload}.exe`, Buffer.from('x'));
    expect(bad.status).toBe(415);
    expect(bad.text).not.toMatch(/<script>alert|<img src=x|<svg\/onload/i);
    const form = new FormData();
    form.append('file', new Blob([STORY]), `${payload}.txt`);
    const dl = await fetch(`${srv.base}/report.csv`, { method: 'POST', body: form });
    expect(dl.status).toBe(200);
    expect(dl.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z0-9-]+\.csv"$/);
    await expectStillServing(srv.base);
  });
});

it('after all of it, nothing was logged but request lines (no stack, no text)', () => {
  for (const line of srv.logs) expect(line).toMatch(/^(GET|POST) \/[\w./-]* \d{3} [\d.]+ms$/);
});
