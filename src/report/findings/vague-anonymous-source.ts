/**
 * `vague-anonymous-source`: an unnamed source described by nothing but a bare noun (`a source`,
 * `sources said`, `an official`, `a senior official`) with no affiliation (`of the palace`,
 * `a Kortbo engineer`), no knowledge (`familiar with the talks`) and no role word
 * (`a nurse`, `a diplomat`) anywhere the story mentions it.
 */
import type { Finding } from '../types.js';
import { type FindingRule, finding } from './context.js';
import { sourceLabel, speakingAnonymousSources } from './describe-source.js';

export const vagueAnonymousSource: FindingRule = {
  id: 'vague-anonymous-source',
  title: 'Vague unnamed source',
  guideline: 'AP, NYT: describe the source’s position and how they know',
  description: 'An unnamed source described so vaguely that readers learn nothing of its position or knowledge.',
  check(ctx) {
    const out: Finding[] = [];
    for (const source of speakingAnonymousSources(ctx)) {
      if (source.informative) continue;
      const mention = source.mentions.find((m) => !ctx.inHeadline(m));
      if (!mention) continue;
      out.push(
        finding(
          vagueAnonymousSource,
          'warning',
          mention,
          `${sourceLabel(source)} says nothing of the source’s position or how they know. Say where they work or what they saw (“an official of the ministry who attended the meeting”).`,
        ),
      );
    }
    return out;
  },
};
