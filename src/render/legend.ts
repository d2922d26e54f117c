/** The colour key of the story: each kind of source, its words, and what it means to a reader. */
import type { SourceKind } from '../analysis/story.js';
import { KINDS, kindLabel } from '../report/words.js';

const MEANINGS: Record<SourceKind, string> = {
  person: 'Someone the story names: the words are on the record.',
  organization: 'A company, a ministry, an agency or its written statement, speaking as a body.',
  anonymous: 'Someone the story does not name (“an official”, “two people familiar with the talks”). Good stories say why.',
  unknown: 'Words in quotation marks that the story gives to no one.',
};

export interface LegendEntry {
  kind: SourceKind;
  label: string;
  meaning: string;
}

export function legend(): LegendEntry[] {
  return KINDS.map((kind) => ({ kind, label: kindLabel(kind), meaning: MEANINGS[kind] }));
}
