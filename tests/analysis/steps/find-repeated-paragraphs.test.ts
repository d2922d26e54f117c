import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import { findRepeatedParagraphs, sentencesInRepeated } from '../../../src/analysis/steps/find-repeated-paragraphs.js';
import { splitParagraphs } from '../../../src/analysis/steps/split-paragraphs.js';

function repeated(text: string): number[] {
  return [...findRepeatedParagraphs(text, splitParagraphs(text))];
}

describe('findRepeatedParagraphs', () => {
  it.each([
    ['a headline pasted twice', 'Bridge will reopen in May\n\nBridge will reopen in May\n\nThe story.', [0, 1, 0]],
    ['white space at the ends does not count', 'Bridge will reopen in May\n\n  Bridge will reopen in May \n\nThe story.', [0, 1, 0]],
    ['short separators may repeat', '***\n\nOne paragraph of the story.\n\n***', [0, 0, 0]],
    ['a third copy is repeated too', 'Ferries stop for winter\n\nFerries stop for winter\n\nFerries stop for winter', [0, 1, 1]],
    ['different paragraphs', 'One paragraph here.\n\nAnother paragraph here.', [0, 0]],
    ['no text', '', []],
  ])('%s', (_name, text, expected) => {
    expect(repeated(text)).toEqual(expected);
  });

  it('marks the sentences of a repeated paragraph', () => {
    const text = 'Bridge will reopen in May\n\nBridge will reopen in May\n\nThe mayor spoke. She left.';
    const a = analyze(text);
    const flags = sentencesInRepeated(a.sentences, a.paragraphs, findRepeatedParagraphs(text, a.paragraphs));
    expect([...flags]).toEqual([0, 1, 0, 0]);
  });
});

describe('a repeated headline in the analysis', () => {
  it('counts its quote once and adds no statement', () => {
    const a = analyze('Mayor says bridge "will reopen"\n\nMayor says bridge "will reopen"\n\nMayor Ana Ruiz said the bridge "will reopen in May."');
    expect(a.quotes.map((q) => q.text)).toEqual(['will reopen', 'will reopen in May.']);
    expect(a.notes.map((n) => n.rule)).toContain('repeated-paragraph');
  });
});

describe('below the top of the page', () => {
  it('a paragraph said again far down the story stays', () => {
    const filler = Array.from({ length: 14 }, (_, i) => `Paragraph number ${i} of the story.`).join('\n\n');
    const text = `The council voted on the bridge budget.\n\n${filler}\n\nThe council voted on the bridge budget.`;
    const flags = repeated(text);
    expect(flags.at(-1)).toBe(0);
  });
});
