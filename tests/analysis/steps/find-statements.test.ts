/**
 * find-statements: reported speech around a cue becomes an indirect statement (a mixed one when
 * it holds a quote), its content cut at the clause's end; attributed quotes no such statement
 * holds become direct statements, the halves of a split quote one statement in parts.
 */
import { describe, expect, it } from 'vitest';
import type { AttributionRule, StatementForm } from '../../../src/analysis/story.js';
import { covered, statementsStage } from './pipeline.js';

interface Expected {
  form: StatementForm;
  /** The text of each part of the content. */
  parts: string[];
  rule: AttributionRule;
  /** The text of the speaker's mention, or null. */
  mention: string | null;
  /** The text of the cue, or null. */
  cue: string | null;
  /** The texts of the quotes inside the statement. */
  quotes: string[];
}

interface Case {
  name: string;
  input: string;
  statements: Expected[];
}

const cases: Case[] = [
  { name: 'no cue, no quote: nothing', input: 'The bridge reopened on Monday.', statements: [] },
  {
    name: 'an opening phrase and a comma before the subject: the content follows the verb',
    input: 'On Monday, the mayor said the ferries would stop.',
    statements: [{ form: 'indirect', parts: ['the ferries would stop'], rule: 'same-sentence', mention: 'the mayor', cue: 'said', quotes: [] }],
  },
  {
    name: 'an opening clause before the subject, then `that`',
    input: 'Still, while the bridge is shut, Maria Olsen said that the ferries would run.',
    statements: [{ form: 'indirect', parts: ['the ferries would run'], rule: 'same-sentence', mention: 'Maria Olsen', cue: 'said', quotes: [] }],
  },
  {
    name: 'a relative clause with its own report inside an aside: both reports, each its own content',
    input: 'Hugo Lind, who said he always votes early, said the queue was short.',
    statements: [
      { form: 'indirect', parts: ['he always votes early'], rule: 'same-sentence', mention: 'Hugo Lind', cue: 'said', quotes: [] },
      { form: 'indirect', parts: ['the queue was short'], rule: 'same-sentence', mention: 'Hugo Lind', cue: 'said', quotes: [] },
    ],
  },
  {
    name: 'a relative clause that asks for anonymity inside an aside reports nothing',
    input: 'Two aides, who asked not to be named because they were not allowed to speak, said the talks would resume.',
    statements: [{ form: 'indirect', parts: ['the talks would resume'], rule: 'same-sentence', mention: 'Two aides', cue: 'said', quotes: [] }],
  },
  {
    name: 'a cue after its content, then an adjunct up to a comma: the content is before the subject',
    input: 'Fares have doubled in a year, officials said on Monday, as buses ran late.',
    statements: [{ form: 'indirect', parts: ['Fares have doubled in a year'], rule: 'same-sentence', mention: 'officials', cue: 'said', quotes: [] }],
  },
  {
    name: 'an opening phrase and a verb with nothing after it but its addressee: no content',
    input: 'After the vote, the mayor told reporters.',
    statements: [],
  },
  {
    name: 'a report of someone else inside a report: both, the inner inside the outer',
    input: 'The Courier wrote that Maria Olsen had claimed a loss of two million.',
    statements: [
      { form: 'indirect', parts: ['Maria Olsen had claimed a loss of two million'], rule: 'same-sentence', mention: 'The Courier', cue: 'wrote', quotes: [] },
      { form: 'indirect', parts: ['a loss of two million'], rule: 'same-sentence', mention: 'Maria Olsen', cue: 'claimed', quotes: [] },
    ],
  },
  {
    name: 'after `said`, a report of someone else needs no `that` to be inside',
    input: 'Officials said the minister told them the port would close.',
    statements: [
      { form: 'indirect', parts: ['the minister told them the port would close'], rule: 'same-sentence', mention: 'Officials', cue: 'said', quotes: [] },
      { form: 'indirect', parts: ['the port would close'], rule: 'same-sentence', mention: 'the minister', cue: 'told', quotes: [] },
    ],
  },
  {
    name: 'words after a cue that ends a clause are no trailing adjunct unless they open one; the next cue has its own content',
    input: 'While she said costs had risen, Maria Olsen also noted several delays.',
    statements: [
      { form: 'indirect', parts: ['costs had risen'], rule: 'same-sentence', mention: 'she', cue: 'said', quotes: [] },
      { form: 'indirect', parts: ['several delays'], rule: 'same-sentence', mention: 'Maria Olsen', cue: 'noted', quotes: [] },
    ],
  },
  {
    name: 'a report of someone else inside a report, words before the subject mention: both, the inner inside the outer',
    input: 'Ruiz noted that even the harbor board had announced that the ferry would stop.',
    statements: [
      {
        form: 'indirect',
        parts: ['even the harbor board had announced that the ferry would stop'],
        rule: 'same-sentence',
        mention: 'Ruiz',
        cue: 'noted',
        quotes: [],
      },
      { form: 'indirect', parts: ['the ferry would stop'], rule: 'same-sentence', mention: 'the harbor board', cue: 'announced', quotes: [] },
    ],
  },
  {
    name: 'what a pronoun called, object of a verb of the same speaker: the mention is that verb subject; elsewhere the pronoun',
    input: 'The mayor denounced what she called a bleak plan. Ana Ruiz was at home, after what she called a long day, for a week.',
    statements: [
      { form: 'indirect', parts: ['a bleak plan'], rule: 'same-sentence', mention: 'The mayor', cue: 'called', quotes: [] },
      { form: 'indirect', parts: ['a long day, for a week'], rule: 'same-sentence', mention: 'she', cue: 'called', quotes: [] },
    ],
  },
  {
    name: 'the question put to the speaker before the comma (`Asked whether …,`) is no part of what they said',
    input: 'Asked whether she would resign, Ana Ruiz said, "Not today." Pressed on the cost, the mayor said it would fall.',
    statements: [
      { form: 'direct', parts: ['Not today.'], rule: 'cue-before-quote', mention: 'Ana Ruiz', cue: 'said', quotes: ['Not today.'] },
      { form: 'indirect', parts: ['it would fall'], rule: 'same-sentence', mention: 'the mayor', cue: 'said', quotes: [] },
    ],
  },
  {
    name: 'a report before a trailing `according to`: both, the report inside what the source says',
    input: 'The mayor said the port would close, according to the harbor police.',
    statements: [
      { form: 'indirect', parts: ['The mayor said the port would close'], rule: 'according-to', mention: 'the harbor police', cue: 'according to', quotes: [] },
      { form: 'indirect', parts: ['the port would close'], rule: 'same-sentence', mention: 'The mayor', cue: 'said', quotes: [] },
    ],
  },
  {
    name: 'a report before a trailing cue of another speaker (`, the Courier reported`): both, the report inside the outer content',
    input: 'Olsen said the port would close, the Courier reported.',
    statements: [
      { form: 'indirect', parts: ['Olsen said the port would close'], rule: 'same-sentence', mention: 'the Courier', cue: 'reported', quotes: [] },
      { form: 'indirect', parts: ['the port would close'], rule: 'same-sentence', mention: 'Olsen', cue: 'said', quotes: [] },
    ],
  },
  {
    name: 'a relative clause on the addressee after the verb is no content; a question right after the verb is',
    input: '“We won,” Ana Ruiz said to the mayor, who began his speech at once. Ruiz did not say who sent the letter.',
    statements: [
      { form: 'direct', parts: ['We won,'], rule: 'cue-after-quote', mention: 'Ana Ruiz', cue: 'said', quotes: ['We won,'] },
      { form: 'indirect', parts: ['who sent the letter'], rule: 'same-sentence', mention: 'Ruiz', cue: 'say', quotes: [] },
    ],
  },
  {
    name: 'after `said`, a word before the inner subject mention (`about 30 residents`) still makes the inner report part of the outer',
    input: 'The mayor has said about 30 residents have indicated an interest in the post.',
    statements: [
      {
        form: 'indirect',
        parts: ['about 30 residents have indicated an interest in the post'],
        rule: 'same-sentence',
        mention: 'The mayor',
        cue: 'said',
        quotes: [],
      },
      { form: 'indirect', parts: ['an interest in the post'], rule: 'same-sentence', mention: '30 residents', cue: 'indicated', quotes: [] },
    ],
  },
  {
    name: 'a leading `according to` takes the rest of the sentence as its content, a report there included',
    input: 'According to her memoir, after the exam, the nurse insisted that the patient go home.',
    statements: [
      {
        form: 'indirect',
        parts: ['after the exam, the nurse insisted that the patient go home'],
        rule: 'according-to',
        mention: 'her memoir',
        cue: 'According to',
        quotes: [],
      },
      { form: 'indirect', parts: ['the patient go home'], rule: 'same-sentence', mention: 'the nurse', cue: 'insisted', quotes: [] },
    ],
  },
  {
    name: 'a reason that hangs on what was said (`because` another speaker asked) is part of it',
    input: 'A council aide said she could not answer because officials had asked for the files late.',
    statements: [
      {
        form: 'indirect',
        parts: ['she could not answer because officials had asked for the files late'],
        rule: 'same-sentence',
        mention: 'A council aide',
        cue: 'said',
        quotes: [],
      },
      { form: 'indirect', parts: ['the files late'], rule: 'same-sentence', mention: 'officials', cue: 'asked', quotes: [] },
    ],
  },
  {
    name: 'a report inside a report by the same speaker is one statement',
    input: 'Maria Olsen said she recalls the bridge being closed.',
    statements: [{ form: 'indirect', parts: ['she recalls the bridge being closed'], rule: 'same-sentence', mention: 'Maria Olsen', cue: 'said', quotes: [] }],
  },
  {
    name: 'indirect: said that …',
    input: 'Maria Olsen said that the bridge would reopen in May.',
    statements: [{ form: 'indirect', parts: ['the bridge would reopen in May'], rule: 'same-sentence', mention: 'Maria Olsen', cue: 'said', quotes: [] }],
  },
  {
    name: 'indirect: said without that',
    input: 'Maria Olsen said the bridge would reopen in May.',
    statements: [{ form: 'indirect', parts: ['the bridge would reopen in May'], rule: 'same-sentence', mention: 'Maria Olsen', cue: 'said', quotes: [] }],
  },
  {
    name: 'indirect: the content before the tag',
    input: 'The bridge will reopen in May, Maria Olsen said.',
    statements: [{ form: 'indirect', parts: ['The bridge will reopen in May'], rule: 'same-sentence', mention: 'Maria Olsen', cue: 'said', quotes: [] }],
  },
  {
    name: 'indirect: the content before an inverted tag',
    input: 'The bridge will reopen in May, said Maria Olsen.',
    statements: [{ form: 'indirect', parts: ['The bridge will reopen in May'], rule: 'same-sentence', mention: 'Maria Olsen', cue: 'said', quotes: [] }],
  },
  {
    name: 'indirect: a trailing adjunct after the tag is no content',
    input: 'The bridge will reopen in May, Olsen said on Monday.',
    statements: [{ form: 'indirect', parts: ['The bridge will reopen in May'], rule: 'same-sentence', mention: 'Olsen', cue: 'said', quotes: [] }],
  },
  {
    name: 'indirect: adjuncts between the verb and that are skipped',
    input: 'Olsen said in a statement on Monday that the fares would rise.',
    statements: [{ form: 'indirect', parts: ['the fares would rise'], rule: 'same-sentence', mention: 'Olsen', cue: 'said', quotes: [] }],
  },
  {
    name: 'indirect: a participle after an opening phrase and a comma reports for the clause’s subject',
    input: 'Later, Tom Varga met the press, saying the council should wait.',
    statements: [{ form: 'indirect', parts: ['the council should wait'], rule: 'same-sentence', mention: 'Tom Varga', cue: 'saying', quotes: [] }],
  },
  {
    name: 'indirect: a participle after the object of the clause reports for the clause’s subject',
    input: 'Shortly after the vote, the Varga campaign released a note saying it would postpone the rally.',
    statements: [{ form: 'indirect', parts: ['it would postpone the rally'], rule: 'same-sentence', mention: 'the Varga campaign', cue: 'saying', quotes: [] }],
  },
  {
    name: 'indirect: the addressee of told is no content',
    input: 'Olsen told reporters the fares would rise.',
    statements: [{ form: 'indirect', parts: ['the fares would rise'], rule: 'same-sentence', mention: 'Olsen', cue: 'told', quotes: [] }],
  },
  {
    name: 'indirect: what is called for',
    input: 'Olsen called for a ban on night ferries.',
    statements: [{ form: 'indirect', parts: ['a ban on night ferries'], rule: 'same-sentence', mention: 'Olsen', cue: 'called for', quotes: [] }],
  },
  {
    name: 'indirect: a relative pronoun is the speaker’s mention',
    input: 'The figures came from the report, which said cases fell sharply.',
    statements: [{ form: 'indirect', parts: ['cases fell sharply'], rule: 'same-sentence', mention: 'the report', cue: 'said', quotes: [] }],
  },
  {
    name: 'indirect: a tag inside the content splits it in two parts',
    input: 'The bridge, Olsen said, will reopen in May.',
    statements: [{ form: 'indirect', parts: ['The bridge', 'will reopen in May'], rule: 'same-sentence', mention: 'Olsen', cue: 'said', quotes: [] }],
  },
  {
    name: 'content end: a dangling connective is trimmed',
    input: 'Olsen said the fares would rise and',
    statements: [{ form: 'indirect', parts: ['the fares would rise'], rule: 'same-sentence', mention: 'Olsen', cue: 'said', quotes: [] }],
  },
  {
    name: 'content end: the next cue of the sentence ends the content',
    input: 'Olsen said the bridge would reopen in May, but Hill said it would not.',
    statements: [
      { form: 'indirect', parts: ['the bridge would reopen in May'], rule: 'same-sentence', mention: 'Olsen', cue: 'said', quotes: [] },
      { form: 'indirect', parts: ['it would not'], rule: 'same-sentence', mention: 'Hill', cue: 'said', quotes: [] },
    ],
  },
  { name: 'content end: one word is no content', input: 'Olsen said so.', statements: [] },
  {
    name: 'according to, opening the sentence',
    input: 'According to the ministry, the bridge will reopen in May.',
    statements: [
      { form: 'indirect', parts: ['the bridge will reopen in May'], rule: 'according-to', mention: 'the ministry', cue: 'According to', quotes: [] },
    ],
  },
  {
    name: 'according to, closing the sentence',
    input: 'The bridge will reopen in May, according to the ministry.',
    statements: [
      { form: 'indirect', parts: ['The bridge will reopen in May'], rule: 'according-to', mention: 'the ministry', cue: 'according to', quotes: [] },
    ],
  },
  { name: 'according to, with nothing after it', input: 'According to police,', statements: [] },
  {
    name: 'mixed: a partial quote inside reported speech',
    input: 'Olsen said the bridge was "safe for now" and would reopen.',
    statements: [
      {
        form: 'mixed',
        parts: ['the bridge was "safe for now" and would reopen'],
        rule: 'same-sentence',
        mention: 'Olsen',
        cue: 'said',
        quotes: ['safe for now'],
      },
    ],
  },
  {
    name: 'mixed: two partial quotes',
    input: 'Olsen said the ferry was "a floating wreck" and "a danger to all" on board.',
    statements: [
      {
        form: 'mixed',
        parts: ['the ferry was "a floating wreck" and "a danger to all" on board'],
        rule: 'same-sentence',
        mention: 'Olsen',
        cue: 'said',
        quotes: ['a floating wreck', 'a danger to all'],
      },
    ],
  },
  {
    name: 'direct: a tagged quote',
    input: '"The bridge will hold," the engineer said.',
    statements: [
      { form: 'direct', parts: ['The bridge will hold,'], rule: 'cue-after-quote', mention: 'the engineer', cue: 'said', quotes: ['The bridge will hold,'] },
    ],
  },
  {
    name: 'direct: a whole quote after a colon is no mixed statement',
    input: 'Olsen said: "The bridge will hold."',
    statements: [
      { form: 'direct', parts: ['The bridge will hold.'], rule: 'cue-before-quote', mention: 'Olsen', cue: 'said', quotes: ['The bridge will hold.'] },
    ],
  },
  {
    name: 'parts: a quote split by its tag is one statement',
    input: '"The bridge will hold," Olsen said. "We checked it twice."',
    statements: [
      {
        form: 'direct',
        parts: ['The bridge will hold,', 'We checked it twice.'],
        rule: 'cue-after-quote',
        mention: 'Olsen',
        cue: 'said',
        quotes: ['The bridge will hold,', 'We checked it twice.'],
      },
    ],
  },
  {
    name: 'parts: two quotes attributed by the sentence before them are one statement',
    input: 'Maria Olsen was blunt. "The bridge will not hold." "We warned them."',
    statements: [
      {
        form: 'direct',
        parts: ['The bridge will not hold.', 'We warned them.'],
        rule: 'previous-sentence',
        mention: 'Maria Olsen',
        cue: null,
        quotes: ['The bridge will not hold.', 'We warned them.'],
      },
    ],
  },
  {
    name: 'a direct quote, then reported speech by the same speaker',
    input: '"The bridge will hold," Olsen said, adding that it had been checked twice.',
    statements: [
      { form: 'direct', parts: ['The bridge will hold,'], rule: 'cue-after-quote', mention: 'Olsen', cue: 'said', quotes: ['The bridge will hold,'] },
      { form: 'indirect', parts: ['it had been checked twice'], rule: 'same-sentence', mention: 'Olsen', cue: 'adding', quotes: [] },
    ],
  },
  { name: 'an unattributed quote makes no statement', input: 'The weather was bad.\n\n"Nobody knows what comes next."', statements: [] },
];

