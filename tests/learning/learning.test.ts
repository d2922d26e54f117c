/**
 * The training side of the speaker model: the conditional logit learns and is deterministic,
 * Platt scaling and the reliability table do what they say, folds never split a story, and gold
 * stories label their candidates by the source's name.
 */
import { describe, expect, it } from 'vitest';
import { fitPlatt, reliability } from '../../src/learning/calibration.js';
import { probabilities, seeded, train } from '../../src/learning/conditional-logit.js';
import { crossValidate, foldsOf } from '../../src/learning/cross-validate.js';
import { articleExamples, type Example, type Group, storyGroups } from '../../src/learning/examples.js';

const ex = (features: number[], right: boolean, verdict = false): Example => ({
  index: Int32Array.from(features),
  value: Float64Array.from(features.map(() => 1)),
  right,
  verdict,
});

/** Toy quotes: feature 0 marks the right candidate, feature 1 the verdict, which is right two times in three. */
function toy(n: number): Group[] {
  const random = seeded(7);
  return Array.from({ length: n }, (_, i) => {
    const verdictRight = random() < 0.66;
    const candidates = [ex([1, 2], verdictRight, true), ex([0, 2], !verdictRight), ex([3], false)];
    if (verdictRight) candidates[1] = ex([2], false);
    if (verdictRight) candidates[0] = ex([0, 1, 2], true, true);
    return { story: `s${i % 17}`, candidates, reachable: true };
  });
}

describe('the conditional logit', () => {
  it('learns which feature marks the right candidate', () => {
    const w = train(toy(300), 4, { l2: 0, epochs: 5, rate: 0.1, seed: 1 });
    expect(w[0]).toBeGreaterThan(1);
    const right = toy(100).filter((g) => {
      const p = probabilities(g, w);
      return g.candidates[p.indexOf(Math.max(...p))]?.right;
    }).length;
    expect(right).toBeGreaterThanOrEqual(95);
  });

  it('is deterministic: the same data and seed give the same weights', () => {
    const a = train(toy(200), 4, { l2: 1e-3, epochs: 3, rate: 0.1, seed: 5 });
    const b = train(toy(200), 4, { l2: 1e-3, epochs: 3, rate: 0.1, seed: 5 });
    expect([...a]).toEqual([...b]);
  });

  it('skips quotes whose gold speaker is not among the candidates', () => {
    const unreachable: Group = { story: 'x', candidates: [ex([1], false, true), ex([3], false)], reachable: false };
    const w = train([unreachable], 4, { l2: 0, epochs: 3, rate: 0.1, seed: 1 });
    expect([...w]).toEqual([0, 0, 0, 0]);
  });
});

describe('calibration', () => {
  it('Platt scaling brings over-confident probabilities down to the rate they are right', () => {
    const random = seeded(3);
    const predictions = Array.from({ length: 2000 }, () => ({ probability: 0.9, right: random() < 0.7 }));
    const { a, b } = fitPlatt(predictions);
    const z = a * Math.log(0.9 / 0.1) + b;
    expect(1 / (1 + Math.exp(-z))).toBeCloseTo(0.7, 1);
  });

  it('the reliability table bins confidences and weighs the gaps by count', () => {
    const { rows, ece } = reliability([
      { probability: 0.95, right: true },
      { probability: 0.95, right: false },
      { probability: 0.15, right: false },
      { probability: 0.15, right: false },
    ]);
    expect(rows.map((r) => [r.count, r.accuracy])).toEqual([
      [2, 0],
      [2, 0.5],
    ]);
    expect(ece).toBeCloseTo(0.5 * 0.15 + 0.5 * 0.45, 10);
  });
});

describe('cross-validation', () => {
  it('never puts one story in two folds', () => {
    const groups = toy(120);
    const folds = foldsOf(groups, 5, 13);
    const foldOf = new Map<string, number>();
    groups.forEach((g, i) => {
      expect(foldOf.get(g.story) ?? folds[i]).toBe(folds[i]);
      foldOf.set(g.story, folds[i] as number);
    });
    expect(new Set(folds).size).toBe(5);
  });

  it('scores every setting out of fold and keeps the rules’ own accuracy beside them', () => {
    const cv = crossValidate(toy(150), 4, [{ l2: 0, epochs: 3, rate: 0.1, seed: 1 }], [0, 1], 5, 13);
    expect(cv.settings).toHaveLength(2);
    const never = cv.settings.find((s) => s.margin === 1);
    expect(never?.accuracy).toBeCloseTo(cv.rulesAccuracy, 10);
    expect(cv.settings.find((s) => s.margin === 0)?.accuracy).toBeGreaterThan(cv.rulesAccuracy);
    expect(cv.outOfFold).toHaveLength(150);
  });
});

describe('examples from a gold story', () => {
  it('label the candidate whose name is the gold source’s', () => {
    const text = 'Maria Olsen arrived first.\n\n"We will rebuild the pier," Olsen said. "It will take a year," said Tomas Berg.';
    const groups = storyGroups({
      id: 'pier',
      text,
      sources: [
        { id: 's1', kind: 'person', name: 'Maria Olsen' },
        { id: 's2', kind: 'person', name: 'Tomas Berg' },
      ],
      quotes: [
        { start: text.indexOf('We will'), end: text.indexOf('pier') + 4, text: 'We will rebuild the pier', source: 's1' },
        { start: text.indexOf('It will'), end: text.indexOf('a year') + 6, text: 'It will take a year', source: 's2' },
      ],
    });
    expect(groups).toHaveLength(2);
    for (const g of groups) {
      expect(g.reachable).toBe(true);
      expect(g.candidates.filter((c) => c.right)).toHaveLength(1);
      expect(g.candidates.find((c) => c.verdict)?.right).toBe(true);
    }
  });
});

describe('examples from a PolNeAR article', () => {
  it('label quotes and reported statements by the gold speaker span', () => {
    const text = 'The ferry board met on Monday. Maria Olsen, who chairs it, said that fares would rise in May. "Nobody likes it," Olsen said.';
    const span = (s: string, from = 0) => {
      const start = text.indexOf(s, from);
      return { start, end: start + s.length, text: s };
    };
    const reported = span('fares would rise in May');
    const quote = span('Nobody likes it,');
    const { quotes, statements } = articleExamples({
      id: 'ferry',
      text,
      attributions: [
        { ...reported, form: 'indirect', speaker: span('Maria Olsen'), speakerIsPronoun: false, cue: span('said'), speech: true },
        { ...quote, form: 'direct', speaker: span('Olsen', text.indexOf('" ') + 1), speakerIsPronoun: false, cue: span('said', quote.end), speech: true },
      ],
    });
    expect(quotes).toHaveLength(1);
    expect(statements).toHaveLength(1);
    for (const g of [...quotes, ...statements]) {
      expect(g.reachable).toBe(true);
      expect(g.candidates.find((c) => c.verdict)?.right).toBe(true);
      expect(g.candidates.at(-1)?.right).toBe(false); // no one
    }
  });
});
