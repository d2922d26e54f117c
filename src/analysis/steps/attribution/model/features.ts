/**
 * The features of a candidate speaker, by stable names of their own (never a file's or a
 * function's), so that renaming code does not force a retrain. The weights file lists the same
 * names in the same order; a test checks that they agree. No feature holds a word of a story:
 * a trained model is only these names and numbers.
 */
import type { AttributionRule } from '../../../story.js';

/** The rules that propose a speaker (written out: a new rule is a new feature, added at the end). */
const RULES: readonly AttributionRule[] = [
  'cue-after-quote',
  'cue-inverted',
  'cue-before-quote',
  'cue-inside-split',
  'according-to',
  'dash-attribution',
  'speaker-label',
  'same-sentence',
  'previous-sentence',
  'continuation',
  'conversation',
];

export const FEATURE_NAMES = [
  // the rules, as evidence: each rule that proposed the candidate, and the rules' own verdict
  ...RULES.map((r) => `rule:${r}`),
  ...RULES.map((r) => `verdict:${r}`),
  // the form of the cue that ties the candidate to the quote
  'cue:after',
  'cue:before',
  'cue:inverted',
  'cue:colon',
  'cue:dash',
  'cue:according-to',
  'cue:label',
  'cue:none',
  // where the candidate stands
  'sentence:same',
  'sentence:previous',
  'sentence:two-before',
  'sentence:paragraph-before',
  'sentence:elsewhere',
  'side:before',
  'side:after',
  'tokens:0-2',
  'tokens:3-5',
  'tokens:6-10',
  'tokens:11+',
  'nearest:1',
  'nearest:2',
  'nearest:3+',
  // what the words are
  'type:name',
  'type:description',
  'type:pronoun',
  'place',
  'kind:person',
  'kind:organization',
  'kind:anonymous',
  'plural',
  'definite',
  'gender-known',
  'human',
  'generic',
  'partitive',
  // the candidate in the story
  'subject:same-sentence',
  'subject:window',
  'salience',
  'recent:same',
  'recent:1-2',
  'recent:3+',
  'spoke-before',
  'previous-speaker',
  'paragraph-before-speaker',
  'pronoun-resolved',
  // no one
  'none',
  'none:no-verdict',
  'none:opens-paragraph',
  // any rule: proposed the candidate, gave the verdict (rare rules share what the common ones teach)
  'proposed',
  'verdict',
  // combinations the rules alone do not tell
  // the mention's place in its clause, read from the words around it
  'first-in-sentence',
  'after-preposition',
  'after-word',
  'before-word',
  'verdict&after-preposition',
  'verdict&after-word',
  'verdict&type:pronoun',
  'verdict&kind:organization',
  'verdict&sentence:same',
  'side:after&subject:same-sentence',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

const INDEX = new Map<string, number>(FEATURE_NAMES.map((f, i) => [f, i]));

/** A feature's position in FEATURE_NAMES (and in the weights). */
export function featureIndex(name: FeatureName): number {
  return INDEX.get(name) as number;
}

/** A candidate's features: position → value (1 for a yes, a number for salience). */
export type Features = Map<number, number>;

export function setFeature(f: Features, name: FeatureName, value = 1): void {
  const i = featureIndex(name);
  if (value > (f.get(i) ?? 0)) f.set(i, value);
}

export function hasFeature(f: Features, name: FeatureName): boolean {
  return f.has(featureIndex(name));
}
