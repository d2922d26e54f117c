/**
 * Why a source's name is withheld, when the story says so (`wasn't authorized to speak
 * publicly`, `spoke on condition of anonymity because…`, `in line with the palace's practice
 * for briefings`). Each reason goes to the anonymous source it is written about: one mentioned
 * in the same sentence, or the one the sentence's pronoun points to, or the last one before it.
 */

import type { Doc } from '../doc/doc.js';
import { Grouped } from '../doc/grouped.js';
import { ANONYMITY_REASONS, NAMING_CONTEXT, REASON_WORD_STARTS, REASON_WORDS, type ReasonPattern } from '../lexicon/anonymity-reasons.js';
import { type Span, type TextSpan, trimSpan } from '../span.js';
import type { Mention } from './find-mentions.js';
import type { Coreference, Entity } from './resolve-sources.js';

/**
 * The patterns without the `g` flag, made once: an expression that keeps no `lastIndex` can be
 * shared by every call, where a copy made per call (to step a global one with exec) was compiled
 * again whenever V8 had let the copy's code go, one to four times an analysis of the 1 MB story.
 */
const PATTERNS: readonly RegExp[] = ANONYMITY_REASONS.map((r) => new RegExp(r.pattern.source, r.pattern.flags.replace('g', '')));

export function findAnonymityReasons(doc: Pick<Doc, 'text' | 'sentences' | 'mentions'>, coref: Coreference): Map<Entity, TextSpan> {
  const { text, sentences } = doc;
  const anonymous = anonymousMentions(doc, coref);
  const out = new Map<Entity, TextSpan>();
  // the reasons given so far that can still hold a match: they end at most 2 before this sentence
  const given: TextSpan[] = [];
  // two patterns with the same cue read a sentence for it once: by pattern, the first with its cue,
  // and per sentence each cue's answer (0 not asked, 1 found, 2 not found)
  const firstWithCue = ANONYMITY_REASONS.map((r) => ANONYMITY_REASONS.findIndex((o) => sameCue(o, r)));
  const cueFound = new Uint8Array(ANONYMITY_REASONS.length);
  for (let s = 0; s < sentences.length; s++) {
    // a reason goes to an anonymous source of its sentence or of the two before (anonymousSourceFor),
    // and only to one that has none yet: a sentence that can give none is not read
    if (!awaitsReason(anonymous, s, out)) continue;
    const sentence = sentences[s] as Span;
    const words = text.slice(sentence.start, sentence.end);
    if (!mayGiveReason(words)) continue;
    keepReaching(given, sentence.start);
    let naming: boolean | undefined; // NAMING_CONTEXT.test(words), once asked
    cueFound.fill(0);
    for (let k = 0; k < ANONYMITY_REASONS.length; k++) {
      const reason = ANONYMITY_REASONS[k] as ReasonPattern;
      // the sentence's words about names first: one test for all the patterns that need them
      if (reason.needsNamingContext) {
        naming ??= NAMING_CONTEXT.test(words);
        if (!naming) continue;
      }
      if (reason.cue) {
        const c = firstWithCue[k] as number;
        if (cueFound[c] === 0) cueFound[c] = reason.cue.test(words) ? 1 : 2;
        if (cueFound[c] === 2) continue;
      }
      const pattern = PATTERNS[k] as RegExp;
      let from = 0; // where the last match ended: the next is sought from there
      for (let found = pattern.exec(words); found !== null; found = matchFrom(pattern, words, from)) {
        const index = from + found.index;
        from = index + Math.max(1, found[0].length); // (no pattern matches nothing: the 1 keeps a faulty one from looping)
        // a pattern's group 1, when it has one, is the reason: the end of the match
        const reason = found[1] ?? found[0];
        const at = sentence.start + index + found[0].length - reason.length;
        // one reason explains one source: a reason inside another's reason is that one's
        if (given.some((r) => r.start <= at && at < r.end + 2)) continue;
        const entity = anonymousSourceFor(anonymous, s, at);
        if (!entity || out.has(entity)) continue;
        const span = trimSpan(text, at, Math.min(at + reason.length, sentence.end));
        // a reason is one clause: it ends at the next comma (`…for fear of reprisals, said they…`),
        // past a name set off by two (`gave only her first name, Hedda, because…`)
        const clause = (text.slice(span.start, span.end).split(CLAUSE_END)[0] as string).replace(/,\s*$/, '');
        const clean = clause.replace(/[,.;:]+$/, '');
        const reasonSpan = { start: span.start, end: span.start + clean.length, text: clean };
        out.set(entity, reasonSpan);
        given.push(reasonSpan);
      }
    }
  }
  return out;
}

/**
 * `ſ` and the Kelvin sign `K`: the letters `s` and `k` under the patterns' `iu` flags, but neither
 * under REASON_WORDS' `i`, and word characters for the patterns' `(?<!\w)` but not for `\b`.
 */
const FOLDED_LETTERS = /[\u017f\u212a]/;

