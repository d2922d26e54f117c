/**
 * `distant-attribution`: a quote whose speaker the reader must infer from far away.
 * - `conversation`: untagged turns of an exchange, attributed only by turn-taking. A run of
 *   consecutive untagged paragraphs makes one finding when the speaker changes within it (a
 *   warning from three quotes on, else a note); the same speaker going on in a new paragraph
 *   is clear to readers and is left alone.
 * - `previous-sentence`: the nearer of the speaker and the cue is in another paragraph, or more
 *   than 200 characters before the quote.
 * - `continuation`: a quote running on for paragraphs, three or more paragraphs from its tag.
 * Low confidence alone does not fire: `Øvrebø smiled. "…"` is plain to a reader. A tag in the
 * quote's own sentence is never distant, however long the sentence.
 */
import type { Span } from '../../analysis/span.js';
import type { Finding, ReportQuote } from '../types.js';
import { clip, type FindingContext, type FindingRule, finding } from './context.js';

/** Characters between a quote and its nearest tag (cue or mention) beyond which readers lose the speaker. */
export const DISTANCE = 200;
const PARAGRAPHS_OF_CONTINUATION = 3;

export const distantAttribution: FindingRule = {
  id: 'distant-attribution',
  title: 'Speaker far from the quote',
  guideline: 'AP, Reuters: attribute clearly, near the quote',
  description: 'A quote whose speaker can only be inferred from far away, or from the turn-taking of a conversation.',
  check(ctx) {
    const out: Finding[] = [];
    let run: ReportQuote[] = [];
    let turns = 0;
    let previous: ReportQuote | undefined;
    const flush = () => {
      if (run.length > 0 && turns > 0) out.push(conversationFinding(ctx, run));
      run = [];
      turns = 0;
    };
    for (const q of ctx.quotes) {
      const before = previous;
      previous = q;
      if (q.evidence.rule === 'conversation') {
        const last = run.at(-1);
        if (last && q.paragraph - last.paragraph > 1) flush();
        run.push(q);
        if (before && before.sourceId !== q.sourceId) turns++;
        continue;
      }
      flush();
      const why = distance(ctx, q);
      if (why) out.push(finding(distantAttribution, 'note', q, `Who says “${clip(q.text, 50)}”? ${why} Restate the speaker next to the quote.`));
    }
    flush();
    return out;
  },
};

function conversationFinding(ctx: FindingContext, run: ReportQuote[]): Finding {
  const first = run[0] as ReportQuote;
  const last = run.at(-1) as ReportQuote;
  const who = [...new Set(run.map((q) => ctx.source(q.sourceId)?.name ?? q.speakerMention?.text).filter((n): n is string => Boolean(n)))];
  const span: Span = { start: first.start, end: last.end };
  const turns = run.length === 1 ? 'This quote is' : `These ${run.length} quotes are`;
  return finding(
    distantAttribution,
    run.length >= 3 ? 'warning' : 'note',
    span,
    `${turns} attributed only by the turn-taking of the exchange${who.length ? ` (${who.join(' and ')})` : ''}: nobody is named next to ${run.length === 1 ? 'it' : 'them'}. Restate who speaks (“…,” ${who[0] ?? 'she'} said).`,
  );
}

/** Why the tag is too far, or null when it is near enough. */
function distance(ctx: FindingContext, q: ReportQuote): string | null {
  const { rule, cue, mention } = q.evidence;
  if (rule === 'continuation') {
    const tag = cue ?? mention;
    if (!tag) return null;
    const apart = Math.abs(q.paragraph - ctx.paragraphOf(tag.start));
    return apart >= PARAGRAPHS_OF_CONTINUATION ? `The quote runs on for paragraphs; its speaker is named ${apart} paragraphs away.` : null;
  }
  if (rule !== 'previous-sentence') return null;
  const tags = [cue, mention].filter((t): t is NonNullable<typeof t> => t !== null);
  if (tags.length === 0) return 'The story names no speaker near it.';
  const gap = Math.min(...tags.map((t) => (t.end <= q.start ? q.open.start - t.end : t.start - (q.close?.end ?? q.end))));
  const para = Math.min(...tags.map((t) => Math.abs(ctx.paragraphOf(t.start) - q.paragraph)));
  const name = mention ? `“${clip(mention.text, 40)}”` : 'the speaker';
  if (para > 0) return `The speaker, ${name}, is named in another paragraph.`;
  if (gap > DISTANCE) return `The speaker, ${name}, is named ${gap} characters before it.`;
  return null;
}
