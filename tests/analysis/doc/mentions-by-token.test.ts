/**
 * doc/mentions-by-token: by token, the longest mention ending and starting there (the first of
 * the longest; possessives apart) and the last possessive ending there, as a table of every
 * token filled in text order would give them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/analysis/steps/find-mentions.js';
import { mentionsStage } from '../steps/pipeline.js';

/** The answers of a table by token, filled from the mentions in text order. */
function byTable(mentions: readonly Mention[], sentence: number, token: number) {
  let ending: Mention | undefined;
  let starting: Mention | undefined;
  let owner: Mention | undefined;
  for (const m of mentions) {
    if (m.sentence !== sentence) continue;
    if (m.possessive) {
      if (m.last === token) owner = m;
      continue;
    }
    if (m.last === token && (ending === undefined || ending.first > m.first)) ending = m;
    if (m.first === token && (starting === undefined || starting.last < m.last)) starting = m;
  }
  return { ending, starting, owner };
}

const samples = readdirSync('samples')
  .filter((f) => f.endsWith('.json'))
  .sort()
  .slice(0, 12)
  .map((f) => JSON.parse(readFileSync(`samples/${f}`, 'utf8')).text as string)
  // one sentence of hundreds of mentions, owners among them: the search within a sentence
  .concat(
    `${"Officials in Tripoli said that Ana Ruiz met the minister, and Macron's office told reporters the talks, according to Hifter, had stalled, ".repeat(40)}so.`,
  );

describe('MentionsByToken', () => {
  it.each(samples.map((text, i) => [i, text] as const))('answers as a table by token would (sample %i)', (_, text) => {
    const { doc, frames } = mentionsStage(text);
    for (let s = -1; s <= frames.length; s++) {
      const size = frames[s]?.size ?? 2;
      for (let token = -1; token <= size; token++) {
        const want = byTable(doc.mentions, s, token);
        expect(doc.mentionsAt.endingAt(s, token)).toBe(want.ending);
        expect(doc.mentionsAt.startingAt(s, token)).toBe(want.starting);
        expect(doc.mentionsAt.ownerEndingAt(s, token)).toBe(want.owner);
      }
    }
  });

  it('finds a possessive as the owner only', () => {
    const { doc } = mentionsStage("Macron's office said the talks would resume.");
    const owner = doc.mentions.find((m) => m.possessive);
    expect(owner?.text).toBe('Macron');
    expect(doc.mentionsAt.ownerEndingAt(0, 0)).toBe(owner);
    expect(doc.mentionsAt.endingAt(0, 0)).toBeUndefined();
    expect(doc.mentionsAt.startingAt(0, 0)?.text).toBe("Macron's office");
  });
});
