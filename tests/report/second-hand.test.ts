/**
 * A quote inside a quote is shown as someone else's words, reported by the outer speaker, and
 * stays part of the outer quote in quotes[] and in the shares (ANNOTATION.md).
 */
import { describe, expect, it } from 'vitest';
import { storyPieces } from '../../src/render/story-model.js';
import { createRenderer } from '../../src/render/templates.js';
import { secondHandQuotes } from '../../src/report/second-hand.js';
import { report, story } from './findings/helpers.js';

const TEXT = story(
  'Captain Petra Holm met the mayor on Monday.',
  '"When I asked about the fares, the answer of Mayor Lena Dahl was \'nobody will pay more this year,\' and I believed her," Holm said.',
  '"We will vote on Tuesday," said Mayor Lena Dahl.',
);

describe('second-hand quotes', () => {
  it('finds the inner quote and whose words they are, and leaves it inside the outer quote', () => {
    const r = report(TEXT);
    const outer = r.quotes.find((q) => q.text.startsWith('When I asked'));
    expect(outer).toBeDefined();
    expect(r.quotes.some((q) => q.text.startsWith('nobody will pay'))).toBe(false);
    const inner = secondHandQuotes(r, TEXT);
    expect(inner).toHaveLength(1);
    expect(inner[0]?.quoteId).toBe(outer?.id);
    expect(TEXT.slice(inner[0]?.start, inner[0]?.end)).toBe("'nobody will pay more this year,'");
    expect(inner[0]?.text).toBe('nobody will pay more this year,');
    expect(inner[0]?.speaker).toBe('Lena Dahl');
    // The outer quote's words count the inner ones: the shares are unchanged.
    expect(outer?.words).toBe(outer?.text.split(/\s+/).filter(Boolean).length);
  });

  it('is not fooled by apostrophes, decades and one-letter quotes', () => {
    const t = story('"In the ‘90s the Dahls’ boat and the farmers’ boats sailed, rock \'n\' roll on deck," Holm said.');
    expect(secondHandQuotes(report(t), t)).toEqual([]);
  });

  it('shows the inner words as such on the page, in the label and the evidence', () => {
    const r = report(TEXT);
    const html = createRenderer().partial('story', { pieces: storyPieces(TEXT, r) });
    expect(html).toContain('<span class="inner-q">&#x27;nobody will pay more this year,&#x27;</span>');
    expect(html).toMatch(/<span class="who">Petra Holm<\/span><span class="kind"> · named person<\/span><span class="kind"> · quotes Lena Dahl<\/span>/);
    expect(html).toContain(
      '<dt>Second-hand</dt><dd>“nobody will pay more this year,” are the words of Lena Dahl (after “the answer of Mayor Lena Dahl was”), reported by Petra Holm; they count as part of this quote.</dd>',
    );
  });
});
