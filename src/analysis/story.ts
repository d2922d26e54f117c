/**
 * The model. Plain JSON all the way down: the JSON report is this model plus figures, never
 * a translation of it. Every finding carries UTF-16 spans into the untouched text.
 */
import type { Span, TextSpan } from './span.js';

export type SourceKind = 'person' | 'organization' | 'anonymous' | 'unknown';
export type StatementForm = 'direct' | 'mixed' | 'indirect';

/** The rules that decide an attribution; stable ids, shown to users and diffed in goldens. */
export const ATTRIBUTION_RULES = [
  'cue-after-quote', // "…," the official said.  /  "Go!" Olsen shouted.
  'cue-inverted', // "…," said Maria Olsen.
  'cue-before-quote', // Olsen said: "…"  /  Olsen said the plan was "a mess".
  'cue-inside-split', // "A," she said. "B."
  'according-to', // according to the WHO, …
  'dash-attribution', // "…" — Maria Olsen
  'speaker-label', // "WALLACE: Let's start…" (a transcript)
  'same-sentence', // a speaker and a cue elsewhere in the quote's sentence
  'previous-sentence', // Olsen was blunt. "…"
  'continuation', // the next paragraph of a multi-paragraph quote
  'conversation', // untagged quote paragraphs alternating between the last speakers
  'repeated-quote', // a headline quote whose words the story quotes again, with their speaker
  'learned', // no rule named the speaker: the learned model chose a mention near the quote
  'none', // nobody is named
] as const;

export type AttributionRule = (typeof ATTRIBUTION_RULES)[number];

export interface Evidence {
  rule: AttributionRule;
  /** The reporting cue (`said`, `according to`, `:`), or null. */
  cue: TextSpan | null;
  /** The mention the attribution rests on (`he`, `the official`, `Salame`), or null. */
  mention: TextSpan | null;
  /** 0..1: how sure the engine is (with the learned model: the calibrated probability that the speaker is right). */
  confidence: number;
  /** What the learned speaker model weighed, when it chose (absent when the rules decided alone). */
  model?: ModelEvidence;
}

export interface ModelEvidence {
  /** The chosen candidate's probability among the quote's candidates. */
  probability: number;
  /** The next best candidate: its name (the source's, or the mention's words; null for "no one") and its probability. */
  runnerUp: { name: string | null; probability: number } | null;
  /** The features that weighed most, strongest first, by their stable names. */
  features: string[];
}

export interface Quote extends TextSpan {
  id: string;
  /** The opening and closing marks; `close` is null for a paragraph of a multi-paragraph quote. */
  open: Span;
  close: Span | null;
  paragraph: number;
  sourceId: string | null;
  speakerMention: TextSpan | null;
  evidence: Evidence;
}

export interface Statement extends TextSpan {
  id: string;
  form: StatementForm;
  /** Pieces of the content when an attribution breaks it (`"A," she said. "B."`). */
  parts: TextSpan[];
  sourceId: string | null;
  speakerMention: TextSpan | null;
  cue: TextSpan | null;
  evidence: Evidence;
  /** Ids of the quotes inside this statement. */
  quoteIds: string[];
}

/**
 * One place the story mentions a source, with what the engine knows of the words: the span
 * first (older consumers read only `start`, `end`, `text`), then the mention's facts.
 */
export interface SourceMention extends TextSpan {
  /** `place` for a place standing for its government (`Moscow said`), else the mention's type. */
  type: 'name' | 'description' | 'pronoun' | 'place';
  /** Lower-case head: the surname of a person, the head noun of a description, the pronoun. */
  head: string;
  plural: boolean;
  definite: boolean;
  /** Present only when the words say it (`she`, `spokeswoman`, a first name). */
  gender?: 'f' | 'm';
}

export interface Source {
  id: string;
  kind: SourceKind;
  /** The fullest way the story names the source (`Khalifa Hifter`, `an official of the … Palace`). */
  name: string;
  /** Role words the story gives the source (`Libyan commander`, `U.N. envoy for Libya`); never repeats `name`. */
  description: string | null;
  mentions: SourceMention[];
  /** For anonymous sources: whether the story explains why the name is withheld; else null. */
  justified: boolean | null;
  justification: TextSpan | null;
  /** A group (`officials`, `two people familiar with the talks`), not one person: from its first description. */
  plural: boolean;
  /**
   * Some description outside the headline gives the source's role, affiliation or knowledge
   * (`a senior diplomat`, `an official of the palace`); false for `a source`, `people`, `a man`.
   * Always true for a named source: the name says who.
   */
  informative: boolean;
  /** Speaks for a body (`a spokeswoman for the ministry`). */
  spokesperson: boolean;
}

/** A candidate the pipeline set aside (a title, a scare quote, a stray mark), with its reason. */
export interface Note {
  rule: string;
  message: string;
  start: number;
  end: number;
}

export interface Analysis {
  /** Length of the analyzed text in UTF-16 code units. */
  length: number;
  paragraphs: Span[];
  sentences: Span[];
  quotes: Quote[];
  statements: Statement[];
  sources: Source[];
  notes: Note[];
}
