/**
 * find-speech-cues: reporting verbs and `according to`, each with the speaker it has, found to
 * the left (`the official said`, `Hugh Hill, a doctor, said`, `the report, which said`) or,
 * inverted, to the right (`said Maria Olsen`, `according to the ministry`); a passive, a noun and
 * a person who reads are no cues; a verb after `but` or `, adding` takes the sentence's speaker.
 */
import { describe, expect, it } from 'vitest';
import type { Cue } from '../../../src/analysis/steps/find-speech-cues.js';
import type { Frame } from '../../../src/analysis/steps/tokenize-frames.js';
import { cuesStage } from './pipeline.js';

/** What a row pins of one cue: its text and the text of its subject always, the rest when given. */
interface Expected {
  text: string;
  subject: string | null;
  type?: Cue['type'];
  lemma?: string | null;
  side?: Cue['side'];
  /** The relative pronoun standing for the subject, or null for none. */
  relativePronoun?: string | null;
  /** The text from the start of the description set before the subject to the subject's end, or null for none. */
  phrase?: string | null;
}

interface Case {
  name: string;
  input: string;
  /** Every cue the step keeps, in text order. */
  cues: Expected[];
}

const cases: Case[] = [
  { name: 'no reporting verb', input: 'The bridge reopened on Monday.', cues: [] },
  {
    name: 'said after the quote, the subject before it',
    input: '"We will stay," Maria Olsen said.',
    cues: [{ text: 'said', subject: 'Maria Olsen', type: 'verb', lemma: 'say', side: 'left', relativePronoun: null }],
  },
  {
    name: 'said before its content',
    input: 'Maria Olsen said the plan would fail.',
    cues: [{ text: 'said', subject: 'Maria Olsen', side: 'left' }],
  },
  {
    name: 'a time phrase between the subject and the verb (`this week`, `on Friday`, `last Tuesday`, `on Sunday night`)',
    input:
      'The Ledger this week reported a loss. Ana Ruiz on Friday said the mill would close. Dov Berg last Tuesday warned of floods. Mia Toll on Sunday night wrote that rents rose.',
    cues: [
      { text: 'reported', subject: 'Ledger', side: 'left' },
      { text: 'said', subject: 'Ana Ruiz', side: 'left' },
      { text: 'warned', subject: 'Dov Berg', side: 'left' },
      { text: 'wrote', subject: 'Mia Toll', side: 'left' },
    ],
  },
  {
    name: 'an object of a preposition before a time phrase does not speak',
    input: 'Crowds marched through Port Selim on Friday to protest the tariffs.',
    cues: [],
  },
  {
    name: 'the agent of a participle before the verb is not its subject; what the participle follows is',
    input: 'The memo handed out by the mayor says the plan failed. Emails obtained by the Ledger suggest that the mayor knew.',
    cues: [
      { text: 'says', subject: 'The memo', side: 'left' },
      { text: 'suggest', subject: 'Emails', side: 'left' },
    ],
  },
  {
    name: 'the author of a document after `by` speaks for it when no participle comes between',
    input: 'A report by the Harbor Institute says rents rose.',
    cues: [{ text: 'says', subject: 'the Harbor Institute', side: 'left' }],
  },
  {
    name: 'an adjective and a form in -s after a determiner of a plural are a noun, after an article they may be a subject and its verb',
    input: 'The site rates so many Democratic claims as false. The Republican claims the vote was rigged.',
    cues: [{ text: 'claims', subject: 'Republican', side: 'left' }],
  },
  {
    name: 'a verb far inside a relative clause on its subject speaks through the relative pronoun',
    input: 'Ivo Beck, who had in earlier years described the merger as a blunder, left. Voters who went to the polls to say no were many.',
    cues: [
      { text: 'described', subject: 'Ivo Beck', relativePronoun: 'who' },
      { text: 'say', subject: 'Voters', relativePronoun: 'who' },
    ],
  },
  {
    name: 'a verb after the comma that closes a relative clause, or after a clause closed without one, is the main clause verb',
    input: 'Ana Ruiz, who lives in Dover, said the mill would close. One of the aides who sent the letter called it a mistake.',
    cues: [
      { text: 'said', subject: 'Ana Ruiz', relativePronoun: null },
      { text: 'called', subject: 'One of the aides', relativePronoun: null },
    ],
  },
  {
    name: 'a participle that names a thing after an indefinite noun phrase is no cue; calling someone something is',
    input:
      'They traced it to a website called Harbor Truth Now, which posts fake stories. They formed a group called “Free Harbor.” A neighbour called Ruiz a liar. An aide called “absurd” the idea that he would quit.',
    cues: [
      { text: 'called', subject: 'A neighbour', side: 'left' },
      { text: 'called', subject: 'An aide', side: 'left' },
    ],
  },
  {
    name: 'a two-word participle after a comma (`, calling for`) takes the sentence subject, as a one-word one does',
    input: 'The nurses sent a letter to the head of the board, calling for his dismissal.',
    cues: [{ text: 'calling for', subject: 'The nurses', side: 'left' }],
  },
  {
    name: 'an `it` that stands for nothing (`it is too soon to`, `it is worth`) gives no speaker; an `it` that stands for a body does',
    input: 'It is too early to say where the flood water went. It’s worth noting that the mill closed. The ministry met. It said the plan failed.',
    cues: [
      { text: 'say', subject: null },
      { text: 'said', subject: 'It', side: 'left' },
    ],
  },
  {
    name: 'a negated verb of answering (`did not respond`, `has not commented`) is no cue; an answer is',
    input: 'Ruiz did not immediately respond to the letter. The campaign has not commented on the report. Ruiz responded that the plan failed.',
    cues: [{ text: 'responded', subject: 'Ruiz', side: 'left' }],
  },
  {
    name: 'inverted: said Maria Olsen',
    input: '"We will stay," said Maria Olsen.',
    cues: [{ text: 'said', subject: 'Maria Olsen', side: 'right' }],
  },
  {
    name: 'inverted over the article of a titled name',
    input: '"We will stay," said the Rev. Ann Cole.',
    cues: [{ text: 'said', subject: 'Rev. Ann Cole', side: 'right' }],
  },
  {
    name: 'inverted over a number before a titled name (the number is no part of it)',
    input: '"They knew," said 9/11 widow Ann Cole.',
    cues: [{ text: 'said', subject: 'widow Ann Cole', side: 'right' }],
  },
  {
    name: 'inverted over lower-case words the name leaves out: `former`, a role',
    input: '"The ferry will run," said former harbour pilot Ann Cole.',
    cues: [{ text: 'said', subject: 'pilot Ann Cole', side: 'right' }],
  },
  {
    name: 'inverted over an article before a name of a party member',
    input: '"The count is too close," added a Vermont Democrat.',
    cues: [{ text: 'added', subject: 'Vermont Democrat', side: 'right' }],
  },
  {
    name: 'inverted: a preposition after the verb stops the search (the name is no subject)',
    input: '"The ferry will run," said in a letter to Ann Cole.',
    cues: [{ text: 'said', subject: null }],
  },
  {
    name: 'inverted: a time after the verb stops the search',
    input: '"The ferry will run," said yesterday Ann Cole.',
    cues: [{ text: 'said', subject: null }],
  },
  {
    name: 'inverted after a comma of the narrative',
    input: 'The bridge will reopen in May, said a spokeswoman for the ministry.',
    cues: [{ text: 'said', subject: 'a spokeswoman for the ministry', side: 'right' }],
  },
  {
    name: 'according to a body, opening the sentence',
    input: 'According to the ministry, cases fell.',
    cues: [{ text: 'According to', subject: 'the ministry', type: 'according-to', lemma: null, side: 'right' }],
  },
  {
    name: 'according to a named body, closing the sentence',
    input: 'Cases fell, according to the World Health Organization.',
    cues: [{ text: 'according to', subject: 'the World Health Organization', type: 'according-to', side: 'right' }],
  },
  {
    name: 'according to an acronym',
    input: 'Cases fell, according to NATO.',
    cues: [{ text: 'according to', subject: 'NATO', type: 'according-to' }],
  },
  {
    name: 'according to a person whose mention leaves out the words before it',
    input: 'According to longtime talk radio host Tom Varga, the plan failed.',
    cues: [{ text: 'According to', subject: 'radio host Tom Varga', type: 'according-to', side: 'right' }],
  },
  {
    name: 'according to a person',
    input: 'According to Maria Olsen, cases fell.',
    cues: [{ text: 'According to', subject: 'Maria Olsen', type: 'according-to' }],
  },
  {
    name: 'a relative pronoun after a comma stands for the document',
    input: 'The figures came from the report, which said cases fell.',
    cues: [{ text: 'said', subject: 'the report', side: 'left', relativePronoun: 'which' }],
  },
  {
    name: 'a relative pronoun after a dash opening an aside',
    input: 'In the end the report — which noted that cases fell — was ignored.',
    cues: [{ text: 'noted', subject: 'the report', side: 'left', relativePronoun: 'which' }],
  },
  {
    name: 'a relative pronoun after two hyphens standing for a dash',
    input: 'In the end the report -- which noted that cases fell -- was ignored.',
    cues: [{ text: 'noted', subject: 'the report', side: 'left', relativePronoun: 'which' }],
  },
  {
    name: 'a relative pronoun without a comma',
    input: 'A club owner who said he was robbed filed a complaint.',
    cues: [{ text: 'said', subject: 'A club owner', relativePronoun: 'who' }],
  },
  {
    name: 'an adverb of time between the subject and the verb',
    input: 'Maria Olsen now says the plan is dead. The mayor instead said the bridge would wait.',
    cues: [
      { text: 'says', subject: 'Maria Olsen', side: 'left' },
      { text: 'said', subject: 'The mayor', side: 'left' },
    ],
  },
  {
    name: 'a relative clause between subject and verb ends in the object of its own verb',
    input: 'One of the nurses who signed the letter called the plan a disgrace.',
    cues: [{ text: 'called', subject: 'One of the nurses', relativePronoun: null }],
  },
  {
    name: 'a name as the object of the relative clause is not the speaker',
    input: 'Voters who backed Ruiz said the count was fair.',
    cues: [{ text: 'said', subject: 'Voters' }],
  },
  {
    name: 'an aside between the name and the verb',
    input: 'Hugh Hill, a doctor, said the clinic was full.',
    cues: [{ text: 'said', subject: 'Hugh Hill', side: 'left', relativePronoun: null }],
  },
  {
    name: 'a bracketed party and state, then an aside',
    input: 'Rep. Tom Welker (R-Ohio), a member of the panel, said the bill would fail.',
    cues: [{ text: 'said', subject: 'Rep. Tom Welker', side: 'left' }],
  },
  {
    name: 'a bracketed party and state right before the verb',
    input: 'Rep. Tom Welker (R-Ohio) said the bill would fail.',
    cues: [{ text: 'said', subject: 'Rep. Tom Welker' }],
  },
  {
    name: 'a description set before the name is part of the phrase',
    input: 'A protester, Lena Brandt, said the march would go on.',
    cues: [{ text: 'said', subject: 'Lena Brandt', phrase: 'A protester, Lena Brandt' }],
  },
  {
    name: 'a description right before the verb is the subject, not the place before its comma',
    input: 'Hifter pressed his offensive on Tripoli, the official said.',
    cues: [{ text: 'said', subject: 'the official', side: 'left' }],
  },
  {
    name: 'a place as a subject',
    input: 'Moscow said the talks were over.',
    cues: [{ text: 'said', subject: 'Moscow' }],
  },
  {
    name: 'a thing speaks as a document',
    input: 'The clip says the mayor lied.',
    cues: [{ text: 'says', subject: 'The clip', lemma: 'say' }],
  },
  { name: 'a passive is no cue', input: 'The mayor was told the bridge was unsafe.', cues: [] },
  { name: 'a determiner makes the verb a noun', input: 'The final say rests with the court.', cues: [] },
  {
    name: 'a verb after but takes the subject before it',
    input: 'Cole declined to comment but said the vote was fair.',
    cues: [
      { text: 'comment', subject: null },
      { text: 'said', subject: 'Cole', side: 'left' },
    ],
  },
  {
    name: 'a verb after and added takes the subject of the verb before it',
    input: 'Olsen said the plan would fail and added that fares would rise.',
    cues: [
      { text: 'said', subject: 'Olsen' },
      { text: 'added', subject: 'Olsen', lemma: 'add' },
    ],
  },
  {
    name: 'an age between the name and its aside',
    input: 'Lena Brandt, 44, a nurse at the clinic, said the ward was full.',
    cues: [{ text: 'said', subject: 'Lena Brandt', side: 'left' }],
  },
  {
    name: 'an interrupted quote: `began` in the tag after it, then `cut in` before the next',
    input: '«We never closed a clinic that —» Stenz began, before Morales cut in: «Two of them.»',
    cues: [
      { text: 'began', subject: 'Stenz', side: 'left' },
      { text: 'cut in', subject: 'Morales', side: 'left' },
    ],
  },
  {
    name: '`found` is a cue for a study or a poll only',
    input: 'Police found the car. The study found that walking helps.',
    cues: [{ text: 'found', subject: 'The study', side: 'left' }],
  },
  { name: '`began` away from a quote is no cue', input: 'Talks began on Monday, and Ortiz began to worry.', cues: [] },
  {
    name: 'a participle phrase between a group and its verb (`residents reached by telephone described`)',
    input: 'In the village, residents reached by telephone described hours of explosions.',
    cues: [{ text: 'described', subject: 'residents', side: 'left' }],
  },
  {
    name: 'to call a number or the police is to phone, not to speak',
    input: 'He ran out while another customer called 911 and a clerk called the police.',
    cues: [],
  },
  {
    name: 'to call a noun phrase something is to speak of it, even the police shootings',
    input: 'She called the police shootings a crisis.',
    cues: [{ text: 'called', subject: 'She', side: 'left' }],
  },
  {
    name: 'an aside with a town after a preposition: the name before the aside',
    input: 'Sandy Hill, who lost her home in the flood in Milford, Ohio, last year, said the levee failed.',
    cues: [{ text: 'said', subject: 'Sandy Hill', side: 'left' }],
  },
  {
    name: 'an aside whose relative clause has an object with its own aside: the name before them',
    input: 'Hollis Drummond, who directs the Fair Paycheck Project, a workers’ advocacy group, said the tip is a fee.',
    cues: [{ text: 'said', subject: 'Hollis Drummond', side: 'left' }],
  },
  {
    name: 'an aside that names a place (`in the capital, Varlen,`): the body before the place',
    input: 'The Defense Ministry in the capital, Varlen, said its forces had not fired.',
    cues: [{ text: 'said', subject: 'The Defense Ministry', side: 'left' }],
  },
  {
    name: 'a participle after the person a verb shows speaking (`left the head coach, Fiona Radley, saying`)',
    input: 'The penalty left the head coach, Fiona Radley, saying she had never seen anything like it.',
    cues: [{ text: 'saying', subject: 'Fiona Radley', side: 'left' }],
  },
  {
    name: "a participle after an object the subject speaks of (`defended his rival, Ana Ruiz, saying`): the sentence's subject",
    input: 'Hugo Lind defended his rival, Ana Ruiz, saying she would win.',
    cues: [{ text: 'saying', subject: 'Hugo Lind', side: 'left' }],
  },
  {
    name: 'an age and a town after a preposition: the name before them',
    input: 'Cory Lane, 22, of Milford, Ohio, said the levee failed.',
    cues: [{ text: 'said', subject: 'Cory Lane', side: 'left' }],
  },
  {
    name: 'a verb after and in its past form takes the subject of the clause',
    input: 'He shook his head and said the vote was lost.',
    cues: [{ text: 'said', subject: 'He', side: 'left' }],
  },
  {
    name: 'a verb after and with an adverb between takes the subject of the clause',
    input: 'Tom Varga opened the meeting and later told reporters the vote was lost.',
    cues: [{ text: 'told', subject: 'Tom Varga', side: 'left' }],
  },
  {
    name: 'a participle after a comma goes on with the speaker',
    input: '"No," she said, adding that the talks were over.',
    cues: [
      { text: 'said', subject: 'she' },
      { text: 'adding', subject: 'she', lemma: 'add' },
    ],
  },
  {
    name: 'a participle after a comma: the person it addresses is no speaker',
    input: 'Later that day the mayor met the press, telling the Courier that fares would stay.',
    cues: [{ text: 'telling', subject: 'the mayor', lemma: 'tell', side: 'left' }],
  },
  {
    name: 'a participle after a comma: the subject of its content is no speaker',
    input: 'Governor Lena Ruiz endorsed the mayor, saying Tom Varga would win easily.',
    cues: [{ text: 'saying', subject: 'Governor Lena Ruiz', lemma: 'say', side: 'left' }],
  },
  {
    name: 'a participle after a comma: the object before the comma is no speaker',
    input: 'Tom Varga attacked the council, calling it careless.',
    cues: [{ text: 'calling', subject: 'Tom Varga', side: 'left' }],
  },
  {
    name: 'a participle after a comma: an opening phrase of place holds no subject',
    input: 'Here in Dover, Ana Brandt stepped up her attacks, saying the plan was late.',
    cues: [{ text: 'saying', subject: 'Ana Brandt', side: 'left' }],
  },
  {
    name: 'a participle after a comma: an opening phrase of time with an owner holds no subject',
    input: 'Early in his term, Tom Varga took on the council, calling it careless.',
    cues: [{ text: 'calling', subject: 'Tom Varga', side: 'left' }],
  },
  {
    name: 'a participle after a comma: a town and its state after a preposition hold no subject',
    input: 'At a meeting in Milford, Ohio, on Monday, Ms. Brandt spoke at length, saying the plan was late.',
    cues: [{ text: 'saying', subject: 'Ms. Brandt', side: 'left' }],
  },
  {
    name: 'a participle after the object of a verb: the clause’s subject speaks',
    input: 'The senator emailed her supporters saying the fight would go on.',
    cues: [{ text: 'saying', subject: 'The senator', side: 'left' }],
  },
  {
    name: 'a participle after the object of a preposition of address: the clause’s subject speaks',
    input: 'Tom Varga sent a statement to the staff explaining the merger.',
    cues: [{ text: 'explaining', subject: 'Tom Varga', side: 'left' }],
  },
  {
    name: 'a participle after the object of `of`: that object speaks',
    input: 'The film shows footage of the mayor saying the port would close.',
    cues: [{ text: 'saying', subject: 'the mayor', side: 'left' }],
  },
  {
    name: 'a participle after an object, in a clause with no subject of its own: the object stays',
    input: 'In a statement explaining the merger, the firm thanked its staff.',
    cues: [{ text: 'explaining', subject: 'a statement', side: 'left' }],
  },
  {
    name: 'a participle with no subject of its own: the clause’s subject close before it',
    input: 'She sent an email saying the vote was done.',
    cues: [{ text: 'saying', subject: 'She', side: 'left' }],
  },
  {
    name: 'a participle after a preposition: the clause’s subject, past an aside',
    input: 'Ana Ruiz, a doctor, then appeared on the radio and began by saying the clinic was full.',
    cues: [{ text: 'saying', subject: 'Ana Ruiz', side: 'left' }],
  },
  {
    name: 'a participle with no subject of its own: a subject far before it, past a comma, is not its',
    input: 'Lena Brandt had looked calm all through the long first half of the match, and the crowd spent the evening singing the old anthem.',
    cues: [{ text: 'singing', subject: null }],
  },
  {
    name: 'a document reads',
    input: 'The letter reads: "We are sorry."',
    cues: [{ text: 'reads', subject: 'The letter', lemma: 'read', side: 'left' }],
  },
  { name: 'a person who reads says nothing', input: 'Maria Olsen reads: "We are sorry."', cues: [] },
  {
    name: 'a verb of communication from WordNet with a quote after as',
    input: 'The ministry condemned the decision as "a gamble."',
    cues: [{ text: 'condemned', subject: 'The ministry', lemma: 'condemn', side: 'left' }],
  },
  {
    name: 'a verb of communication from WordNet with a quote after as and an article',
    input: 'The ministry condemned the decision as a "gamble."',
    cues: [{ text: 'condemned', subject: 'The ministry', lemma: 'condemn', side: 'left' }],
  },
  {
    name: 'a verb of communication from WordNet after and takes the subject of the verb before it',
    input: 'Tom Varga said that was not his view and dismissed the reports as "old claims."',
    cues: [
      { text: 'said', subject: 'Tom Varga' },
      { text: 'dismissed', subject: 'Tom Varga', lemma: 'dismiss', side: 'left' },
    ],
  },
  { name: 'the same verb with no quote after it is no cue', input: 'The ministry condemned the decision.', cues: [] },
  {
    name: 'verb forms: has warned',
    input: 'Olsen has warned that fares will rise.',
    cues: [{ text: 'warned', subject: 'Olsen', lemma: 'warn' }],
  },
  {
    name: 'verb forms: was quoted as saying',
    input: 'Olsen was quoted as saying the fares would rise.',
    cues: [{ text: 'saying', subject: 'Olsen', lemma: 'say' }],
  },
  {
    name: 'verb forms: told, with an adverb before it',
    input: 'Olsen flatly told reporters the fares would rise.',
    cues: [{ text: 'told', subject: 'Olsen', lemma: 'tell' }],
  },
  {
    name: 'a team speaks through the person at its head',
    input: 'Dr. Ann Berg and her colleagues wrote that the drug worked.',
    cues: [{ text: 'wrote', subject: 'Dr. Ann Berg', lemma: 'write' }],
  },
];

