import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import { buildReport } from '../../../src/report/build-report.js';
import type { Correction } from '../../../src/report/corrections/types.js';
import type { SourcingReport } from '../../../src/report/types.js';
import { at, HARBOUR, mention } from '../../support/harbour-story.js';

const engine = analyze(HARBOUR);
const plain = buildReport(engine, HARBOUR);
const corrected = (list: unknown[], text = HARBOUR, analysis = engine) => buildReport(analysis, text, { corrections: list as Correction[] });
const quoteOf = (r: SourcingReport, text: string) => r.quotes.find((q) => q.text === text);
const sourceOf = (r: SourcingReport, id: string | null | undefined) => r.sources.find((s) => s.id === id);

const RESIDENT = 'The numbers do not add up,';
const BUYERS = 'Buyers are already lined up,';

describe('the engine’s report of the test story (what the corrections start from)', () => {
  it('has an unnamed resident and a city taken for an organization', () => {
    expect(sourceOf(plain, quoteOf(plain, RESIDENT)?.sourceId)?.name).toBe('one resident');
    expect(sourceOf(plain, quoteOf(plain, BUYERS)?.sourceId)).toMatchObject({ name: 'Ostrava', kind: 'organization' });
    expect(plain.summary.unnamedShare.quotes).toBe(0.4);
    expect(plain.findings.map((f) => f.rule)).toContain('anonymous-without-reason');
    expect(plain.corrections).toEqual([]);
    expect(plain.rejectedCorrections).toEqual([]);
  });
});

describe('reassigning a quote', () => {
  it.each([
    ['to a mention of another source', mention('Varga'), 'Lena Varga', 'person', 0.2],
    ['to a source by name', { name: 'lena VARGA', kind: 'person' }, 'Lena Varga', 'person', 0.2],
    ['to a source by the words of one of its names', { name: 'Varga', kind: 'person' }, 'Lena Varga', 'person', 0.2],
    ['to a source by id', { id: 's2' }, 'A council employee', 'anonymous', 0.4],
    ['to a new named source', { name: 'Petr Hodek', kind: 'person' }, 'Petr Hodek', 'person', 0.2],
    ['to a new unnamed source', { name: 'a harbour pilot', kind: 'anonymous' }, 'a harbour pilot', 'anonymous', 0.4],
  ])('%s', (_what, source, name, kind, share) => {
    const r = corrected([{ quote: at(RESIDENT), source }]);
    const q = quoteOf(r, RESIDENT);
    expect(sourceOf(r, q?.sourceId)).toMatchObject({ name, kind, corrected: true });
    expect(q).toMatchObject({ kind, corrected: true, speakerMention: null });
    expect(r.summary.unnamedShare.quotes).toBe(share);
    expect(r.corrections).toEqual([{ quote: at(RESIDENT), source }]);
    expect(r.rejectedCorrections).toEqual([]);
  });

  it('to no one: the quote has no source, the figures and the summary say so', () => {
    const r = corrected([{ quote: at(RESIDENT), source: null }]);
    expect(quoteOf(r, RESIDENT)).toMatchObject({ sourceId: null, kind: 'unknown', corrected: true });
    expect(r.summary.byKind.unknown.quotes).toBe(1);
    expect(r.summary.text).not.toBe(plain.summary.text);
    expect(r.findings.map((f) => f.rule)).toContain('unattributed-quote');
  });

  it('takes its statement along, and leaves the engine’s analysis as it was', () => {
    const r = corrected([{ quote: at(RESIDENT), source: mention('Varga') }]);
    const st = r.statements.find((s) => s.quoteIds.includes(quoteOf(r, RESIDENT)?.id ?? ''));
    expect(st).toMatchObject({ sourceId: 's1', corrected: true });
    expect(engine.quotes.find((q) => q.text === RESIDENT)?.sourceId).toBe('s3');
  });

  it('leaves untouched quotes and sources unmarked', () => {
    const r = corrected([{ quote: at(RESIDENT), source: mention('Varga') }]);
    expect(quoteOf(r, BUYERS)?.corrected).toBeUndefined();
    expect(sourceOf(r, 's4')?.corrected).toBeUndefined();
  });
});

describe('a quote named by span and text survives an edited draft', () => {
  const edited = HARBOUR.replace('Harbour plan splits council', 'Harbour plan splits the council, again');
  const r = corrected([{ quote: at(RESIDENT), source: mention('Varga', edited) }], edited, analyze(edited));

  it('goes to the nearest quote with that text, and says where', () => {
    const moved = at(RESIDENT, edited);
    expect(quoteOf(r, RESIDENT)).toMatchObject({ start: moved.start, sourceId: 's1', corrected: true });
    expect(r.corrections).toEqual([{ quote: at(RESIDENT), source: mention('Varga', edited), relocated: { start: moved.start, end: moved.end } }]);
  });
});

