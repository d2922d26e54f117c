import { describe, expect, it } from 'vitest';
import { fired, passage, report, story } from './helpers.js';

const RULE = 'anonymous-majority';
const MOSTLY_UNNAMED = story(
  '"The fares will double, and nobody on the council will say so before the vote," said a council official, who was not authorized to speak.',
  '"We will vote on Tuesday," said Mayor Lena Dahl.',
);
const MOSTLY_NAMED = story(
  '"We will vote on Tuesday, and the fares will stay as low as we can keep them," said Mayor Lena Dahl.',
  '"It is a scandal," said a council official, who was not authorized to speak.',
);

describe(RULE, () => {
  it('fires when most quoted words come from unnamed sources, at the first anonymous quote', () => {
    const found = fired(MOSTLY_UNNAMED, RULE);
    expect(found).toHaveLength(1);
    expect(passage(MOSTLY_UNNAMED, found[0]!)).toMatch(/^The fares will double/);
    expect(found[0]!.message).toMatch(/^\d+% of the quoted words \(\d+ of \d+\) come from unnamed sources, more than 50%/);
  });

  it.each([
    ['most quoted words are on the record', MOSTLY_NAMED],
    ['no quotes at all', story('The council will vote on Tuesday.')],
  ])('does not fire: %s', (_name, text) => {
    expect(fired(text, RULE)).toEqual([]);
  });

  it('takes its threshold from the options', () => {
    const share = report(MOSTLY_NAMED).summary.unnamedShare.quotedWords;
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.5);
    expect(fired(MOSTLY_NAMED, RULE, { anonymousMajorityThreshold: 0.1 })).toHaveLength(1);
    expect(fired(MOSTLY_UNNAMED, RULE, { anonymousMajorityThreshold: 0.95 })).toEqual([]);
    expect(fired(MOSTLY_UNNAMED, RULE, { anonymousMajorityThreshold: 0.5 })).toHaveLength(1);
  });

  it('refuses a threshold outside 0..1', () => {
    expect(() => report(MOSTLY_NAMED, { anonymousMajorityThreshold: 2 })).toThrow(RangeError);
    expect(() => report(MOSTLY_NAMED, { anonymousMajorityThreshold: Number.NaN })).toThrow(RangeError);
  });
});
