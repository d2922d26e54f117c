/**
 * `single-anonymous-source`: a claim that rests on one unnamed person. A claim is a reported
 * statement of fact (`said that…`) of at least four words in the reporter's words: indirect, or
 * mixed with most of it unquoted (`said the talks were "moving in the right direction"` is the
 * source's own characterisation, not a claim). The source is one person (`an official`, not
 * `officials` or `two people`) and not a spokesperson (who states a body's position). A claim
 * counts as corroborated when another source is cited in the same paragraph; the check cannot
 * read whether the two agree, so it is a note asking the editor to look. One finding per
 * source, at its first uncorroborated claim.
 */
import { countWords } from '../../analysis/span.js';
import type { Finding, ReportStatement } from '../types.js';
import { clip, type FindingContext, type FindingRule, finding } from './context.js';
import { sourceLabel, speakingAnonymousSources } from './describe-source.js';

export const singleAnonymousSource: FindingRule = {
  id: 'single-anonymous-source',
  title: 'Claim resting on one unnamed person',
  guideline: 'AP, NYT, BBC: corroborate what an unnamed source says; prefer two sources',
  description: 'A claim that rests on one unnamed person, with no other source cited beside it.',
  check(ctx) {
    const out: Finding[] = [];
    const cited = new Map<number, Set<string>>();
    const cite = (paragraph: number, id: string | null) => {
      if (id === null || paragraph < 0) return;
      const set = cited.get(paragraph) ?? new Set<string>();
      set.add(id);
      cited.set(paragraph, set);
    };
    for (const st of ctx.statements) cite(ctx.paragraphOf(st.start), st.sourceId);
    for (const q of ctx.quotes) cite(ctx.paragraphOf(q.start), q.sourceId);

    for (const source of speakingAnonymousSources(ctx)) {
      if (source.plural || source.spokesperson) continue;
      const claims = ctx.statementsOf(source.id).filter((st) => {
        if (!isClaim(st, ctx) || ctx.inHeadline(st)) return false;
        const others = [...(cited.get(ctx.paragraphOf(st.start)) ?? [])].filter((id) => id !== source.id);
        return others.length === 0;
      });
      const first = claims[0];
      if (!first) continue;
      const more = claims.length > 1 ? ` (and ${claims.length - 1} more claim${claims.length > 2 ? 's' : ''})` : '';
      out.push(
        finding(
          singleAnonymousSource,
          'note',
          first,
          `“${clip(first.text, 70)}” rests on one unnamed source, ${sourceLabel(source)}, and no other source is cited beside it${more}. Check that a second source backs it, and say how the source knows.`,
        ),
      );
    }
    return out;
  },
};

/** A statement of fact in the reporter's words: at least four unquoted words, and more unquoted words than quoted. */
function isClaim(st: ReportStatement, ctx: FindingContext): boolean {
  if (st.form === 'direct') return false;
  const total = countWords(st.text);
  const quoted = (st.quoteIds ?? []).reduce((n, id) => n + (ctx.quote(id)?.words ?? 0), 0);
  const own = total - quoted;
  return own >= 4 && own > quoted;
}
