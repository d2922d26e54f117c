import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { fixtureApp, quietApp } from './helpers/app.js';
import { buildBombDocx, buildDocx, buildZip } from './helpers/docx.js';
import { FIXTURE_STORY, PLAIN_STORY } from './helpers/story.js';

const MB = 1024 * 1024;

function expectNoStack(text: string) {
  expect(text).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\.ts:\d+|Error:/);
}

describe('empty text', () => {
  it('POST /analyze with no text: the form again with a message (422)', async () => {
    const { app } = quietApp();
    for (const send of [{ text: '' }, { text: '   \n\t ' }, {}]) {
      const res = await request(app).post('/analyze').type('form').send(send).expect(422);
      expect(res.text).toContain('There is no text to check.');
      expect(res.text).toMatch(/<div class="alert" role="alert" id="form-error">/);
      expect(res.text).toMatch(/<textarea id="text" name="text"[^>]*aria-invalid="true"/);
      expect(res.text).toContain('action="/analyze"');
    }
  });

  it('a POST with no body at all, and a download with no text, get the form too', async () => {
    const { app } = quietApp();
    await request(app).post('/analyze').expect(422);
    const res = await request(app).post('/report.pdf').type('form').send({ text: '' }).expect(422);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-disposition']).toBeUndefined();
  });

  it('an empty file: 422', async () => {
    const { app } = quietApp();
    const res = await request(app).post('/analyze').attach('file', Buffer.from('  \n'), 'blank.txt').expect(422);
    expect(res.text).toContain('“blank.txt” contains no text to check.');
  });

  it('keeps what was typed when the error is not about its size', async () => {
    const { app } = quietApp();
    const res = await request(app).post('/analyze').field('text', 'my draft <i>x</i>').attach('file', Buffer.from('x'), 'a.exe').expect(415);
    expect(res.text).toContain('>my draft &lt;i&gt;x&lt;/i&gt;</textarea>');
  });
});

describe('over the limit: 413', () => {
  const big = 'a'.repeat(2 * MB + 1);

  it('form text over 2 MB (urlencoded and multipart)', async () => {
    const { app } = quietApp();
    const a = await request(app).post('/analyze').type('form').send({ text: big }).expect(413);
    expect(a.text).toContain('longer than the 2 MB limit');
    expect(a.text).not.toContain('aaaaaaaaaa');
    await request(app).post('/analyze').field('text', big).expect(413);
    await request(app).post('/report.json').type('form').send({ text: big }).expect(413);
  });

  it('counts bytes, not characters: 1.1 million two-byte letters are over 2 MB', async () => {
    const { app } = quietApp();
    await request(app)
      .post('/analyze')
      .type('form')
      .send({ text: 'é'.repeat(1_100_000) })
      .expect(413);
  });

  it('exactly at the limit is fine', async () => {
    const { app } = quietApp({
      check: () => {
        throw new Error('unused');
      },
      textLimit: 1000,
    });
    const res = await request(app).post('/api/analyze').type('text/plain').send('a'.repeat(1001)).expect(413);
    expect(res.body.error.code).toBe('text_too_large');
    const ok = fixtureApp({ textLimit: 2000 });
    const exact = FIXTURE_STORY + ' '.repeat(2000 - Buffer.byteLength(FIXTURE_STORY));
    expect(Buffer.byteLength(exact)).toBe(2000);
    await request(ok.app).post('/api/analyze').type('text/plain').send(exact).expect(200);
    await request(ok.app).post('/api/analyze').type('text/plain').send(`${exact} `).expect(413);
  });

  it('API: JSON and plain text over the limit', async () => {
    const { app } = quietApp();
    const a = await request(app).post('/api/analyze').send({ text: big }).expect(413);
    expect(a.body.error).toMatchObject({ status: 413, code: 'text_too_large' });
    const b = await request(app).post('/api/analyze').type('text/plain').send(big).expect(413);
    expect(b.body.error.status).toBe(413);
  });

  it('an upload over the file limit, and a file whose text is over the text limit', async () => {
    const { app } = quietApp({ fileLimit: 64 * 1024, textLimit: 32 * 1024 });
    const tooBig = await request(app)
      .post('/analyze')
      .attach('file', Buffer.alloc(65 * 1024, 'a'), 'big.txt')
      .expect(413);
    expect(tooBig.text).toContain('larger than the');
    await request(app)
      .post('/analyze')
      .attach('file', Buffer.alloc(33 * 1024, 'a'), 'long.txt')
      .expect(413);
  });
});

