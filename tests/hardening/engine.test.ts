/**
 * What tests/analysis does not already cover of issue 6's list: the engine's own properties and
 * adversarial inputs live there (never throws, span invariants, determinism of `analyze`;
 * 100,000 marks, 1 MB without a space, nesting, surrogates, RTL, NUL, CRLF/CR/U+2028), and
 * their linear time is measured by `npm run bench` (adversarial table). Here: the same hostile
 * inputs carried through `check` and every report format, as a user gets them, and the
 * determinism of the whole report, byte for byte.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { FORMATS, renderToBuffer } from '../../src/report/formats/registry.js';

const HOSTILE: [string, string][] = [
  ['NUL bytes', '"We\0agree," said\0Ola Berg.\0\n\n\0"Fine."'],
  ['lone surrogates', '\uD800"We \uDC00 agree," said \uDBFF Ola Berg.\uDFFF\n\n"\uD83D" \uDE00'],
  ['emoji and flags', '🇳🇴 Fisher 👩‍👩‍👧 Live\n\n"We caught 🐟🐟 today, 𝒜 record," said Ola Berg 😀.'],
  ['right-to-left and bidi controls', 'قال المسؤول: «لن نغادر المدينة».\n\n\u202e"We stay," said Ola Berg.\u202c\u200f\n\n\u2067«نعم»\u2069'],
  ['CR, CRLF, U+2028 and U+2029', 'Title\r\r"A," said Ola Berg.\r\n\r\n"B," she said.\u2028\u2028"C," she added.\u2029"D."'],
  ['10,000 quotation marks', '"'.repeat(10_000)],
  ['nested quotes', `She said ${'"x '.repeat(500)}y${' z"'.repeat(500)} and left.`],
  ['markup and formula injection', '=HYPERLINK("http://x")\n\n"<script>alert(1)</script>," said +Ola -Berg @x.\n\n# Not a heading | a | table |'],
  ['control characters', Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('"x" ')],
  ['100 KB without a space', 'a'.repeat(100_000)],
];

async function renderAll(text: string): Promise<void> {
  const report = check(text);
  for (const format of FORMATS) {
    const out = await renderToBuffer(format, report, text);
    expect(out.length, format.name).toBeGreaterThan(0);
    if (format.name === 'json') expect(JSON.parse(out.toString('utf8'))).toEqual(JSON.parse(JSON.stringify(report)));
    if (format.name === 'pdf') expect(out.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (format.name === 'html') expect(out.toString('utf8')).not.toMatch(/<script>alert/);
  }
}

describe('hostile inputs through check() and every download format', () => {
  it.each(HOSTILE)('%s', async (_name, text) => {
    await renderAll(text);
  });

  it('arbitrary text (fast-check): every format renders, nothing throws', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 }), renderAll), {
      numRuns: 25,
      seed: 6,
    });
  });
});

describe('the same input gives the same report, byte for byte', () => {
  it('check() is deterministic, whatever ran before it (fast-check)', () => {
    const storyish = fc
      .array(
        fc.constantFrom('"', '“', '”', '«', '»', ' said ', 'Ola Berg', 'the official', ', ', '.', '\n\n', 'who was not authorized to speak', 'é', '😀', '\0'),
        {
          maxLength: 60,
        },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(storyish, storyish, (a, b) => {
        const first = JSON.stringify(check(a));
        check(b);
        expect(JSON.stringify(check(a))).toBe(first);
      }),
      { numRuns: 100, seed: 6 },
    );
  });

  it('every format renders the same bytes twice (the PDF apart from its creation date)', async () => {
    const text =
      'Bridge will reopen by June\n\n"We will reopen the bridge by June," Mayor Ana Ruiz said.\n\nAn official, who was not authorized to speak publicly, said "maybe."\n';
    for (const format of FORMATS) {
      const [a, b] = [await renderToBuffer(format, check(text), text), await renderToBuffer(format, check(text), text)];
      if (format.name === 'pdf') {
        const strip = (buf: Buffer) =>
          buf
            .toString('latin1')
            // the creation date, inline or as its own object (pdfkit writes `14 0 obj (D:…Z)`)
            .replace(/\(D:\d{14}Z\)/g, '(D:)')
            .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/gi, '');
        expect(strip(a)).toBe(strip(b));
      } else expect(a.equals(b), format.name).toBe(true);
    }
  });
});
