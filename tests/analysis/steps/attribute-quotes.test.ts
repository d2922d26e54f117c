/**
 * attribute-quotes: who said each quote, and by which rule of ATTRIBUTION_RULES (story.ts). One or
 * two minimal stories per rule; each quote's rule, speaker mention, cue and speaker are pinned.
 */
import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, featureIndex } from '../../../src/analysis/steps/attribution/model/features.js';
import type { SpeakerModel } from '../../../src/analysis/steps/attribution/model/ranker.js';
import { ATTRIBUTION_RULES, type AttributionRule } from '../../../src/analysis/story.js';
import { attributionStage, covered } from './pipeline.js';

interface Expected {
  /** The quote's text, marks excluded. */
  quote: string;
  rule: AttributionRule;
  /** The text of the mention the attribution rests on, or null. */
  mention: string | null;
  /** The text of the cue (`said`, `:`, `—`), or null. */
  cue: string | null;
  /** The name of the speaker's entity, or null for none. */
  speaker: string | null;
  confidence?: number;
}

interface Case {
  name: string;
  input: string;
  quotes: Expected[];
  /** A speaker model to decide with; none: the rules alone. */
  model?: SpeakerModel;
}

/** A model whose one weight is on a name of the sentence before the quote. */
const PREFERS_THE_SENTENCE_BEFORE: SpeakerModel = (() => {
  const weights = new Float64Array(FEATURE_NAMES.length);
  weights[featureIndex('sentence:previous')] = 10;
  return { weights, margin: 0, calibration: { a: 1, b: 0 } };
})();

