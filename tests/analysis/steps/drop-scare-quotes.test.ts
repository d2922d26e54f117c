/**
 * drop-scare-quotes: after attribution, a short closed phrase in running text that nobody is said
 * to have said, with no speech cue before it in its sentence, is a scare quote; attributed quotes,
 * long phrases, quotes opening a sentence and phrases after a cue stay.
 */
import { describe, expect, it } from 'vitest';
import { findContaining, type Span } from '../../../src/analysis/span.js';
import type { Attribution } from '../../../src/analysis/steps/attribute-quotes.js';
import { dropScareQuotes } from '../../../src/analysis/steps/drop-scare-quotes.js';
import type { Cue } from '../../../src/analysis/steps/find-speech-cues.js';
import { splitSentences } from '../../../src/analysis/steps/split-sentences.js';
import type { Note } from '../../../src/analysis/story.js';
import { pairedQuotesOf, slices } from '../../support/spans.js';

/** A bare speech cue on the first occurrence of `word` (what the step reads: its sentence and end). */
function cueAt(text: string, sentences: readonly Span[], word: string): Cue {
  const start = text.indexOf(word);
  return {
    start,
    end: start + word.length,
    text: word,
    type: 'verb',
    verb: null,
    subject: null,
    side: null,
    sentence: findContaining(sentences, start),
    segment: 0,
    first: 0,
    last: 0,
  };
}

function run(input: string, attributed: boolean[], cueWord?: string) {
  const { paragraphs, quotes } = pairedQuotesOf(input);
  const sentences = splitSentences(input, paragraphs, quotes);
  const cues = cueWord ? [cueAt(input, sentences, cueWord)] : [];
  const notes: Note[] = [];
  const out = dropScareQuotes(
    input,
    quotes,
    attributed.map((a) => (a ? SOMEBODY : NOBODY)),
    cues,
    sentences,
    notes,
  );
  return { quotes, out, notes };
}

const NOBODY: Attribution = { entity: null, mention: null, cue: null, rule: 'none', confidence: 0 };
const SOMEBODY: Attribution = { entity: null, mention: null, cue: null, rule: 'cue-after-quote', confidence: 0.9 };

interface Case {
  name: string;
  input: string;
  /** Whether each paired quote, in order, is attributed. */
  attributed: boolean[];
  kept: string[];
  dropped: string[];
  /** A speech cue (found by a later step in the real pipeline) on this word. */
  cueWord?: string;
}

const cases: Case[] = [
  { name: 'a short unattributed phrase in running text', input: 'The "upgrade" took a year.', attributed: [false], kept: [], dropped: ['"upgrade"'] },
  { name: 'three words, after a comma', input: 'Then, "a new era" began.', attributed: [false], kept: [], dropped: ['"a new era"'] },
  { name: 'attributed: kept', input: 'The "upgrade" took a year, she said.', attributed: [true], kept: ['upgrade'], dropped: [] },
  { name: 'four words: kept', input: 'The "long and costly upgrade" took a year.', attributed: [false], kept: ['long and costly upgrade'], dropped: [] },
  { name: 'opening its sentence: kept', input: '"Upgrade" was the word.', attributed: [false], kept: ['Upgrade'], dropped: [] },
  { name: 'after a colon: kept', input: 'The banner read: "Never again" in red.', attributed: [false], kept: ['Never again'], dropped: [] },
  { name: 'unclosed: kept', input: 'The "upgrade', attributed: [false], kept: ['upgrade'], dropped: [] },
  {
    name: 'a speech cue earlier in the sentence: kept',
    input: 'Crews said repairs could start "within ten days" now.',
    attributed: [false],
    kept: ['within ten days'],
    dropped: [],
    cueWord: 'said',
  },
  {
    name: 'a speech cue in another sentence does not save it',
    input: 'Crews said so. The "upgrade" took a year.',
    attributed: [false],
    kept: [],
    dropped: ['"upgrade"'],
    cueWord: 'said',
  },
  {
    name: 'only the unattributed one of two',
    input: 'The "upgrade" failed and the engineers were "very, very tired of it all," one said.',
    attributed: [false, true],
    kept: ['very, very tired of it all,'],
    dropped: ['"upgrade"'],
  },
];

describe('dropScareQuotes', () => {
  it.each(cases)('$name', ({ input, attributed, kept, dropped, cueWord }) => {
    const { quotes, out, notes } = run(input, attributed, cueWord);
    expect(quotes).toHaveLength(attributed.length);
    expect(slices(input, out.quotes)).toEqual(kept);
    expect(out.attributions).toHaveLength(out.quotes.length);
    expect(notes.map((n) => input.slice(n.start, n.end))).toEqual(dropped);
    for (const n of notes) expect(n.rule).toBe('scare-quote');
  });

  it('keeps each attribution with its quote', () => {
    const input = 'A "fix" came. "We are done," she said.';
    const { out } = run(input, [false, true]);
    expect(slices(input, out.quotes)).toEqual(['We are done,']);
    expect(out.attributions).toEqual([SOMEBODY]);
  });
});
