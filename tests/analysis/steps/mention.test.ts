/** mention: a mention reads back every field as set, its end and its uncommon facts included. */
import { describe, expect, it } from 'vitest';
import { bareMention, type Mention, mention } from '../../../src/analysis/steps/mentions/mention.js';
import { tokenizeFrames } from '../../../src/analysis/steps/tokenize-frames.js';

const text = 'The two officials met Khalifa Hifter.';
const tokens = tokenizeFrames(text, [{ start: 0, end: text.length }], [])[0]?.tokens ?? [];

function fields(m: Mention) {
  const { start, end, text, type, kind, head, name, description, plural, gender, definite, possessive, partitive, generic, sentence, segment, first, last } = m;
  return { start, end, text, type, kind, head, name, description, plural, gender, definite, possessive, partitive, generic, sentence, segment, first, last };
}

describe('mention', () => {
  it('reads back every field it was made or set with', () => {
    const m = mention(text, tokens, 0, 2, 'description', 'anonymous', 'official');
    m.plural = true;
    m.gender = 'f';
    m.definite = true;
    m.generic = true;
    expect(fields(m)).toEqual({
      start: 0,
      end: 17,
      text: 'The two officials',
      type: 'description',
      kind: 'anonymous',
      head: 'official',
      name: null,
      description: null,
      plural: true,
      gender: 'f',
      definite: true,
      possessive: false,
      partitive: false,
      generic: true,
      sentence: -1,
      segment: 0,
      first: 0,
      last: 2,
    });
  });

  it('changes one field at a time', () => {
    const m = mention(text, tokens, 4, 5, 'name', 'person', 'hifter', { start: 22, end: 36, text: 'Khalifa Hifter' });
    m.definite = true;
    expect(m.text).toBe('Khalifa Hifter');
    const before = fields(m);
    m.possessive = true;
    m.gender ??= 'm';
    m.kind = 'organization';
    m.definite = false;
    expect(fields(m)).toEqual({ ...before, possessive: true, gender: 'm', kind: 'organization', definite: false });
    m.gender = null;
    m.possessive = false;
    m.type = 'pronoun';
    expect(fields(m)).toEqual({ ...before, gender: null, kind: 'organization', definite: false, type: 'pronoun' });
  });

  it('reads the facts few mentions have as set, each mention its own', () => {
    const a = mention(text, tokens, 4, 5, 'name', 'person', 'hifter', { start: 22, end: 36, text: 'Khalifa Hifter' });
    const b = mention(text, tokens, 0, 2, 'description', 'anonymous', 'official');
    a.description = 'commander';
    a.place = true;
    b.partitive = true;
    expect([a.description, a.possessive, a.partitive, a.generic, a.place]).toEqual(['commander', false, false, false, true]);
    expect([b.description, b.possessive, b.partitive, b.generic, b.place]).toEqual([null, false, true, false, false]);
    a.place = false;
    expect(a.place).toBe(false);
    expect(mention(text, tokens, 0, 2, 'description', 'anonymous', 'official').partitive).toBe(false);
  });

  it('makes a bare mention a definite name outside every frame', () => {
    const m = bareMention(text, 22, 36, 'person', 'hifter');
    expect(fields(m)).toMatchObject({
      text: 'Khalifa Hifter',
      type: 'name',
      name: { start: 22, end: 36, text: 'Khalifa Hifter' },
      definite: true,
      plural: false,
      gender: null,
      sentence: -1,
      first: -1,
    });
  });
});
