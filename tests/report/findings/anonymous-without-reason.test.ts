import { describe, expect, it } from 'vitest';
import { fired, passage, story } from './helpers.js';

const RULE = 'anonymous-without-reason';

describe(RULE, () => {
  it.each([
    [
      'an unnamed official with no reason',
      story('A council official said the fares would rise. "Nobody wants this," the official said.'),
      'A council official',
    ],
    ['“declined to be named” is not a reason', story('"Nobody wants this," said a ferry captain, who declined to be named.'), 'a ferry captain'],
    ['a source described only by its job', story('"The vote is already decided," a ferry captain said.'), 'a ferry captain'],
  ])('fires: %s', (_name, text, mention) => {
    const found = fired(text, RULE);
    expect(found).toHaveLength(1);
    expect(passage(text, found[0]!)).toBe(mention);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message).toContain('never says why');
  });

  it.each([
    [
      'a reason is given',
      story(
        'A council official, who spoke on condition of anonymity because she was not authorized to discuss the budget, said the fares would rise. "The ferries lose money every winter," the official said.',
      ),
    ],
    ['a named source', story('"The ferries lose money every winter," said Mayor Lena Dahl.')],
    ['an organization', story('"The ferries lose money every winter," the harbour authority said in a statement.')],
    ['an unnamed source who is paraphrased, never quoted', story('Residents said the ferries were often late.')],
  ])('does not fire: %s', (_name, text) => {
    expect(fired(text, RULE)).toEqual([]);
  });
});
