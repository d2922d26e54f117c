/**
 * How corrections read to people, the same in every output: the mark on a corrected item and a
 * correction in a sentence (`Quote “…” given to Lena Varga`). Pure.
 */
import { kindLabel } from '../words.js';
import type { Correction, SourceRef } from './types.js';

/** The mark every output puts on a quote, statement or source an editor corrected. */
export const CORRECTED = 'corrected by the editor';

function clip(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** A source reference in words: the words of its mention, its name, its id, or no one. */
export function refWords(ref: SourceRef, text: string): string {
  if (ref === null) return 'no one';
  if ('mention' in ref) return `“${clip(text.slice(ref.mention.start, ref.mention.end), 40)}”`;
  if ('id' in ref) return `source ${ref.id}`;
  return `${ref.name} (${kindLabel(ref.kind)})`;
}

/** One correction as a sentence. */
export function correctionWords(c: Correction, text: string): string {
  if ('quote' in c) return `Quote “${clip(c.quote.text)}” given to ${refWords(c.source, text)}`;
  if ('statement' in c) return `Statement “${clip(c.statement.text)}” given to ${refWords(c.source, text)}`;
  if ('merge' in c) return `${refWords(c.merge[0], text)} merged into ${refWords(c.merge[1], text)}`;
  if ('dismiss' in c) return `Finding${c.dismiss.rule ? ` ${c.dismiss.rule}` : ''} at “${clip(text.slice(c.dismiss.start, c.dismiss.end))}” dismissed`;
  const changes: string[] = [];
  if (c.set.name !== undefined) changes.push(`renamed “${c.set.name}”`);
  if (c.set.kind !== undefined) changes.push(`made ${kindLabel(c.set.kind)}`);
  if (c.set.justified !== undefined) changes.push(c.set.justified ? 'anonymity explained' : 'anonymity not explained');
  return `${refWords(c.source, text)} ${changes.join(', ')}`;
}
