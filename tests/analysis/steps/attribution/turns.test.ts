/**
 * The turns of an exchange and the quote after narration (attribution/turns.ts, narration.ts,
 * across-sentences.ts): untagged quote paragraphs alternate after two turns by different people,
 * a turn runs over every paragraph of a long answer, a question told in narration is a turn, and
 * an untagged quote after narration is the words of the person the narration ends on. The rules
 * alone decide here (no model), so each row pins the rules' own verdict.
 */
import { describe, expect, it } from 'vitest';
import type { AttributionRule } from '../../../../src/analysis/story.js';
import { attributionStage } from '../pipeline.js';

interface Case {
  name: string;
  input: string;
  /** Per quote, in order: its speaker's name (null: none) and the rule that found it. */
  quotes: [string | null, AttributionRule][];
}

const cases: Case[] = [
  {
    name: 'two tagged turns by different people, no question: the untagged turns after them alternate',
    input:
      'Rosa Varga and Tomas Keel argued outside the depot.\n\n"The buses are late every morning," Varga told him.\n\n"They run on the timetable we were given," Keel said.\n\n"Then the timetable is wrong."\n\n"It was approved by the board."',
    quotes: [
      ['Rosa Varga', 'cue-after-quote'],
      ['Tomas Keel', 'cue-after-quote'],
      ['Rosa Varga', 'conversation'],
      ['Tomas Keel', 'conversation'],
    ],
  },
  {
    name: 'an answer over two paragraphs is one turn: the next untagged quote is the other speaker’s',
    input:
      'Ada Brook interviewed Emil Sand at his studio.\n\n"When did you start painting?" Brook asked.\n\n"At nine," Sand said.\n\n"Was it hard?"\n\n"At first it was. My hands would not do what I saw.\n\n"Later they did, mostly."\n\n"And now?"',
    quotes: [
      ['Ada Brook', 'cue-after-quote'],
      ['Emil Sand', 'cue-after-quote'],
      ['Ada Brook', 'conversation'],
      ['Emil Sand', 'conversation'],
      ['Emil Sand', 'continuation'],
      ['Ada Brook', 'conversation'],
    ],
  },
  {
    name: 'a question told in narration is a turn: after the tagged answer, the asker speaks again',
    input:
      'Lena Marsh spoke to Otto Reyes about the harbour.\n\nMarsh asked Reyes whether the harbour would open in May.\n\n"It will," Reyes said.\n\n"And if it rains all spring?"',
    quotes: [
      ['Otto Reyes', 'cue-after-quote'],
      ['Lena Marsh', 'conversation'],
    ],
  },
  {
    name: 'the turn before opens with narration and ends with a tagged question: still a turn',
    input:
      'Nils Ekdahl of the Harbour Gazette spoke first. "Who approved the new berth?" he asked.\n\n"The council did, in March," Otto Reyes said.\n\n"Without a survey?"',
    quotes: [
      ['Nils Ekdahl', 'cue-after-quote'],
      ['Otto Reyes', 'cue-after-quote'],
      ['Nils Ekdahl', 'conversation'],
    ],
  },
  {
    name: 'an exchange broken by narration about the speaker resumes with its turns',
    input:
      'Greta Solberg questioned Karl Moe about the roof.\n\n"Was it inspected?" Solberg asked.\n\n"Last spring," Moe said.\n\n"By whom?"\n\n"By my nephew."\n\nSolberg then held up a photograph of the leaking attic.\n\n"This is what your nephew passed."\n\n"It was dry when he saw it."',
    quotes: [
      ['Greta Solberg', 'cue-after-quote'],
      ['Karl Moe', 'cue-after-quote'],
      ['Greta Solberg', 'conversation'],
      ['Karl Moe', 'conversation'],
      ['Greta Solberg', 'previous-sentence'],
      ['Karl Moe', 'conversation'],
    ],
  },
  {
    name: 'a tagged question in a paragraph of narration, then an answer: the one the asker has been questioning',
    input:
      'Greta Solberg questioned Karl Moe about the roof.\n\n"Was it inspected?" Solberg asked.\n\n"Last spring," Moe said.\n\n"By whom?"\n\n"By my nephew."\n\nJudge Anna Berg told Solberg to move on. "We have heard about the nephew," the judge said.\n\nSolberg picked up the invoice. "Who paid for the inspection?" she asked.\n\n"I did."',
    quotes: [
      ['Greta Solberg', 'cue-after-quote'],
      ['Karl Moe', 'cue-after-quote'],
      ['Greta Solberg', 'conversation'],
      ['Karl Moe', 'conversation'],
      ['Anna Berg', 'cue-after-quote'],
      ['Greta Solberg', 'cue-after-quote'],
      ['Karl Moe', 'conversation'],
    ],
  },
  {
    name: 'one tagged quote, then an untagged one: the same speaker goes on (no exchange yet)',
    input: '"The pier is safe," said Otto Reyes.\n\n"We tested every beam of it."',
    quotes: [
      ['Otto Reyes', 'cue-inverted'],
      ['Otto Reyes', 'conversation'],
    ],
  },
  {
    name: 'after narration about a person: that person (the one the last sentence opens with)',
    input: 'The hearing ran late.\n\nOtto Reyes unfolded a map of the harbour and laid it on the table.\n\n"This is where the new pier will stand."',
    quotes: [['Otto Reyes', 'previous-sentence']],
  },
  {
    name: 'after a pronoun that opens the narration: the person it stands for',
    input: 'Ida Holm has run the school for ten years.\n\nShe walked to the window and pointed at the empty yard.\n\n"Two hundred children played here once."',
    quotes: [['Ida Holm', 'previous-sentence']],
  },
  {
    name: 'after reported speech: its speaker goes on in direct speech',
    input:
      'The school board met on Monday.\n\nIda Holm said the school had lost three teachers since June and could not replace them.\n\n"We cannot keep going like this."',
    quotes: [['Ida Holm', 'previous-sentence']],
  },
  {
    name: 'after `was asked`: the one asked answers',
    input: 'The meeting closed at nine.\n\nIda Holm was asked whether she would stay on as head.\n\n"Until the summer, yes."',
    quotes: [['Ida Holm', 'previous-sentence']],
  },
  {
    name: 'after `X asked about…`, a quote that is a question: X asks it',
    input: '"The pier opens in May," Otto Reyes said.\n\nLena Marsh asked about the cost of the work.\n\n"Who pays for the new pier?"',
    quotes: [
      ['Otto Reyes', 'cue-after-quote'],
      ['Lena Marsh', 'previous-sentence'],
    ],
  },
  {
    name: 'after `X asked whether…`, a quote that is no question: the one X was talking to answers',
    input:
      '"The pier opens in May," Otto Reyes said.\n\nLena Marsh then asked whether the budget would stretch that far.\n\n"It will, if nothing else goes wrong."',
    quotes: [
      ['Otto Reyes', 'cue-after-quote'],
      ['Otto Reyes', 'previous-sentence'],
    ],
  },
  {
    name: 'a quote over two paragraphs after narration, tagged at its end: the tag outweighs the narration',
    input:
      'The hearing ran late.\n\nOtto Reyes unfolded a map of the harbour.\n\n"The pier goes here, and the ferry berth beside it.\n\n"Both open in May," Lena Marsh said.',
    quotes: [
      ['Lena Marsh', 'continuation'],
      ['Lena Marsh', 'cue-after-quote'],
    ],
  },
  {
    name: 'the first paragraph may be a headline, no narration: a quote after it gets no speaker from it',
    input: 'Otto Reyes And The Harbour Of Tomorrow\n\n"We will build it, whatever it costs."',
    quotes: [[null, 'none']],
  },
  {
    name: 'a quote paragraph with a tag of its own is not taken from the narration',
    input: 'Otto Reyes unfolded a map of the harbour.\n\n"The pier goes here," Lena Marsh said.',
    quotes: [['Lena Marsh', 'cue-after-quote']],
  },
  {
    name: 'a British quote paragraph in single marks after narration: the person the narration reports',
    input:
      'Ilse Danvers spoke first.\n\nShe said the larger stage had forced her to rethink the production.\n\n‘In a room that small, an actor can turn away and still be heard. So we built it again.’',
    quotes: [['Ilse Danvers', 'previous-sentence']],
  },
  {
    name: 'a paragraph in capitals after narration is a subheading, nobody’s words',
    input: 'The hearing ran late.\n\nOtto Reyes unfolded a map of the harbour.\n\n"NO MORE DELAYS"\n\nThe work starts in May.',
    quotes: [[null, 'none']],
  },
];