/**
 * The sentence's `words` may give a reason: REASON_WORDS finds one of its words there and a
 * pattern may match. Each pattern holds its words of REASON_WORDS where a word starts, so the
 * quicker REASON_WORD_STARTS says it; but a pattern reads `ſ` or `K` in a word as `s` or `k`,
 * where REASON_WORD_STARTS and REASON_WORDS do not: a sentence with either is let through by
 * REASON_WORDS alone, as before. (A sentence REASON_WORDS finds a word in only inside a word,
 * `unauthorized`, `malpractice`, is not read: no pattern matches it.)
 */
function mayGiveReason(words: string): boolean {
  return REASON_WORD_STARTS.test(words) || (FOLDED_LETTERS.test(words) && REASON_WORDS.test(words));
}

/** The mentions of anonymous sources by sentence, in text order, each with its entity (at the same place). */
interface AnonymousMentions {
  readonly mentions: Grouped<Mention>;
  /** `coref.entityOf.get(m)`: undefined only for a mention given with another index than its place. */
  readonly entities: readonly (Entity | undefined)[];
}

function anonymousMentions(doc: Pick<Doc, 'sentences' | 'mentions'>, coref: Coreference): AnonymousMentions {
  // `mentions` are the ones resolveSources was given: each one's entity is read by position
  const list: Mention[] = [];
  for (let i = 0; i < doc.mentions.length; i++) if (coref.entityOf.at(i)?.kind === 'anonymous') list.push(doc.mentions[i] as Mention);
  const mentions = new Grouped(list, doc.sentences.length, (m) => m.sentence);
  const entities = mentions.items.map((m) => coref.entityOf.get(m));
  return { mentions, entities };
}

/**
 * Sentence `s` may still give a reason: the sources a reason in it can go to (anonymousSourceFor)
 * are not all explained already.
 */
function awaitsReason(anonymous: AnonymousMentions, s: number, out: ReadonlyMap<Entity, TextSpan>): boolean {
  const { mentions, entities } = anonymous;
  const from = mentions.from(s);
  const to = mentions.to(s);
  for (let k = from; k < to; k++) {
    const e = entities[k];
    // (no entity: the reason may go on to the sentences before; read the sentence)
    if (e === undefined || !out.has(e)) return true;
  }
  if (to > from) return false;
  const last = lastBefore(mentions, s);
  if (last < 0) return false;
  const e = entities[last];
  return e === undefined || !out.has(e);
}

/** In `items`, the last anonymous mention of sentence s - 1, or else of s - 2; -1 when neither has one. */
function lastBefore(mentions: Grouped<Mention>, s: number): number {
  for (let k = s - 1; k >= Math.max(0, s - 2); k--) if (mentions.count(k) > 0) return mentions.to(k) - 1;
  return -1;
}

/** Two reasons with the same cue (`anonymity-because`, `to-discuss-private`). */
function sameCue(a: ReasonPattern, b: ReasonPattern): boolean {
  return a.cue !== undefined && b.cue !== undefined && a.cue.source === b.cue.source && a.cue.flags === b.cue.flags;
}

/** A comma that ends a clause: not one of the two around a one-word name. */
const CLAUSE_END = /(?<!,\s\p{Lu}[\p{L}’'-]*),\s(?!\p{Lu}[\p{L}’'-]*,\s)/u;

/**
 * Drops the reasons that end 2 or more before `start`: no match from here on (sentences come in
 * text order) can fall inside them, so the check above stays short on long stories.
 */
function keepReaching(given: TextSpan[], start: number): void {
  let kept = 0;
  for (const r of given) if (r.end + 2 > start) given[kept++] = r;
  given.length = kept;
}

/**
 * The first match of `pattern` in `words` from `from` on, as a global copy stepped with exec from
 * `lastIndex` = `from` finds it (its index counted from `from`). Read in the rest of the words: the
 * same matches, for a match of a pattern ends with `[^.;\n]*`, at a `.`, `;` or line break or the
 * end, and none starts there (each opens on a letter), so no match read has its `(?<!\w)` or `\b`
 * look at the character before `from`.
 */
function matchFrom(pattern: RegExp, words: string, from: number): RegExpExecArray | null {
  return from < words.length ? pattern.exec(words.slice(from)) : null;
}

/** The anonymous source a reason at offset `at` of sentence `s` is about. */
function anonymousSourceFor(anonymous: AnonymousMentions, s: number, at: number): Entity | undefined {
  const { mentions, entities } = anonymous;
  const from = mentions.from(s);
  const to = mentions.to(s);
  if (to > from) {
    // the last mention before the reason, or else the first after it
    let chosen = from;
    for (let k = from; k < to; k++) if ((mentions.items[k] as Mention).start < at) chosen = k;
    const e = entities[chosen];
    if (e) return e;
  }
  const last = lastBefore(mentions, s);
  return last >= 0 ? entities[last] : undefined;
}
