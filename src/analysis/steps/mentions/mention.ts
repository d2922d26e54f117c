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
  /**
   * A place (`Tripoli`, `South Korea`, `Europe`): never a person, an appositive or a pronoun's
   * antecedent; as the subject of a cue (`Moscow said`) it stands for its government.
   */
  place: boolean;
  sentence: number;
  segment: number;
  /** Token range [first, last] inside the frame. */
  first: number;
  last: number;
  /** The mention's position among the story's mentions (`Doc.mentions`), -1 for one outside them (a transcript label). */
  index: number;
}

/**
 * A mention as made by the finders: plain fields. (Packing the three choices and six yes-or-no
 * fields into one integer read through accessors measured no faster on the 1 and 2 MB benchmark
 * stories, within 10 %, so it went: issue 11 keeps packing only where it gains 20 %.)
 */
class StoredMention implements Mention {
  start: number;
  end: number;
  text: string;
  name: TextSpan | null;
  description: string | null;
  head: string;
  sentence: number;
  segment: number;
  first: number;
  last: number;
  type: MentionType;
  kind: Mention['kind'];
  gender: Mention['gender'];
  plural: boolean;
  definite: boolean;
  possessive: boolean;
  partitive: boolean;
  generic: boolean;
  place: boolean;
  index = -1;

  constructor(
    start: number,
    end: number,
    text: string,
    type: MentionType,
    kind: Mention['kind'],
    head: string,
    name: TextSpan | null,
    sentence: number,
    segment: number,
    first: number,
    last: number,
  ) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.name = name;
    this.description = null;
    this.head = head;
    this.sentence = sentence;
    this.segment = segment;
    this.first = first;
    this.last = last;
    this.type = type;
    this.kind = kind;
    this.gender = null;
    this.plural = false;
    this.definite = false;
    this.possessive = false;
    this.partitive = false;
    this.generic = false;
    this.place = false;
  }
}

/** A mention that no frame holds, such as a transcript's speaker label inside the quote. */
export function bareMention(text: string, start: number, end: number, kind: Mention['kind'], head: string): Mention {
  const covered = text.slice(start, end);
  const m = new StoredMention(start, end, covered, 'name', kind, head, { start, end, text: covered }, -1, -1, -1, -1);
  m.definite = true;
  return m;
}

/**
 * A mention of the frame's tokens [first, last], of `kind`, known by `head`, with `name` inside it
 * if any. The rest is unset (singular, indefinite, no gender, no description…): the finder sets
 * what it knows on the mention it gets.
 */
export function mention(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  type: MentionType,
  kind: Mention['kind'],
  head: string,
  name: TextSpan | null = null,
): Mention {
  const a = tokens[first] as Token;
  const b = tokens[last] as Token;
  // a one-token mention (`he`, `Salame`) shares the token's string, a bare name (`Khalifa Hifter`)
  // its name's, instead of a copy of its own
  const covered = first === last ? a.text : name && name.start === a.start && name.end === b.end ? name.text : text.slice(a.start, b.end);
  return new StoredMention(a.start, b.end, covered, type, kind, head, name, a.sentence, a.segment, first, last);
}
