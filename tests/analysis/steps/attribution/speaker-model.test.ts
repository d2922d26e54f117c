/**
 * The learned speaker model: the shipped weights load and name the code's features, candidates
 * carry the rules as evidence, the choice follows the margin, and the analysis keeps the model's
 * evidence (probability, runner-up, reasons) with every attribution it weighed.
 */
import { describe, expect, it } from 'vitest';
import { analyze, analyzeWith } from '../../../../src/analysis/analyze.js';
import { speakerIndexes, statementHistory } from '../../../../src/analysis/steps/attribution/model/candidates.js';
import { FEATURE_NAMES } from '../../../../src/analysis/steps/attribution/model/features.js';
import { calibrated, chooseCandidate, loadSpeakerModel, ReasonLists, SHIPPED_MODEL, softmax } from '../../../../src/analysis/steps/attribution/model/ranker.js';
import weights from '../../../../src/analysis/steps/attribution/model/weights.json' with { type: 'json' };
import { attributionStage } from '../pipeline.js';

describe('the shipped weights', () => {
  it('load, and list the features of the code in the same order', () => {
    expect(SHIPPED_MODEL).not.toBeNull();
    expect(SHIPPED_MODEL?.statements?.weights).toHaveLength(FEATURE_NAMES.length);
    expect(weights.features).toEqual([...FEATURE_NAMES]);
    expect(weights.weights).toHaveLength(FEATURE_NAMES.length);
    expect(new Set(FEATURE_NAMES).size).toBe(FEATURE_NAMES.length);
  });

  it('say what data and code made them', () => {
    expect(weights.trained?.data[0]?.file).toBe('polnear-train.jsonl');
    expect(weights.trained?.data[0]?.sha256).toMatch(/^[0-9a-f]{16}$/);
    expect(weights.trained?.code).toMatch(/^[0-9a-f]{7,}/);
  });

  it('hold feature names and numbers only: no word of a story', () => {
    for (const f of weights.features) expect(f).toMatch(/^[a-z0-9&:+-]+$/);
  });

  it.each([
    ['features renamed', { ...weights, features: ['x', ...weights.features.slice(1)] }],
    ['a feature missing', { ...weights, features: weights.features.slice(1), weights: weights.weights.slice(1) }],
    ['a weight that is not a number', { ...weights, weights: [Number.NaN, ...weights.weights.slice(1)] }],
    ['not an object', 'weights'],
  ])('are refused when %s (the rules then decide alone)', (_name, file) => {
    expect(loadSpeakerModel(file)).toBeNull();
  });
});

