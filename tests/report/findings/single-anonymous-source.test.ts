import { describe, expect, it } from 'vitest';
import { fired, passage, story } from './helpers.js';

const RULE = 'single-anonymous-source';
const ENGINEER =
  'A council engineer, who asked not to be named because he was not authorized to speak, said the ferry hulls had failed two safety inspections last year.';

describe(RULE, () => {
  it.each([
    ['one unnamed person’s claim, with a reason for the anonymity', story(ENGINEER), 'the ferry hulls had failed two safety inspections last year'],
    [
      'one unnamed person’s claim, with no reason',
      story('A council official said the fares would rise by a third in April.'),
      'the fares would rise by a third in April',
    ],
  ])('fires: %s', (_name, text, claim) => {
    const found = fired(text, RULE);
    expect(found).toHaveLength(1);
    expect(passage(text, found[0]!)).toBe(claim);
    expect(found[0]!.severity).toBe('note');
  });

  it('makes one finding per source, counting its other claims', () => {
    const text = story(ENGINEER, 'The engineer also said the repairs would take a year and cost more than the new ferries.');
    const found = fired(text, RULE);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('and 1 more claim');
  });

  it.each([
    ['another source is cited beside the claim', story(`${ENGINEER} Mayor Lena Dahl said the inspections had found only minor faults.`)],
    [
      'a group, not one person',
      story(
        'Two council engineers, who asked not to be named because they were not authorized to speak, said the ferry hulls had failed two safety inspections.',
      ),
    ],
    [
      'a spokesperson states a body’s position',
      story('A council spokeswoman, who was not authorized to speak publicly, said the fares would stay as they are this year.'),
    ],
    ['the source’s own characterisation, mostly quoted', story('A council official said the talks were "moving in the right direction at last."')],
    ['a named source', story('Mayor Lena Dahl said the ferry hulls had failed two safety inspections last year.')],
  ])('does not fire: %s', (_name, text) => {
    expect(fired(text, RULE)).toEqual([]);
  });
});
