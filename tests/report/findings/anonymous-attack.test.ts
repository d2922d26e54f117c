import { describe, expect, it } from 'vitest';
import { fired, passage, story } from './helpers.js';

const RULE = 'anonymous-attack';

describe(RULE, () => {
  it.each([
    [
      'a surname of someone the paragraph names',
      story('Mayor Lena Dahl defended the plan. "Dahl is out of her depth and everybody on the council knows it," a council official said.'),
    ],
    ['a pronoun, with the person named in the sentence', story('"She is incompetent," a council official said of Mayor Lena Dahl.')],
    ['a title and a name in the quote', story('"Mayor Dahl lied to the council about the ferries," said a council member who asked not to be named.')],
    [
      'a named source of the story',
      story('"The fares will rise," said Mayor Lena Dahl.', '"Lena Dahl is a liar, and the whole harbour knows it," a council official said.'),
    ],
  ])('fires: %s', (_name, text) => {
    const found = fired(text, RULE);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message).toContain('passes judgement on');
    expect(text.slice(found[0]!.start - 1, found[0]!.end + 1)).toMatch(/^".*"$/s);
    expect(passage(text, found[0]!).length).toBeGreaterThan(5);
  });

  it.each([
    ['a named source may judge', story('"Dahl is out of her depth," said Councillor Per Moen, who leads the opposition.')],
    ['no judgement', story('"The plan is a good one, and Dahl has worked hard on it," a council official said.')],
    ['a judgement of a plan, not a person', story('"The fare plan is a disaster," a council official said.')],
  ])('does not fire: %s', (_name, text) => {
    expect(fired(text, RULE)).toEqual([]);
  });
});