const cases: Case[] = [
  {
    name: 'cue-after-quote: a description and its verb after the quote',
    input: '"The bridge will hold," the engineer said.',
    quotes: [{ quote: 'The bridge will hold,', rule: 'cue-after-quote', mention: 'the engineer', cue: 'said', speaker: 'the engineer', confidence: 0.95 }],
  },
  {
    name: 'cue-before-quote: a survey finds; the clause after a colon is no tag of the quote',
    input: 'The survey found voters "sharply divided on nearly every question": 71 percent said the toll was a bad idea.',
    quotes: [{ quote: 'sharply divided on nearly every question', rule: 'cue-before-quote', mention: 'The survey', cue: 'found', speaker: 'The survey' }],
  },
  {
    name: 'cue-after-quote: the short sentence after an exclamation',
    input: '"Go home now!" Olsen shouted.',
    quotes: [{ quote: 'Go home now!', rule: 'cue-after-quote', mention: 'Olsen', cue: 'shouted', speaker: 'Olsen', confidence: 0.85 }],
  },
  {
    name: 'cue-after-quote: a speaker and a verb that is no reporting verb right after the quote',
    input: 'The debate grew loud. "Let me finish," Maria Olsen barked.',
    quotes: [{ quote: 'Let me finish,', rule: 'cue-after-quote', mention: 'Maria Olsen', cue: 'barked', speaker: 'Maria Olsen', confidence: 0.6 }],
  },
  {
    name: 'cue-after-quote: the next sentence opens with a speaker and such a verb',
    input: 'The debate grew loud. "Why not?" Maria Olsen shot back.',
    quotes: [{ quote: 'Why not?', rule: 'cue-after-quote', mention: 'Maria Olsen', cue: 'shot', speaker: 'Maria Olsen', confidence: 0.6 }],
  },
  {
    name: 'cue-after-quote: a long next sentence that opens with its tag',
    input: 'The memo was short. "The bridge held!" Maria Olsen wrote in a long email to the engineers of the harbour office on Monday night.',
    quotes: [{ quote: 'The bridge held!', rule: 'cue-after-quote', mention: 'Maria Olsen', cue: 'wrote', speaker: 'Maria Olsen', confidence: 0.85 }],
  },
  {
    name: 'cue-after-quote: the article the name leaves out stands between the quote and its tag, over a cue before it',
    input: 'The levy he proposed is "a tax on every crossing of the bay," The Courier reported.',
    quotes: [{ quote: 'a tax on every crossing of the bay,', rule: 'cue-after-quote', mention: 'The Courier', cue: 'reported', speaker: 'Courier' }],
  },
  {
    name: 'cue-after-quote: a quote that ends in a quoted word, a space between the two closing marks',
    input: `"I was never happy with the word 'late,' " Maria Olsen said.`,
    quotes: [{ quote: "I was never happy with the word 'late,'", rule: 'cue-after-quote', mention: 'Maria Olsen', cue: 'said', speaker: 'Maria Olsen' }],
  },
  {
    name: 'cue-inverted: said and then the name',
    input: '"The bridge will hold," said Maria Olsen.',
    quotes: [{ quote: 'The bridge will hold,', rule: 'cue-inverted', mention: 'Maria Olsen', cue: 'said', speaker: 'Maria Olsen', confidence: 0.95 }],
  },
  {
    name: 'cue-inverted: said and then a description',
    input: '"Never," said a spokeswoman for the ministry.',
    quotes: [{ quote: 'Never,', rule: 'cue-inverted', mention: 'a spokeswoman for the ministry', cue: 'said', speaker: 'a spokeswoman for the ministry' }],
  },
  {
    name: 'cue-before-quote: a verb and a colon',
    input: 'Maria Olsen said: "The bridge will hold."',
    quotes: [{ quote: 'The bridge will hold.', rule: 'cue-before-quote', mention: 'Maria Olsen', cue: 'said', speaker: 'Maria Olsen', confidence: 0.9 }],
  },
  {
    name: 'cue-before-quote: a partial quote inside reported speech',
    input: 'Olsen said the bridge was "safe for now."',
    quotes: [{ quote: 'safe for now.', rule: 'cue-before-quote', mention: 'Olsen', cue: 'said', speaker: 'Olsen' }],
  },
  {
    name: 'cue-before-quote: a name and a colon alone',
    input: 'Maria Olsen: "The bridge will hold."',
    quotes: [{ quote: 'The bridge will hold.', rule: 'cue-before-quote', mention: 'Maria Olsen', cue: ':', speaker: 'Maria Olsen', confidence: 0.85 }],
  },
  {
    name: 'cue-before-quote: a colon ending a clause with no reporting verb: its subject',
    input: 'Maria Olsen had one short answer: "The bridge will hold."',
    quotes: [{ quote: 'The bridge will hold.', rule: 'cue-before-quote', mention: 'Maria Olsen', cue: ':', speaker: 'Maria Olsen', confidence: 0.6 }],
  },
  {
    name: 'cue-before-quote: a colon after an opening clause: the main clause’s subject',
    input: 'When the vote was over, the mayor gave a short reply: "We will appeal."',
    quotes: [{ quote: 'We will appeal.', rule: 'cue-before-quote', mention: 'the mayor', cue: ':', speaker: 'the mayor' }],
  },
  {
    name: 'a colon after a clause that opens with no subject attributes nothing',
    input: 'Here is the whole of the notice: "Closed until May."',
    quotes: [{ quote: 'Closed until May.', rule: 'none', mention: null, cue: null, speaker: null }],
  },
  {
    name: 'cue-before-quote: a report inside another speaker’s report is the outer speaker’s',
    input: 'Maria Olsen said Tom Varga called the plan "a mess."',
    quotes: [{ quote: 'a mess.', rule: 'cue-before-quote', mention: 'Maria Olsen', cue: 'said', speaker: 'Maria Olsen', confidence: 0.8 }],
  },
  {
    name: 'cue-before-quote: the same after that',
    input: 'Maria Olsen said on Monday that Tom Varga had described the plan as "a mess."',
    quotes: [{ quote: 'a mess.', rule: 'cue-before-quote', mention: 'Maria Olsen', cue: 'said', speaker: 'Maria Olsen' }],
  },
  {
    name: 'cue-before-quote: a report after the end of another’s clause is its own speaker’s',
    input: 'Maria Olsen said the vote was over, and Tom Varga called the plan "a mess."',
    quotes: [{ quote: 'a mess.', rule: 'cue-before-quote', mention: 'Tom Varga', cue: 'called', speaker: 'Tom Varga' }],
  },
  {
    name: 'cue-before-quote: a report after `According to X,` is X’s',
    input: 'According to the Courier, Ruiz said on Friday that "the levy would be a mistake for the port."',
    quotes: [{ quote: 'the levy would be a mistake for the port.', rule: 'cue-before-quote', mention: 'the Courier', cue: 'According to', speaker: 'Courier' }],
  },
  {
    name: 'cue-before-quote: a family speaks (a weak verb counts once it has a speaker)',
    input: 'Her family has called on the council to publish the inspection "for the sake of every tenant in the block" and asked for patience.',
    quotes: [{ quote: 'for the sake of every tenant in the block', rule: 'cue-before-quote', mention: 'Her family', cue: 'called on', speaker: 'Her family' }],
  },
  {
    name: 'cue-inside-split: the second half of a quote broken by its tag',
    input: '"The bridge will hold," Olsen said. "We checked it twice."',
    quotes: [
      { quote: 'The bridge will hold,', rule: 'cue-after-quote', mention: 'Olsen', cue: 'said', speaker: 'Olsen' },
      { quote: 'We checked it twice.', rule: 'cue-inside-split', mention: 'Olsen', cue: 'said', speaker: 'Olsen', confidence: 0.9 },
    ],
  },
  {
    name: 'cue-inside-split: after an inverted tag',
    input: 'The engineer said nothing. "The bridge will hold," said Maria Olsen. "We checked it."',
    quotes: [
      { quote: 'The bridge will hold,', rule: 'cue-inverted', mention: 'Maria Olsen', cue: 'said', speaker: 'Maria Olsen' },
      { quote: 'We checked it.', rule: 'cue-inside-split', mention: 'Maria Olsen', cue: 'said', speaker: 'Maria Olsen' },
    ],
  },
  {
    name: 'cue-inside-split: the tag between two halves of one sentence, a comma after it',
    input: '"The bridge will hold," Olsen said, "and so will the dam."',
    quotes: [
      { quote: 'The bridge will hold,', rule: 'cue-after-quote', mention: 'Olsen', cue: 'said', speaker: 'Olsen' },
      { quote: 'and so will the dam.', rule: 'cue-inside-split', mention: 'Olsen', cue: 'said', speaker: 'Olsen' },
    ],
  },
  {
    name: 'cue-before-quote: a closing mark of the paragraph before does not make a split',
    input: '"We lost," Ana Ruiz said.\n\nThe league said it would review the tape, "in line with the usual procedure."',
    quotes: [
      { quote: 'We lost,', rule: 'cue-after-quote', mention: 'Ana Ruiz', cue: 'said', speaker: 'Ana Ruiz' },
      { quote: 'in line with the usual procedure.', rule: 'cue-before-quote', mention: 'The league', cue: 'said', speaker: 'The league' },
    ],
  },
  {
    name: 'according-to: after the quote',
    input: '"Up to us," according to the ministry.',
    quotes: [{ quote: 'Up to us,', rule: 'according-to', mention: 'the ministry', cue: 'according to', speaker: 'the ministry', confidence: 0.95 }],
  },
  {
    name: 'according-to: before a partial quote',
    input: 'Cases fell in May, according to the ministry, to "the lowest level in years."',
    quotes: [
      { quote: 'the lowest level in years.', rule: 'according-to', mention: 'the ministry', cue: 'according to', speaker: 'the ministry', confidence: 0.9 },
    ],
  },
  {
    name: 'dash-attribution: a name after a dash',
    input: '"The bridge will hold" — Maria Olsen',
    quotes: [{ quote: 'The bridge will hold', rule: 'dash-attribution', mention: 'Maria Olsen', cue: '—', speaker: 'Maria Olsen', confidence: 0.9 }],
  },
  {
    name: 'dash-attribution: a description after a dash',
    input: '"Not again" — a senior official',
    quotes: [{ quote: 'Not again', rule: 'dash-attribution', mention: 'a senior official', cue: '—', speaker: 'a senior official' }],
  },
  {
    name: 'speaker-label: a transcript label names the speaker introduced before',
    input: 'Host Lena Brandt asked first.\n\n"BRANDT: Will the pool reopen?"',
    quotes: [{ quote: 'BRANDT: Will the pool reopen?', rule: 'speaker-label', mention: 'BRANDT', cue: ':', speaker: 'Lena Brandt', confidence: 0.9 }],
  },
  {
    name: 'speaker-label: a label alone names a speaker of its own',
    input: '"WALLACE: Let\'s start with the bridge."',
    quotes: [{ quote: "WALLACE: Let's start with the bridge.", rule: 'speaker-label', mention: 'WALLACE', cue: ':', speaker: 'Wallace' }],
  },
  {
    name: 'speaker-label: a label before the quote names the host introduced before (capitals are no acronym)',
    input: 'Host Tobias Wren took questions.\n\nWREN: "Why the delay?"\n\nMARQUARDT: "The tests came late."',
    quotes: [
      { quote: 'Why the delay?', rule: 'speaker-label', mention: 'WREN', cue: ':', speaker: 'Tobias Wren', confidence: 0.9 },
      { quote: 'The tests came late.', rule: 'speaker-label', mention: 'MARQUARDT', cue: ':', speaker: 'MARQUARDT', confidence: 0.9 },
    ],
  },
  {
    name: 'speaker-label: a caller labelled with where she is calls as the name before the comma',
    input: 'A caller gave her name only as Dee.\n\nDEE, IN NORBURY: "Who pays me back?"',
    quotes: [{ quote: 'Who pays me back?', rule: 'speaker-label', mention: 'DEE', cue: ':', speaker: 'Dee', confidence: 0.9 }],
  },
  {
    name: 'speaker-label: page furniture in capitals labels no speaker',
    input: 'The ferry was late again.\n\nUPDATE: "Service resumes at noon," the operator said.',
    quotes: [{ quote: 'Service resumes at noon,', rule: 'cue-after-quote', mention: 'the operator', cue: 'said', speaker: 'the operator' }],
  },
  {
    name: "none: a chant is no one's words, whoever chanted it",
    input: 'The home end answered with a chant of "Ayo, take us home!" as the clock ran down.',
    quotes: [{ quote: 'Ayo, take us home!', rule: 'none', mention: null, cue: null, speaker: null }],
  },
  {
    name: "none: a banner's words, and protesters chanting",
    input: 'Protesters held a banner reading "The ferry is our only road home" and marched on, chanting "Fix it now."',
    quotes: [
      { quote: 'The ferry is our only road home', rule: 'none', mention: null, cue: null, speaker: null },
      { quote: 'Fix it now.', rule: 'none', mention: null, cue: null, speaker: null },
    ],
  },
  {
    name: 'none: a sign read, and a crowd singing',
    input: 'One hand-lettered sign read "Our kids are no experiment," and the fans, who had been singing "Blue and gold, we never fold" all day, went quiet.',
    quotes: [
      { quote: 'Our kids are no experiment,', rule: 'none', mention: null, cue: null, speaker: null },
      { quote: 'Blue and gold, we never fold', rule: 'none', mention: null, cue: null, speaker: null },
    ],
  },
  {
    name: 'none: a crowd shouting the words, after them or before',
    input: 'The mayor spoke. "Cap it now!" a group near the front shouted. Then protesters shouted: "No more rises!"',
    quotes: [
      { quote: 'Cap it now!', rule: 'none', mention: null, cue: null, speaker: null },
      { quote: 'No more rises!', rule: 'none', mention: null, cue: null, speaker: null },
    ],
  },
  {
    name: 'none: a slogan named right after the quote, even after a colon that follows someone',
    input: 'Supporters had a new refrain as Mayor Ana Ruiz took the stage: "Fix the bridge!", the slogan that ran on every poster.',
    quotes: [{ quote: 'Fix the bridge!', rule: 'none', mention: null, cue: null, speaker: null }],
  },
  {
    name: 'cue-before-quote: a chant earlier in the sentence does not take the quote',
    input: 'Fans sang chants for an hour, and the coach said "We earned it."',
    quotes: [{ quote: 'We earned it.', rule: 'cue-before-quote', mention: 'the coach', cue: 'said', speaker: 'the coach' }],
  },
  {
    name: 'same-sentence: a tag later in the sentence, not next to the quote',
    input: 'Crews found "cracks in every second beam" on Monday, the engineer said.',
    quotes: [{ quote: 'cracks in every second beam', rule: 'same-sentence', mention: 'the engineer', cue: 'said', speaker: 'the engineer', confidence: 0.75 }],
  },
  {
    name: 'same-sentence: a verb whose past tense is also its participle leads into the quote',
    input: 'In a speech on Monday, Maria Olsen attacked "the cult of the car."',
    quotes: [{ quote: 'the cult of the car.', rule: 'same-sentence', mention: 'Maria Olsen', cue: 'attacked', speaker: 'Maria Olsen', confidence: 0.5 }],
  },
  {
    name: 'same-sentence: a subject and a verb that is no reporting verb lead into the quote',
    input: 'Maria Olsen wanted "a new bridge by May" and more.',
    quotes: [{ quote: 'a new bridge by May', rule: 'same-sentence', mention: 'Maria Olsen', cue: 'wanted', speaker: 'Maria Olsen', confidence: 0.5 }],
  },
  {
    name: 'previous-sentence: the only person of the sentence before',
    input: 'Maria Olsen was blunt. "The bridge will not hold."',
    quotes: [{ quote: 'The bridge will not hold.', rule: 'previous-sentence', mention: 'Maria Olsen', cue: null, speaker: 'Maria Olsen', confidence: 0.55 }],
  },
  {
    name: 'previous-sentence: the cue of the sentence before',
    input: 'Maria Olsen, who runs the ferry, said the fares would rise. "Nobody will be happy."',
    quotes: [{ quote: 'Nobody will be happy.', rule: 'previous-sentence', mention: 'Maria Olsen', cue: 'said', speaker: 'Maria Olsen', confidence: 0.75 }],
  },
  {
    name: 'previous-sentence: a lead-in ending a paragraph in a colon',
    input: 'Maria Olsen said:\n\n"The bridge will hold."',
    quotes: [{ quote: 'The bridge will hold.', rule: 'previous-sentence', mention: 'Maria Olsen', cue: 'said', speaker: 'Maria Olsen', confidence: 0.8 }],
  },
  {
    name: 'previous-sentence: a lead-in with no reporting verb ending a paragraph in a colon',
    input: 'Maria Olsen made the following remark:\n\n"The bridge will hold."',
    quotes: [{ quote: 'The bridge will hold.', rule: 'previous-sentence', mention: 'Maria Olsen', cue: ':', speaker: 'Maria Olsen', confidence: 0.6 }],
  },
  {
    name: 'previous-sentence: the lead-in with no reporting verb opens with a date',
    input: 'On May 3, 2019, Maria Olsen made the following remark:\n\n"The bridge will hold."',
    quotes: [{ quote: 'The bridge will hold.', rule: 'previous-sentence', mention: 'Maria Olsen', cue: ':', speaker: 'Maria Olsen' }],
  },
  {
    name: 'continuation: an earlier paragraph of a quote tagged at its end',
    input: '"The first part runs on.\n\n"The second part ends here," Maria Olsen said.',
    quotes: [
      { quote: 'The first part runs on.', rule: 'continuation', mention: 'Maria Olsen', cue: 'said', speaker: 'Maria Olsen', confidence: 0.85 },
      { quote: 'The second part ends here,', rule: 'cue-after-quote', mention: 'Maria Olsen', cue: 'said', speaker: 'Maria Olsen' },
    ],
  },
  {
    name: 'continuation: the next paragraph of a quote tagged in its first',
    input: 'Maria Olsen said: "The bridge will hold.\n\n"And so will the dam."',
    quotes: [
      { quote: 'The bridge will hold.', rule: 'cue-before-quote', mention: 'Maria Olsen', cue: 'said', speaker: 'Maria Olsen' },
      { quote: 'And so will the dam.', rule: 'continuation', mention: 'Maria Olsen', cue: 'said', speaker: 'Maria Olsen', confidence: 0.9 },
    ],
  },
  {
    name: 'conversation: untagged turns alternate between the last two speakers',
    input: 'Maria Olsen met Hugh Hill at the bridge.\n\n"Will it hold?" Olsen asked.\n\n"Yes," Hill said.\n\n"Are you sure?"\n\n"Quite sure."',
    quotes: [
      { quote: 'Will it hold?', rule: 'cue-after-quote', mention: 'Olsen', cue: 'asked', speaker: 'Maria Olsen' },
      { quote: 'Yes,', rule: 'cue-after-quote', mention: 'Hill', cue: 'said', speaker: 'Hugh Hill' },
      { quote: 'Are you sure?', rule: 'conversation', mention: 'Olsen', cue: 'asked', speaker: 'Maria Olsen', confidence: 0.6 },
      { quote: 'Quite sure.', rule: 'conversation', mention: 'Hill', cue: 'said', speaker: 'Hugh Hill', confidence: 0.6 },
    ],
  },
  {
    name: 'conversation: with no exchange, the last speaker goes on',
    input: '"The bridge will hold," said Maria Olsen.\n\n"We checked it twice, and we will check it again."',
    quotes: [
      { quote: 'The bridge will hold,', rule: 'cue-inverted', mention: 'Maria Olsen', cue: 'said', speaker: 'Maria Olsen' },
      {
        quote: 'We checked it twice, and we will check it again.',
        rule: 'conversation',
        mention: 'Maria Olsen',
        cue: 'said',
        speaker: 'Maria Olsen',
        confidence: 0.65,
      },
    ],
  },
  {
    name: 'learned: a model that prefers the sentence before chooses its name over the rules’ verdict',
    input: 'Maria Olsen was blunt. The engineer said, "The bridge will not hold."',
    model: PREFERS_THE_SENTENCE_BEFORE,
    quotes: [{ quote: 'The bridge will not hold.', rule: 'learned', mention: 'Maria Olsen', cue: null, speaker: 'Maria Olsen' }],
  },
  {
    name: 'same-sentence: no cue, the subject of the main clause before the quote (weakly)',
    input: 'In May, Maria Olsen backed the plan for the harbour, a project with "the best chance we have had in years."',
    quotes: [
      { quote: 'the best chance we have had in years.', rule: 'same-sentence', mention: 'Maria Olsen', cue: null, speaker: 'Maria Olsen', confidence: 0.4 },
    ],
  },
  {
    name: 'same-sentence: no cue, the subject of the main clause after an opening adverb and its comma',
    input: 'However, Maria Olsen backed the plan for the harbour, a project with "the best chance we have had in years."',
    quotes: [{ quote: 'the best chance we have had in years.', rule: 'same-sentence', mention: 'Maria Olsen', cue: null, speaker: 'Maria Olsen' }],
  },
  {
    name: 'same-sentence: no cue, a body as the subject of the main clause',
    input: 'The city council approved the plan, which would bring "the best chance we have had in years."',
    quotes: [{ quote: 'the best chance we have had in years.', rule: 'same-sentence', mention: 'The city council', cue: null, speaker: 'The city council' }],
  },
  {
    name: 'none: no cue, and the subject of the main clause is not known to be a person (a storm)',
    input: 'Agnes left the harbour, in the end, as "a field of broken boats and torn nets."',
    quotes: [{ quote: 'a field of broken boats and torn nets.', rule: 'none', mention: null, cue: null, speaker: null }],
  },
  {
    name: 'none: no cue, and the sentence is about a banner (its words are no one’s)',
    input: 'Maria Olsen stood under a banner across the gate with the words "Keep the ferry running for all of us."',
    quotes: [{ quote: 'Keep the ferry running for all of us.', rule: 'none', mention: null, cue: null, speaker: null }],
  },
  {
    name: 'same-sentence: the same sentence without the banner',
    input: 'Maria Olsen stood under a roof across the gate with the words "Keep the ferry running for all of us."',
    quotes: [{ quote: 'Keep the ferry running for all of us.', rule: 'same-sentence', mention: 'Maria Olsen', cue: null, speaker: 'Maria Olsen' }],
  },
  {
    name: 'none: no cue, and a short phrase is no one’s (a scare quote, dropped after attribution)',
    input: 'The city council, after a long night, approved the "reform package" at dawn.',
    quotes: [],
  },
  {
    name: 'repeated-quote: a headline quote takes the speaker of the later quote that repeats its words',
    input: 'Harbour master vows "no more delays"\n\nThe dredging starts in May.\n\n"No more delays," Maren Holt said on Friday.',
    quotes: [
      { quote: 'no more delays', rule: 'repeated-quote', mention: 'Maren Holt', cue: 'said', speaker: 'Maren Holt', confidence: 0.95 },
      { quote: 'No more delays,', rule: 'cue-after-quote', mention: 'Maren Holt', cue: 'said', speaker: 'Maren Holt' },
    ],
  },
  {
    name: 'none: nobody is named',
    input: 'The weather was bad.\n\n"Nobody knows what comes next."',
    quotes: [{ quote: 'Nobody knows what comes next.', rule: 'none', mention: null, cue: null, speaker: null, confidence: 0 }],
  },
  {
    name: 'none: a question-and-answer label names nobody',
    input: '"Q: Will the bridge hold?"',
    quotes: [{ quote: 'Q: Will the bridge hold?', rule: 'none', mention: null, cue: null, speaker: null }],
  },
];

