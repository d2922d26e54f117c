/**
 * `anonymous-without-reason`: a quoted anonymous source whose anonymity the story never explains
 * (`justified: false`). A bare `declined to be named` says that the name is withheld, not why,
 * so it does not count as a reason (ANNOTATION.md). Sources that are only paraphrased are left
 * to `vague-anonymous-source`, `single-anonymous-source` and `anonymous-majority`.
 */
import type { Finding } from '../types.js';
import { type FindingRule, finding } from './context.js';
import { sourceLabel } from './describe-source.js';

export const anonymousWithoutReason: FindingRule = {
  id: 'anonymous-without-reason',
  title: 'Anonymity not explained',
  guideline: 'AP, Reuters, NYT, Post, BBC: tell readers why the source is not named',
  description: 'A quoted unnamed source whose anonymity the story never explains.',
  check(ctx) {
    const out: Finding[] = [];
    for (const source of ctx.sources) {
      if (source.kind !== 'anonymous' || source.justified !== false) continue;
      const quotes = ctx.quotesOf(source.id).filter((q) => !ctx.inHeadline(q));
      const first = quotes[0];
      if (!first) continue;
      const mention = source.mentions.find((m) => !ctx.inHeadline(m)) ?? first;
      const n = quotes.length;
      out.push(
        finding(
          anonymousWithoutReason,
          'warning',
          mention,
          `${sourceLabel(source)} is quoted ${n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`} without a name, and the story never says why. Tell readers why the name is withheld (“…, who spoke on condition of anonymity because …”); “declined to be named” is not a reason.`,
        ),
      );
    }
    return out;
  },
};
