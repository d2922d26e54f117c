/**
 * find-mentions (and mentions/*): names with the titles and roles before them, organizations,
 * places (never persons), descriptions, partitives and pronouns, each with its facts; a number's
 * thousands comma and a lawmaker's party and state never make or split a mention.
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/analysis/steps/find-mentions.js';
import { mentionsStage } from './pipeline.js';

/** What a row pins of one mention: its text always, any other fact when given. */
interface Expected {
  text: string;
  type?: Mention['type'];
  kind?: Mention['kind'];
  head?: string;
  /** The proper name inside the mention. */
  name?: string | null;
  /** Role words around the name. */
  description?: string | null;
  plural?: boolean;
  definite?: boolean;
  gender?: Mention['gender'];
  /** Only modifies a longer mention (`Macron` of `Macron's office`). */
  possessive?: boolean;
  partitive?: boolean;
  place?: boolean;
}

interface Case {
  name: string;
  input: string;
  /** Every mention the step finds, in text order. */
  mentions: Expected[];
}

const cases: Case[] = [
  { name: 'nothing to mention', input: 'The bridge reopened on Monday after a long winter.', mentions: [] },
  {
    name: 'a family as an unnamed source, with no cue after it',
    input: 'The family of the driver asked for calm.',
    mentions: [{ text: 'The family of the driver', type: 'description', kind: 'anonymous', head: 'family' }],
  },
  {
    name: 'groups as a body, with no cue after them',
    input: 'Several environmental groups granted the firm an extension.',
    mentions: [
      { text: 'Several environmental groups', type: 'description', kind: 'organization', head: 'groups', plural: true },
      { text: 'the firm', kind: 'organization' },
    ],
  },
  {
    name: 'a name with a title and a nationality before it',
    input: 'French President Emmanuel Macron met the press on Monday.',
    mentions: [
      {
        text: 'French President Emmanuel Macron',
        type: 'name',
        kind: 'person',
        head: 'macron',
        name: 'Emmanuel Macron',
        description: 'French President',
        definite: true,
        plural: false,
        gender: 'm',
      },
    ],
  },
  {
    name: 'a role in lower case before the name joins it',
    input: 'Libyan commander Khalifa Hifter spoke.',
    mentions: [{ text: 'Libyan commander Khalifa Hifter', kind: 'person', name: 'Khalifa Hifter', description: 'Libyan commander', head: 'hifter' }],
  },
  {
    name: "a full name, then `of` and the body the person works for: the person's name, not the body's",
    input: 'Carla Dorvin of the Eastmoor Gazette put the first question.',
    mentions: [{ text: 'Carla Dorvin of the Eastmoor Gazette', kind: 'person', name: 'Carla Dorvin', head: 'dorvin', description: null, gender: 'f' }],
  },
  {
    name: 'a full name with a middle initial, then `of` and a town',
    input: 'Peter J. Malloy of Ferncastle wrote back.',
    mentions: [{ text: 'Peter J. Malloy of Ferncastle', kind: 'person', name: 'Peter J. Malloy', head: 'malloy', gender: 'm' }],
  },
  {
    name: 'a body named with `of` stays a body (no first name opens it)',
    input: 'The Bank of Tarland cut its rates.',
    mentions: [{ text: 'The Bank of Tarland', kind: 'organization', name: 'Bank of Tarland' }],
  },
  {
    name: 'an abbreviated title gives the gender',
    input: 'Mrs. Hale spoke.',
    mentions: [{ text: 'Mrs. Hale', kind: 'person', name: 'Hale', description: 'Mrs.', gender: 'f' }],
  },
  {
    name: 'a first name gives the gender',
    input: 'Elena Marchetti spoke first.',
    mentions: [{ text: 'Elena Marchetti', kind: 'person', head: 'marchetti', description: null, gender: 'f' }],
  },
  {
    name: 'an organization takes its article',
    input: 'The World Health Organization issued a warning.',
    mentions: [
      { text: 'The World Health Organization', type: 'name', kind: 'organization', head: 'world health organization', name: 'World Health Organization' },
    ],
  },
  {
    name: 'a name ending in a common noun is a body',
    input: 'Saaremere Shipping said it would appeal.',
    mentions: [
      { text: 'Saaremere Shipping', kind: 'organization', head: 'saaremere shipping' },
      { text: 'it', type: 'pronoun' },
    ],
  },
  {
    name: 'an acronym and a description of a body',
    input: 'NATO and the ministry said nothing.',
    mentions: [
      { text: 'NATO', type: 'name', kind: 'organization' },
      { text: 'the ministry', type: 'description', kind: 'organization', head: 'ministry', definite: true },
    ],
  },
  {
    name: 'a city is a place, never a person',
    input: 'Ana Ruiz flew to Tripoli on Monday.',
    mentions: [
      { text: 'Ana Ruiz', kind: 'person', place: false },
      { text: 'Tripoli', type: 'name', kind: 'organization', place: true },
    ],
  },
  {
    name: 'a country as a subject is a place that speaks for its government',
    input: 'South Korea said the talks were over.',
    mentions: [{ text: 'South Korea', kind: 'organization', place: true, head: 'south korea' }],
  },
  {
    name: 'a name ending in a natural feature is a place',
    input: 'Anita Hill studied the Orra River, the Calder River and the Kessel Mountains.',
    mentions: [
      { text: 'Anita Hill', kind: 'person', place: false },
      { text: 'the Orra River', kind: 'organization', place: true },
      { text: 'the Calder River', place: true },
      { text: 'the Kessel Mountains', place: true },
    ],
  },
  {
    name: 'a past form after a name is its verb, not part of a description',
    input: 'Rosa Lind taught 600 children.',
    mentions: [
      { text: 'Rosa Lind', type: 'name', kind: 'person' },
      { text: '600 children', type: 'description', head: 'children', plural: true },
    ],
  },
  {
    name: 'a description runs over the whole name after its link (`at the University of Strathcairn`)',
    input: 'A planetary geologist at the University of Strathcairn spoke.',
    mentions: [
      { text: 'A planetary geologist at the University of Strathcairn', type: 'description', head: 'geologist' },
      { text: 'the University of Strathcairn', type: 'name', kind: 'organization', possessive: true },
    ],
  },
  {
    name: 'a form in -ing right after an article modifies the trade after it (`A letting agent`)',
    input: 'A letting agent in the city, who asked not to be named, said demand was high.',
    mentions: [{ text: 'A letting agent in the city', type: 'description', kind: 'anonymous', head: 'agent', definite: false }],
  },
  {
    name: 'a titled name with the body it works for (`Capt. Lyle Dorsey of the Anselm Parish Sheriff’s Office`)',
    input: 'The boats were led by Capt. Lyle Dorsey of the Anselm Parish Sheriff’s Office, who spoke later.',
    mentions: [
      { text: 'Capt. Lyle Dorsey of the Anselm Parish Sheriff', type: 'name', kind: 'person', head: 'dorsey', possessive: false },
      { text: 'Office', type: 'name', kind: 'organization' },
    ],
  },
  {
    name: 'a newspaper by its name word',
    input: 'The talks were first reported by the Courier on Sunday.',
    mentions: [{ text: 'the Courier', type: 'name', kind: 'organization' }],
  },
  {
    name: 'a body named for a feature stays a body',
    input: 'The World Bank said the loan was approved.',
    mentions: [{ text: 'The World Bank', kind: 'organization', place: false }],
  },
  {
    name: 'a place inside a description only modifies it',
    input: 'Officials in Tripoli said the airport was closed.',
    mentions: [
      { text: 'Officials in Tripoli', type: 'description', kind: 'anonymous', head: 'officials', plural: true, definite: false },
      { text: 'Tripoli', place: true, possessive: true },
    ],
  },
  {
    name: 'an indefinite description',
    input: 'A senior official said the talks had stalled.',
    mentions: [{ text: 'A senior official', type: 'description', kind: 'anonymous', head: 'official', plural: false, definite: false, gender: null }],
  },
  {
    name: 'a description with what its people know',
    input: 'Two people familiar with the talks said it.',
    mentions: [
      { text: 'Two people familiar with the talks', kind: 'anonymous', head: 'people', plural: true, definite: false },
      { text: 'it', type: 'pronoun' },
    ],
  },
  {
    name: 'a definite description with a number',
    input: 'The two officials said no.',
    mentions: [{ text: 'The two officials', kind: 'anonymous', plural: true, definite: true }],
  },
  {
    name: 'a spokeswoman is female',
    input: 'A spokeswoman for the ministry said no.',
    mentions: [{ text: 'A spokeswoman for the ministry', kind: 'anonymous', head: 'spokeswoman', gender: 'f', definite: false }],
  },
  {
    name: 'a name that owns a description only modifies it',
    input: "Macron's office declined to comment.",
    mentions: [
      { text: "Macron's office", type: 'description', kind: 'organization', head: 'office', definite: true },
      { text: 'Macron', type: 'name', kind: 'person', possessive: true },
    ],
  },
  {
    name: 'a body in a description only modifies it',
    input: 'An official of the presidential Elysee Palace said no.',
    mentions: [
      { text: 'An official of the presidential Elysee Palace', kind: 'anonymous', head: 'official' },
      { text: 'Elysee Palace', kind: 'organization', possessive: true },
    ],
  },
  {
    name: 'a role held for someone goes on after `to`, and a description over `on` (`an aide to a senator on the committee`)',
    input: 'An aide to a senator on the committee said the vote was settled.',
    mentions: [{ text: 'An aide to a senator on the committee', kind: 'anonymous', head: 'aide' }],
  },
  {
    name: 'after `to`, a verb ends the role: `an aide to say` is no aide to anyone',
    input: 'She was the first aide to say the vote was settled.',
    mentions: [
      { text: 'She', type: 'pronoun' },
      { text: 'the first aide', head: 'aide' },
    ],
  },
  {
    name: 'only a role held for someone goes on after `to`: a letter to the mayor is a letter',
    input: 'The adviser to the mayor sent a letter to the council.',
    mentions: [{ text: 'The adviser to the mayor', head: 'adviser' }, { text: 'a letter' }, { text: 'the council' }],
  },
  {
    name: 'the appositive description is a mention of its own',
    input: 'Hugh Hill, a doctor, said so.',
    mentions: [
      { text: 'Hugh Hill', kind: 'person', head: 'hill', gender: 'm' },
      { text: 'a doctor', type: 'description', kind: 'anonymous', head: 'doctor' },
    ],
  },
  {
    name: 'a partitive: one of them',
    input: 'Two residents waited. One of them said the water was rising.',
    mentions: [
      { text: 'Two residents', kind: 'anonymous', plural: true, partitive: false },
      { text: 'One of them', type: 'description', kind: 'anonymous', head: 'one', partitive: true, plural: false },
    ],
  },
  {
    name: 'a partitive with its head noun',
    input: 'One of those officials spoke.',
    mentions: [{ text: 'One of those officials', head: 'officials', partitive: true }],
  },
  {
    name: 'a partitive whose head names a thing is no one',
    input: 'The fee looks like one of the bargains of the decade. He said so.',
    mentions: [{ text: 'He', type: 'pronoun', head: 'he' }],
  },
  {
    name: 'a partitive of people stays, past an owner',
    input: "One of the town's oldest residents said no.",
    mentions: [
      { text: 'One of the town', partitive: true },
      { text: "the town's oldest residents", partitive: false },
    ],
  },
  {
    name: 'a partitive: the two, again the group',
    input: 'The two said they were not paid.',
    mentions: [
      { text: 'The two', partitive: true, plural: true, definite: true },
      { text: 'they', type: 'pronoun', plural: true },
    ],
  },
  {
    name: 'a partitive: the other, with its aside',
    input: 'The other, a retired port worker, said no.',
    mentions: [
      { text: 'The other', partitive: true, plural: false, definite: true },
      { text: 'a retired port worker', head: 'worker', partitive: false },
    ],
  },
  {
    name: 'third-person pronouns, each with its gender and number',
    input: 'She said he would come, and they agreed.',
    mentions: [
      { text: 'She', type: 'pronoun', kind: 'unknown', head: 'she', gender: 'f', plural: false, definite: true },
      { text: 'he', type: 'pronoun', head: 'he', gender: 'm', plural: false },
      { text: 'they', type: 'pronoun', head: 'they', gender: null, plural: true },
    ],
  },
  { name: 'first-person pronouns are no mentions', input: 'We said it, I said.', mentions: [{ text: 'it', type: 'pronoun' }] },
  {
    name: 'a thousands comma does not split the number',
    input: 'The union said 4,200 nurses joined.',
    mentions: [
      { text: 'The union', kind: 'organization', definite: true },
      { text: '4,200 nurses', type: 'description', kind: 'anonymous', head: 'nurses', plural: true, definite: false },
    ],
  },
  {
    name: 'a thousands comma after a comma of the sentence',
    input: 'On Monday, 4,200 nurses walked out.',
    mentions: [{ text: '4,200 nurses', plural: true }],
  },
  {
    name: 'a verb in -ed after a noun is not part of the description after it',
    input: 'The walkout involved 4,200 nurses at two clinics.',
    mentions: [{ text: '4,200 nurses at two clinics', plural: true }],
  },
  {
    name: 'a word in -ed after an article still modifies the description',
    input: 'The retired teachers said the school was cold.',
    mentions: [{ text: 'The retired teachers', plural: true }],
  },
  {
    name: 'a hyphenated compound the lexicon does not know modifies the description by its last part',
    input: 'Rents will rise, labor-policy experts warned.',
    mentions: [{ text: 'labor-policy experts', kind: 'anonymous', head: 'experts', plural: true }],
  },
  {
    name: 'a party and state in brackets is no person',
    input: 'Rep. Tom Welker (R-Ohio) said the bill would fail.',
    mentions: [{ text: 'Rep. Tom Welker', kind: 'person', name: 'Tom Welker', description: 'Rep.', head: 'welker' }],
  },
  {
    name: 'a party and state of another shape',
    input: 'Sen. Ann Cole (D-Maine) said no.',
    mentions: [{ text: 'Sen. Ann Cole', kind: 'person', name: 'Ann Cole', gender: 'f' }],
  },
  {
    name: 'a noun phrase before a reporting verb is a generic subject',
    input: 'The clip says the mayor lied.',
    mentions: [
      { text: 'The clip', type: 'description', kind: 'organization', head: 'clip', definite: true },
      { text: 'the mayor', kind: 'person', head: 'mayor', definite: true },
    ],
  },
  {
    name: 'a document is a body',
    input: 'The report, which said cases fell, was long.',
    mentions: [{ text: 'The report', type: 'description', kind: 'organization', head: 'report' }],
  },
  {
    name: 'a description ends before a finite verb that is not a reporting one',
    input: 'An official of the presidential Elysee Palace spoke.',
    mentions: [
      { text: 'An official of the presidential Elysee Palace', type: 'description' },
      { text: 'Elysee Palace', possessive: true },
    ],
  },
  {
    name: 'a trade WordNet knows as a person, after an article, is an unnamed source however definite',
    input: 'A baker at the plant said the ovens were cold, and the baker left.',
    mentions: [
      { text: 'A baker at the plant', type: 'description', kind: 'anonymous', head: 'baker', definite: false, plural: false },
      { text: 'the baker', type: 'description', kind: 'anonymous', head: 'baker', definite: true },
    ],
  },
  {
    name: 'a trade met first with `the` or an owner is no source of its own (`the defendant`, `his client`)',
    input: 'The judge asked the defendant and his client to stand.',
    mentions: [{ text: 'The judge', head: 'judge' }],
  },
  {
    name: '`who` after a noun’s phrase makes it someone, whatever WordNet knows it as (`a mixer at the plant, who`)',
    input: 'A night-shift mixer at the plant, who asked not to be named, said it.',
    mentions: [
      { text: 'A night-shift mixer at the plant', kind: 'anonymous', head: 'mixer' },
      { text: 'it', type: 'pronoun' },
    ],
  },
  {
    name: 'only `who` makes a noun someone: not another relative pronoun (`a mixer at the plant that`)',
    input: 'A night-shift mixer at the plant that closed was sold.',
    mentions: [],
  },
  {
    name: 'a `who` after a name is the name’s (`chatter about Perez, who`)',
    input: 'There was chatter about Perez, who left.',
    mentions: [{ text: 'Perez', type: 'name' }],
  },
  {
    name: 'a plural trade after a number, with a modifier between',
    input: 'Two veteran welders at the yard said the pay was late.',
    mentions: [{ text: 'Two veteran welders at the yard', kind: 'anonymous', head: 'welders', plural: true }],
  },
  {
    name: 'a person noun modifying another noun leaves the head to the later one, and is none without an article',
    input: 'The baker union met. He saw bakers at dawn.',
    mentions: [
      { text: 'The baker union', kind: 'organization', head: 'union' },
      { text: 'He', type: 'pronoun' },
    ],
  },
  {
    name: 'a body’s noun alone after a preposition is the institution, no one (`taken to hospital`)',
    input: 'She was taken to hospital.',
    mentions: [{ text: 'She', type: 'pronoun' }],
  },
  {
    name: 'after `as`, a role given to someone is no one (`worked as a porter`); `as a spokesman said` is someone',
    input: 'Ruiz worked nights as a hospital porter. As a spokesman said, the port was shut.',
    mentions: [
      { text: 'Ruiz', type: 'name' },
      { text: 'a spokesman', type: 'description' },
    ],
  },
  {
    name: 'a time phrase right after the head is no part of the description',
    input: 'He told a court on Tuesday that he had signed.',
    mentions: [{ text: 'He' }, { text: 'a court', kind: 'organization' }, { text: 'he' }],
  },
  {
    name: '`according to police` keeps its body',
    input: 'According to police, the car was stolen.',
    mentions: [{ text: 'police', kind: 'organization' }],
  },
  {
    name: '`the WHO` is a body, not the relative pronoun',
    input: 'According to the WHO, cases fell.',
    mentions: [{ text: 'the WHO', type: 'name', kind: 'organization' }],
  },
];

