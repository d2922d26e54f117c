/** Gathered and CandidatePool: one candidate per entity, taken from the pool emptied, and no feature set twice on the samples. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeWith } from '../../../../src/analysis/analyze.js';
import { CandidatePool, Gathered } from '../../../../src/analysis/steps/attribution/model/gathered.js';
import type { Entity } from '../../../../src/analysis/steps/coreference/entity.js';
import type { Mention } from '../../../../src/analysis/steps/find-mentions.js';

const entity = (index: number) => ({ index, mentions: [] }) as unknown as Entity;
const mention = (start: number) => ({ start, end: start + 4 }) as Mention;

describe('Gathered', () => {
  it('keeps one candidate per entity, and a mention without one for itself', () => {
    const g = new Gathered(null);
    const e = entity(0);
    const m = mention(3);
    expect(g.get(e, mention(1))).toBe(g.get(e, mention(9)));
    expect(g.get(null, m)).toBe(g.get(null, m));
    expect(g.get(null, mention(3))).not.toBe(g.get(null, m));
    expect(g.list).toHaveLength(3);
    g.add(null, null);
    expect(g.list).toHaveLength(4);
  });
});

describe('CandidatePool', () => {
  it('hands back a given-back candidate emptied, for its new entity', () => {
    const pool = new CandidatePool();
    const first = new Gathered(pool);
    const c = first.get(entity(0), mention(0));
    c.verdict = true;
    c.features.raise(4, 1);
    c.features.raise(9, 0.25);
    pool.giveBack(first.list);
    const again = new Gathered(pool).get(entity(1), mention(20));
    expect(again).toBe(c);
    expect(again.entity?.index).toBe(1);
    expect(again.mention?.start).toBe(20);
    expect(again.verdict).toBe(false);
    expect(again.proposal).toBeNull();
    expect(again.features.size).toBe(0);
    expect(again.features.has(9)).toBe(false);
    again.features.raise(9, 1);
    expect(again.features.get(9)).toBe(1);
  });

  it('makes new candidates when none was given back', () => {
    const pool = new CandidatePool();
    const a = new Gathered(pool).get(entity(0), null);
    const b = new Gathered(pool).get(entity(0), null);
    expect(a).not.toBe(b);
  });
});

describe('the features of every candidate of the samples', () => {
  it('name each position once (the steps that add rather than raise set features of their own)', () => {
    const texts = readdirSync('samples')
      .filter((f) => f.endsWith('.json'))
      .map((f) => (JSON.parse(readFileSync(`samples/${f}`, 'utf8')) as { text: string }).text);
    let candidates = 0;
    for (const text of texts)
      analyzeWith(text, {
        trace: (_q, list) => {
          for (const c of list) {
            candidates++;
            const keys = c.features.keys();
            expect(new Set(keys).size).toBe(keys.length);
          }
        },
      });
    expect(candidates).toBeGreaterThan(1000);
  });
});