describe('turns of an exchange, and quotes after narration', () => {
  it.each(cases)('$name', ({ input, quotes }) => {
    const found = attributionStage(input, null);
    const got = found.attributions.map((a) => [a.entity?.name ?? null, a.rule]);
    expect(got).toEqual(quotes);
  });
});

describe('a headline quote with no speaker', () => {
  const rows: { name: string; input: string; speaker: string | null; rule: AttributionRule }[] = [
    {
      name: 'opening the headline, its words quoted again in the story: their speaker',
      input:
        '"The river will win": a hydrologist on the flood defences\n\nThe barrier failed twice this winter.\n\n"We can raise the wall. The river will win anyway," Dr. Petra Lind said.',
      speaker: 'Petra Lind',
      rule: 'repeated-quote',
    },
    {
      name: 'its speaker named only in the headline, its words quoted again in the story: their speaker',
      input:
        'Ferry boss apologises: "We got the timetable wrong"\n\nThe ferry company changed its timetable twice in May.\n\n"We got the timetable wrong, and I am sorry," Ingrid Voss told listeners.',
      speaker: 'Ingrid Voss',
      rule: 'repeated-quote',
    },
    {
      name: 'words quoted nowhere else: nobody',
      input: '"We start again": the harbour after the storm\n\nThe council met on Monday.\n\n"We will publish every contract," Ola Brenna said.',
      speaker: null,
      rule: 'none',
    },
  ];
  it.each(rows)('$name', ({ input, speaker, rule }) => {
    const found = attributionStage(input, null);
    expect(found.quotes[0]?.paragraph).toBe(0);
    const a = found.attributions[0];
    expect([a?.entity?.name ?? null, a?.rule]).toEqual([speaker, rule]);
  });
});
