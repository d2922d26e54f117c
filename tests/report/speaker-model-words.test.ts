/**
 * The speaker model in words: the classroom explanation and the report page's evidence say what
 * it weighed (its reasons, the runner-up and the probabilities).
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { storyPieces } from '../../src/render/story-model.js';
import { explainQuotes } from '../../src/report/explanations.js';
import { FEATURE_WORDS } from '../../src/report/words.js';

const text = 'Khalifa Hifter met the president in Paris.\n\n"We will not negotiate," the official said.';

describe('what the speaker model weighed, in words', () => {
  const r = check(text);
  const quote = r.quotes[0];

  it('is in the report: probability, runner-up and reasons', () => {
    expect(quote?.evidence.model?.runnerUp?.name).toBe('Khalifa Hifter');
    expect(quote?.evidence.model?.features).toContain('subject:same-sentence');
  });

  it('is in the classroom explanation, apart from why the rule says so', () => {
    const [e] = explainQuotes(r, text);
    expect(e?.because).toMatch(/^We think the official said this because “the official said” follows the quote/);
    // the reasons come strongest first, an order the trained weights decide
    expect(e?.weighed).toMatch(
      /^The speaker model weighed the names around the quote and gives the official \d+%: “the official” is the subject of a reporting verb /,
    );
    // the two strongest reasons the model gave, in its words, whichever the trained weights made them
    const reasons = (quote?.evidence.model?.features ?? []).flatMap((f) => FEATURE_WORDS[f] ?? []).slice(0, 2);
    expect(reasons).toHaveLength(2);
    expect(e?.weighed).toContain(`“the official” ${reasons.join(' and ')}.`);
    expect(e?.weighed).toMatch(/The runner-up was “Khalifa Hifter” \(\d+%\)\.$/);
  });

  it('is in the evidence of the report page', () => {
    const label = storyPieces(text, r).flatMap((p) => ('evidence' in p ? [p.evidence] : []))[0];
    expect(label?.weighed).toMatch(/is the subject of a reporting verb in the quote’s sentence/);
    expect(label?.weighed).toMatch(/runner-up: “Khalifa Hifter” \(<?\d+ ?%\)/);
  });

  it('is absent for a quote no rule tied to anyone', () => {
    const plain = 'The mood was "electric" all night, and the band played on.';
    const [e] = explainQuotes(check(plain), plain);
    expect(e?.weighed ?? null).toBeNull();
  });
});
