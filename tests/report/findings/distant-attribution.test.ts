import { describe, expect, it } from 'vitest';
import { fired, passage, report, story } from './helpers.js';

const RULE = 'distant-attribution';
const EXCHANGE = story(
  'Councillor Per Moen questioned Mayor Lena Dahl for an hour.',
  '"Will the fares double?" Moen asked.',
  '"No, they will rise by a tenth," Dahl replied.',
  '"And next year?"',
  '"Next year we will see."',
  '"That is not an answer."',
);

describe(RULE, () => {
  it('fires once on a run of turns attributed only by turn-taking', () => {
    const r = report(EXCHANGE);
    expect(r.quotes.filter((q) => q.evidence.rule === 'conversation').length).toBeGreaterThanOrEqual(2);
    const found = fired(EXCHANGE, RULE);
    expect(found).toHaveLength(1);
    expect(passage(EXCHANGE, found[0]!)).toMatch(/^And next year\?[\s\S]*Next year we will see\./);
    expect(found[0]!.message).toMatch(/turn-taking/);
  });

  it('fires on a quote whose speaker is named far back in the sentence before', () => {
    const text = story(
      'Mayor Lena Dahl said on Tuesday that the fares on every ferry line in the harbour would rise by a tenth in April and again in October, that the night boats to the outer islands would stop running in winter, that season tickets would cost more for everyone over the age of twenty-six, and that the council would review the timetable again next spring. "Nobody will be happy about it."',
    );
    const found = fired(text, RULE);
    expect(found).toHaveLength(1);
    expect(passage(text, found[0]!)).toBe('Nobody will be happy about it.');
    expect(found[0]!.message).toMatch(/“Mayor Lena Dahl”, is named \d+ characters before it/);
    expect(found[0]!.severity).toBe('note');
  });

  it.each([
    ['a tag in the same sentence', story('"We will vote on Tuesday," said Mayor Lena Dahl. "The fares will rise by a tenth."')],
    ['the speaker in the sentence just before', story('Mayor Lena Dahl was blunt. "The fares will rise by a tenth."')],
    [
      'the same speaker going on in a new paragraph',
      story('"We will vote on Tuesday," said Mayor Lena Dahl.', '"The fares will rise by a tenth, and nobody will be happy about it."'),
    ],
  ])('does not fire: %s', (_name, text) => {
    expect(fired(text, RULE)).toEqual([]);
  });
});
