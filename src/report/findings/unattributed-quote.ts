/**
 * `unattributed-quote`: a quote with no source. Left out: quotes in the headline (a headline
 * repeats the story's words), partial quotes inside a statement the story does attribute
 * (`told the court that he signed "hundreds" of permits`), and words whose sentence says where
 * they come from when no person said them: a chant, a banner, graffiti, a proverb.
 */

import { QUOTE_ORIGIN_WORDS } from '../../analysis/lexicon/editorial-words.js';
import { furthestEnds, type Span } from '../../analysis/span.js';
import type { Finding } from '../types.js';
import { clip, type FindingContext, type FindingRule, finding } from './context.js';

/** How far around the quote, within its sentence, to look for `chant`, `banner`, `saying`. */
const WINDOW = 160;

export const unattributedQuote: FindingRule = {
  id: 'unattributed-quote',
  title: 'Quote with no source',
  guideline: 'AP, Reuters: attribute every quote',
  description: 'A quote that the story attributes to no one.',
  check(ctx) {
    const out: Finding[] = [];
    const covered = coveredByAttributedStatement(ctx);
    for (const q of ctx.quotes) {
      if (q.sourceId !== null || ctx.inHeadline(q) || covered(q)) continue;
      const sentence = ctx.sentenceAt(q.start) ?? q;
      const from = Math.max(sentence.start, q.open.start - WINDOW);
      const after = q.close?.end ?? q.end;
      const around = `${ctx.text.slice(from, q.open.start)} ${ctx.text.slice(after, Math.min(sentence.end, after + WINDOW))}`.toLowerCase();
      if (around.split(/[^\p{L}-]+/u).some((w) => QUOTE_ORIGIN_WORDS.has(w))) continue;
      out.push(
        finding(
          unattributedQuote,
          'warning',
          q,
          `Nobody is said to have said “${clip(q.text, 60)}”. Say who said or wrote it, or drop the quotation marks if the words are the story’s own.`,
        ),
      );
    }
    return out;
  },
};

/** Whether a quote lies inside a statement that has a source: ids first, then one sorted sweep (no scan per quote). */
function coveredByAttributedStatement(ctx: FindingContext): (q: Span & { id: string }) => boolean {
  const attributed = ctx.statements.filter((st) => st.sourceId !== null);
  const ids = new Set(attributed.flatMap((st) => st.quoteIds ?? []));
  const reach = furthestEnds(attributed);
  return (q) => ids.has(q.id) || reach(q.start) >= q.end;
}
