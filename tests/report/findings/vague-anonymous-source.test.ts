import { describe, expect, it } from 'vitest';
import { fired, passage, story } from './helpers.js';

const RULE = 'vague-anonymous-source';

describe(RULE, () => {
  it.each([
    ['“a source”', story('"The vote is already decided," a source said.'), 'a source'],
    ['“a senior official”: seniority is no affiliation', story('"The vote is already decided," a senior official said.'), 'a senior official'],
    ['“sources said”, paraphrased', story('Sources said the vote was already decided.'), 'Sources'],
  ])('fires: %s', (_name, text, mention) => {
    const found = fired(text, RULE);
    expect(found).toHaveLength(1);
    expect(passage(text, found[0]!)).toBe(mention);
  });

  it.each([
    ['an affiliation', story('"The vote is already decided," an official of the harbour council said.')],
    ['a telling modifier', story('"The vote is already decided," a council official said.')],
    ['knowledge', story('"The vote is already decided," a person familiar with the talks said.')],
    ['a role word', story('"The vote is already decided," a ferry captain said.')],
    ['a relative clause that describes the source', story('"The vote is already decided," said a woman who runs the kiosk at the pier.')],
    ['a named source', story('"The vote is already decided," said Mayor Lena Dahl.')],
    ['“sources” only in the headline', 'Council set to raise ferry fares, sources say\n\nThe harbour council will vote on Tuesday.'],
  ])('does not fire: %s', (_name, text) => {
    expect(fired(text, RULE)).toEqual([]);
  });
});
