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
 * The facts that few mentions have: a description (616 of the 1 MB story's 17,400 mentions), an
 * owner's mark (1,049), a partitive, a generic noun phrase, a place. A mention reads them from the
 * one shared `USUAL` set until a finder sets one of them otherwise, and then from a set of its own:
 * five fields fewer on every mention, which lives from find-mentions to the end of the analysis
 * (each field of each mention is about 0.3 MB that the collector copies per analysis of 1 MB).
 */
class Uncommon {
  description: string | null = null;
  possessive = false;
  partitive = false;
  generic = false;
  place = false;
}

/**
 * The uncommon facts of most mentions: none. Never written (`StoredMention.#own` copies it first;
 * not frozen, so that it keeps the shape of the mentions' own sets and a read sees one shape).
 */
const USUAL: Readonly<Uncommon> = new Uncommon();

/**
 * A mention as made by the finders: plain fields for what most mentions differ in, the rest in
 * `Uncommon`, and its end read from its text (`text` covers [start, end): TextSpan's contract).
 * (Packing the three choices and six yes-or-no fields into one integer read through accessors
 * measured no faster on the 1 and 2 MB benchmark stories, within 10 %, so it went: issue 11 keeps
 * packing only where it gains 20 %.)
 */
class StoredMention implements Mention {
  start: number;
  text: string;
  /** The mention itself when the name covers all of it (`Khalifa Hifter`): no span of its own. */
  name: TextSpan | null;
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
  index: number;
  #uncommon: Uncommon | Readonly<Uncommon>;

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
    this.text = text;
    this.name = name !== null && name.start === start && name.end === end ? this : name;
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
    this.index = -1;
    this.#uncommon = USUAL;
  }

  get end(): number {
    return this.start + this.text.length;
  }

  get description(): string | null {
    return this.#uncommon.description;
  }

  set description(value: string | null) {
    if (value !== this.#uncommon.description) StoredMention.#own(this).description = value;
  }

  get possessive(): boolean {
    return this.#uncommon.possessive;
  }

  set possessive(value: boolean) {
    if (value !== this.#uncommon.possessive) StoredMention.#own(this).possessive = value;
  }

  get partitive(): boolean {
    return this.#uncommon.partitive;
  }

  set partitive(value: boolean) {
    if (value !== this.#uncommon.partitive) StoredMention.#own(this).partitive = value;
  }

  get generic(): boolean {
    return this.#uncommon.generic;
  }

  set generic(value: boolean) {
    if (value !== this.#uncommon.generic) StoredMention.#own(this).generic = value;
  }

  get place(): boolean {
    return this.#uncommon.place;
  }

  set place(value: boolean) {
    if (value !== this.#uncommon.place) StoredMention.#own(this).place = value;
  }

  /**
   * The mention's own uncommon facts, a copy of the shared ones on the first write. (Static: a
   * private method of the instances would give each mention a field more, V8's brand.)
   */
  static #own(m: StoredMention): Uncommon {
    if (m.#uncommon === USUAL) m.#uncommon = new Uncommon();
    return m.#uncommon as Uncommon;
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
 * what it knows on the mention it gets. Its sentence too is left -1, as a token carries none:
 * `FrameFinder.find` gives each mention it keeps its frame's sentence.
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
  return new StoredMention(a.start, b.end, covered, type, kind, head, name, -1, a.segment, first, last);
}
