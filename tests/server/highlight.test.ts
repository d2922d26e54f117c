import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlight, type Segment } from '../../src/report/highlight.js';
import type { ReportQuote, ReportStatement, SourcingReport } from '../../src/report/types.js';
import { FIXTURE_STORY, fakeReport } from './helpers/story.js';

type Input = Pick<SourcingReport, 'quotes' | 'statements' | 'sources'>;

function q(id: string, start: number, end: number, text: string, sourceId: string | null = null): ReportQuote {
  return {
    id,
    start,
    end,
    text: text.slice(start, end),
    open: { start: start - 1, end: start },
    close: null,
    paragraph: 0,
    sourceId,
    speakerMention: null,
    evidence: { rule: 'none', cue: null, mention: null, confidence: 0.5 },
    kind: sourceId ? 'person' : 'unknown',
    words: 1,
  };
}

function st(id: string, start: number, end: number, text: string, parts: { start: number; end: number }[] = []): ReportStatement {
  return {
    id,
    start,
    end,
    text: text.slice(start, end),
    form: 'indirect',
    parts: parts.map((p) => ({ ...p, text: text.slice(p.start, p.end) })),
    sourceId: null,
    speakerMention: { start: 0, end: 2, text: 'he' },
    cue: null,
    evidence: { rule: 'none', cue: null, mention: null, confidence: 0.5 },
    quoteIds: [],
    kind: 'unknown',
  };
}

function checkInvariants(text: string, segs: Segment[]): void {
  expect(segs.map((s) => s.text).join('')).toBe(text);
  let pos = 0;
  for (const s of segs) {
    expect(s.start).toBe(pos);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.text).toBe(text.slice(s.start, s.end));
    pos = s.end;
  }
  expect(pos).toBe(text.length);
}

describe('highlight', () => {
  it('splits the fixture story into text, quotes and statements that rebuild the text', () => {
    const report = fakeReport();
    const segs = highlight(FIXTURE_STORY, report);
    checkInvariants(FIXTURE_STORY, segs);
    const quotes = segs.filter((s) => s.type === 'quote');
    expect(quotes.map((s) => s.text)).toEqual(report.quotes.map((x) => x.text));
    expect(quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', kind: 'person', first: true, last: true });
    expect(quotes[1]).toMatchObject({ speaker: 'A city official', kind: 'anonymous' });
    expect(quotes[0]?.type === 'quote' && quotes[0].evidence.cue?.text).toBe('said');
    const statements = segs.filter((s) => s.type === 'statement');
    // The mixed statement loses the quote it contains: only its paraphrase (and marks) remain.
    expect(statements.map((s) => s.text)).toEqual(['the repairs would cost "', '"', 'Erdoğan agreed']);
    expect(statements[0]).toMatchObject({ first: true, last: false });
    expect(statements[1]).toMatchObject({ first: false, last: true });
  });

  it('lets quotes win over statements, and the earlier, longer quote win over an overlapping one', () => {
    const text = 'abcdefghijklmnopqrstuvwxyz';
    const segs = highlight(text, {
      quotes: [q('b', 5, 15, text), q('a', 2, 10, text), q('inner', 3, 4, text)],
      statements: [st('s', 0, 20, text)],
      sources: [],
    });
    checkInvariants(text, segs);
    expect(segs.map((s) => [s.type, s.text])).toEqual([
      ['statement', 'ab'],
      ['quote', 'cdefghij'],
      ['quote', 'klmno'],
      ['statement', 'pqrst'],
      ['text', 'uvwxyz'],
    ]);
    const [, a, b] = segs;
    expect(a?.type === 'quote' && a.quote.id).toBe('a');
    expect(b?.type === 'quote' && b.quote.id).toBe('b');
  });

  it('marks only the parts of a statement that has parts', () => {
    const text = '"A," she said. "B."';
    const segs = highlight(text, {
      quotes: [],
      statements: [
        st('s', 1, 18, text, [
          { start: 1, end: 3 },
          { start: 16, end: 18 },
        ]),
      ],
      sources: [],
    });
    checkInvariants(text, segs);
    expect(segs.filter((s) => s.type === 'statement').map((s) => s.text)).toEqual(['A,', 'B.']);
  });

  it('names the speaker from the source, else from the mention, else null', () => {
    const text = 'xx "yy" zz "ww"';
    const withSource = q('1', 4, 6, text, 's1');
    const withMention = { ...q('2', 12, 14, text), speakerMention: { start: 0, end: 2, text: 'xx' } };
    const segs = highlight(text, {
      quotes: [withSource, withMention, q('3', 9, 10, text)],
      statements: [],
      sources: [
        {
          id: 's1',
          kind: 'person',
          name: 'Ana Ruiz',
          description: null,
          mentions: [],
          justified: null,
          justification: null,
          plural: false,
          informative: true,
          spokesperson: false,
          quotes: 1,
          quotedWords: 1,
          statements: 0,
        },
      ],
    });
    expect(segs.filter((s) => s.type === 'quote').map((s) => (s.type === 'quote' ? s.speaker : ''))).toEqual(['Ana Ruiz', null, 'xx']);
  });

  it('survives spans out of range, reversed, empty or not numbers', () => {
    const text = 'short text';
    const bad = [q('a', -5, 3, text), q('b', 8, 99, text), q('c', 6, 2, text), q('d', 4, 4, text), { ...q('e', 0, 1, text), start: Number.NaN }];
    const segs = highlight(text, { quotes: bad, statements: [st('s', 2, 1000, text)], sources: [] });
    checkInvariants(text, segs);
    expect(segs.filter((s) => s.type === 'quote').map((s) => s.text)).toEqual(['sho', 'xt']);
  });

  it('returns one text segment for a story without findings, and nothing for an empty story', () => {
    expect(highlight('plain', { quotes: [], statements: [], sources: [] })).toEqual([{ type: 'text', start: 0, end: 5, text: 'plain' }]);
    expect(highlight('', { quotes: [], statements: [], sources: [] })).toEqual([]);
  });

  it('keeps its invariants for any set of spans (property)', () => {
    const span = fc.tuple(fc.integer({ min: -3, max: 45 }), fc.integer({ min: -3, max: 45 }));
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(span, { maxLength: 8 }), fc.array(span, { maxLength: 8 }), (text, qs, ss) => {
        const input: Input = {
          quotes: qs.map(([a, b], i) => q(`q${i}`, a, b, text)),
          statements: ss.map(([a, b], i) => st(`s${i}`, a, b, text)),
          sources: [],
        };
        const segs = highlight(text, input);
        checkInvariants(text, segs);
        // Wherever a quote covers a character, that character is in a quote segment.
        for (let i = 0; i < text.length; i++) {
          const covered = input.quotes.some((x) => x.start <= i && i < x.end);
          const seg = segs.find((s) => s.start <= i && i < s.end);
          if (covered) expect(seg?.type).toBe('quote');
        }
      }),
      { numRuns: 300 },
    );
  });
});