describe('unsupported or lying file types: 415', () => {
  const { app } = quietApp();
  const cases: [string, Buffer, RegExp][] = [
    ['photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /is named as a text file but is a PNG image/],
    ['archive.txt', buildDocx(['x']), /is named as a text file but is a ZIP archive/],
    ['nul.md', Buffer.from('hello\u0000world'), /contains binary data/],
    ['page.html', Buffer.from('%PDF-1.7\n...'), /is a PDF/],
    ['letter.docx', Buffer.from('Just text pretending to be Word'), /is named \.docx but is not a Word document/],
    ['report.pdf', Buffer.from('%PDF-1.7'), /is not a supported file type/],
    ['program.exe', Buffer.from('MZ\u0090\u0000'), /is not a supported file type/],
    ['noextension', Buffer.from('plain'), /is not a supported file type/],
  ];
  for (const [name, body, message] of cases) {
    it(name, async () => {
      const res = await request(app).post('/analyze').attach('file', body, name).expect(415);
      expect(res.text).toMatch(message);
      expectNoStack(res.text);
    });
  }

  it('escapes a hostile file name in the message', async () => {
    const res = await request(app).post('/analyze').attach('file', Buffer.from('x'), '<img src=x onerror=alert(1)>.exe').expect(415);
    expect(res.text).not.toContain('<img src=x');
    expect(res.text).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;.exe');
  });

  it('the API answers 415 for a content type it does not take', async () => {
    const res = await request(app).post('/api/analyze').set('Content-Type', 'application/xml').send('<text>x</text>').expect(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
  });
});

describe('broken .docx: 400', () => {
  it('a corrupt .docx (ZIP header, garbage after)', async () => {
    const { app } = quietApp();
    const corrupt = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    const res = await request(app).post('/analyze').attach('file', corrupt, 'broken.docx').expect(400);
    expect(res.text).toContain('“broken.docx” is damaged');
    expectNoStack(res.text);
  });

  it('a truncated .docx', async () => {
    const { app } = quietApp();
    const docx = buildDocx(['A story', '“Yes,” she said.']);
    await request(app)
      .post('/analyze')
      .attach('file', docx.subarray(0, docx.length - 30), 'cut.docx')
      .expect(400);
  });

  it('a ZIP that is not a Word document', async () => {
    const { app } = quietApp();
    const zip = buildZip([{ name: 'hello.txt', data: Buffer.from('hello') }]);
    const res = await request(app).post('/analyze').attach('file', zip, 'notword.docx').expect(400);
    expect(res.text).toContain('could not be read');
  });

  it('a zip bomb that declares a huge unpacked size', async () => {
    const { app } = quietApp();
    const bomb = buildZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.alloc(1024, 32), declaredSize: 500 * MB },
    ]);
    const res = await request(app).post('/analyze').attach('file', bomb, 'bomb.docx').expect(400);
    expect(res.text).toContain('unpacks to more than 32 MB');
  });

  it('a real zip bomb (a small file that unpacks to 70 MB)', async () => {
    const { app } = quietApp();
    const bomb = buildBombDocx(70);
    expect(bomb.length).toBeLessThan(MB);
    const res = await request(app).post('/analyze').attach('file', bomb, 'bomb.docx').expect(400);
    expect(res.text).toContain('unpacks to more than 32 MB');
  });

  it('a small .docx with more paragraphs than a 2 MB story could have: 413 with a message', async () => {
    const { app } = quietApp();
    const docx = buildDocx(Array.from({ length: 100_001 }, () => 'a'));
    expect(docx.length).toBeLessThan(MB);
    const res = await request(app).post('/analyze').attach('file', docx, 'letters.docx').expect(413);
    expect(res.text).toContain('“letters.docx” has more paragraphs than a story of 2 MB could have (over 100,000 paragraphs)');
    expectNoStack(res.text);
  });

  it('a zip bomb that lies about its unpacked size', async () => {
    const { app } = quietApp({ unzippedLimit: 8 * MB });
    const res = await request(app).post('/analyze').attach('file', buildBombDocx(20, true), 'liar.docx').expect(400);
    expect(res.text).toContain('unpacks to more than 8 MB');
  });
});