describe('attributeQuotes', () => {
  // the rules alone, unless a case brings a model: their confidences are the rules' own
  it.each(cases)('$name', ({ input, quotes, model }) => {
    const found = attributionStage(input, model ?? null);
    expect(found.attributions).toHaveLength(found.quotes.length);
    const got = found.quotes.map((q, i) => {
      const a = found.attributions[i];
      const row: Expected = {
        quote: input.slice(q.start, q.end),
        rule: a?.rule as AttributionRule,
        mention: covered(input, a?.mention),
        cue: covered(input, a?.cue),
        speaker: a?.entity?.name ?? null,
      };
      if (quotes[i]?.confidence !== undefined) row.confidence = a?.confidence as number;
      return row;
    });
    expect(got).toEqual(quotes);
  });

  it('every rule of ATTRIBUTION_RULES has a row', () => {
    const tested = new Set(cases.flatMap((c) => c.quotes.map((q) => q.rule)));
    expect(ATTRIBUTION_RULES.filter((r) => !tested.has(r))).toEqual([]);
  });

  it("an attribution's mention is one of the story's mentions, and its speaker that mention's entity", () => {
    const input = 'Maria Olsen met Hugh Hill at the bridge.\n\n"Will it hold?" Olsen asked.\n\n"Yes," Hill said.';
    const { attributions, mentions, coref } = attributionStage(input);
    expect(attributions).toHaveLength(2);
    for (const a of attributions) {
      expect(mentions).toContain(a.mention);
      expect(a.entity).toBe(coref.entityOf.get(a.mention as (typeof mentions)[number]));
    }
  });

  it('a relative pronoun standing for the speaker is kept with the attribution', () => {
    const input = 'The figures came from a report, which said cases fell by "more than half."';
    const [a] = attributionStage(input).attributions;
    expect(a?.rule).toBe('cue-before-quote');
    expect(covered(input, a?.mention)).toBe('a report');
    expect(covered(input, a?.relativePronoun)).toBe('which');
  });
});
