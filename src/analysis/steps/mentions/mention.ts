/** The mention model and its constructors, shared by the finders of names and descriptions. */
import type { TextSpan } from '../../span.js';
import type { Token } from '../tokenize-frames.js';

export type MentionType = 'name' | 'description' | 'pronoun';

export interface Mention extends TextSpan {
  type: MentionType;
  kind: 'person' | 'organization' | 'anonymous' | 'unknown';
  /** Lower-case head: the surname of a person, the head noun of a description, the pronoun. */
  head: string;
  /** The proper name inside the mention (`Khalifa Hifter`), if any. */
  name: TextSpan | null;
  /** Role words around the name (`Libyan commander`), or the owner of a document. */
  description: string | null;
  plural: boolean;
  gender: 'f' | 'm' | null;
  definite: boolean;
  /** Only modifies another noun (`Macron's office`): not a speaker itself. */
  possessive: boolean;
  /** `one of them`, `one of those sources`, `said one,`: a member of an earlier group. */
  partitive: boolean;
  /** A noun phrase found only because a cue follows it (`the clip says`): maybe not a person. */
  generic: boolean;
  sentence: number;
  segment: number;
  /** Token range [first, last] inside the frame. */
  first: number;
  last: number;
}

/** A mention that no frame holds, such as a transcript's speaker label inside the quote. */
export function bareMention(text: string, start: number, end: number, kind: Mention['kind'], head: string): Mention {
  return {
    start,
    end,
    text: text.slice(start, end),
    type: 'name',
    name: { start, end, text: text.slice(start, end) },
    description: null,
    plural: false,
    gender: null,
    definite: true,
    possessive: false,
    partitive: false,
    generic: false,
    kind,
    head,
    sentence: -1,
    segment: -1,
    first: -1,
    last: -1,
  };
}

export interface Extra {
  kind: Mention['kind'];
  head: string;
  name?: TextSpan | null;
  description?: string | null;
  plural?: boolean;
  gender?: 'f' | 'm' | null;
  definite?: boolean;
  possessive?: boolean;
  partitive?: boolean;
  generic?: boolean;
}

export function mention(text: string, tokens: readonly Token[], first: number, last: number, type: MentionType, extra: Extra): Mention {
  const a = tokens[first] as Token;
  const b = tokens[last] as Token;
  // every field written in one order, here and in bareMention: one object shape for all mentions
  return {
    start: a.start,
    end: b.end,
    text: text.slice(a.start, b.end),
    type,
    name: extra.name ?? null,
    description: extra.description ?? null,
    plural: extra.plural ?? false,
    gender: extra.gender ?? null,
    definite: extra.definite ?? false,
    possessive: extra.possessive ?? false,
    partitive: extra.partitive ?? false,
    generic: extra.generic ?? false,
    kind: extra.kind,
    head: extra.head,
    sentence: a.sentence,
    segment: a.segment,
    first,
    last,
  };
}