describe('merging sources', () => {
  it('moves every quote, statement and mention of the first into the second', () => {
    const r = corrected([{ merge: [mention('Ostrava'), { name: 'the port authority', kind: 'organization' }] }]);
    expect(r.sources.map((s) => s.name)).not.toContain('Ostrava');
    const authority = r.sources.find((s) => s.name === 'the port authority');
    expect(authority).toMatchObject({ kind: 'organization', corrected: true });
    expect(authority?.mentions.map((m) => m.text)).toEqual(['Ostrava', 'it']);
    expect(quoteOf(r, BUYERS)).toMatchObject({ sourceId: authority?.id, corrected: true });
    expect(r.summary.sources).toBe(plain.summary.sources);
  });

  it('an unnamed source merged into a named one changes the unnamed share and the findings', () => {
    const r = corrected([{ merge: [mention('one resident'), mention('Varga')] }]);
    expect(r.summary.unnamedShare.quotes).toBe(0.2);
    expect(r.findings.map((f) => f.rule)).not.toContain('anonymous-without-reason');
    expect(sourceOf(r, 's1')).toMatchObject({ quotes: 3, corrected: true });
  });
});

describe('changing a source', () => {
  it.each([
    ['its name', { name: 'Lena Varga-Nováková' }, { name: 'Lena Varga-Nováková', kind: 'person' }],
    ['its kind to anonymous', { kind: 'anonymous' }, { kind: 'anonymous', justified: false }],
    ['its kind and its anonymity reason', { kind: 'anonymous', justified: true }, { kind: 'anonymous', justified: true }],
  ])('%s', (_what, set, expected) => {
    const r = corrected([{ source: mention('Varga'), set }]);
    expect(sourceOf(r, 's1')).toMatchObject({ ...expected, corrected: true });
  });

  it('confirming the resident’s anonymity is explained drops the finding', () => {
    const r = corrected([{ source: mention('one resident'), set: { justified: true } }]);
    expect(sourceOf(r, 's3')).toMatchObject({ justified: true, corrected: true });
    expect(r.findings.map((f) => f.rule)).not.toContain('anonymous-without-reason');
  });

  it('a named source’s anonymity reason no longer applies', () => {
    const r = corrected([{ source: mention('one resident'), set: { kind: 'person' } }]);
    expect(sourceOf(r, 's3')).toMatchObject({ kind: 'person', justified: null, justification: null });
  });
});

describe('dismissing a finding', () => {
  const f = plain.findings.find((x) => x.rule === 'anonymous-without-reason');
  it('drops the finding at that span and recomputes the summary', () => {
    const r = corrected([{ dismiss: { start: f?.start, end: f?.end } }]);
    expect(r.findings).toHaveLength(plain.findings.length - 1);
    expect(r.summary.text).not.toBe(plain.summary.text);
    expect(r.corrections).toHaveLength(1);
  });
});

describe('a correction that does not apply is reported with its reason, never thrown', () => {
  it.each([
    ['no quote with that text', { quote: { start: 1, end: 9, text: 'never said' }, source: null }, 'no quote reads “never said”'],
    ['the span holds other words', { quote: { ...at(RESIDENT), text: 'other words' }, source: null }, 'no longer reads “other words”'],
    ['an unknown id', { quote: at(RESIDENT), source: { id: 's99' } }, 'no source has the id “s99”'],
    ['no mention there', { quote: at(RESIDENT), source: { mention: { start: 0, end: 3 } } }, 'no source is mentioned at 0–3'],
    ['a merge into itself', { merge: [mention('Varga'), { id: 's1' }] }, 'cannot be merged into itself'],
    ['a merge with no one', { merge: [mention('Varga'), null] }, 'a merge needs two sources'],
    ['a merge of a name nobody has', { merge: [{ name: 'Nobody Known', kind: 'person' }, { id: 's1' }] }, 'no source is named “Nobody Known”'],
    ['a change of no one', { source: null, set: { kind: 'person' } }, '“no one” is not a source to change'],
    ['a reason for a named source', { source: mention('Varga'), set: { justified: true } }, 'is not anonymous'],
    ['no finding there', { dismiss: { start: 0, end: 1 } }, 'no finding at 0–1'],
  ])('%s', (_what, correction, reason) => {
    const r = corrected([correction, { quote: at(BUYERS), source: mention('Varga') }]);
    expect(r.rejectedCorrections).toHaveLength(1);
    expect(r.rejectedCorrections[0]?.correction).toEqual(correction);
    expect(r.rejectedCorrections[0]?.reason).toContain(reason);
    // The rest of the list still applies.
    expect(r.corrections).toHaveLength(1);
    expect(quoteOf(r, BUYERS)?.sourceId).toBe('s1');
  });

  it('corrections apply in order: a source made by one is found by the next', () => {
    const r = corrected([
      { quote: at(RESIDENT), source: { name: 'Petr Hodek', kind: 'person' } },
      { source: { name: 'Petr Hodek', kind: 'person' }, set: { name: 'Petr Hodek Jr.' } },
      { quote: at(BUYERS), source: { name: 'Petr Hodek Jr.', kind: 'person' } },
    ]);
    expect(r.rejectedCorrections).toEqual([]);
    expect(sourceOf(r, quoteOf(r, BUYERS)?.sourceId)).toMatchObject({ name: 'Petr Hodek Jr.', quotes: 2 });
  });
});
