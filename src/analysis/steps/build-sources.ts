/**
 * The last step: the sources that speak in the story (entities with at least one quote or
 * statement), numbered in order of appearance, and the quotes and statements pointing at them
 * with their evidence.
 */
import { type TextSpan, textSpan } from '../span.js';
import type { Evidence, Quote, Source, Statement } from '../story.js';
import type { Attribution } from './attribute-quotes.js';
import type { FoundStatement } from './find-statements.js';
import type { PairedQuote } from './pair-quotes.js';
import type { Coreference, Entity } from './resolve-sources.js';

export function buildSources(
  text: string,
  quotes: readonly PairedQuote[],
  attributions: readonly Attribution[],
  found: readonly FoundStatement[],
  _coref: Coreference,
  reasons: ReadonlyMap<Entity, TextSpan>,
): { quotes: Quote[]; statements: Statement[]; sources: Source[] } {
  const speaking = new Set<Entity>();
  for (const a of attributions) if (a.entity) speaking.add(a.entity);
  for (const s of found) if (s.attribution.entity) speaking.add(s.attribution.entity);
  const ordered = [...speaking].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  const idOf = new Map<Entity, string>();
  for (let i = 0; i < ordered.length; i++) idOf.set(ordered[i] as Entity, `s${i + 1}`);
  const sourceIdOf = (a: Attribution): string | null => (a.entity ? (idOf.get(a.entity) ?? null) : null);

  const sources: Source[] = ordered.map((e) => {
    const justification = e.kind === 'anonymous' ? (reasons.get(e) ?? null) : null;
    return {
      id: idOf.get(e) as string,
      kind: e.kind,
      name: displayName(e),
      description: e.description,
      mentions: e.mentions.map((m) => textSpan(text, m.start, m.end)),
      justified: e.kind === 'anonymous' ? justification !== null : null,
      justification,
    };
  });

  // every field written out (no spread of a span): one object shape per kind, no copies
  const quoteOut: Quote[] = quotes.map((q, i) => {
    const a = attributions[i] as Attribution;
    const mention = a.mention ? text.slice(a.mention.start, a.mention.end) : '';
    const cue = a.cue ? text.slice(a.cue.start, a.cue.end) : '';
    return {
      id: `q${i + 1}`,
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      open: q.open,
      close: q.close,
      paragraph: q.paragraph,
      sourceId: sourceIdOf(a),
      speakerMention: a.mention ? { start: a.mention.start, end: a.mention.end, text: mention } : null,
      evidence: evidence(a, mention, cue),
    };
  });

  const statements: Statement[] = found.map((s, i) => {
    const first = s.parts[0] as { start: number; end: number };
    const last = s.parts.at(-1) as { start: number; end: number };
    const a = s.attribution;
    const mention = a.mention ? text.slice(a.mention.start, a.mention.end) : '';
    const cue = a.cue ? text.slice(a.cue.start, a.cue.end) : '';
    return {
      id: `st${i + 1}`,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      form: s.form,
      parts: s.parts.map((p) => textSpan(text, p.start, p.end)),
      sourceId: sourceIdOf(a),
      speakerMention: a.mention ? { start: a.mention.start, end: a.mention.end, text: mention } : null,
      cue: a.cue ? { start: a.cue.start, end: a.cue.end, text: cue } : null,
      evidence: evidence(a, mention, cue),
      quoteIds: s.quoteIndexes.map((k) => (quoteOut[k] as Quote).id),
    };
  });
  return { quotes: quoteOut, statements, sources };
}

/** `mention` and `cue` are the texts of `a.mention` and `a.cue`, sliced once for the item and its evidence. */
function evidence(a: Attribution, mention: string, cue: string): Evidence {
  return {
    rule: a.rule,
    cue: a.cue ? { start: a.cue.start, end: a.cue.end, text: cue } : null,
    mention: a.mention ? { start: a.mention.start, end: a.mention.end, text: mention } : null,
    confidence: a.confidence,
  };
}

/** A person by the fullest name; an anonymous source by how the story first describes it. */
function displayName(e: Entity): string {
  if (e.kind !== 'anonymous') return e.name;
  const indefinite = e.mentions.find((m) => m.type === 'description' && !m.definite);
  return (indefinite ?? e.mentions.find((m) => m.type === 'description'))?.text ?? e.name;
}
