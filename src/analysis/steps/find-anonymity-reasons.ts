/**
 * Why a source's name is withheld, when the story says so (`wasn't authorized to speak
 * publicly`, `spoke on condition of anonymity because…`, `in line with the palace's practice
 * for briefings`). Each reason goes to the anonymous source it is written about: one mentioned
 * in the same sentence, or the one the sentence's pronoun points to, or the last one before it.
 */
import { ANONYMITY_REASONS } from '../lexicon/anonymity-reasons.js';
import { type Span, type TextSpan, trimSpan } from '../span.js';
import type { Mention } from './find-mentions.js';
import type { Coreference, Entity } from './resolve-sources.js';

/** Reasons that also fit sentences about other things need a word about names nearby. */
const NEEDS_NAMING_CONTEXT = new Set(['practice', 'protect', 'fear', 'sensitivity']);
/** A cheap first look: a sentence without one of these words gives no reason. */
const REASON_WORDS =
  /authori|permi|allowed|cleared|entitled|condition|fear|practice|polic|custom|rule|protocol|convention|sensitiv|confidential|delica|private|secret|classified|ongoing|public|protect|safety|security|anonym|authority|clearance|told|instructed|ordered|forbidden|barred|banned/i;
const NAMING_CONTEXT = /\b(?:anonym\w*|named|identified|name|unnamed|on background|not for attribution|briefing)\b/i;

export function findAnonymityReasons(text: string, sentences: readonly Span[], mentions: readonly Mention[], coref: Coreference): Map<Entity, TextSpan> {
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  // only sentences near an anonymous source can explain its anonymity: look there alone
  const near = new Set<number>();
  for (const m of mentions) {
    if (coref.entityOf.get(m)?.kind !== 'anonymous') continue;
    for (let k = m.sentence - 1; k <= m.sentence + 2; k++) if (k >= 0 && k < sentences.length) near.add(k);
  }
  const out = new Map<Entity, TextSpan>();
  const windows = [...near].sort((a, b) => a - b).filter((s) => REASON_WORDS.test(text.slice((sentences[s] as Span).start, (sentences[s] as Span).end)));
  for (const reason of ANONYMITY_REASONS) {
    for (const s of windows) {
      const sentence = sentences[s] as Span;
      for (const found of text.slice(sentence.start, sentence.end).matchAll(reason.pattern)) {
        const match = { index: sentence.start + found.index, 0: found[0] };
        if (NEEDS_NAMING_CONTEXT.has(reason.id) && !NAMING_CONTEXT.test(text.slice(sentence.start, sentence.end))) continue;
        const entity = anonymousSourceFor(s, match.index, bySentence, coref);
        if (!entity || out.has(entity)) continue;
        const span = trimSpan(text, match.index, Math.min(match.index + match[0].length, sentence.end));
        const clean = text.slice(span.start, span.end).replace(/[,.;:]+$/, '');
        out.set(entity, { start: span.start, end: span.start + clean.length, text: clean });
      }
    }
  }
  return out;
}

function anonymousSourceFor(s: number, at: number, bySentence: ReadonlyMap<number, Mention[]>, coref: Coreference): Entity | undefined {
  const inSentence = (bySentence.get(s) ?? []).map((m) => ({ m, e: coref.entityOf.get(m) })).filter((x) => x.e?.kind === 'anonymous');
  const before = inSentence.filter((x) => x.m.start < at);
  const chosen = before.at(-1) ?? inSentence[0];
  if (chosen?.e) return chosen.e;
  for (let k = s - 1; k >= Math.max(0, s - 2); k--) {
    const last = (bySentence.get(k) ?? [])
      .map((m) => coref.entityOf.get(m))
      .filter((e) => e?.kind === 'anonymous')
      .at(-1);
    if (last) return last;
  }
  return undefined;
}
