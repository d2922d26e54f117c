/**
 * The story's headline: its first paragraph when that reads as one (a single line under 200
 * characters, not ending a sentence) and more paragraphs follow. The engine leaves it out when
 * it describes a source (a headline's `Officials say…` is no description of anyone), and the
 * editorial checks leave out what lies in it.
 */
import type { Span } from './span.js';

/** `paragraphs` in text order. */
export function headlineSpan(text: string, paragraphs: readonly Span[]): Span | null {
  const first = paragraphs[0];
  if (!first || paragraphs.length < 2) return null;
  const line = text.slice(first.start, first.end).trim();
  if (line.length === 0 || line.length > 200 || /[\r\n\u2028\u2029]/.test(line)) return null;
  if (/[.!?;:]$/.test(line.replace(/["'“”‘’»«)\]]+$/u, ''))) return null;
  return first;
}

export function inSpan(outer: Span | null, span: Span): boolean {
  return outer !== null && span.start >= outer.start && span.end <= outer.end;
}
