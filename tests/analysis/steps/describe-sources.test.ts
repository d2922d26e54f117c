/**
 * The facts the engine gives each source (steps/describe-sources.ts, build-sources.ts), which the
 * editorial checks read instead of parsing names: one short passage of our own per row.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import { descriptionBesides } from '../../../src/analysis/steps/build-sources.js';

const HEADLINE = 'Harbour council votes on new ferry fares\n\n';

/** The one source of a passage (after a headline), by its name. */
function only(passage: string) {
  const sources = analyze(HEADLINE + passage).sources;
  expect(sources).toHaveLength(1);
  return sources[0] as (typeof sources)[number];
}

describe('source facts', () => {
  it.each([
    // passage, name, plural, informative, spokesperson
    ['"Fares will rise," an official of the harbour authority said.', 'an official of the harbour authority', false, true, false],
    ['"Fares will rise," two people familiar with the talks said.', 'two people familiar with the talks', true, true, false],
    ['"Fares will rise," a senior diplomat said.', 'a senior diplomat', false, true, false],
    ['"Fares will rise," a Kortbo official said.', 'a Kortbo official', false, true, false],
    ['"Fares will rise," a senior official said.', 'a senior official', false, false, false],
    ['"Fares will rise," a source said.', 'a source', false, false, false],
    ['"Fares will rise," sources said.', 'sources', true, false, false],
    ['"Fares will rise," people said.', 'people', true, false, false],
    ['"Fares will rise," a man said.', 'a man', false, false, false],
    ['"It is a scandal," said several workers at the gate.', 'several workers at the gate', true, true, false],
    // a relative clause that gives knowledge counts; one that only restates anonymity does not
    ['"It is over," said a man who runs the harbour café.', 'a man', false, true, false],
    ['"It is over," said a man who was not named.', 'a man', false, false, false],
    ['"We will appeal," a spokesman for the ministry said.', 'a spokesman for the ministry', false, true, true],
    ['"We will appeal," said a spokeswoman who was not named.', 'a spokeswoman', false, true, true],
    // a named source is informative by its name
    ['"We will appeal," said Marta Kovane, the harbour master.', 'Marta Kovane', false, true, false],
  ])('%s → %s', (passage, name, plural, informative, spokesperson) => {
    const s = only(passage);
    expect(s.name).toBe(name);
    expect({ plural: s.plural, informative: s.informative, spokesperson: s.spokesperson }).toEqual({ plural, informative, spokesperson });
  });
});

describe('mention facts', () => {
  it.each([
    // passage, [text, type, head, plural, definite, gender]
    [
      '"Fares will rise," an official of the harbour authority said.',
      ['an official of the harbour authority', 'description', 'official', false, false, undefined],
    ],
    ['"Fares will rise," sources said.', ['sources', 'description', 'sources', true, false, undefined]],
    ['"We will appeal," said Marta Kovane.', ['Marta Kovane', 'name', 'kovane', false, true, 'f']],
    ['"We will appeal," a spokesman said.', ['a spokesman', 'description', 'spokesman', false, false, 'm']],
    ['"We will appeal," Oslo said.', ['Oslo', 'place', 'oslo', false, true, undefined]],
  ] as const)('%s', (passage, [text, type, head, plural, definite, gender]) => {
    const m = only(passage).mentions[0];
    expect(m).toBeDefined();
    // the span first, for consumers that read only `start`, `end`, `text`
    expect(Object.keys(m ?? {}).slice(0, 3)).toEqual(['start', 'end', 'text']);
    expect(m).toMatchObject({ text, type, head, plural, definite });
    expect(m?.gender).toBe(gender);
  });
});

describe('descriptions never repeat the name', () => {
  it.each([
    ["Mayor Kovane's office", "Mayor Kovane's office", null],
    ["Kovane's office", "kovane's  office", null],
    ['Khalifa Hifter', 'Libyan commander', 'Libyan commander'],
    ['Khalifa Hifter', 'Libyan commander Khalifa Hifter', 'Libyan commander'],
    ['Ana Ruiz', 'Ana Ruiz, mayor', 'mayor'],
    ['Ruiz', null, null],
    ['', 'Mayor', 'Mayor'],
    ['Kofi Mensah', 'Dr. Kofi Mensah Dr. Kofi Mensah Dr.', 'Dr. Dr. Dr.'],
  ])('%s / %s → %s', (name, description, expected) => {
    expect(descriptionBesides(name, description)).toBe(expected);
  });

  it('an office named by its description has none', () => {
    const s = only('"No," said a statement from Mayor Kovane\'s office.');
    expect(s.name).toBe("Mayor Kovane's office");
    expect(s.description).toBeNull();
  });
});
