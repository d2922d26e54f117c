import { describe, expect, it } from 'vitest';
import { fired, passage, story } from './helpers.js';

const RULE = 'loaded-attribution-verb';

describe(RULE, () => {
  it.each([
    ['claimed', story('Mayor Lena Dahl claimed that the fares were the lowest on the coast.')],
    ['insisted', story('"The fares are the lowest on the coast," Mayor Lena Dahl insisted.')],
    ['admitted', story('Mayor Lena Dahl admitted that the council had lost money on the ferries.')],
    ['conceded', story('"We got the timetable wrong," Mayor Lena Dahl conceded.')],
  ])('fires on “%s”, at the verb', (verb, text) => {
    const found = fired(text, RULE);
    expect(found).toHaveLength(1);
    expect(passage(text, found[0]!)).toBe(verb);
    expect(found[0]!.severity).toBe('note');
    expect(found[0]!.message).toContain('“said”');
  });

  it('makes one finding per verb when a quote and its statement share it', () => {
    const text = story('"The fares are the lowest on the coast," Mayor Lena Dahl insisted.');
    expect(fired(text, RULE)).toHaveLength(1);
  });

  it.each([
    ['said', story('"The fares are the lowest on the coast," Mayor Lena Dahl said.')],
    ['denied, the plain word for a denial', story('Mayor Lena Dahl denied that the council had lost money on the ferries.')],
    ['explained', story('Mayor Lena Dahl explained that the fares had not risen since 2019.')],
  ])('does not fire: %s', (_name, text) => {
    expect(fired(text, RULE)).toEqual([]);
  });
});
