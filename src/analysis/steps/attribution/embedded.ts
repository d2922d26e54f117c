/**
 * A report inside another speaker's report (`Ruiz said Varga called the plan "a mess"`, `Ruiz
 * said that Varga had described it as "…"`): the story has only the outer speaker's word for the
 * inner one, so the quote is the outer speaker's (as a report by the same speaker is, in
 * find-nested-reports). So is a report after `According to X,` opening the sentence.
 */
import type { Cue } from '../find-speech-cues.js';
import type { AttributionContext } from './context.js';

/**
 * The cue whose report holds `inner`: the cue before it in the sentence, by another speaker, whose
 * content opens with `inner`'s subject (after `say` and its kin directly, else after `that` within
 * a few words).
 */
export function outerReport(inner: Cue, before: Cue | undefined, ctx: AttributionContext): Cue | undefined {
  if (before?.type === 'according-to') return accordingToBefore(inner, before, ctx);
  if (before?.type !== 'verb' || before.side !== 'left' || inner.side !== 'left' || before.sentence !== inner.sentence) return undefined;
  const subject = inner.subject;
  if (!subject || !before.subject || ctx.coref.entityOf.get(before.subject) === ctx.coref.entityOf.get(subject)) return undefined;
  const text = ctx.doc.text;
  const from = before.end;
  const to = subject.start;
  if (to - from > 48 || to <= from) return undefined;
  // only white space between (`said Varga …`), or a clause of the narrative ending in `that`
  let end = to;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === from) return before;
  if (end - from < 5 || text.slice(end - 4, end) !== 'that' || !isSpace(text.charCodeAt(end - 5))) return undefined;
  for (let i = from; i < end; i++) if (STOPS.includes(text.charCodeAt(i))) return undefined;
  return before;
}

/** `.;:!?` and the quotation marks: a report's content never runs across them. */
const STOPS = [0x2e, 0x3b, 0x3a, 0x21, 0x3f, 0x22, 0x201c, 0x201d];

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0;
}

/**
 * `According to the Courier, Ruiz said the levy was "a mistake"`: the source the sentence opens
 * with reports the whole clause after its comma, the inner speaker's words with it.
 */
function accordingToBefore(inner: Cue, before: Cue, ctx: AttributionContext): Cue | undefined {
  const outer = before.subject;
  const subject = inner.subject;
  if (!outer || !subject || before.sentence !== inner.sentence || inner.side !== 'left' || before.end > subject.start) return undefined;
  if (ctx.coref.entityOf.get(outer) === ctx.coref.entityOf.get(subject)) return undefined;
  const between = ctx.doc.text.slice(outer.end, subject.start);
  return /^\s*,\s*$/.test(between) ? before : undefined;
}
