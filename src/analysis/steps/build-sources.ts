/**
 * The last step: the sources that speak in the story (entities with at least one quote or
 * statement), numbered in order of appearance, and the quotes and statements pointing at them
 * with their evidence.
 */
import { type Span, type TextSpan, textSpan } from '../span.js';
import type { Evidence, Quote, Source, SourceMention, Statement } from '../story.js';
import type { Attribution } from './attribute-quotes.js';
import { describeSource } from './describe-sources.js';
import type { Mention } from './find-mentions.js';
import type { FoundStatement } from './find-statements.js';
import type { PairedQuote } from './pair-quotes.js';
import type { Coreference, Entity } from './resolve-sources.js';

export function buildSources(
  text: string,
  quotes: readonly PairedQuote[],
  attributions: readonly Attribution[],
  found: readonly FoundStatement[],
  coref: Coreference,
  reasons: ReadonlyMap<Entity, TextSpan>,
  /** The story's headline (`headlineSpan`), whose mentions describe no source. */
  headline: Span | null,
): { quotes: Quote[]; statements: Statement[]; sources: Source[] } {
  const ordered = speakingInOrder(attributions, found, coref.entities.length);
  // a source's number by Entity.index (0: not a source): typed arrays rather than a Map or Set
  // keyed by entity, which cost a hash per look-up and grow with the story
  const sourceNumber = new Int32Array(coref.entities.length);
  const ids: string[] = [];
  for (let i = 0; i < ordered.length; i++) {
    sourceNumber[(ordered[i] as Entity).index] = i + 1;
    ids.push(`s${i + 1}`);
  }
  const sourceIdOf = (a: Attribution): string | null => {
    const n = a.entity ? (sourceNumber[a.entity.index] as number) : 0;
    return n === 0 ? null : (ids[n - 1] as string);
  };

  const sources: Source[] = ordered.map((e, i) => {
    const justification = e.kind === 'anonymous' ? (reasons.get(e) ?? null) : null;
    const named = nameMention(e);
    const name = named?.text ?? e.name;
    const facts = describeSource(text, e, named, headline);
    return {
      id: ids[i] as string,
      kind: e.kind,
      name,
      description: descriptionBesides(name, e.description),
      mentions: e.mentions.map((m) => sourceMention(text, m)),
      justified: e.kind === 'anonymous' ? justification !== null : null,
      justification,
      plural: facts.plural,
      informative: facts.informative,
      spokesperson: facts.spokesperson,
    };
  });

  // every field written out (no spread of a span): one object shape per kind, no copies; the
  // speaker's mention and the cue are one object each, shared by the item and its evidence
  const quoteOut: Quote[] = quotes.map((q, i) => {
    const a = attributions[i] as Attribution;
    const speaker = speakerMention(text, a);
    return {
      id: `q${i + 1}`,
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      open: q.open,
      close: q.close,
      paragraph: q.paragraph,
      sourceId: sourceIdOf(a),
      speakerMention: speaker,
      evidence: evidence(a, speaker, cueSpan(text, a)),
    };
  });

  const statements: Statement[] = found.map((s, i) => {
    const first = s.parts[0] as { start: number; end: number };
    const last = s.parts[s.parts.length - 1] as { start: number; end: number };
    const a = s.attribution;
    // most statements with quotes rest on their first quote's mention and cue: its spans, made once
    const k = s.quoteIndexes[0];
    const quote = k === undefined ? undefined : (quoteOut[k] as Quote);
    const quoted = k === undefined ? undefined : (attributions[k] as Attribution);
    const speaker = quote && quoted && spokenBy(quoted) === spokenBy(a) ? quote.speakerMention : speakerMention(text, a);
    const cue = quote && quoted && quoted.cue === a.cue ? quote.evidence.cue : cueSpan(text, a);
    return {
      id: `st${i + 1}`,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      form: s.form,
      parts: s.parts.map((p) => textSpan(text, p.start, p.end)),
      sourceId: sourceIdOf(a),
      speakerMention: speaker,
      cue,
      evidence: quote && quoted === a ? quote.evidence : evidence(a, speaker, cue),
      quoteIds: s.quoteIndexes.map((k) => (quoteOut[k] as Quote).id),
    };
  });
  return { quotes: quoteOut, statements, sources };
}

/** The words that name the speaker in the cue's clause: the subject's mention, or the relative pronoun standing for it. */
function spokenBy(a: Attribution): TextSpan | null {
  return a.relativePronoun ?? a.mention;
}

/** `spokenBy` as a span of the output. */
function speakerMention(text: string, a: Attribution): TextSpan | null {
  const said = spokenBy(a);
  return said ? { start: said.start, end: said.end, text: mentionText(text, said) } : null;
}

/** The attribution's cue as a span of the output, or null. */
function cueSpan(text: string, a: Attribution): TextSpan | null {
  const cue = a.cue;
  return cue ? { start: cue.start, end: cue.end, text: covered(text, cue) } : null;
}

/** `covered` for a mention: the same, with one kind of object read (a faster read). */

function mentionText(text: string, m: TextSpan): string {
  const own = m.text;
  return own.length === m.end - m.start && text.startsWith(own, m.start) ? own : text.slice(m.start, m.end);
}

