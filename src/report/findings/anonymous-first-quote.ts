/**
 * `anonymous-first-quote`: the story's first quote (the headline aside) comes from an unnamed
 * source. Leading with an unnamed voice tells readers the story rests on it. A story that opens
 * on a chant or an epigraph has no sourced first quote and is left to `unattributed-quote`.
 */
import { type FindingRule, finding } from './context.js';
import { sourceLabel } from './describe-source.js';

export const anonymousFirstQuote: FindingRule = {
  id: 'anonymous-first-quote',
  title: 'Opens with an unnamed source',
  guideline: 'AP, Reuters: lead with on-the-record sources where you can',
  description: 'The first quote in the story comes from an unnamed source.',
  check(ctx) {
    const first = ctx.quotes.find((q) => !ctx.inHeadline(q));
    if (first === undefined || first.kind !== 'anonymous') return [];
    const source = ctx.source(first.sourceId);
    if (!source) return [];
    return [
      finding(
        anonymousFirstQuote,
        'note',
        first,
        `The story’s first quote comes from an unnamed source, ${sourceLabel(source)}. Could an on-the-record source open the story instead?`,
      ),
    ];
  },
};
