/** The scorer of `anonymous-without-reason` (npm run findings-eval), on a story written for these tests. */
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/analysis/span.js';
import { precisionRecall, scoreAnonymousWithoutReason } from '../../src/evaluation/findings-score.js';
import { type GoldStory, parseGoldStory } from '../../src/evaluation/gold.js';
import type { Finding, SourcingReport } from '../../src/report/types.js';

const TEXT = '"The fares will double," said a council official. "We will vote," said Mayor Lena Dahl. "Nobody asked us," a resident said.';

function at(part: string): Span & { text: string } {
  const start = TEXT.indexOf(part);
  if (start < 0) throw new Error(`"${part}" not in the text`);
  return { start, end: start + part.length, text: part };
}

// The official and the clerk are unnamed without a reason, but only the official is quoted:
// the one positive. The resident is unnamed with a reason.
const GOLD: GoldStory = parseGoldStory(
  {
    id: 'fares',
    text: TEXT,
    sources: [
      { id: 'official', kind: 'anonymous', name: 'a council official', justified: false },
      { id: 'dahl', kind: 'person', name: 'Lena Dahl' },
      { id: 'resident', kind: 'anonymous', name: 'a resident', justified: true },
      { id: 'clerk', kind: 'anonymous', name: 'a clerk', justified: false },
    ],
    quotes: [
      { ...at('The fares will double,'), source: 'official' },
      { ...at('We will vote,'), source: 'dahl' },
      { ...at('Nobody asked us,'), source: 'resident' },
    ],
  },
  'test',
);

/** The engine's side: its sources, with a mention each, and its quotes; `spare` has no quote. */
const SOURCES = [
  { id: 's1', name: 'a council official', mentions: [at('a council official')] },
  { id: 's2', name: 'Mayor Lena Dahl', mentions: [at('Mayor Lena Dahl')] },
  { id: 's3', name: 'a resident', mentions: [at('a resident')] },
  { id: 'spare', name: 'council official', mentions: [{ start: 0, end: 1 }] },
];
const QUOTES = [
  { ...at('The fares will double,'), sourceId: 's1' },
  { ...at('We will vote,'), sourceId: 's2' },
  { ...at('Nobody asked us,'), sourceId: 's3' },
];

function report(findings: Array<Span & { rule?: string }>): SourcingReport {
  const made: Finding[] = findings.map((f) => ({
    rule: f.rule ?? 'anonymous-without-reason',
    severity: 'warning',
    message: 'm',
    start: f.start,
    end: f.end,
    guideline: 'g',
  }));
  return { sources: SOURCES, quotes: QUOTES, findings: made } as unknown as SourcingReport;
}

describe('scoreAnonymousWithoutReason', () => {
  it.each<[string, Array<Span & { rule?: string }>, { truePositives: string[]; falsePositives: string[]; missed: string[] }]>([
    ['no finding: the positive is missed', [], { truePositives: [], falsePositives: [], missed: ['official'] }],
    ['a finding on the source’s mention', [at('a council official')], { truePositives: ['a council official → official'], falsePositives: [], missed: [] }],
    ['a finding on one of its quotes', [at('The fares will double,')], { truePositives: ['a council official → official'], falsePositives: [], missed: [] }],
    [
      'a second finding on the same source is a false positive',
      [at('a council official'), at('The fares will double,')],
      { truePositives: ['a council official → official'], falsePositives: ['a council official → official'], missed: [] },
    ],
    [
      'a finding on an unnamed source with a reason',
      [at('a resident')],
      { truePositives: [], falsePositives: ['a resident → resident'], missed: ['official'] },
    ],
    ['a finding on a named source', [at('Mayor Lena Dahl')], { truePositives: [], falsePositives: ['Mayor Lena Dahl → dahl'], missed: ['official'] }],
    ['a finding on no source is named by its text', [at('fares will')], { truePositives: [], falsePositives: ['fares will'], missed: ['official'] }],
    [
      'an engine source without quotes stands for the gold source of its name',
      [{ start: 0, end: 1 }],
      { truePositives: ['council official → official'], falsePositives: [], missed: [] },
    ],
    [
      'findings of other rules do not count',
      [{ ...at('a council official'), rule: 'anonymous-attack' }],
      { truePositives: [], falsePositives: [], missed: ['official'] },
    ],
  ])('%s', (_, findings, expected) => {
    expect(scoreAnonymousWithoutReason(GOLD, report(findings))).toEqual({ id: 'fares', positives: ['official'], ...expected });
  });
});

describe('precisionRecall', () => {
  it('adds the stories up before dividing (micro-average)', () => {
    const right = scoreAnonymousWithoutReason(GOLD, report([at('a council official')]));
    const wrong = scoreAnonymousWithoutReason(GOLD, report([at('a resident'), at('Mayor Lena Dahl')]));
    expect(precisionRecall([right, wrong])).toEqual({ tp: 1, fp: 2, fn: 1, precision: 1 / 3, recall: 1 / 2 });
  });

  it('is null where there is nothing to divide', () => {
    expect(precisionRecall([])).toEqual({ tp: 0, fp: 0, fn: 0, precision: null, recall: null });
  });
});
