import { describe, expect, it } from 'vitest';
import { fired, passage, story } from './helpers.js';

const RULE = 'anonymous-first-quote';

describe(RULE, () => {
  it('fires when the story’s first quote is anonymous', () => {
    const text = story('"It is a scandal," a council official said.', '"We will vote on Tuesday," said Mayor Lena Dahl.');
    const found = fired(text, RULE);
    expect(found).toHaveLength(1);
    expect(passage(text, found[0]!)).toBe('It is a scandal,');
    expect(found[0]!.severity).toBe('note');
  });

  it.each([
    ['a named source opens', story('"We will vote on Tuesday," said Mayor Lena Dahl.', '"It is a scandal," a council official said.')],
    ['an unattributed epigraph opens', story('"Ferries are the roads of the islands."', '"It is a scandal," a council official said.')],
    ['a quote in the headline does not count', 'Official calls ferry fares "a scandal"\n\n"We will vote on Tuesday," said Mayor Lena Dahl.'],
  ])('does not fire: %s', (_name, text) => {
    expect(fired(text, RULE)).toEqual([]);
  });
});
