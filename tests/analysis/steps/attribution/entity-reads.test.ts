/** EntityReads: an entity's mentions before an offset, from one sweep of the story's mentions, agree with a count at every question. */
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../../../src/analysis/doc/doc.js';
import { EntityReads } from '../../../../src/analysis/steps/attribution/model/entity-reads.js';
import type { Entity } from '../../../../src/analysis/steps/coreference/entity.js';
import type { Coreference } from '../../../../src/analysis/steps/coreference/entity-by-mention.js';
import type { Mention } from '../../../../src/analysis/steps/find-mentions.js';

const mention = (start: number, type: Mention['type'] = 'description') => ({ start, end: start + 3, sentence: Math.floor(start / 100), type }) as Mention;

/** A story of three entities whose mentions alternate every 10 characters, and one mention of no one. */
function story() {
  const entities = [0, 1, 2].map((index) => ({ index, mentions: [] as Mention[] }) as unknown as Entity);
  const mentions: Mention[] = [];
  const owner: (Entity | undefined)[] = [];
  for (let k = 0; k < 60; k++) {
    const m = mention(10 * k);
    mentions.push(m);
    const e = k === 7 ? undefined : entities[k % 3];
    owner.push(e);
    e?.mentions.push(m);
  }
  const coref = { entities, entityOf: { at: (k: number) => owner[k] } } as unknown as Coreference;
  return { doc: { mentions } as unknown as Doc, coref, entities };
}

const counted = (e: Entity, at: number) => e.mentions.filter((m) => m.start < at).length;

describe('EntityReads.mentionsBefore', () => {
  it.each([
    { name: 'in text order', asks: [0, 5, 15, 15, 16, 40, 400, 601] },
    { name: 'back and forth', asks: [300, 10, 299, 11, 150, 0, 1000] },
    { name: 'at a mention’s own start', asks: [10, 20, 30, 70, 80] },
  ])('$name', ({ asks }) => {
    const { doc, coref, entities } = story();
    const reads = new EntityReads();
    for (const at of asks)
      for (const e of entities) {
        const n = counted(e, at);
        expect(reads.mentionsBefore(e, at, doc, coref)).toBe(n);
        expect(reads.sentenceOfLastBefore()).toBe(n > 0 ? (e.mentions[n - 1] as Mention).sentence : -1);
      }
  });

  it('reads the entity’s own mentions once one outside the story’s joined it (a transcript label)', () => {
    const { doc, coref, entities } = story();
    const e = entities[1] as Entity;
    const reads = new EntityReads();
    expect(reads.mentionsBefore(e, 200, doc, coref)).toBe(counted(e, 200));
    const label = mention(35, 'name');
    e.mentions.splice(
      e.mentions.findIndex((m) => m.start > label.start),
      0,
      label,
    );
    for (const at of [200, 36, 400]) expect(reads.mentionsBefore(e, at, doc, coref)).toBe(counted(e, at));
  });

  it('starts again for another story', () => {
    const a = story();
    const b = story();
    const reads = new EntityReads();
    expect(reads.mentionsBefore(a.entities[0] as Entity, 500, a.doc, a.coref)).toBe(17);
    expect(reads.mentionsBefore(b.entities[0] as Entity, 50, b.doc, b.coref)).toBe(2);
  });
});

describe('EntityReads.hasName', () => {
  it('tells a named entity from one only described, per entity', () => {
    const reads = new EntityReads();
    const named = { index: 0, mentions: [mention(1), mention(9, 'name')] } as unknown as Entity;
    const described = { index: 1, mentions: [mention(1), mention(9, 'pronoun')] } as unknown as Entity;
    expect(reads.hasName(named)).toBe(true);
    expect(reads.hasName(described)).toBe(false);
  });
});
