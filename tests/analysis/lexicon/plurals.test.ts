/** The one plural rule of the engine (a description's `plural`) and the report (a word for people). */
import { describe, expect, it } from 'vitest';
import { IRREGULAR_PLURALS, looksPlural, singularsOf } from '../../../src/analysis/lexicon/plurals.js';
import { isPeopleWord } from '../../../src/report/findings/describe-source.js';

describe('plurals', () => {
  it.each([
    ['officials', true],
    ['authorities', true],
    ['witnesses', true],
    ['people', true],
    ['spokesmen', true],
    ['spokeswomen', true],
    ['police', true],
    ['staff', true],
    ['official', false],
    ['witness', false],
    ['census', false],
    ['analysis', false],
    ['ministry', false],
  ])('%s looks plural: %s', (noun, plural) => {
    expect(looksPlural(noun)).toBe(plural);
  });

  it.each([
    ['nurses', ['nurse', 'nurs']],
    ['deputies', ['deputie', 'deputi', 'deputy']],
    ['rabbis', ['rabbi']],
    ['spokesmen', ['spokesman']],
    ['spokeswomen', ['spokeswoman']],
    ['salespeople', ['salesperson']],
    ['police', ['police']],
    ['official', []],
  ])('%s may be the plural of %j', (noun, singulars) => {
    expect(singularsOf(noun)).toEqual(singulars);
  });

  it('every irregular plural looks plural', () => {
    for (const p of IRREGULAR_PLURALS) expect(looksPlural(p), p).toBe(true);
  });

  it.each([
    ['officials', true],
    ['engineers', true],
    ['nurses', true],
    ['witnesses', true],
    ['rabbis', true],
    ['deputies', true],
    ['spokesmen', true],
    ['residents', true],
    ['months', false],
    ['demands', false],
    ['clip', false],
  ])('%s is a word for people: %s', (word, people) => {
    expect(isPeopleWord(word)).toBe(people);
  });
});
