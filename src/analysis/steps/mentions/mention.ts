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
}

const TYPES: readonly MentionType[] = ['name', 'description', 'pronoun'];
const KINDS: readonly Mention['kind'][] = ['person', 'organization', 'anonymous', 'unknown'];
const GENDERS: readonly Mention['gender'][] = [null, 'f', 'm'];

// the bits of StoredMention's #flags: two for each choice above, one for each yes-or-no field
const TYPE_SHIFT = 0;
const KIND_SHIFT = 2;
const GENDER_SHIFT = 4;
const CHOICE = 3;
const PLURAL = 1 << 6;
const DEFINITE = 1 << 7;
const POSSESSIVE = 1 << 8;
const PARTITIVE = 1 << 9;
const GENERIC = 1 << 10;
const PLACE = 1 << 11;

/**
 * A mention as stored: the three choices and five yes-or-no fields share one small integer, read
 * and written through accessors. A story keeps every mention to the end (17 000 per MB of text),
 * and seven fields less is a third less of each for the garbage collector to copy and mark.
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
  #flags: number;

  constructor(start: number, end: number, text: string, type: MentionType, extra: Extra, sentence: number, segment: number, first: number, last: number) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.name = extra.name ?? null;
    this.description = extra.description ?? null;
    this.head = extra.head;
    this.sentence = sentence;
    this.segment = segment;
    this.first = first;
    this.last = last;
    this.#flags =
      (TYPES.indexOf(type) << TYPE_SHIFT) |
      (KINDS.indexOf(extra.kind) << KIND_SHIFT) |
      (GENDERS.indexOf(extra.gender ?? null) << GENDER_SHIFT) |
      (extra.plural ? PLURAL : 0) |
      (extra.definite ? DEFINITE : 0) |
      (extra.possessive ? POSSESSIVE : 0) |
      (extra.partitive ? PARTITIVE : 0) |
      (extra.generic ? GENERIC : 0) |
      (extra.place ? PLACE : 0);
  }

  get type(): MentionType {
    return TYPES[(this.#flags >> TYPE_SHIFT) & CHOICE] as MentionType;
  }

  set type(type: MentionType) {
    this.#flags = (this.#flags & ~(CHOICE << TYPE_SHIFT)) | (TYPES.indexOf(type) << TYPE_SHIFT);
  }

  get kind(): Mention['kind'] {
    return KINDS[(this.#flags >> KIND_SHIFT) & CHOICE] as Mention['kind'];
  }

  set kind(kind: Mention['kind']) {
    this.#flags = (this.#flags & ~(CHOICE << KIND_SHIFT)) | (KINDS.indexOf(kind) << KIND_SHIFT);
  }

  get gender(): Mention['gender'] {
    return GENDERS[(this.#flags >> GENDER_SHIFT) & CHOICE] as Mention['gender'];
  }

  set gender(gender: Mention['gender']) {
    this.#flags = (this.#flags & ~(CHOICE << GENDER_SHIFT)) | (GENDERS.indexOf(gender) << GENDER_SHIFT);
  }

  get plural(): boolean {
    return (this.#flags & PLURAL) !== 0;
  }

  set plural(yes: boolean) {
    this.#set(PLURAL, yes);
  }

  get definite(): boolean {
    return (this.#flags & DEFINITE) !== 0;
  }

  set definite(yes: boolean) {
    this.#set(DEFINITE, yes);
  }

  get possessive(): boolean {
    return (this.#flags & POSSESSIVE) !== 0;
  }

  set possessive(yes: boolean) {
    this.#set(POSSESSIVE, yes);
  }

  get partitive(): boolean {
    return (this.#flags & PARTITIVE) !== 0;
  }

  set partitive(yes: boolean) {
    this.#set(PARTITIVE, yes);
  }

  get generic(): boolean {
    return (this.#flags & GENERIC) !== 0;
  }

  set generic(yes: boolean) {
    this.#set(GENERIC, yes);
  }

  get place(): boolean {
    return (this.#flags & PLACE) !== 0;
  }

  set place(yes: boolean) {
    this.#set(PLACE, yes);
  }

  #set(bit: number, yes: boolean): void {
    this.#flags = yes ? this.#flags | bit : this.#flags & ~bit;
  }
}

/** A mention that no frame holds, such as a transcript's speaker label inside the quote. */
export function bareMention(text: string, start: number, end: number, kind: Mention['kind'], head: string): Mention {
  const covered = text.slice(start, end);
  return new StoredMention(start, end, covered, 'name', { kind, head, name: { start, end, text: covered }, definite: true }, -1, -1, -1, -1);
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
  place?: boolean;
}

export function mention(text: string, tokens: readonly Token[], first: number, last: number, type: MentionType, extra: Extra): Mention {
  const a = tokens[first] as Token;
  const b = tokens[last] as Token;
  // a one-token mention (`he`, `Salame`) shares the token's string, a bare name (`Khalifa Hifter`)
  // its name's, instead of a copy of its own
  const name = extra.name;
  const covered = first === last ? a.text : name && name.start === a.start && name.end === b.end ? name.text : text.slice(a.start, b.end);
  return new StoredMention(a.start, b.end, covered, type, extra, a.sentence, a.segment, first, last);
}