describe('malformed requests: 400', () => {
  it('malformed JSON gets a JSON error that does not echo the body', async () => {
    const { app } = quietApp();
    const res = await request(app).post('/api/analyze').set('Content-Type', 'application/json').send('{"text": "secret draft words').expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body.error).toMatchObject({ status: 400, code: 'bad_json' });
    expect(res.body.error.message).toMatch(/not valid JSON/);
    expect(res.text).not.toContain('secret draft');
  });

  it('JSON without a text string', async () => {
    const { app } = quietApp();
    expect((await request(app).post('/api/analyze').send({ story: 'x' }).expect(400)).body.error.code).toBe('missing_text');
    expect((await request(app).post('/api/analyze').send({ text: 42 }).expect(400)).body.error.code).toBe('bad_text');
    expect(
      (
        await request(app)
          .post('/api/analyze')
          .send([{ text: 'x' }])
          .expect(400)
      ).body.error.code,
    ).toBe('bad_json');
    expect((await request(app).post('/api/analyze').send({ text: ' ' }).expect(422)).body.error.code).toBe('empty_text');
  });

  it('a malformed multipart body', async () => {
    const { app } = quietApp();
    const res = await request(app)
      .post('/analyze')
      .set('Content-Type', 'multipart/form-data; boundary=XYZ')
      .send('--XYZ\r\nContent-Disposition: form-data; name="text"\r\n\r\nhello')
      .expect(400);
    expectNoStack(res.text);
  });

  it('two files, or a file in another field', async () => {
    const { app } = quietApp();
    await request(app).post('/analyze').attach('other', Buffer.from('x'), 'a.txt').expect(400);
    await request(app).post('/analyze').attach('file', Buffer.from('x'), 'a.txt').attach('file', Buffer.from('y'), 'b.txt').expect(400);
  });
});

describe('server errors', () => {
  const secret = 'CONFIDENTIAL DRAFT about the minister';
  const failing = () =>
    quietApp({
      check: (text) => {
        throw new Error(`engine exploded on: ${text}`);
      },
    });

  it('a failure in the engine is a plain 500 page: no stack, no draft in the logs', async () => {
    const { app, logs } = failing();
    const res = await request(app).post('/analyze').type('form').send({ text: secret }).expect(500);
    expect(res.text).toContain('Something went wrong on our side.');
    expect(res.text).not.toContain('CONFIDENTIAL');
    expect(res.text).not.toContain('exploded');
    expectNoStack(res.text);
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.join('\n')).toContain('POST /analyze failed: Error');
    expect(logs.join('\n')).not.toContain('CONFIDENTIAL');
  });

  it('and a JSON 500 under /api', async () => {
    const { app, logs } = failing();
    const res = await request(app).post('/api/analyze').send({ text: secret }).expect(500);
    expect(res.body).toEqual({ error: { status: 500, code: 'internal', message: expect.stringContaining('Something went wrong') } });
    expect(logs.join('\n')).not.toContain('CONFIDENTIAL');
  });

  it('never logs draft text on the normal path either, even with the access log on', async () => {
    const { app, logs } = fixtureApp({ accessLog: true });
    await request(app)
      .post('/analyze')
      .type('form')
      .send({ text: `${FIXTURE_STORY}\n${secret}` })
      .expect(200);
    await request(app).post('/api/analyze').send({ text: secret }).expect(500);
    expect(logs.some((l) => l.startsWith('POST /analyze 200'))).toBe(true);
    expect(logs.join('\n')).not.toContain('CONFIDENTIAL');
  });
});

describe('rate limit: 429', () => {
  it('limits the analyze, report and API routes per client, and not the form', async () => {
    const { app } = quietApp({ rateLimit: { limit: 3, windowMs: 60_000 } });
    await request(app).post('/analyze').type('form').send({ text: PLAIN_STORY }).expect(200);
    await request(app).post('/report.json').type('form').send({ text: PLAIN_STORY }).expect(200);
    await request(app).post('/api/analyze').send({ text: PLAIN_STORY }).expect(200);
    const page = await request(app).post('/analyze').type('form').send({ text: PLAIN_STORY }).expect(429);
    expect(page.text).toContain('Too many requests');
    expect(page.headers['retry-after']).toBe('60');
    const api = await request(app).post('/api/analyze').send({ text: PLAIN_STORY }).expect(429);
    expect(api.body.error).toMatchObject({ status: 429, code: 'rate_limited' });
    await request(app).get('/').expect(200);
    await request(app).get('/healthz').expect(200);
  });

  it('can be turned off', async () => {
    const { app } = quietApp({ rateLimit: false });
    for (let i = 0; i < 70; i++) await request(app).post('/api/analyze').type('text/plain').send('x y').expect(200);
  });

  it('is on by default', async () => {
    const { app } = quietApp({ rateLimit: undefined });
    const res = await request(app).post('/api/analyze').type('text/plain').send('x y').expect(200);
    expect(res.headers.ratelimit ?? res.headers['ratelimit-policy']).toBeDefined();
  });
});
