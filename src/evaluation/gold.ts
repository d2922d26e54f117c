/**
 * Gold annotations, as ANNOTATION.md defines them: the project's own gold stories and the
 * PolNeAR articles of ../shared/corpus, and the conversion of a PolNeAR article into gold
 * quotes and gold statements. Pure: no I/O.
 */
import { type Span, type TextSpan, textSpan, trimSpan } from '../analysis/span.js';
import type { SourceKind, StatementForm } from '../analysis/story.js';

// ---------------------------------------------------------------------------------------------
// Gold stories (ANNOTATION.md "Gold file format")

export interface GoldSource {
  id: string;
  /** Absent in converted public corpora: kind scores then skip this source. */
  kind?: SourceKind;
  name: string;
  aliases?: string[];
  justified?: boolean;
}

export interface GoldQuote extends TextSpan {
  /** A source id, or null for an `unknown` quote. */
  source: string | null;
}

export interface GoldStory {
  id: string;
  text: string;
  sources: GoldSource[];
  quotes: GoldQuote[];
}

const KINDS: readonly string[] = ['person', 'organization', 'anonymous', 'unknown'];

/**
 * Checks that a parsed JSON value is a gold story and returns it typed. Throws an Error that
 * names `where` and the offending field, so a bad gold file is fixed rather than mis-scored.
 */
export function parseGoldStory(value: unknown, where: string): GoldStory {
  const fail = (what: string): never => {
    throw new Error(`${where}: ${what}`);
  };
  if (!isObject(value)) return fail('not a JSON object');
  const { id, text, sources, quotes } = value;
  if (typeof id !== 'string' || id === '') fail('"id" must be a non-empty string');
  if (typeof text !== 'string') return fail('"text" must be a string');
  if (!Array.isArray(sources)) return fail('"sources" must be an array');
  if (!Array.isArray(quotes)) return fail('"quotes" must be an array');

  const ids = new Set<string>();
  for (const [i, s] of sources.entries()) {
    if (!isObject(s)) return fail(`sources[${i}] is not an object`);
    if (typeof s.id !== 'string' || ids.has(s.id)) return fail(`sources[${i}].id must be a unique string`);
    ids.add(s.id);
    if (typeof s.name !== 'string' || s.name.trim() === '') fail(`sources[${i}].name must be a non-empty string`);
    if (s.kind !== undefined && !KINDS.includes(s.kind as string)) fail(`sources[${i}].kind "${String(s.kind)}" is not a kind`);
    if (s.aliases !== undefined && !(Array.isArray(s.aliases) && s.aliases.every((a) => typeof a === 'string')))
      fail(`sources[${i}].aliases must be an array of strings`);
    if (s.justified !== undefined && s.justified !== null && typeof s.justified !== 'boolean') fail(`sources[${i}].justified must be a boolean`);
  }
  for (const [i, q] of quotes.entries()) {
    if (!isObject(q)) return fail(`quotes[${i}] is not an object`);
    const { start, end } = q;
    if (
      typeof start !== 'number' ||
      typeof end !== 'number' ||
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      start < 0 ||
      end < start ||
      end > text.length
    )
      return fail(`quotes[${i}] has no valid start/end`);
    if (text.slice(start, end) !== q.text) fail(`quotes[${i}].text is not text.slice(start, end)`);
    if (q.source !== null && !(typeof q.source === 'string' && ids.has(q.source)))
      fail(`quotes[${i}].source "${String(q.source)}" is neither null nor a source id`);
  }
  return value as unknown as GoldStory;
}

// ---------------------------------------------------------------------------------------------
// PolNeAR (../shared/corpus/README.md)

export interface PolnearAttribution extends TextSpan {
  /** The pieces of a content broken by its attribution; score against these when present. */
  parts?: TextSpan[];
  form: StatementForm;
  speaker: TextSpan | null;
  speakerIsPronoun: boolean;
  cue: TextSpan | null;
  speech: boolean;
}

export interface PolnearArticle {
  id: string;
  corpus?: string;
  split?: string;
  text: string;
  attributions: PolnearAttribution[];
}

/** A gold quote of the corpus: a quotation-mark span inside a gold content, with its speaker. */
export interface GoldSpeakerQuote extends TextSpan {
  speaker: TextSpan | null;
  speakerIsPronoun: boolean;
  /** Index of the attribution it came from. */
  attribution: number;
}

