/**
 * The editor's corrections (README "Reviewing and correcting a report"): a list of JSON objects
 * applied after the engine and before the figures. Quotes and statements are named by their span
 * and text, not their id, so that a list survives a new engine version and an edited draft.
 */
import type { Span } from '../../analysis/span.js';

/** A source a correction names: by any mention of it, by name (found or made), by id, or no one. */
export type SourceRef = { mention: Span } | { name: string; kind: EditableKind } | { id: string } | null;

/** The kinds an editor may give a source (`unknown` is the engine's word for no source). */
export type EditableKind = 'person' | 'organization' | 'anonymous';

export const EDITABLE_KINDS: readonly EditableKind[] = ['person', 'organization', 'anonymous'];

export interface ItemRef extends Span {
  text: string;
}

export interface SourceChanges {
  kind?: EditableKind;
  name?: string;
  justified?: boolean;
}

export type Correction =
  /** Give one quote (its statement follows when all of its quotes agree) to another source. */
  | { quote: ItemRef; source: SourceRef }
  /** Give one statement (and its quotes of the same source) to another source. */
  | { statement: ItemRef; source: SourceRef }
  /** The first source's quotes, statements and mentions become the second's; the first goes. */
  | { merge: [SourceRef, SourceRef] }
  /** Change a source's kind, name or whether its anonymity is explained. */
  | { source: SourceRef; set: SourceChanges }
  /** Drop the finding(s) at this span (of this rule, when given). */
  | { dismiss: Span & { rule?: string } };

/** A correction that took effect; `relocated` when its quote or statement was found elsewhere. */
export type AppliedCorrection = Correction & { relocated?: Span };

export interface RejectedCorrection {
  correction: Correction;
  reason: string;
}

/** A malformed list: the request is wrong (a 400), not one of its corrections. */
export class CorrectionsError extends Error {
  override name = 'CorrectionsError';
}

/** At most this many corrections in one list. */
export const MAX_CORRECTIONS = 1000;
/** At most this long a source name typed by the editor. */
export const MAX_NAME_LENGTH = 300;
