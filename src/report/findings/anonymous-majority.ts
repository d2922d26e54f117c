/**
 * `anonymous-majority`: more than the threshold (by default half) of the quoted words come
 * from unnamed sources. One finding for the story, at the first anonymous quote.
 */
import { percent } from '../words.js';
import { type FindingRule, finding } from './context.js';

export const anonymousMajority: FindingRule = {
  id: 'anonymous-majority',
  title: 'Mostly unnamed sources',
  guideline: 'AP, NYT: unnamed sources are the exception, not the story',
  description: 'Most of the quoted words come from unnamed sources (the threshold is configurable; 50% by default).',
  check(ctx) {
    const { summary } = ctx;
    const threshold = ctx.options.anonymousMajorityThreshold;
    const share = summary.quotedWords === 0 ? 0 : summary.byKind.anonymous.quotedWords / summary.quotedWords;
    if (summary.quotedWords === 0 || !(share > threshold)) return [];
    const first = ctx.quotes.find((q) => q.kind === 'anonymous');
    if (!first) return [];
    const words = `${summary.byKind.anonymous.quotedWords} of ${summary.quotedWords}`;
    return [
      finding(
        anonymousMajority,
        'warning',
        first,
        `${percent(share)} of the quoted words (${words}) come from unnamed sources, more than ${percent(threshold)}. Readers cannot judge most of what the story quotes: look for sources who will speak on the record.`,
      ),
    ];
  },
};
