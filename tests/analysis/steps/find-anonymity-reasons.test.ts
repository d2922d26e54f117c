/**
 * find-anonymity-reasons: why a source's name is withheld, when the story says so. A reason goes
 * to an anonymous source of its sentence, or of the two sentences before; a named source, a bare
 * `on condition of anonymity` and a sentence about something else give none.
 */
import { describe, expect, it } from 'vitest';
import { reasonsStage } from './pipeline.js';

interface Case {
  name: string;
  input: string;
  /** [the name of the anonymous source, the text of its reason], in the order of the sources. */
  reasons: [string, string][];
}

const cases: Case[] = [
  {
    name: 'practice for briefings, in the plural',
    input: "An official at the harbour office said the ferry would stop, in line with the office's practice for briefings.",
    reasons: [['An official at the harbour office', "in line with the office's practice for briefings"]],
  },
  {
    name: 'a surname withheld because …, about the person the pronoun stands for',
    input: 'Tavi, a welder from Ostra, said the clinic was slow. He asked that his surname not be published because his boss reads the paper.',
    reasons: [['Tavi', 'surname not be published because his boss reads the paper']],
  },
  {
    name: 'a first name given with its reason: the reason goes to that name, past the commas around it',
    input: 'A nurse who gave only her first name, Hedda, because her hospital bars staff from the press, said the ward was full.',
    reasons: [['Hedda', 'because her hospital bars staff from the press']],
  },
  {
    name: 'a name given only as …, because …',
    input: 'A mother, who gave her name only as Dana because her daughter had been harassed, told the board no.',
    reasons: [['Dana', 'because her daughter had been harassed']],
  },
  {
    name: 'asked not to be named because …, with no other word of the first look in the sentence',
    input: 'A captain, who asked not to be named because pilots had been warned by managers, said crews were worried.',
    reasons: [['A captain', 'not to be named because pilots had been warned by managers']],
  },
  {
    name: 'not authorized to speak publicly, in an aside',
    input: 'An official, who was not authorized to speak publicly, said the talks had stalled.',
    reasons: [['An official', 'was not authorized to speak publicly']],
  },
  {
    name: 'not authorized, in the next sentence but one',
    input: 'An aide said the talks had stalled. The weather was fine. The aide was not authorized to discuss the talks.',
    reasons: [['An aide', 'was not authorized to discuss the talks']],
  },
  {
    name: 'on condition of anonymity because …, about the source of the sentence before',
    input: 'A senior diplomat said the talks had stalled. She spoke on condition of anonymity because the talks were private.',
    reasons: [['A senior diplomat', 'on condition of anonymity because the talks were private']],
  },
  {
    name: 'on condition of anonymity to …, after a comma',
    input: 'An official said the talks had stalled, speaking on condition of anonymity to discuss private talks.',
    reasons: [['An official', 'on condition of anonymity to discuss private talks']],
  },
  {
    name: 'asked not to be named for fear of …',
    input: 'An aide, who asked not to be named for fear of reprisals, said the talks had stalled.',
    reasons: [['An aide', 'not to be named for fear of reprisals']],
  },
  {
    name: 'asked not to be named because …',
    input: 'A diplomat, who asked not to be named because the talks were secret, said they had stalled.',
    reasons: [['A diplomat', 'not to be named because the talks were secret']],
  },
  {
    name: 'in line with a practice',
    input: "An official of the harbour office, who was not named in line with the office's practice, said the ferry would stop.",
    reasons: [['An official of the harbour office', "in line with the office's practice"]],
  },
  {
    name: 'a reason inside another is one reason',
    input: 'Two port officials, who spoke on condition of anonymity since they were not cleared to discuss the ferry deal, said it had stalled.',
    reasons: [['Two port officials', 'were not cleared to discuss the ferry deal']],
  },
  {
    name: 'two sources, each with its own reason',
    input:
      'A senior official said the talks had stalled. He was not authorized to speak publicly. Another official said they had not. She spoke on condition of anonymity because she feared for her job.',
    reasons: [
      ['A senior official', 'was not authorized to speak publicly'],
      ['Another official', 'on condition of anonymity because she feared for her job'],
    ],
  },
  { name: 'none: an anonymous source with no reason', input: 'A senior official said the talks had stalled.', reasons: [] },
  {
    name: 'none: on condition of anonymity alone says no why',
    input: 'Two people familiar with the talks, who spoke on condition of anonymity, said they had stalled.',
    reasons: [],
  },
  { name: 'none: declining to be named says no why', input: 'A diplomat said the talks had stalled. She declined to be named.', reasons: [] },
  {
    name: 'none: a named source needs no reason',
    input: 'Maria Olsen, who was not authorized to speak publicly, said the talks had stalled.',
    reasons: [],
  },
  { name: 'none: the words about something else', input: 'The mayor said the fire was not authorized.', reasons: [] },
  {
    name: 'none: a practice with no word about names',
    input: 'An official said the ferry would stop, in line with the usual practice in winter.',
    reasons: [],
  },
  {
    // the first look finds its words where a word starts; a pattern reads `ſ` as `s`, where that look does not
    name: 'a long s in the reason, with another word of the first look only inside a word: found as before',
    input: 'An official, who was not authori\u017fed to speak publicly, said the unauthorized talks had stalled.',
    reasons: [['An official', 'was not authori\u017fed to speak publicly']],
  },
  {
    name: 'none: a word of the first look only inside a word',
    input: 'An official said the unauthorized talks had stalled.',
    reasons: [],
  },
  {
    name: 'none: a reason three sentences after the source',
    input: 'An aide said the talks had stalled. The weather was fine. It rained. Nobody was authorized to discuss the talks.',
    reasons: [],
  },
];

describe('findAnonymityReasons', () => {
  it.each(cases)('$name', ({ input, reasons }) => {
    const found = reasonsStage(input).reasons;
    const got = [...found].map(([entity, reason]) => [entity.name, reason.text]);
    expect(got).toEqual(reasons);
  });

  it('each reason is its span of the text and goes to an anonymous entity', () => {
    const input =
      'A senior official said the talks had stalled. He was not authorized to speak publicly. Another official said they had not. She spoke on condition of anonymity because she feared for her job.';
    const { reasons, coref } = reasonsStage(input);
    expect(reasons.size).toBe(2);
    for (const [entity, reason] of reasons) {
      expect(input.slice(reason.start, reason.end)).toBe(reason.text);
      expect(entity.kind).toBe('anonymous');
      expect(coref.entities).toContain(entity);
    }
  });
});
