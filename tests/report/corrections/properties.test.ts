/**
 * Any list of well-formed corrections, whatever its offsets, texts and references: the report
 * is built (nothing throws), every correction is either applied or rejected with a reason, in
 * order, and the figures stay consistent with the corrected attribution.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import { buildReport } from '../../../src/report/build-report.js';
import type { Correction } from '../../../src/report/corrections/types.js';
import { HARBOUR } from '../../support/harbour-story.js';

const engine = analyze(HARBOUR);
const offset = fc.integer({ min: 0, max: HARBOUR.length + 5 });
const span = fc.tuple(offset, offset).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
const quoteTexts = [...engine.quotes.map((q) => q.text), 'not in the story', 'x'];
const item = fc.tuple(span, fc.constantFrom(...quoteTexts)).map(([s, text]) => ({ ...s, text }));
const kind = fc.constantFrom('person' as const, 'organization' as const, 'anonymous' as const);
const ref = fc.oneof(
  fc.constant(null),
  span.map((mention) => ({ mention })),
  fc.tuple(fc.constantFrom('Lena Varga', 'Varga', 'Petr Hodek', 'one resident', 'Ostrava'), kind).map(([name, k]) => ({ name, kind: k })),
  fc.constantFrom('s1', 's2', 's3', 's4', 's5', 's99').map((id) => ({ id })),
);
const correction: fc.Arbitrary<Correction> = fc.oneof(
  fc.tuple(item, ref).map(([quote, source]) => ({ quote, source })),
  fc.tuple(item, ref).map(([statement, source]) => ({ statement, source })),
  fc.tuple(ref, ref).map(([a, b]) => ({ merge: [a, b] as [typeof a, typeof b] })),
  fc
    .tuple(ref, fc.record({ kind, name: fc.constantFrom('A', 'the port authority'), justified: fc.boolean() }, { requiredKeys: [] }))
    .filter(([, set]) => Object.keys(set).length > 0)
    .map(([source, set]) => ({ source, set })),
  span.map((dismiss) => ({ dismiss })),
);

describe('any list of corrections', () => {
  it('builds a consistent report in which each correction is applied or rejected', () => {
    fc.assert(
      fc.property(fc.array(correction, { maxLength: 12 }), (list) => {
        const r = buildReport(engine, HARBOUR, { corrections: list });
        expect(r.corrections.length + r.rejectedCorrections.length).toBe(list.length);
        for (const rejected of r.rejectedCorrections) expect(rejected.reason).toMatch(/\w/);
        const ids = new Set(r.sources.map((s) => s.id));
        for (const q of [...r.quotes, ...r.statements]) if (q.sourceId !== null) expect(ids.has(q.sourceId)).toBe(true);
        expect(r.sources.reduce((n, s) => n + s.quotes, 0) + r.summary.byKind.unknown.quotes).toBe(r.quotes.length);
        expect(r.summary.unnamedShare.quotes).toBe(r.quotes.length ? Math.round((r.summary.byKind.anonymous.quotes / r.quotes.length) * 10000) / 10000 : 0);
      }),
      { numRuns: 300 },
    );
  });
});
