/**
 * "Check these first" (src/report/review.ts): the attributions likeliest to be wrong, each for
 * a reason an editor can verify, and the sentences whose speaker could not be told.
 */
import { describe, expect, it } from 'vitest';
import { REVIEW_LIMIT } from '../../src/report/review.js';
import type { SourcingReport } from '../../src/report/types.js';
import { report, story } from './findings/helpers.js';

function reasonsOf(r: SourcingReport, text: string): string[] {
  return r.review.check.flatMap((i) => i.reasons.map((why) => `${why}:${text.slice(i.start, i.end)}`));
}

describe('review: check these first', () => {
  it('lists nothing when every quote is tagged in its own sentence', () => {
    const r = report(story('"We will vote on Tuesday," said Mayor Lena Dahl. "The fares will rise," Dahl said.'));
    expect(r.review.check).toEqual([]);
    expect(r.review.couldNotTell).toEqual([]);
    expect(r.review.more).toBe(0);
  });

  it('lists the turns of an exchange attributed only by turn-taking, not the tagged ones', () => {
    const text = story(
      'Mayor Lena Dahl faced the harbour pilot Tomas Berg at the meeting.',
      '"Will you raise the fares?" Berg asked.',
      '"We have no choice," Dahl said.',
      '"Then who pays?"',
      '"The islands do."',
    );
    const r = report(text);
    const listed = reasonsOf(r, text);
    expect(listed).toContain('turn-taking:Then who pays?');
    expect(listed).toContain('turn-taking:The islands do.');
    expect(listed.some((l) => l.endsWith('We have no choice,'))).toBe(false);
    const item = r.review.check.find((i) => text.slice(i.start, i.end) === 'The islands do.');
    expect(item?.target).toBe('quote');
    expect(item?.id).toMatch(/^q\d+$/);
    expect(item?.message).toMatch(/^Attributed by the turn-taking/);
    // the confidence is the speaker model's, the calibrated probability that the speaker is right
    expect(item?.confidence).toBe(r.quotes.find((q) => q.id === item?.id)?.evidence.confidence);
  });

  it('lists a pronoun far from the name it stands for', () => {
    const text = story(
      'Mayor Lena Dahl opened the meeting.',
      'The council then heard from the pilots.',
      'The budget was discussed at length.',
      'The vote was delayed to Tuesday.',
      '"We will not give up," she said.',
    );
    const r = report(text);
    expect(reasonsOf(r, text)).toEqual(['distant-pronoun:We will not give up,']);
    expect(r.review.check[0]?.message).toBe('“she” stands for Lena Dahl, last named 4 paragraphs before.');
    expect(r.review.check[0]?.who).toBe('Lena Dahl');
  });

  it('leaves alone a pronoun in the paragraph after the name', () => {
    const text = story('Mayor Lena Dahl opened the meeting on Tuesday.', '"We will not give up," she said.');
    expect(reasonsOf(report(text), text)).toEqual([]);
  });

  it('lists a source whose kind is doubtful: a place speaking', () => {
    const text = story('"The line is closed," Moscow said on Monday.');
    const r = report(text);
    expect(reasonsOf(r, text)).toContain('doubtful-kind:The line is closed,');
    expect(r.review.check[0]?.message).toContain('“Moscow” is a place');
  });

  it('lists an attribution of low confidence', () => {
    // two candidates joined by `and` before `wrote`: the speaker model gives the rules' choice under 0.7
    const text = story('In a letter to the council, the ferry company and the union wrote that the pier was "unsafe for anyone".');
    const r = report(text);
    expect(r.quotes[0]?.evidence.confidence).toBeLessThan(0.7);
    expect(reasonsOf(r, text)).toEqual(['low-confidence:unsafe for anyone']);
    expect(r.review.check[0]?.message).toMatch(/^The attribution is a guess \(confidence \d+%\)\.$/);
  });

  it('keeps the list short, likeliest to be wrong first, and says how many more there are', () => {
    const turns = Array.from({ length: 9 }, (_, i) => `"Turn number ${i + 1} of the exchange."`);
    const text = story('Mayor Lena Dahl faced the pilot Tomas Berg.', '"Will you raise the fares?" Berg asked.', '"We have no choice," Dahl said.', ...turns);
    const r = report(text);
    expect(r.review.check.length).toBe(REVIEW_LIMIT);
    expect(r.review.more).toBeGreaterThan(0);
    expect(r.review.check.length + r.review.more).toBeGreaterThanOrEqual(9);
  });
});

describe('review: could not tell who said this', () => {
  const text = story(
    'It was announced on Monday that fares would rise.',
    'The mayor was told that the ferry would stop.',
    'The plan, it was said, "will hurt the islands."',
    'The ferry was delayed by the storm.',
    '"We will vote on Tuesday," said Mayor Lena Dahl.',
  );

  it('lists sentences with a reporting verb no source could be given to, in text order', () => {
    const r = report(text);
    expect(r.review.couldNotTell.map((i) => text.slice(i.start, i.end))).toEqual([
      'It was announced on Monday that fares would rise.',
      'The mayor was told that the ferry would stop.',
      'The plan, it was said, "will hurt the islands."',
    ]);
    expect(r.review.couldNotTell.map((i) => i.target)).toEqual(['sentence', 'sentence', 'quote']);
    for (const i of r.review.couldNotTell) {
      expect(i.message).toMatch(/^Could not tell who said this: “[^”]+” has no speaker the story names\.$/);
      expect(i.who).toBeNull();
      expect(i.confidence).toBeNull();
    }
  });

  it('leaves out passives with an agent, reporting verbs inside quotes, banners and chants', () => {
    const t = story(
      'The vote was announced by the council on Monday.',
      '"We were told that nothing would change," said Mayor Lena Dahl.',
      'A banner on the quay read "Ferries are roads".',
    );
    expect(report(t).review.couldNotTell).toEqual([]);
  });

  it.each([
    ['capitals', 'IT WAS ANNOUNCED THAT FARES WOULD RISE.', 'was ANNOUNCED'],
    ['punctuation between the auxiliary and the verb', 'It was… announced that fares would rise.', 'was announced'],
    ['a number between them', 'It is 2 said that fares would rise.', 'is said'],
    ['an auxiliary in another form', 'It has been reported that fares would rise.', 'been reported'],
  ])('finds a passive reporting verb with %s', (_, sentence, verb) => {
    const items = report(story(sentence)).review.couldNotTell;
    expect(items.map((i) => i.message)).toEqual([`Could not tell who said this: “${verb}” has no speaker the story names.`]);
  });

  it.each([
    ['no auxiliary', 'Officials announced that fares would rise.'],
    ['an auxiliary inside a longer word', 'The island was quiet; Thisis reported nothing.'],
    ['no reporting verb after the auxiliary', 'The ferry was delayed that morning.'],
  ])('lists nothing with %s', (_, sentence) => {
    expect(report(story(sentence)).review.couldNotTell).toEqual([]);
  });

  it('is part of the JSON report', () => {
    const r = report(text);
    const json = JSON.parse(JSON.stringify(r)) as SourcingReport;
    expect(json.review.couldNotTell.length).toBe(3);
    expect(Object.keys(json.review).sort()).toEqual(['check', 'couldNotTell', 'couldNotTellMore', 'more']);
  });
});