/** A gold attribution, its content always given as parts (one part when it is not broken). */
export interface GoldStatement extends TextSpan {
  parts: TextSpan[];
  form: StatementForm;
  speech: boolean;
  speaker: TextSpan | null;
  speakerIsPronoun: boolean;
}

export interface ConvertedArticle {
  quotes: GoldSpeakerQuote[];
  statements: GoldStatement[];
}

export function parsePolnearArticle(value: unknown, where: string): PolnearArticle {
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.text !== 'string' || !Array.isArray(value.attributions))
    throw new Error(`${where}: not a PolNeAR article (id, text, attributions)`);
  return value as unknown as PolnearArticle;
}

/**
 * Gold quotes and statements of one article. Quotes: for `direct` content each part, one quote
 * per paragraph, with quotation marks and spaces stripped at the ends; for `mixed` content the
 * spans between double quotation marks found in each part, paired in order. A span that two
 * attributions share is one gold quote (the first attribution's).
 */
export function convertPolnear(article: PolnearArticle): ConvertedArticle {
  const { text } = article;
  const quotes: GoldSpeakerQuote[] = [];
  const seen = new Set<string>();
  const statements: GoldStatement[] = [];

  article.attributions.forEach((a, index) => {
    const parts = a.parts && a.parts.length > 0 ? a.parts : [textSpan(text, a.start, a.end)];
    statements.push({
      ...textSpan(text, a.start, a.end),
      parts: parts.map((p) => textSpan(text, p.start, p.end)),
      form: a.form,
      speech: a.speech,
      speaker: a.speaker,
      speakerIsPronoun: a.speakerIsPronoun,
    });
    for (const part of parts) {
      // `indirect` content may still hold typewriter double marks (''…''), which the corpus's
      // form ignores but ANNOTATION.md counts as quotation marks
      const spans = a.form === 'direct' ? directQuoteSpans(text, part) : markedSpans(text, part);
      for (const s of spans) {
        const key = `${s.start}:${s.end}`;
        if (s.end <= s.start || seen.has(key)) continue;
        seen.add(key);
        quotes.push({ ...textSpan(text, s.start, s.end), speaker: a.speaker, speakerIsPronoun: a.speakerIsPronoun, attribution: index });
      }
    }
  });
  quotes.sort((x, y) => x.start - y.start || x.end - y.end);
  return { quotes, statements };
}

/** Double quotation marks: straight, curly, and the typewriter pair of apostrophes ('' … ''). */
const DOUBLE_MARK = /''|["\u201c\u201d]/g;
const LINE_BREAK = /[\r\n\u2028\u2029]+/g;

function isDoubleMark(code: number): boolean {
  return code === 0x22 || code === 0x201c || code === 0x201d;
}

/** A direct part, one span per paragraph, each without the quotation marks and spaces at its ends. */
export function directQuoteSpans(text: string, part: Span): Span[] {
  const spans: Span[] = [];
  let from = part.start;
  const piece = text.slice(part.start, part.end);
  for (const m of piece.matchAll(LINE_BREAK)) {
    spans.push(stripMarks(text, from, part.start + m.index));
    from = part.start + m.index + m[0].length;
  }
  spans.push(stripMarks(text, from, part.end));
  return spans.filter((s) => s.end > s.start);
}

function stripMarks(text: string, start: number, end: number): Span {
  let s = trimSpan(text, start, end);
  for (;;) {
    let { start: a, end: b } = s;
    while (a < b && isDoubleMark(text.charCodeAt(a))) a++;
    while (b > a && isDoubleMark(text.charCodeAt(b - 1))) b--;
    const next = trimSpan(text, a, b);
    if (next.start === s.start && next.end === s.end) return s;
    s = next;
  }
}

/** The spans between double quotation marks (straight or curly) inside a part, marks paired in order. */
export function markedSpans(text: string, part: Span): Span[] {
  const marks = [...text.slice(part.start, part.end).matchAll(DOUBLE_MARK)].map((m) => ({ at: part.start + m.index, length: m[0].length }));
  const spans: Span[] = [];
  for (let i = 0; i + 1 < marks.length; i += 2) {
    const open = marks[i] as { at: number; length: number };
    spans.push({ start: open.at + open.length, end: (marks[i + 1] as { at: number }).at });
  }
  return spans;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
