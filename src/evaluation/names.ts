/**
 * Rule 2's and rule 6's tests on names: is the predicted source the gold one, by its name or by
 * where its mention stands in the text.
 */
import { overlap, type Span, type TextSpan } from '../analysis/span.js';
import type { GoldSource } from './gold.js';
import type { PredictedAttribution, PredictedSource } from './predicted.js';

/** Lower case, one space between words, no surrounding punctuation, no leading the/a/an. */
export function normalizeName(name: string): string {
  const trim = (s: string) => s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const s = trim(
    name
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/\s+/g, ' '),
  );
  return trim(s.replace(/^(?:the|a|an) /, ''));
}

/** Whether `needle` occurs in `hay` as whole words. */
export function containsWords(hay: string, needle: string): boolean {
  if (needle === '') return false;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const before = hay[i - 1] ?? ' ';
    const after = hay[i + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** Rule 2's name test: the predicted name equals the gold name or an alias, contains the gold name, or is its last word. */
export function nameMatches(predictedName: string, gold: Pick<GoldSource, 'name' | 'aliases'>): boolean {
  const p = normalizeName(predictedName);
  if (p === '') return false;
  const g = normalizeName(gold.name);
  if (p === g || (gold.aliases ?? []).some((a) => normalizeName(a) === p)) return true;
  if (containsWords(p, g)) return true;
  const words = g.split(' ');
  return p === words[words.length - 1];
}

/** Every case-insensitive, whole-word occurrence in `text` of the source's name or aliases. */
export function goldMentions(text: string, source: Pick<GoldSource, 'name' | 'aliases'>): Span[] {
  const spans: Span[] = [];
  for (const form of new Set([source.name, ...(source.aliases ?? [])].map((f) => f.trim()).filter(Boolean))) {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Rule 6's speaker test; a gold attribution without a speaker wants a prediction without a source. */
export function speakerMatches(
  p: PredictedAttribution,
  gold: { speaker: TextSpan | null; speakerIsPronoun: boolean },
  sources: Map<string, PredictedSource>,
): boolean {
  const speaker = gold.speaker;
  if (speaker === null) return p.sourceId === null;
  if (p.speakerMention && overlap(p.speakerMention, speaker) > 0) return true;
  if (gold.speakerIsPronoun || p.sourceId === null) return false;
  const name = sources.get(p.sourceId)?.name;
  return name !== undefined && containsWords(normalizeName(name), normalizeName(speaker.text));
}

/** How an error names a prediction's speaker: `mention → source name`, or the source name alone. */
export function describeSpeaker(p: PredictedAttribution, sources: Map<string, PredictedSource>): string {
  const name = p.sourceId === null ? '(no source)' : (sources.get(p.sourceId)?.name ?? `(unknown id ${p.sourceId})`);
  return p.speakerMention ? `${p.speakerMention.text} → ${name}` : name;
}
