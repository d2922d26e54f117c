import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explainQuotes } from '../../src/report/explanations.js';
import { unnamedPhrase } from '../../src/report/narrative.js';
import { report, story } from './findings/helpers.js';

const OFFICIAL =
  'An official of the harbour council, who spoke on condition of anonymity because she was not authorized to discuss the budget, said the fares would rise. "The ferries lose money every winter," the official said.';

describe('summary.text: the figures in plain language', () => {
  it('says how many quotes come from one unnamed source, and whether the story says why', () => {
    const text = story(OFFICIAL, '"Nobody wants this," the official said. "But we have no choice."', '"We will vote on Tuesday," said Mayor Lena Dahl.');
    expect(report(text).summary.text).toMatch(
      /^3 of the 4 quotes \(75%\) come from one unnamed official of the harbour council; the story gives a reason for the anonymity once\. Unnamed sources speak \d+% of the quoted words\./,
    );
  });

  it('says when the story never gives a reason', () => {
    const text = story('"It is a scandal," said a ferry captain.', '"We will vote on Tuesday," said Mayor Lena Dahl.', '"The fares will rise," Dahl said.');
    expect(report(text).summary.text).toMatch(
      /^1 of the 3 quotes \(33%\) comes from one unnamed ferry captain; the story never says why the source is not named\./,
    );
  });

  it('counts several unnamed sources and the reasons given for some of them', () => {
    const text = story(OFFICIAL, '"It is a scandal," said a ferry captain.', '"We will vote on Tuesday," said Mayor Lena Dahl.');
    expect(report(text).summary.text).toMatch(
      /^2 of the 3 quotes \(67%\) come from 2 unnamed sources; the story gives a reason for the anonymity of one of them\./,
    );
  });

  it.each([
    [
      story('"We will vote on Tuesday," said Mayor Lena Dahl. "The fares will rise by a tenth."'),
      /^Neither quote comes from an unnamed source\. The editorial checks found nothing to flag\.$/,
    ],
    [story('The council met on Tuesday.'), /^The story has no quotes\. The editorial checks found nothing to flag\.$/],
    [story('Mayor Lena Dahl said the fares would rise.'), /^The story has no quotes\. It reports 1 statement in paraphrase, none from an unnamed source\./],
    [story('"Ferries are the roads of the islands."'), /^The story’s only quote has no source\. The editorial checks raise 1 warning\.$/],
    ['', /^The story has no quotes\./],
  ])('reads plainly for simple stories (%#)', (text, expected) => {
    expect(report(text).summary.text).toMatch(expected);
  });

  it('counts the editorial findings by severity', () => {
    const r = report(story('"It is a scandal," said a ferry captain.'));
    const warnings = r.findings.filter((f) => f.severity === 'warning').length;
    const notes = r.findings.length - warnings;
    expect(warnings).toBeGreaterThan(0);
    expect(notes).toBeGreaterThan(0);
    expect(r.summary.text).toContain(`The editorial checks raise ${warnings} warning${warnings === 1 ? '' : 's'} and ${notes} note${notes === 1 ? '' : 's'}.`);
  });

  it('tells the palace-talks sample’s story in the issue’s words', () => {
    const sample = JSON.parse(readFileSync(new URL('../../samples/palace-talks.json', import.meta.url), 'utf8')) as { text: string };
    expect(report(sample.text).summary.text).toMatch(
      /^\d+ of the \d+ quotes \(\d+%\) come from one unnamed official of the presidential palace; the story gives a reason for the anonymity once\./,
    );
  });

  it.each([
    ['an official of the presidential palace', false, 'one unnamed official of the presidential palace'],
    ['A ferry captain', false, 'one unnamed ferry captain'],
    ['the promoter', false, 'one unnamed promoter'],
    ['two people familiar with the talks', true, 'two unnamed people familiar with the talks'],
    ['Several workers at the gate', true, 'several unnamed workers at the gate'],
    ['Sources close to the mediators', true, 'unnamed sources close to the mediators'],
    ['a spokesman who was not named', false, 'one spokesman who was not named'],
    // `plural` is the engine's fact about the source, no longer guessed from the name here
    ['Pentagon staff', true, 'unnamed pentagon staff'],
    ['Pentagon staff', false, 'one unnamed source (“Pentagon staff”)'],
  ])('names an unnamed source: %s (plural: %s)', (name, plural, phrase) => {
    expect(unnamedPhrase({ name, plural })).toBe(phrase);
  });
});

describe('plain wording (issue 14)', () => {
  it('says how many quotes have no source, not how many have one', () => {
    const text = story('"Ferries are the roads of the islands."', '"We will vote on Tuesday," said Mayor Lena Dahl.', '"The fares will rise," Dahl said.');
    const r = report(text);
    expect(r.summary.byKind.unknown.quotes).toBe(1);
    expect(r.summary.text).toMatch(/^None of the 3 quotes comes from an unnamed source; 1 has no source at all\./);
    expect(r.summary.text).not.toContain('has a source at all');
  });

  it('starts every explanation with a capital letter', () => {
    const text = story('"The budget is final," the president’s office said in a statement.');
    const r = report(text);
    const ex = explainQuotes(r, text);
    expect(ex.length).toBeGreaterThan(0);
    expect(ex[0]?.about).toMatch(/^The president’s office is an organization/);
    for (const e of ex) for (const s of [e.because, e.about, e.sure].filter(Boolean)) expect(s).toMatch(/^[^\p{Ll}]/u);
  });
});
