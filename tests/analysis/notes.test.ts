/**
 * The notes of an analysis are bounded per rule (src/analysis/notes.ts): a story of stray marks
 * keeps the first hundred of each kind and one note saying how many more there were.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { BoundedNotes, MAX_NOTES_PER_RULE } from '../../src/analysis/notes.js';

describe('bounded notes', () => {
  it.each([
    ['straight marks', '"'.repeat(5000), 'empty-quote'],
    ['opening curly marks', '“'.repeat(5000), 'stray-quote-mark'],
  ])('%s: at most the bound of one rule, then one note with the count left out', (_name, text, rule) => {
    const notes = analyze(text).notes.filter((n) => n.rule === rule);
    expect(notes).toHaveLength(MAX_NOTES_PER_RULE + 1);
    const more = notes.find((n) => /more notes/.test(n.message));
    expect(more?.message).toMatch(/^[\d,]+ more notes like the ones above/);
    expect(more?.start).toBeGreaterThan(0);
  });

  it('keeps every note under the bound, in text order, with no count note', () => {
    const sink = new BoundedNotes();
    sink.push({ rule: 'b', message: 'm', start: 9, end: 10 });
    sink.push({ rule: 'a', message: 'm', start: 2, end: 3 });
    expect(sink.list().map((n) => n.start)).toEqual([2, 9]);
  });

  it('says how many were left out, singular and plural', () => {
    const sink = new BoundedNotes();
    for (let i = 0; i <= MAX_NOTES_PER_RULE; i++) sink.push({ rule: 'a', message: 'm', start: i, end: i + 1 });
    expect(sink.list().at(-1)?.message).toMatch(/^One more note/);
    for (let i = 0; i < 1500; i++) sink.push({ rule: 'a', message: 'm', start: 200 + i, end: 201 + i });
    const last = sink.list().find((n) => n.message.includes('more'));
    expect(last?.message).toMatch(/^1,501 more notes/);
    expect(last?.start).toBe(MAX_NOTES_PER_RULE);
  });
});
