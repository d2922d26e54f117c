/**
 * drop-non-quotes: titles of works, nicknames, so-called scare quotes and words-as-words are set
 * aside, each with a note naming its rule; real quotes, partial ones included, are kept.
 */
import { describe, expect, it } from 'vitest';
import { dropNonQuotes } from '../../../src/analysis/steps/drop-non-quotes.js';
import { pairedQuotesOf, slices } from '../../support/spans.js';

function run(input: string) {
  const { quotes, notes } = pairedQuotesOf(input);
  const before = notes.length;
  const kept = dropNonQuotes(input, quotes, notes);
  return { kept: slices(input, kept), notes: notes.slice(before) };
}

interface Dropped {
  name: string;
  input: string;
  rule: 'title-of-work' | 'nickname' | 'scare-quote' | 'words-as-words';
  /** The dropped span, marks included. */
  span: string;
}

const dropped: Dropped[] = [
  { name: 'a film title', input: 'We watched the film "Silent Harbour Lights" last night.', rule: 'title-of-work', span: '"Silent Harbour Lights"' },
  { name: 'a novel title', input: 'Her novel “The Long Road Home” sold well.', rule: 'title-of-work', span: '“The Long Road Home”' },
  {
    name: 'a name something is known by, a few words after `known`',
    input: 'Those files were known inside the admissions office as "green files," after their folders.',
    rule: 'nickname',
    span: '"green files,"',
  },
  {
    name: 'a title opening its paragraph as the subject of a verb',
    input: 'The season opened.\n\n‘The Salt Orchard’ runs at the Gannet Theatre until May.',
    rule: 'title-of-work',
    span: '‘The Salt Orchard’',
  },
  {
    name: 'a report title',
    input: 'The council published the report "Water For Every Street" on Monday.',
    rule: 'title-of-work',
    span: '"Water For Every Street"',
  },
  { name: 'a lowercase title after titled', input: 'A song titled "take me home slowly" played.', rule: 'title-of-work', span: '"take me home slowly"' },
  { name: 'a title after dubbed', input: 'The plan, dubbed "Operation Clean Harbour", began.', rule: 'title-of-work', span: '"Operation Clean Harbour"' },
  { name: 'a nickname between given name and surname', input: 'Marcus "Red" Adeyemi scored twice.', rule: 'nickname', span: '"Red"' },
  { name: 'a nickname after a title and given name', input: 'Coach Tomasz "Bear" Wilk retired.', rule: 'nickname', span: '"Bear"' },
  {
    name: 'a Title Case title in running text',
    input: 'Critics loved "The Last Bus to Harrowgate" this spring.',
    rule: 'title-of-work',
    span: '"The Last Bus to Harrowgate"',
  },
  {
    name: 'a paper under the title …',
    input: 'It appeared under the title ‘Fast food, slow foxes’ in May.',
    rule: 'title-of-work',
    span: '‘Fast food, slow foxes’',
  },
  {
    name: 'a name with its article outside the marks',
    input: 'Locals call the crew the “Harbour Nine,” after the boat.',
    rule: 'nickname',
    span: '“Harbour Nine,”',
  },
  {
    name: 'a name with its article inside the marks',
    input: 'Older workers still call the yard “the Works,” a name it kept.',
    rule: 'nickname',
    span: '“the Works,”',
  },
  { name: 'so-called scare quotes', input: 'The so-called "reforms" passed in June.', rule: 'scare-quote', span: '"reforms"' },
  { name: 'self-styled', input: 'The self-styled “people’s council” met again.', rule: 'scare-quote', span: '“people’s council”' },
  { name: 'the word …', input: 'She disliked the word "crisis" in headlines.', rule: 'words-as-words', span: '"crisis"' },
  { name: 'the term …', input: 'The term "soft landing" was everywhere.', rule: 'words-as-words', span: '"soft landing"' },
  { name: 'the phrase … with guillemets', input: 'The phrase «new normal» stuck.', rule: 'words-as-words', span: '«new normal»' },
];

interface Kept {
  name: string;
  input: string;
  kept: string[];
}

const keptCases: Kept[] = [
  {
    name: 'a one-word reply after a sentence that ends in a name is no nickname',
    input: 'Maria Olsen met Hugh Hill. "Yes," Hill said.',
    kept: ['Yes,'],
  },
  {
    name: 'a partial quote after "warned that the nation was"',
    input: 'Ilse Marr warned that the nation was "on the verge of a long winter" and left.',
    kept: ['on the verge of a long winter'],
  },
  { name: 'a full quote', input: '"We will open the bridge in May," Ilse Marr said.', kept: ['We will open the bridge in May,'] },
  { name: 'two words of speech opening a paragraph, then their tag', input: 'He was asked.\n\n"They Sue," he said.', kept: ['They Sue,'] },
  {
    name: 'a Title Case name someone called a person is their words',
    input: 'The senator called the mayor "Little Napoleon" twice during the debate.',
    kept: ['Little Napoleon'],
  },
  {
    name: 'a phrase in lower case after the is a quote',
    input: 'She called it the "worst deal in years" and left.',
    kept: ['worst deal in years'],
  },
  {
    name: 'a partial quote after called',
    input: 'He called the plan "a disaster for every family here," and walked out.',
    kept: ['a disaster for every family here,'],
  },
  {
    name: 'a long phrase after the phrase is a quote',
    input: 'She used the phrase "we will see what happens next week in the capital" often.',
    kept: ['we will see what happens next week in the capital'],
  },
  {
    name: 'a lowercase quote after a work noun is kept',
    input: 'In the report "nothing was ready on time," the auditor wrote.',
    kept: ['nothing was ready on time,'],
  },
  { name: 'a lowercase phrase between names is no nickname', input: 'Marcus "could not care less" Adeyemi', kept: ['could not care less'] },
];

describe('dropNonQuotes', () => {
  describe('dropped, each with its note', () => {
    it.each(dropped)('$name → $rule', ({ input, rule, span }) => {
      const { kept, notes } = run(input);
      expect(kept).toEqual([]);
      expect(notes.map((n) => [n.rule, input.slice(n.start, n.end)])).toEqual([[rule, span]]);
      expect(notes[0]?.message).toMatch(/\S/);
    });
  });

  describe('kept', () => {
    it.each(keptCases)('$name', ({ input, kept }) => {
      const result = run(input);
      expect(result.kept).toEqual(kept);
      expect(result.notes).toEqual([]);
    });
  });

  it('drops only the non-quote in a sentence that has both', () => {
    const input = 'Reviewing the film "Blue Lanterns", Ilse Marr said it was "the best thing I saw all year."';
    const { kept, notes } = run(input);
    expect(kept).toEqual(['the best thing I saw all year.']);
    expect(notes.map((n) => n.rule)).toEqual(['title-of-work']);
  });
});
