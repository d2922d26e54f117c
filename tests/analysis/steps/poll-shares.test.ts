/**
 * speech-cues/poll-shares: a share of a poll's respondents as a cue's subject (`61 percent of
 * voters said`) gives way to the poll named in the sentence or in one of the two before it; with
 * no poll near, or no share, the subject stays. mentions/shares: a share standing alone before
 * the verb (`47 percent said`) is the subject itself.
 */
import { describe, expect, it } from 'vitest';
import { cuesStage } from './pipeline.js';

interface Case {
  name: string;
  input: string;
  /** Each cue's text and its subject's text, in text order. */
  cues: Array<[string, string | null]>;
}

const cases: Case[] = [
  {
    name: 'a poll of the same sentence, before the share',
    input: 'A Harbor College poll found that 61 percent of likely voters said the mayor should resign.',
    cues: [
      ['found', 'A Harbor College poll'],
      ['said', 'A Harbor College poll'],
    ],
  },
  {
    name: 'a poll of the sentence before; a share written with %',
    input: 'The ferry poll was taken in May. It found that 42% of residents say the boats run late.',
    cues: [['say', 'The ferry poll']],
  },
  {
    name: '`six in 10`, and a survey named after the cue',
    input: 'Six in 10 residents said the bridge mattered more, according to a county survey.',
    cues: [
      ['said', 'a county survey'],
      ['according to', 'a county survey'],
    ],
  },
  {
    name: 'a majority of a group, with a poll two sentences back',
    input: 'On Sunday the Courier published its poll. Turnout was low. A majority of registered voters say the council failed.',
    cues: [['say', 'its poll']],
  },
  {
    name: 'a share with no poll near: the group stays',
    input: 'Forty percent of the nurses said the ward was short of staff.',
    cues: [['said', 'the nurses']],
  },
  {
    name: 'a poll three sentences back is too far',
    input: 'A poll came out in May. The weather was warm. The port was busy. Half of the nurses said they were tired.',
    cues: [['said', 'the nurses']],
  },
  {
    name: 'no share: the group speaks though a poll is named',
    input: 'A new poll came out on Monday. Local farmers said the prices were too low.',
    cues: [['said', 'Local farmers']],
  },
];

describe('pollShareSubjects', () => {
  it.each(cases)('$name', ({ input, cues }) => {
    const found = cuesStage(input).cues.map((c) => [c.text, c.subject?.text ?? null]);
    expect(found).toEqual(cues);
  });
});

const alone: Case[] = [
  { name: 'a percentage in words', input: 'Twenty-four percent said they would vote for her.', cues: [['said', 'Twenty-four percent']] },
  { name: 'a percentage with %, after an opening phrase', input: 'On taxes, 42% say they want a cut.', cues: [['say', '42%']] },
  { name: '`N in M` with a hedge', input: 'Almost seven in 10 said the race had gone on too long.', cues: [['said', 'Almost seven in 10']] },
  { name: '`half` after `while`', input: 'Most stayed home, while almost half said they would vote early.', cues: [['said', 'almost half']] },
  { name: 'a bare number is no share', input: 'Ten said they would stay.', cues: [['said', null]] },
  { name: '`half` of a match and a participle are no share', input: 'The fans spent the second half singing loudly.', cues: [['singing', null]] },
];

describe('findShares', () => {
  it.each(alone)('$name', ({ input, cues }) => {
    const found = cuesStage(input).cues.map((c) => [c.text, c.subject?.text ?? null]);
    expect(found).toEqual(cues);
  });
});
