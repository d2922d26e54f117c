/**
 * A quote in the headline usually repeats words quoted in the story: with no speaker, or one the
 * story names nowhere else, it is the words of whoever says them there (`Mayor promises "no more surprises"` … `"No more surprises,"
 * she said.`).
 */
import { headlineSpan } from '../../headline.js';
import type { PairedQuote } from '../pair-quotes.js';
import { type Attribution, type AttributionContext, withRule } from './context.js';

/** Gives each headline quote with no speaker (or one named only there) the speaker of the first later quote that holds its words. */
export function headlineEchoes(quotes: readonly PairedQuote[], out: Attribution[], ctx: AttributionContext): void {
  const headline = headlineSpan(ctx.doc.text, ctx.doc.paragraphs);
  if (!headline) return;
  // each later quote's words are made once, and only when a headline quote needs them
  const body: (string | undefined)[] = [];
  for (let i = 0; i < quotes.length && (quotes[i] as PairedQuote).end <= headline.end; i++) {
    if (!unsure(out[i] as Attribution, headline.end)) continue;
    const words = normalised(ctx.doc.text, quotes[i] as PairedQuote);
    if (words.length < 2 || !/\s/.test(words)) continue; // one word says too little to match on
    for (let j = i + 1; j < quotes.length; j++) {
      const a = out[j] as Attribution;
      if (!a.entity || (quotes[j] as PairedQuote).start < headline.end) continue;
      body[j] ??= normalised(ctx.doc.text, quotes[j] as PairedQuote);
      if ((body[j] as string).includes(words)) {
        out[i] = withRule(a, 'repeated-quote', a.confidence); // as sure as the speaker of the words it repeats
        break;
      }
    }
  }
}

/**
 * No speaker, or a person the story names only in its headline (`Water chief apologizes: "…"`,
 * the chief never linked to the name the story gives her): the speaker of the words' repetition is
 * better.
 */
function unsure(a: Attribution, headlineEnd: number): boolean {
  if (a.rule === 'none' || !a.entity) return true;
  if (a.entity.kind === 'organization') return false; // `Regulator calls…`: a body's short name, not a role waiting for its name
  for (const m of a.entity.mentions) if (m.start >= headlineEnd) return false;
  return true;
}

/** The quote's words in lower case, with no punctuation and single spaces. */
function normalised(text: string, q: PairedQuote): string {
  return text
    .slice(q.start, q.end)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
