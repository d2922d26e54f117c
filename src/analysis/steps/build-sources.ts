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
      mentions: e.mentions.map(sourceMention),
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
    const speaker = speakerMention(a);
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

  // the one list of no quotes that the statements without any share (JSON the same: `[]`)
  const noQuotes: string[] = [];
  const statements: Statement[] = found.map((s, i) => {
    const first = s.parts[0] as { start: number; end: number };
    const last = s.parts[s.parts.length - 1] as { start: number; end: number };
    const a = s.attribution;
    // most statements with quotes rest on their first quote's mention and cue: its spans, made once
    const k = s.quoteIndexes[0];
    const quote = k === undefined ? undefined : (quoteOut[k] as Quote);
    const quoted = k === undefined ? undefined : (attributions[k] as Attribution);
    const speaker = quote && quoted && spokenBy(quoted) === spokenBy(a) ? quote.speakerMention : speakerMention(a);
    const cue = quote && quoted && quoted.cue === a.cue ? quote.evidence.cue : cueSpan(text, a);
    // (a direct statement of one quote has that quote's words: its string, not a second slice)
    const words = quote && quote.start === first.start && quote.end === last.end ? quote.text : text.slice(first.start, last.end);
    return {
      id: `st${i + 1}`,
      start: first.start,
      end: last.end,
      text: words,
      form: s.form,
      parts: partSpans(text, s.parts, words),
      sourceId: sourceIdOf(a),
      speakerMention: speaker,
      cue,
      evidence: quote && quoted === a ? quote.evidence : evidence(a, speaker, cue),
      quoteIds: k === undefined ? noQuotes : quoteIdsOf(s.quoteIndexes, quoteOut),
    };
  });
  return { quotes: quoteOut, statements, sources };
}

/**
 * The ids of a statement's quotes, by a loop: no closure made per statement (6,000 in the 1 MB
 * story); in an array made as long as the list (a first push would make room for 17).
 */
function quoteIdsOf(indexes: readonly number[], quotes: readonly Quote[]): string[] {
  const ids = new Array<string>(indexes.length);
  for (let i = 0; i < indexes.length; i++) ids[i] = (quotes[indexes[i] as number] as Quote).id;
  return ids;
}

/**
 * A statement's parts as spans of the output. One part (most statements) covers the statement's
 * own words: it shares their string (`words`) rather than a second slice kept with the output.
 */
function partSpans(text: string, parts: readonly Span[], words: string): TextSpan[] {
  if (parts.length === 1) {
    const only = parts[0] as Span;
    return [{ start: only.start, end: only.end, text: words }];
  }
  return parts.map((p) => textSpan(text, p.start, p.end));
}

/** The words that name the speaker in the cue's clause: the subject's mention, or the relative pronoun standing for it. */
function spokenBy(a: Attribution): TextSpan | null {
  return a.relativePronoun ?? a.mention;
}

/**
 * `spokenBy` as a span of the output. A mention or a relative pronoun holds the very words it
 * covers (a TextSpan's `text`: span.ts; a token's spelling, or a slice of the story), so its own
 * string is shared, with no read of the story's characters to compare.
 */
function speakerMention(a: Attribution): TextSpan | null {
  const said = spokenBy(a);
  return said ? { start: said.start, end: said.end, text: said.text } : null;
}

/** The attribution's cue as a span of the output, or null. */
function cueSpan(text: string, a: Attribution): TextSpan | null {
  const cue = a.cue;
  return cue ? { start: cue.start, end: cue.end, text: covered(text, cue) } : null;
}

/**
 * The text a span covers: the span's own `text` when it has one (a cue, a token: a TextSpan holds
 * exactly the words it covers, span.ts), shared rather than sliced again, else a slice (a span of
 * a mark, with no text). The output of a long story keeps hundreds of thousands of these strings
 * alive while the rest of it is built; and no character of the story is read to compare them.
 */
function covered(text: string, span: Span & { text?: unknown }): string {
  const own = span.text;
  return typeof own === 'string' ? own : text.slice(span.start, span.end);
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
  // (indexed loops: this runs once per story, mostly before the optimizing compiler takes it, where
  // a for…of makes an object per item)
  for (let i = 0; i < attributions.length; i++) meet((attributions[i] as Attribution).entity);
  for (let i = 0; i < found.length; i++) meet((found[i] as FoundStatement).attribution.entity);
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
  for (let i = 0; i < n; i++) {
    const start = firstStart(speaking[i] as Entity);
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

/** A mention with its facts (its own words: see `speakerMention`); `gender` only when known, so that most mentions stay four fields smaller. */
function sourceMention(m: Mention): SourceMention {
  const covered = m.text;
  const type = m.place ? 'place' : m.type;
  const gender = m.gender;
  // (each in one object shape, with no field added after it is made)
  if (gender !== null) return { start: m.start, end: m.end, text: covered, type, head: m.head, plural: m.plural, definite: m.definite, gender };
  return { start: m.start, end: m.end, text: covered, type, head: m.head, plural: m.plural, definite: m.definite };
}
