/** split-sentences: sentence ends inside paragraphs, never inside a quote, not after abbreviations. */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/analysis/steps/split-sentences.js';
import { pairedQuotesOf, slices } from '../../support/spans.js';

function sentencesOf(input: string): string[] {
  const { paragraphs, quotes } = pairedQuotesOf(input);
  return slices(input, splitSentences(input, paragraphs, quotes));
}

interface Case {
  name: string;
  input: string;
  sentences: string[];
}

const cases: Case[] = [
  { name: 'empty text', input: '', sentences: [] },
  { name: 'two plain sentences', input: 'The kiln cooled. Nobody spoke.', sentences: ['The kiln cooled.', 'Nobody spoke.'] },
  { name: 'question and exclamation', input: 'Was it late? It was! We left.', sentences: ['Was it late?', 'It was!', 'We left.'] },
  { name: 'no split before a lowercase word', input: 'It cost 3 dollars. or so we heard.', sentences: ['It cost 3 dollars. or so we heard.'] },
  { name: 'a decimal number is no sentence end', input: 'Prices rose 4.5 percent. Wages fell.', sentences: ['Prices rose 4.5 percent.', 'Wages fell.'] },
  { name: 'ellipsis', input: 'Wait... Then go.', sentences: ['Wait...', 'Then go.'] },
  { name: 'paragraph ends are sentence ends', input: 'One line without a stop\n\nTwo. Three.', sentences: ['One line without a stop', 'Two.', 'Three.'] },
  {
    name: 'no split inside a quote',
    input: '"We will finish the dam. Then we rest," Ilse Marr said. The crew cheered.',
    sentences: ['"We will finish the dam. Then we rest," Ilse Marr said.', 'The crew cheered.'],
  },
  {
    name: 'no split inside a curly quote with a question',
    input: 'She asked: “Who signed it? When?” Nobody knew.',
    sentences: ['She asked: “Who signed it? When?”', 'Nobody knew.'],
  },
  {
    name: 'no split inside a multi-paragraph quote paragraph',
    input: '"First we dig. Then we pour.\n\n"Then we wait," she said.',
    sentences: ['"First we dig. Then we pour.', '"Then we wait," she said.'],
  },
  { name: 'Mr. before a name', input: 'Mr. Okafor arrived late. He sat down.', sentences: ['Mr. Okafor arrived late.', 'He sat down.'] },
  {
    name: 'Dr., Gov. and Sen.',
    input: 'Dr. Ana Ruiz, Gov. Tom Lee and Sen. Mia Park met. They agreed.',
    sentences: ['Dr. Ana Ruiz, Gov. Tom Lee and Sen. Mia Park met.', 'They agreed.'],
  },
  { name: 'U.S. inside a sentence', input: 'The U.S. envoy spoke. Then he left.', sentences: ['The U.S. envoy spoke.', 'Then he left.'] },
  { name: 'U.N. before a capital', input: 'The U.N. Security Council met. It adjourned.', sentences: ['The U.N. Security Council met.', 'It adjourned.'] },
  { name: 'initials', input: 'J. R. Hale wrote it. It sold well.', sentences: ['J. R. Hale wrote it.', 'It sold well.'] },
  { name: 'a middle initial', input: 'Ruth K. Obi chaired it. She voted last.', sentences: ['Ruth K. Obi chaired it.', 'She voted last.'] },
  { name: 'a month abbreviation', input: 'It opened on Jan. 5 in Oslo. Crowds came.', sentences: ['It opened on Jan. 5 in Oslo.', 'Crowds came.'] },
  { name: '?" then lowercase he said: one sentence', input: '"Why now?" he said. She shrugged.', sentences: ['"Why now?" he said.', 'She shrugged.'] },
  {
    name: '!" then lowercase she asked: one sentence',
    input: '"Stop that!" she shouted. It stopped.',
    sentences: ['"Stop that!" she shouted.', 'It stopped.'],
  },
  { name: '." then a capital: a new sentence', input: 'It rained. "Go home." Olsen left.', sentences: ['It rained.', '"Go home."', 'Olsen left.'] },
  { name: 'a sentence ending inside parentheses', input: 'It ended (finally.) Then more came.', sentences: ['It ended (finally.)', 'Then more came.'] },
  { name: 'a sentence ending in a single-quoted phrase', input: "She said 'go now.' Then she left.", sentences: ["She said 'go now.'", 'Then she left.'] },
  { name: 'a sentence followed by an opening quote', input: 'He paused. "Enough," he said.', sentences: ['He paused.', '"Enough," he said.'] },
];

describe('splitSentences', () => {
  it.each(cases)('$name', ({ input, sentences }) => {
    expect(sentencesOf(input)).toEqual(sentences);
  });

  it('sentences are trimmed, ordered and inside their paragraph', () => {
    const input = '  First one.  Second one.\n\n  Third one.  ';
    const { paragraphs, quotes } = pairedQuotesOf(input);
    const spans = splitSentences(input, paragraphs, quotes);
    expect(slices(input, spans)).toEqual(['First one.', 'Second one.', 'Third one.']);
    for (const s of spans) expect(paragraphs.some((p) => p.start <= s.start && s.end <= p.end)).toBe(true);
  });

  it.each([
    ['marks with no white space', '"'.repeat(10_000), 4000, 4101],
    ['words joined by commas with no white space', 'stop,'.repeat(2_000), 4000, 4105],
    ['words with spaces and no full stop', 'the river ran '.repeat(800), 3990, 4014],
  ])('a run of %s is cut into pieces of about 4,000 characters', (_name, input, least, most) => {
    const { paragraphs, quotes } = pairedQuotesOf(input);
    const spans = splitSentences(input, paragraphs, quotes);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans.slice(0, -1)) {
      expect(s.end - s.start).toBeGreaterThanOrEqual(least);
      expect(s.end - s.start).toBeLessThanOrEqual(most);
    }
    expect(
      spans
        .map((s) => input.slice(s.start, s.end))
        .join('')
        .replace(/\s/g, ''),
    ).toBe(input.replace(/\s/g, ''));
  });

  it('a run with no white space is never cut inside a word', () => {
    const input = 'abcdefghij'.repeat(1_000);
    const { paragraphs, quotes } = pairedQuotesOf(input);
    expect(splitSentences(input, paragraphs, quotes)).toEqual([{ start: 0, end: input.length }]);
  });
});