function project(m: Mention, keys: readonly (keyof Expected)[]): Expected {
  const all: Required<Expected> = {
    text: m.text,
    type: m.type,
    kind: m.kind,
    head: m.head,
    name: m.name?.text ?? null,
    description: m.description,
    plural: m.plural,
    definite: m.definite,
    gender: m.gender,
    possessive: m.possessive,
    partitive: m.partitive,
    place: m.place,
  };
  return Object.fromEntries(keys.map((k) => [k, all[k]])) as unknown as Expected;
}

describe('findMentions', () => {
  it.each(cases)('$name', ({ input, mentions }) => {
    const found = mentionsStage(input).mentions;
    expect(
      found.map((m) => m.text),
      'mentions',
    ).toEqual(mentions.map((m) => m.text));
    found.forEach((m, i) => {
      const want = mentions[i] as Expected;
      expect(project(m, Object.keys(want) as (keyof Expected)[]), `mention ${i}`).toEqual(want);
    });
  });

  it('every mention is its span of the text, and a name its span inside it', () => {
    // (`commander` joins the name after it: the mention grows to the left, its name stays)
    const input =
      'French President Emmanuel Macron and Mrs. Hale met officials in Tripoli. The two said they would return. Libyan commander Khalifa Hifter said so.';
    const found = mentionsStage(input).mentions;
    expect(found.length).toBeGreaterThan(4);
    expect(found.at(-1)).toMatchObject({ text: 'Libyan commander Khalifa Hifter', name: { text: 'Khalifa Hifter' } });
    for (const m of found) {
      expect(input.slice(m.start, m.end)).toBe(m.text);
      if (m.name) {
        expect(input.slice(m.name.start, m.name.end)).toBe(m.name.text);
        expect(m.name.start).toBeGreaterThanOrEqual(m.start);
        expect(m.name.end).toBeLessThanOrEqual(m.end);
      }
    }
  });

  it('gives each mention its sentence and token range', () => {
    const input = 'Ana Ruiz left. A senior official said the talks had stalled.';
    const [ruiz, official] = mentionsStage(input).mentions;
    expect(ruiz).toMatchObject({ text: 'Ana Ruiz', sentence: 0, first: 0, last: 1 });
    expect(official).toMatchObject({ text: 'A senior official', sentence: 1, first: 0, last: 2 });
  });

  it('finds no mention inside a quote', () => {
    const input = '"The minister and his aides lied to us," Ana Ruiz said.';
    expect(mentionsStage(input).mentions.map((m) => m.text)).toEqual(['Ana Ruiz']);
  });
});
