/** Runs the steps up to coreference on a short text and reads the entity of each mention by its text. */

import { expect } from 'vitest';
import { Doc } from '../../../../src/analysis/doc/doc.js';
import { findMentions, type Mention } from '../../../../src/analysis/steps/find-mentions.js';
import { findQuoteMarks } from '../../../../src/analysis/steps/find-quote-marks.js';
import { findRepeatedParagraphs, sentencesInRepeated } from '../../../../src/analysis/steps/find-repeated-paragraphs.js';
import { findSpeechCues } from '../../../../src/analysis/steps/find-speech-cues.js';
import { pairQuotes } from '../../../../src/analysis/steps/pair-quotes.js';
import { type Coreference, type Entity, resolveSources } from '../../../../src/analysis/steps/resolve-sources.js';
import { splitParagraphs } from '../../../../src/analysis/steps/split-paragraphs.js';
import { splitSentences } from '../../../../src/analysis/steps/split-sentences.js';
import { tokenizeFrames } from '../../../../src/analysis/steps/tokenize-frames.js';

export interface Resolved {
  coref: Coreference;
  mentions: Mention[];
  /** The entity of the mention whose text is `mentionText` (its `nth` occurrence, from 1). */
  entity(mentionText: string, nth?: number): Entity | undefined;
  /** Each entity as the texts of its mentions, in text order. */
  groups(): string[][];
}

export function resolve(text: string): Resolved {
  const notes: never[] = [];
  const paragraphs = splitParagraphs(text);
  const paired = pairQuotes(text, findQuoteMarks(text, notes), paragraphs, notes);
  const sentences = splitSentences(text, paragraphs, paired);
  const repeated = findRepeatedParagraphs(text, paragraphs);
  const frames = tokenizeFrames(text, sentences, paired, sentencesInRepeated(sentences, paragraphs, repeated));
  const mentions = findMentions(text, frames);
  const doc = new Doc(text, paragraphs, sentences, frames, mentions);
  const coref = resolveSources(doc, findSpeechCues(doc));
  return {
    coref,
    mentions,
    entity(mentionText, nth = 1) {
      const i = mentions.map((m, j) => (m.text === mentionText ? j : -1)).filter((j) => j >= 0)[nth - 1];
      if (i === undefined) throw new Error(`no mention ${JSON.stringify(mentionText)} (#${nth}) among ${mentions.map((m) => m.text).join(' | ')}`);
      return coref.entityOf.at(i);
    },
    groups: () => coref.entities.map((e) => e.mentions.map((m) => m.text)),
  };
}

/**
 * One row of a table: in `text`, the mentions of each `together` list share one entity, and the
 * two mentions of each `apart` pair do not (or one has none). A mention is named by its text,
 * `#2` after it for the second with that text.
 */
export interface Row {
  name: string;
  text: string;
  together?: string[][];
  apart?: [string, string][];
}

export function checkRow(row: Row): void {
  const r = resolve(row.text);
  const entityOf = (ref: string) => {
    const [mentionText, nth] = ref.split('#') as [string, string | undefined];
    return r.entity(mentionText, nth === undefined ? 1 : Number(nth));
  };
  for (const group of row.together ?? []) {
    const first = entityOf(group[0] as string);
    expect(first, `${group[0]} has an entity`).toBeDefined();
    for (const ref of group.slice(1)) expect(entityOf(ref)?.index, `${ref} joins ${group[0]}`).toBe(first?.index);
  }
  for (const [a, b] of row.apart ?? []) {
    const ea = entityOf(a);
    const eb = entityOf(b);
    if (ea !== undefined && eb !== undefined) expect(ea.index, `${a} apart from ${b}`).not.toBe(eb.index);
  }
}
