/**
 * Second-hand quotes: a quote inside a quote (`"the reaction of Hifter is 'with whom can I
 * negotiate?'"`). The inner words are someone else's, reported by the outer speaker. They stay
 * part of the outer quote in `quotes[]` and in every share (ANNOTATION.md); this only finds them
 * so that the page can show them as such. Pure: reads each quote's text once.
 */
import type { ReportQuote, ReportSource, SourcingReport } from './types.js';

export interface SecondHandQuote {
  /** The outer quote. */
  quoteId: string;
  /** The inner quote with its marks, as offsets into the story. */
  start: number;
  end: number;
  /** The inner words, marks excluded. */
  text: string;
  /** Whose words they seem to be: the last source named inside the outer quote before them, or null. */
  speaker: string | null;
  /** The outer speaker's words leading into them (`The minister told us`), at most a clause, or null. */
  leadIn: string | null;
}

/** Inner opening mark → the marks that close it. */
const CLOSERS: Readonly<Record<string, string>> = {
  '‘': '’',
  "'": "'",
  '“': '”',
  '"': '"',
  '‹': '›',
  '«': '»',
  '‚': '‘’',
  '„': '“”',
  '»': '«',
};
const LETTER = /[\p{L}\p{N}]/u;
/** How far before an inner quote its speaker's name is looked for inside the outer quote. */
const NAMED_WITHIN = 200;
/** Sources whose names are looked for there (a story has a few dozen). */
const NAMES_LOOKED_FOR = 200;

/** Past this many characters an inner quote is more likely a stray apostrophe's pairing. */
const MAX_INNER = 600;

export function secondHandQuotes(report: Pick<SourcingReport, 'quotes' | 'sources'>, text: string): SecondHandQuote[] {
  const mentions = sourceMentions(report.sources);
  const out: SecondHandQuote[] = [];
  for (const q of report.quotes) {
    if (!q || typeof q.text !== 'string' || q.start < 0 || q.end > text.length || text.slice(q.start, q.end) !== q.text) continue;
    for (const inner of innerQuotes(q)) {
      const before = q.text.slice(0, inner.start - q.start);
      const speaker = speakerBefore(mentions, q.start, inner.start) ?? namedIn(before.slice(-NAMED_WITHIN), report.sources);
      out.push({ ...inner, quoteId: q.id, speaker, leadIn: leadIn(before) });
    }
  }
  return out;
}

/** The quotes inside one quote's words: an opening mark after a space or a stop, a closing one before a space, a stop or the end. */
function innerQuotes(q: ReportQuote): { start: number; end: number; text: string }[] {
  const s = q.text;
  const found: { start: number; end: number; text: string }[] = [];
  /** Per family of closing marks, where the text is known to hold none of them that could close (so no character is read twice). */
  const noneBefore = new Map<string, number>();
  let i = 0;
  while (i < s.length) {
    const ch = s[i] as string;
    const closers = CLOSERS[ch];
    if (closers === undefined || !opensHere(s, i)) {
      i++;
      continue;
    }
    const { at: close, scanned } = closingAfter(s, Math.max(i + 2, noneBefore.get(closers) ?? 0), i + 1 + MAX_INNER, closers);
    if (close < 0) {
      noneBefore.set(closers, scanned);
      i++;
      continue;
    }
    const words = s.slice(i + 1, close);
    if (words.replace(/[^\p{L}\p{N}]/gu, '').length >= 3) found.push({ start: q.start + i, end: q.start + close + 1, text: words });
    i = close + 1;
  }
  return found;
}

/** An opening mark: at the start or after a non-letter, followed by a letter (not a digit: `the ‘90s`). */
function opensHere(s: string, i: number): boolean {
  const before = i === 0 ? ' ' : (s[i - 1] as string);
  const after = s[i + 1] ?? '';
  return !LETTER.test(before) && /\p{L}/u.test(after);
}

/**
 * Where an inner quote closes, looked for from `from` to `limit`: a closing mark after a non-space,
 * followed by a non-letter or the end; -1 if there is none before the limit or a line break, with
 * how far the text was read (none of these marks can close before there).
 */
function closingAfter(s: string, from: number, limit: number, closers: string): { at: number; scanned: number } {
  const end = Math.min(s.length, limit);
  for (let j = from; j < end; j++) {
    const ch = s[j] as string;
    if (ch === '\n' || ch === '\r') return { at: -1, scanned: j };
    if (!closers.includes(ch)) continue;
    const before = s[j - 1] as string;
    const after = s[j + 1] ?? ' ';
    if (/\s/.test(before) || LETTER.test(after)) continue;
    return { at: j, scanned: j };
  }
  return { at: -1, scanned: end };
}

interface PlacedMention {
  start: number;
  name: string;
}

function sourceMentions(sources: readonly ReportSource[]): PlacedMention[] {
  const all: PlacedMention[] = [];
  for (const s of sources ?? []) for (const m of s.mentions ?? []) if (m.type !== 'pronoun') all.push({ start: m.start, name: s.name });
  return all.sort((a, b) => a.start - b.start);
}

/** The last source named in [from, to), by binary search. */
function speakerBefore(mentions: readonly PlacedMention[], from: number, to: number): string | null {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as PlacedMention).start < to) lo = mid + 1;
    else hi = mid;
  }
  const last = mentions[lo - 1];
  return last && last.start >= from ? last.name : null;
}

/** The clause before an inner quote (`…, and the minister told us`): from the last stop or comma, up to 60 characters, or null. */
function leadIn(before: string): string | null {
  const tail = before.slice(-200);
  const clause = (tail.split(/[.!?;,:—–]\s/).pop() ?? '').replace(/[\s,:—–-]+$/u, '').trim();
  return clause.length > 0 && clause.length <= 60 && /\p{L}/u.test(clause) ? clause : null;
}

/** The named source whose name (or surname) comes last in `words`, or null: `the answer of Mayor Lena Dahl was`. */
function namedIn(words: string, sources: readonly ReportSource[]): string | null {
  let best: { at: number; name: string } | null = null;
  for (const s of (sources ?? []).slice(0, NAMES_LOOKED_FOR)) {
    if (s.kind !== 'person' && s.kind !== 'organization') continue;
    const surname = s.name.split(/\s+/).pop() ?? '';
    for (const n of [s.name, surname]) {
      if (n.length < 2) continue;
      const at = words.lastIndexOf(n);
      const after = words[at + n.length] ?? ' ';
      const before = at > 0 ? (words[at - 1] as string) : ' ';
      if (at >= 0 && !LETTER.test(after) && !LETTER.test(before) && (best === null || at > best.at)) best = { at, name: s.name };
    }
  }
  return best?.name ?? null;
}
