/** EntityReads: an entity's mentions before an offset, walked from the last answer, agree with a count at every question. */
import { describe, expect, it } from 'vitest';
import { EntityReads } from '../../../../src/analysis/steps/attribution/model/entity-reads.js';
import type { Entity } from '../../../../src/analysis/steps/coreference/entity.js';
import type { Mention } from '../../../../src/analysis/steps/find-mentions.js';

function entity(index: number, starts: number[], types: Mention['type'][] = []): Entity {
  const mentions = starts.map((start, k) => ({ start, end: start + 3, sentence: Math.floor(start / 100), type: types[k] ?? 'description' }) as Mention);
  return { index, mentions } as unknown as Entity;
}

const counted = (e: Entity, at: number) => e.mentions.filter((m) => m.start < at).length;

describe('EntityReads.mentionsBefore', () => {
  it.each([
    { name: 'in text order', asks: [0, 5, 15, 15, 16, 40, 400] },
    { name: 'back and forth', asks: [300, 10, 299, 11, 150, 0, 1000] },
    { name: 'far jumps past the walk', asks: [1000, 0, 500, 501, 20] },
    { name: 'at a mention’s own start', asks: [10, 20, 30] },
    { name: 'within one gap, then past the last', asks: [11, 12, 19, 391, 395, 10_000] },
  ])('$name', ({ asks }) => {
    const e = entity(
      3,
      Array.from({ length: 40 }, (_, k) => 10 * k),
    );
    const reads = new EntityReads();
    for (const at of asks) {
      const n = counted(e, at);
      expect(reads.mentionsBefore(e, at)).toBe(n);
      expect(reads.sentenceOfLastBefore(e)).toBe(n > 0 ? (e.mentions[n - 1] as Mention).sentence : -1);
      // asked again at once: the kept answer
      expect(reads.mentionsBefore(e, at)).toBe(n);
    }
  });

  it('keeps each entity’s place apart, and follows a mention added since', () => {
    const a = entity(0, [5, 50, 500]);
    const b = entity(1, [1, 2, 3, 4]);
    const reads = new EntityReads();
    expect(reads.mentionsBefore(a, 60)).toBe(2);
    expect(reads.mentionsBefore(b, 60)).toBe(4);
    a.mentions.splice(1, 0, { start: 30, end: 33, sentence: 0, type: 'name' } as Mention);
    expect(reads.mentionsBefore(a, 60)).toBe(3);
    expect(reads.sentenceOfLastBefore(a)).toBe(0);
    expect(reads.mentionsBefore(a, 0)).toBe(0);
  });

  it('has no mentions before anything in an entity without mentions', () => {
    expect(new EntityReads().mentionsBefore(entity(7, []), 100)).toBe(0);
  });
});

describe('EntityReads.hasName', () => {
  it('tells a named entity from one only described, per entity', () => {
    const reads = new EntityReads();
    expect(reads.hasName(entity(0, [1, 9], ['description', 'name']))).toBe(true);
    expect(reads.hasName(entity(1, [1, 9], ['description', 'pronoun']))).toBe(false);
  });
});
