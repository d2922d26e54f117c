import { describe, expect, it } from 'vitest';
import { compareRows, splitStories } from '../../src/report/compare.js';
import { buildExercise, gradeExercise, MAX_EXERCISE_QUOTES } from '../../src/report/exercise.js';
import { explainQuotes } from '../../src/report/explanations.js';
import { report, story } from './findings/helpers.js';

describe('explanations of every quote', () => {
  it.each([
    [
      'a cue after the quote',
      story('"The fares will double," the official said.'),
      /^We think the official said this because “the official said” follows the quote in the same sentence\./,
    ],
    ['an inverted cue', story('"We will vote on Tuesday," said Mayor Lena Dahl.'), /because “said Mayor Lena Dahl” follows the quote in the same sentence\.$/],
    [
      'a cue before the quote',
      story('Mayor Lena Dahl said the fares were "the lowest on the coast."'),
      /^We think Mayor Lena Dahl said this because “Mayor Lena Dahl said” comes before the quote, in the same sentence\.$/,
    ],
    [
      'the sentence before',
      story('Mayor Lena Dahl was blunt. "The fares will rise."'),
      /^The quote has no “said” of its own\. We think Mayor Lena Dahl said it because the sentence just before it/,
    ],
    ['no source', story('"Ferries are the roads of the islands."'), /^Nobody is said to have said this: the story gives no source for the quote\.$/],
  ])('%s', (_name, text, expected) => {
    const [first] = explainQuotes(report(text), text);
    expect(first?.because).toMatch(expected);
  });

  it('says who a pronoun or a short description stands for, and what kind of source that is', () => {
    const text = story(
      'An official of the harbour council, who spoke on condition of anonymity because she was not authorized to discuss the budget, said the fares would rise. "The ferries lose money," she said.',
    );
    const [q] = explainQuotes(report(text), text);
    expect(q?.because).toBe(
      'We think she said this because “she said” follows the quote in the same sentence. Here “she” means An official of the harbour council.',
    );
    expect(q?.about).toMatch(/^An official of the harbour council is not named in the story: an anonymous source\. The story says why: “/);
    expect(q?.kindLabel).toBe('anonymous');
    expect(q?.sure).toBe('We are quite sure.');
  });

  it('follows the turns of a conversation, and says it is a guess', () => {
    const text = story('"Will the fares double?" Councillor Per Moen asked.', '"No," Mayor Lena Dahl replied.', '"And next year?"', '"Next year we will see."');
    const e = explainQuotes(report(text), text);
    const turn = e.find((x) => /turn/.test(x.because));
    expect(turn?.because).toMatch(/It is one turn in an exchange, and turns alternate, so we think it is .+’s turn\. That is a guess/);
  });
});

describe('the exercise', () => {
  const text = story(
    '"The fares will double," said a council official.',
    '"We will vote on Tuesday," said Mayor Lena Dahl.',
    'The council met at noon. "We cannot pay for this forever."',
  );
  const r = report(text);

  it('offers the quoted sources and “no one” for each quote', () => {
    const ex = buildExercise(r);
    expect(ex.items.map((i) => i.field)).toEqual(['answer-q1', 'answer-q2', 'answer-q3']);
    expect(ex.choices.map((c) => c.label)).toEqual(['a council official', 'Lena Dahl', 'No one: the story does not say']);
    expect(ex.omitted).toBe(0);
  });

  it('grades right, wrong, missing and made-up answers', () => {
    expect(r.quotes.map((q) => q.sourceId === null)).toEqual([false, false, true]);
    const g = gradeExercise(r, text, { 'answer-q1': r.quotes[0]?.sourceId, 'answer-q2': 'none', 'answer-q3': 'none', 'answer-q4': 's1' });
    expect([g.right, g.total]).toEqual([2, 3]);
    expect(g.items.map((i) => i.right)).toEqual([true, false, true]);
    expect(g.items[1]?.correct).toBe('Lena Dahl (named person)');
    expect(gradeExercise(r, text, { 'answer-q1': 'sXX', 'answer-q2': ['s1'] }).right).toBe(0);
  });

  it('keeps a long story’s exercise to the first quotes', () => {
    const long = ['Headline', '', ...Array.from({ length: MAX_EXERCISE_QUOTES + 5 }, (_, i) => `"Point ${i}," Mayor Lena Dahl said.`)].join('\n');
    const r = report(long);
    expect(r.quotes.length).toBeGreaterThan(MAX_EXERCISE_QUOTES);
    const ex = buildExercise(r);
    expect(ex.items).toHaveLength(MAX_EXERCISE_QUOTES);
    expect(ex.omitted).toBe(r.quotes.length - MAX_EXERCISE_QUOTES);
  });
});

describe('comparing stories', () => {
  it('splits pasted stories on lines of three or more hyphens', () => {
    expect(splitStories('One\n\nText.\n---\nTwo\n  -----  \n\n---\nThree — not a separator --- here')).toEqual([
      'One\n\nText.',
      'Two',
      'Three — not a separator --- here',
    ]);
    expect(splitStories('')).toEqual([]);
  });

  it('tabulates each story', () => {
    const a = story('"The fares will double," said a council official.');
    const b = 'A <script> headline\n\n"We will vote on Tuesday," said Mayor Lena Dahl.';
    const rows = compareRows([report(a), report(b)]);
    expect(rows.map((x) => [x.n, x.quotes, x.sources, x.unnamedQuotes, x.anonymousSources, x.explained])).toEqual([
      [1, 1, 1, 1, 1, 0],
      [2, 1, 1, 0, 0, 0],
    ]);
    expect(rows[1]?.title).toBe('A <script> headline');
  });
});