/**
 * The text a span covers: the span's own `text` when it holds exactly that (a mention, a cue, a
 * token), shared rather than sliced again, else a slice. The output of a long story keeps
 * hundreds of thousands of these strings alive while the rest of it is built.
 */
function covered(text: string, span: Span & { text?: unknown }): string {
  const own = span.text;
  return typeof own === 'string' && own.length === span.end - span.start && text.startsWith(own, span.start) ? own : text.slice(span.start, span.end);
}

/**
 * The evidence of an item, with the item's own spans of its speaker's mention and its cue (the
 * same words, made once). With the model's choice or without, each in one object shape: no field
 * added after the object is made.
 */
function evidence(a: Attribution, mention: TextSpan | null, cue: TextSpan | null): Evidence {
  const model = a.model;
  if (model) return { rule: a.rule, cue, mention, confidence: a.confidence, model };
  return { rule: a.rule, cue, mention, confidence: a.confidence };
}

/**
 * The entities that speak (an attribution's or a statement's), each once, in the order of their
 * first mention; on a tie, in the order they were first met speaking (what a stable sort of a
 * Set of them would give). Every entity is one of `coref.entities`, at its `index`.
 */
function speakingInOrder(attributions: readonly Attribution[], found: readonly FoundStatement[], entityCount: number): Entity[] {
  const seen = new Uint8Array(entityCount);
  const speaking: Entity[] = [];
  const meet = (e: Entity | null) => {
    if (e && seen[e.index] === 0) {
      seen[e.index] = 1;
      speaking.push(e);
    }
  };
  for (const a of attributions) meet(a.entity);
  for (const s of found) meet(s.attribution.entity);
  const firstStart = (e: Entity) => e.mentions[0]?.start ?? 0;
  // often in order already: one pass says so
  let sorted = true;
  for (let i = 1; i < speaking.length && sorted; i++) sorted = firstStart(speaking[i - 1] as Entity) <= firstStart(speaking[i] as Entity);
  if (sorted) return speaking;
  // a numeric sort of keys `start * n + place` (distinct, exact below 2^53, and in the stable
  // order): done natively, with no comparator called n log n times
  const n = speaking.length;
  let maxStart = 0;
  let whole = true; // offsets are whole and not negative; checked, for the keys to be exact
  for (const e of speaking) {
    const start = firstStart(e);
    maxStart = Math.max(maxStart, start);
    whole &&= Number.isInteger(start) && start >= 0;
  }
  if (!whole || maxStart * n + n > Number.MAX_SAFE_INTEGER) return speaking.sort((a, b) => firstStart(a) - firstStart(b));
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = firstStart(speaking[i] as Entity) * n + i;
  keys.sort();
  const ordered: Entity[] = [];
  for (let i = 0; i < n; i++) ordered.push(speaking[(keys[i] as number) % n] as Entity);
  return ordered;
}

/**
 * The mention a source is named by: a person by the fullest name (no one mention, unless one
 * holds it whole); an anonymous source by the first name it is given, else by how the story first
 * describes it.
 */
function nameMention(e: Entity): Mention | undefined {
  if (e.kind !== 'anonymous') return e.mentions.find((m) => m.text === e.name);
  // a person the story calls by a first name alone (`Samira, a mother of four,`) goes by that name
  return (
    e.mentions.find((m) => m.type === 'name' && m.kind === 'person') ??
    e.mentions.find((m) => m.type === 'description' && !m.definite) ??
    e.mentions.find((m) => m.type === 'description')
  );
}

/**
 * The role words, unless they only repeat the name: an office named by its description
 * (`Macron's office`) has the same words for both, and `Macron's office (Macron's office)` tells
 * a reader nothing. Words around the name are kept (`Libyan commander` of `Libyan commander
 * Khalifa Hifter`).
 */
export function descriptionBesides(name: string, description: string | null): string | null {
  if (description === null) return null;
  const n = name.replace(/\s+/g, ' ').trim().toLowerCase();
  let rest = description.replace(/\s+/g, ' ').trim();
  if (n === '') return rest === '' ? null : description;
  // every copy of the name goes (`Dr. Kofi Mensah Dr.` around `Kofi Mensah`), case aside
  for (let at = rest.toLowerCase().indexOf(n); at >= 0; at = rest.toLowerCase().indexOf(n)) rest = `${rest.slice(0, at)} ${rest.slice(at + n.length)}`;
  if (rest === description.replace(/\s+/g, ' ').trim()) return description;
  rest = rest.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '').replace(/\s+/g, ' ');
  return rest === '' ? null : rest;
}

/** A mention with its facts; `gender` only when known, so that most mentions stay four fields smaller. */
function sourceMention(text: string, m: Mention): SourceMention {
  const covered = mentionText(text, m);
  const type = m.place ? 'place' : m.type;
  const gender = m.gender;
  // (each in one object shape, with no field added after it is made)
  if (gender !== null) return { start: m.start, end: m.end, text: covered, type, head: m.head, plural: m.plural, definite: m.definite, gender };
  return { start: m.start, end: m.end, text: covered, type, head: m.head, plural: m.plural, definite: m.definite };
}
