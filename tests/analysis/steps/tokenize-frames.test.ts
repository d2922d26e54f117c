/** tokenize-frames: the narrative's words and marks, quotes left out, with offsets and word classes. */
import { describe, expect, it } from 'vitest';
import { WordClass } from '../../../src/analysis/lexicon/word-classes.js';
import { splitSentences } from '../../../src/analysis/steps/split-sentences.js';
import { type Token, tokenizeFrames } from '../../../src/analysis/steps/tokenize-frames.js';
import { pairedQuotesOf } from '../../support/spans.js';

function tokensOf(input: string): (readonly Token[])[] {
  const { paragraphs, quotes } = pairedQuotesOf(input);
  return tokenizeFrames(input, splitSentences(input, paragraphs, quotes), quotes).map((f) => f.tokens);
}

interface Case {
  name: string;
  input: string;
  /** Each sentence's tokens, `|` between frame segments. */
  tokens: string[];
}

const cases: Case[] = [
  { name: 'empty text', input: '', tokens: [] },
  { name: 'words and marks', input: 'The mayor said no, twice.', tokens: ['The mayor said no , twice .'] },
  { name: 'a quote splits the frame (its comma inside it)', input: '"We stay," Ana Ruiz said.', tokens: ['| Ana Ruiz said .'] },
  { name: 'possessives split off', input: "Olsen's aide and the Joneses' lawyer spoke.", tokens: ["Olsen 's aide and the Joneses ' lawyer spoke ."] },
  { name: 'abbreviations keep their period', input: 'Gen. Hugh Hill of the U.N. said so.', tokens: ['Gen. Hugh Hill of the U.N. said so .'] },
  {
    name: 'long initials keep their period, a long word loses it',
    input: 'The F.B.I.S.A. and Ţ.Ș.Ă. and 𝐀.𝐁.𝐂. officials replied.',
    tokens: ['The F.B.I.S.A. and Ţ.Ș.Ă. and 𝐀.𝐁.𝐂. officials replied .'],
  },
  { name: 'a final period is its own token', input: 'It ended.', tokens: ['It ended .'] },
  { name: 'non-ASCII words', input: 'Ghassan Salamé spoke to Mørk’s team.', tokens: ['Ghassan Salamé spoke to Mørk ’s team .'] },
  { name: 'joined words stay one', input: 'Al-Mansouri and co-chair O’Neill met.', tokens: ['Al-Mansouri and co-chair O’Neill met .'] },
  { name: 'a handle is one token', input: 'A user posting as @crumb_and_ledger wrote it.', tokens: ['A user posting as @crumb_and_ledger wrote it .'] },
];

describe('tokenizeFrames', () => {
  it.each(cases)('$name', ({ input, tokens }) => {
    const got = tokensOf(input).map((frame) => {
      let line = '';
      let segment = 0;
      for (const t of frame) {
        if (t.segment !== segment) line += '| '.repeat(t.segment - segment);
        segment = t.segment;
        line += `${t.text} `;
      }
      return line.trim();
    });
    expect(got).toEqual(tokens);
  });

  it('every token is its span of the text, with its lower case', () => {
    const input = 'Ex-Minister Ana RUIZ’s office said: "No." — they said, according to AP.';
    for (const frame of tokensOf(input))
      for (const t of frame) {
        expect(input.slice(t.start, t.end)).toBe(t.text);
        expect(t.lower).toBe(t.text.toLowerCase());
      }
  });

  it('capitals, punctuation and word classes', () => {
    const [frame] = tokensOf('The official, al-Amin, said it.');
    const by = (text: string) => frame?.find((t) => t.text === text) as Token;
    expect(by('The').cap).toBe(true);
    expect(by('official').cap).toBe(false);
    expect(by('al-Amin').cap).toBe(true); // a name particle before a capital
    expect(by(',').punct).toBe(true);
    expect(by('said').punct).toBe(false);
    expect(by('said').classes & WordClass.REPORTING_VERB).not.toBe(0);
    expect(by('official').classes & WordClass.ANONYMOUS_HEAD).not.toBe(0);
    expect(by('The').classes & WordClass.DETERMINER).not.toBe(0);
    expect(by('al-Amin').classes).toBe(0);
  });

  it('word classes leave the two top bits free for the token flags', () => {
    for (const bit of Object.values(WordClass)) expect(bit).toBeLessThan(1 << 29);
  });
});