describe('chooseCandidate', () => {
  it.each([
    { p: [0.7, 0.2, 0.1], verdict: 1, margin: 0, chosen: 0 },
    { p: [0.7, 0.2, 0.1], verdict: 1, margin: 0.5, chosen: 1 },
    { p: [0.7, 0.2, 0.1], verdict: 1, margin: 1, chosen: 1 },
    { p: [0.2, 0.7, 0.1], verdict: 0, margin: 0.4, chosen: 1 },
    { p: [0.2, 0.7, 0.1], verdict: -1, margin: 1, chosen: 1 },
    { p: [0.5, 0.5], verdict: 1, margin: 0, chosen: 1 },
  ])('$p with verdict $verdict and margin $margin → $chosen', ({ p, verdict, margin, chosen }) => {
    expect(chooseCandidate(p, verdict, margin)).toBe(chosen);
  });

  it('softmax sums to one and keeps the order; calibration is monotone', () => {
    const p = softmax([2, 1, -3]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(p[0]).toBeGreaterThan(p[1] as number);
    const c = { a: 0.8, b: -0.1 };
    expect(calibrated(0.9, c)).toBeGreaterThan(calibrated(0.6, c));
  });
});

describe('candidates of a quote', () => {
  const text = 'Maria Olsen arrived first.\n\n"We will rebuild the pier," the official said.';

  it('are the rules’ proposal, the names around the quote and no one, with the rules as features', () => {
    const traced: { names: string[]; features: string[][] }[] = [];
    const verdict = attributionStage(text).attributions[0]?.mention?.text;
    expect(verdict).toMatch(/official$/);
    analyzeWith(text, {
      model: null,
      trace: (_q, candidates) =>
        traced.push({
          names: candidates.map((c) => c.mention?.text ?? '(no one)'),
          features: candidates.map((c) => [...c.features.keys()].map((i) => FEATURE_NAMES[i] as string)),
        }),
    });
    expect(traced).toHaveLength(1);
    const [{ names, features }] = traced as [{ names: string[]; features: string[][] }];
    expect(names[0]).toBe(verdict);
    expect(names).toContain('Maria Olsen');
    expect(names.at(-1)).toBe('(no one)');
    expect(features[0]).toEqual(
      expect.arrayContaining([
        'rule:cue-after-quote',
        'verdict:cue-after-quote',
        'verdict',
        'proposed',
        'subject:same-sentence',
        'sentence:same',
        'side:after',
      ]),
    );
    expect(features.at(-1)).toEqual(['none', 'none:opens-paragraph']);
  });
});

describe('the place of a candidate in its clause', () => {
  it('is read once per mention and is the same for every quote or statement it is a candidate of', () => {
    const text = 'The mayor spoke in the harbour, telling Reuters the plan was ready. "We will rebuild the pier," she said. "It will take a year," she added.';
    const places = new Map<string, string[][]>();
    analyzeWith(text, {
      trace: (_q, candidates) => {
        for (const c of candidates) {
          const words = c.mention?.text;
          if (!words) continue;
          const place = [...c.features.keys()]
            .map((i) => FEATURE_NAMES[i] as string)
            .filter((f) => /^(first-in-sentence|after-preposition|after-word|before-word)$/.test(f));
          places.set(words, [...(places.get(words) ?? []), place]);
        }
      },
    });
    // a quote's two candidate lists and the reported statement's
    expect(places.get('Reuters')).toEqual([
      ['after-word', 'before-word'],
      ['after-word', 'before-word'],
      ['after-word', 'before-word'],
    ]);
    expect(places.get('The mayor')).toEqual([['first-in-sentence', 'before-word']]);
  });

  it('found for the quotes serve the statements too, whose names are asked afresh', () => {
    const quotes = speakerIndexes([]);
    const history = statementHistory([], [], quotes.facts);
    expect(history.facts).toBe(quotes.facts);
    expect(history.entities).not.toBe(quotes.entities);
    expect(statementHistory([], []).facts).not.toBe(quotes.facts);
  });
});

describe('the evidence of an attribution', () => {
  it('keeps the model’s probability, the runner-up and the reasons', () => {
    const a = analyze('Maria Olsen spoke after the harbour official.\n\n"We will rebuild the pier," the official said.');
    const e = a.quotes[0]?.evidence;
    expect(e?.rule).toBe('cue-after-quote');
    expect(e?.model?.probability).toBeGreaterThan(0.5);
    expect(e?.model?.features.length).toBeGreaterThan(0);
    for (const f of e?.model?.features ?? []) expect(FEATURE_NAMES).toContain(f);
    expect(e?.model?.runnerUp?.probability).toBeLessThan(e?.model?.probability as number);
    expect(e?.confidence).toBeGreaterThan(0);
    expect(e?.confidence).toBeLessThanOrEqual(1);
  });

  it('keeps one list of reasons per set of features in a story, the same words as a list of its own', () => {
    const lists = new ReasonLists();
    const a = lists.of([3, 0, 7]);
    expect(a).toEqual([FEATURE_NAMES[3], FEATURE_NAMES[0], FEATURE_NAMES[7]]);
    expect(lists.of([3, 0, 7])).toBe(a);
    // another order, another length, a position that is one digit off: other lists
    expect(lists.of([0, 3, 7])).not.toBe(a);
    expect(lists.of([3, 0])).toEqual([FEATURE_NAMES[3], FEATURE_NAMES[0]]);
    expect(lists.of([3, 0, 8])).toEqual([FEATURE_NAMES[3], FEATURE_NAMES[0], FEATURE_NAMES[8]]);
    expect(lists.of([])).toEqual([]);
    // in an analysis, the quotes whose reasons read the same share one list
    const story = Array.from({ length: 6 }, (_, i) => `"We will rebuild pier ${i}," the official said.`).join('\n\n');
    const reasons = analyze(`Maria Olsen spoke after the harbour official.\n\n${story}`).quotes.map((q) => q.evidence.model?.features);
    const first = reasons[1];
    expect(first?.length).toBeGreaterThan(0);
    const same = reasons.filter((r) => r !== undefined && JSON.stringify(r) === JSON.stringify(first));
    expect(same.length).toBeGreaterThan(1);
    for (const r of same) expect(r).toBe(first);
  });

  it('is absent when no rule names a speaker (no one is chosen for a quote nobody is tied to)', () => {
    const a = analyze('The mood was "electric" all night.');
    for (const q of a.quotes) expect(q.sourceId).toBeNull();
  });
});