describe('findStatements', () => {
  it.each(cases)('$name', ({ input, statements }) => {
    const found = statementsStage(input, null);
    const got = found.statements.map(
      (s): Expected => ({
        form: s.form,
        parts: s.parts.map((p) => input.slice(p.start, p.end)),
        rule: s.attribution.rule,
        mention: covered(input, s.attribution.mention),
        cue: covered(input, s.attribution.cue),
        quotes: s.quoteIndexes.map((k) => {
          const q = found.quotes[k];
          return q ? input.slice(q.start, q.end) : `#${k}`;
        }),
      }),
    );
    expect(got).toEqual(statements);
  });

  it('statements come in text order, direct and reported speech interleaved', () => {
    const input = '"We are ready," Olsen said. Hill said the crews were not. "We are," Olsen said again.';
    const { statements } = statementsStage(input, null);
    const starts = statements.map((s) => s.parts[0]?.start ?? -1);
    expect(statements.map((s) => s.form)).toEqual(['direct', 'indirect', 'direct']);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('a relative pronoun that is the speaker goes with the attribution', () => {
    const input = 'The figures came from the report, which said cases fell sharply.';
    const [s] = statementsStage(input, null).statements;
    expect(covered(input, s?.attribution.relativePronoun)).toBe('which');
    expect(s?.attribution.entity?.name).toBe('the report');
  });
});
