import { describe, expect, it } from 'vitest';
import { fired, passage, story } from './helpers.js';

const RULE = 'unattributed-quote';

describe(RULE, () => {
  it.each([
    ['an epigraph', story('"Ferries are the roads of the islands."', 'The council met on Tuesday.'), 'Ferries are the roads of the islands.'],
    [
      'a quote nobody is said to have said',
      story('The council met on Tuesday. "We cannot pay for this forever."', 'The vote was close.'),
      'We cannot pay for this forever.',
    ],
  ])('fires: %s', (_name, text, quote) => {
    const found = fired(text, RULE);
    expect(found).toHaveLength(1);
    expect(passage(text, found[0]!)).toBe(quote);
  });

  it.each([
    ['a banner says where the words come from', story('Outside the hall, a banner read "Keep the ferries cheap." The vote was close.')],
    ['a chant', story('The chant of "Cheap fares now!" filled the square.')],
    ['an old saying', story('There is an old saying on the islands: "The ferry waits for no one."')],
    [
      'a partial quote inside an attributed statement',
      story('Mayor Lena Dahl told the council that the fares were "the lowest on the coast." The vote was close.'),
    ],
    ['an attributed quote', story('"We will vote on Tuesday," said Mayor Lena Dahl.')],
    ['a quote in the headline', 'Mayor promises "cheap fares"\n\nThe council met on Tuesday.'],
  ])('does not fire: %s', (_name, text) => {
    expect(fired(text, RULE)).toEqual([]);
  });
});
