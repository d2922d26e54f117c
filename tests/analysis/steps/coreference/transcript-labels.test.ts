/** transcript-labels: a label is the person with its surname, or a new person. */
import { describe, expect, it } from 'vitest';
import { bareMention } from '../../../../src/analysis/steps/find-mentions.js';
import { entityForLabel } from '../../../../src/analysis/steps/resolve-sources.js';
import { resolve } from './resolve.js';

/** The label is read apart from the story, as attribute-quotes reads it at the start of a quote. */
function label(story: string, line: string, labelText: string) {
  const r = resolve(story);
  const start = line.indexOf(labelText);
  const m = bareMention(line, start, start + labelText.length, 'person', labelText.toLowerCase());
  return { r, m, e: entityForLabel(r.coref, m) };
}

describe('transcript labels', () => {
  it('a label with a known surname is that person', () => {
    const { r, m, e } = label('Anchor Chris Wallace asked about the budget.', 'WALLACE: Will it pass?', 'WALLACE');
    expect(e.index).toBe(r.entity('Anchor Chris Wallace')?.index);
    expect(r.coref.entityOf.get(m)).toBe(e);
  });

  it('an unknown label is a new person, named in title case', () => {
    const { r, m, e } = label('The debate began late.', 'MARY O’NEIL: Good evening.', 'MARY O’NEIL');
    expect(e.name).toBe('Mary O’Neil');
    expect(e.kind).toBe('person');
    expect(r.coref.entities.at(-1)).toBe(e);
    expect(r.coref.entityOf.get(m)).toBe(e);
  });

  it('joins the person’s mentions in text order, before the mentions found later in the story', () => {
    const story = 'Anchor Chris Wallace opened the debate.\n\nWALLACE: Will it pass?\n\nWallace thanked the panel.';
    const r = resolve(story);
    const start = story.indexOf('WALLACE');
    const m = bareMention(story, start, start + 7, 'person', 'wallace');
    const e = entityForLabel(r.coref, m);
    expect(e.mentions.map((x) => x.start)).toEqual([...e.mentions.map((x) => x.start)].sort((a, b) => a - b));
    expect(e.mentions.indexOf(m)).toBeGreaterThan(0);
    expect(e.mentions.indexOf(m)).toBeLessThan(e.mentions.length - 1);
  });
});
