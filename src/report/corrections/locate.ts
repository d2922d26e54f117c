/**
 * Finding what a correction names: a quote or statement by span and text (where it was, else the
 * nearest one with that text), a source by a mention, a name or an id. Each answer is the thing
 * found or the reason it was not, in words for the report's `rejectedCorrections`. Pure.
 */
import type { Span } from '../../analysis/span.js';
import type { Source, SourceKind } from '../../analysis/story.js';
import type { EditableKind, ItemRef, SourceRef } from './types.js';

export type Found<T> = { ok: true; value: T; relocated?: Span } | { ok: false; reason: string };

/** White space collapsed: a draft re-wrapped between two versions still holds the same quote. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Each item's tidied text, made once however many corrections look for it. */
const tidied = new WeakMap<object, string>();
function tidyOf(item: ItemRef): string {
  let t = tidied.get(item);
  if (t === undefined) {
    t = tidy(item.text);
    tidied.set(item, t);
  }
  return t;
}

function clipped(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 40 ? `${t.slice(0, 39)}…` : t;
}

/**
 * The quote (or statement) at `ref`'s span holding its text; else the one with that text
 * nearest to the span, reported as relocated; else the reason.
 */
export function locateItem<T extends ItemRef>(items: readonly T[], ref: ItemRef, what: 'quote' | 'statement'): Found<T> {
  let best: T | null = null;
  let distance = Number.POSITIVE_INFINITY;
  const wanted = tidy(ref.text);
  for (const item of items) {
    if (item.text !== ref.text && tidyOf(item) !== wanted) continue;
    if (item.start === ref.start && item.end === ref.end) return { ok: true, value: item };
    const d = Math.abs(item.start - ref.start);
    if (d < distance) {
      best = item;
      distance = d;
    }
  }
  if (best) return { ok: true, value: best, relocated: { start: best.start, end: best.end } };
  const at = items.some((i) => i.start === ref.start && i.end === ref.end);
  return {
    ok: false,
    reason: at
      ? `the ${what} at ${ref.start}–${ref.end} no longer reads “${clipped(ref.text)}”, and no other ${what} does`
      : `no ${what} reads “${clipped(ref.text)}” in this story`,
  };
}

/** The state a list of corrections works on: copies of the analysis's sources, changed in place. */
export interface SourceBook {
  sources: Source[];
  /** A new source (named by the editor); its id follows the engine's. */
  create(name: string, kind: EditableKind): Source;
  /** A name as people read it (spaces and case aside); remembered for this list only, since every correction by name compares them all. */
  folded(name: string): string;
}

export function sourceBook(sources: readonly Source[]): SourceBook {
  const copies = sources.map((s) => ({ ...s, mentions: [...s.mentions] }));
  let next = copies.reduce((n, s) => Math.max(n, Number(/^s(\d+)$/.exec(s.id)?.[1] ?? 0)), 0) + 1;
  const names = new Map<string, string>();
  return {
    sources: copies,
    folded(name) {
      let f = names.get(name);
      if (f === undefined) {
        f = fold(name);
        names.set(name, f);
      }
      return f;
    },
    create(name, kind) {
      const source: Source = {
        id: `s${next++}`,
        kind,
        name,
        description: null,
        mentions: [],
        justified: kind === 'anonymous' ? false : null,
        justification: null,
        plural: false,
        // The editor chose the words: the vagueness checks judge the story's, not these.
        informative: true,
        spokesperson: false,
      };
      copies.push(source);
      return source;
    },
  };
}

function fold(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The source `ref` names (null for no one). A name that no source has makes a new source when
 * `create` is true (reassigning to someone the engine missed); an id or mention must exist.
 */
export function resolveSource(book: SourceBook, ref: SourceRef, create: boolean): Found<Source | null> {
  if (ref === null) return { ok: true, value: null };
  if ('id' in ref) {
    const s = book.sources.find((x) => x.id === ref.id);
    return s ? { ok: true, value: s } : { ok: false, reason: `no source has the id “${ref.id}” (ids hold only for the same text and engine version)` };
  }
  if ('mention' in ref) {
    const { start, end } = ref.mention;
    const exact = book.sources.find((s) => s.mentions.some((m) => m.start === start && m.end === end));
    const within = exact ?? book.sources.find((s) => s.mentions.some((m) => m.start < end && start < m.end));
    return within ? { ok: true, value: within } : { ok: false, reason: `no source is mentioned at ${start}–${end}` };
  }
  const wanted = fold(ref.name);
  // Its name, else the words of one of its names in the story (`Varga` for Lena Varga).
  const s =
    book.sources.find((x) => book.folded(x.name) === wanted) ??
    book.sources.find((x) => x.mentions.some((m) => m.type === 'name' && book.folded(m.text) === wanted));
  if (s) return { ok: true, value: s };
  if (!create) return { ok: false, reason: `no source is named “${ref.name}”` };
  return { ok: true, value: book.create(ref.name, ref.kind) };
}

/** A source's facts after its kind changes: anonymity is explained or not only for the anonymous. */
export function withKind(source: Source, kind: SourceKind): void {
  if (source.kind === kind) return;
  source.kind = kind;
  if (kind === 'anonymous') source.justified ??= false;
  else {
    source.justified = null;
    source.justification = null;
    source.informative = true;
  }
}