describe('tokenizeFrames: the token store', () => {
  /** Many sentences of distinct words: more tokens than stay made at once. */
  const words = Array.from({ length: 6_000 }, (_, i) => `w${i.toString(36)}x`);
  const input = Array.from(
    { length: 3_000 },
    (_, i) => `Then ${words[(2 * i) % words.length]} ${words[(2 * i + 1) % words.length]} said Ana Ruiz's aide, ${i} times.`,
  ).join(' ');

  it('hands out every token as its span of the text, however many spellings and tokens', () => {
    const { paragraphs, quotes } = pairedQuotesOf(input);
    const frames = tokenizeFrames(input, splitSentences(input, paragraphs, quotes), quotes);
    expect(frames.length).toBe(3_000);
    let count = 0;
    for (const frame of frames) {
      expect(frame.tokens.length).toBe(frame.size);
      for (const t of frame.tokens) {
        expect(input.slice(t.start, t.end)).toBe(t.text);
        count++;
      }
    }
    expect(count).toBe(3_000 * 12);
  });

  it('gives the same tokens when a frame is read again, long after (made anew) or right after (the same array)', () => {
    const { paragraphs, quotes } = pairedQuotesOf(input);
    const frames = tokenizeFrames(input, splitSentences(input, paragraphs, quotes), quotes);
    const first = frames[0]?.tokens ?? [];
    expect(frames[0]?.tokens).toBe(first);
    const plain = (ts: readonly Token[]) => ts.map((t) => [t.start, t.end, t.text, t.lower, t.cap, t.punct, t.classes, t.segment]);
    const before = plain(first);
    for (const frame of frames) void frame.tokens; // read everything else: the first frame's tokens are let go
    const again = frames[0]?.tokens ?? [];
    expect(again).not.toBe(first);
    expect(plain(again)).toEqual(before);
  });

  it('keeps the tokens of the last few long sentences made, however many tokens they hold', () => {
    // no full stop: cut into sentences of about 4,000 characters, 2,000 tokens each
    const long = 'a '.repeat(8_000);
    const { paragraphs, quotes } = pairedQuotesOf(long);
    const frames = tokenizeFrames(long, splitSentences(long, paragraphs, quotes), quotes).slice(0, 4);
    expect(frames.length).toBe(4);
    for (const frame of frames) expect(frame.size).toBeGreaterThan(1_500);
    const made = frames.map((f) => f.tokens);
    // back and forth between them: the same arrays, not made again
    for (let i = 0; i < frames.length; i++) expect(frames[i]?.tokens).toBe(made[i]);
  });

  it('keeps every spelling right when the spelling table grows past its first size', () => {
    // 100,000 distinct words, more than a table sized from the text's length holds at first
    const many = Array.from({ length: 100_000 }, (_, i) => `Q${i.toString(36)} said`).join(' ');
    const { paragraphs, quotes } = pairedQuotesOf(many);
    const frames = tokenizeFrames(many, splitSentences(many, paragraphs, quotes), quotes);
    let count = 0;
    const wrong: string[] = [];
    for (const frame of frames)
      for (const t of frame.tokens) {
        const right =
          t.text === many.slice(t.start, t.end) && t.lower === t.text.toLowerCase() && (t.text !== 'said' || (t.classes & WordClass.REPORTING_VERB) !== 0);
        if (!right) wrong.push(`${t.start}: ${t.text}`);
        count++;
      }
    expect(wrong).toEqual([]);
    expect(count).toBe(200_000);
  });
});