function project(input: string, frames: readonly Frame[], c: Cue, keys: readonly (keyof Expected)[]): Expected {
  const lead = c.phraseFirst === undefined ? undefined : frames[c.sentence]?.tokens[c.phraseFirst];
  const all: Required<Expected> = {
    text: c.text,
    subject: c.subject?.text ?? null,
    type: c.type,
    lemma: c.verb?.lemma ?? null,
    side: c.side,
    relativePronoun: c.relativePronoun?.text ?? null,
    phrase: lead && c.subject ? input.slice(lead.start, c.subject.end) : null,
  };
  return Object.fromEntries(keys.map((k) => [k, all[k]])) as unknown as Expected;
}

describe('findSpeechCues', () => {
  it.each(cases)('$name', ({ input, cues }) => {
    const { cues: found, frames } = cuesStage(input);
    expect(
      found.map((c) => c.text),
      'cues',
    ).toEqual(cues.map((c) => c.text));
    found.forEach((c, i) => {
      const want = cues[i] as Expected;
      expect(project(input, frames, c, Object.keys(want) as (keyof Expected)[]), `cue ${i}`).toEqual(want);
    });
  });

  it('each cue is its span of the text; its subject is one of the mentions', () => {
    const input =
      'Hugh Hill, a doctor, said the clinic was full. "We will stay," said the Rev. Ann Cole. Cases fell, according to NATO. The report, which said so, was long.';
    const { cues, mentions } = cuesStage(input);
    expect(cues).toHaveLength(4);
    for (const c of cues) {
      expect(input.slice(c.start, c.end)).toBe(c.text);
      expect(c.subject).not.toBeNull();
      expect(mentions).toContain(c.subject);
      if (c.relativePronoun) expect(input.slice(c.relativePronoun.start, c.relativePronoun.end)).toBe(c.relativePronoun.text);
    }
  });

  it('numbers the sentence and tokens of each cue', () => {
    const input = 'The bridge is shut. Engineers said the beams were cracked.';
    const [c] = cuesStage(input).cues;
    expect(c).toMatchObject({ text: 'said', sentence: 1, first: 1, last: 1, segment: 0 });
  });

  it('finds no cue inside a quote', () => {
    const input = '"He said the bridge was safe," Maria Olsen told reporters.';
    expect(cuesStage(input).cues.map((c) => [c.text, c.subject?.text])).toEqual([['told', 'Maria Olsen']]);
  });
});
