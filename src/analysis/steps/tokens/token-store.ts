import type { NounInfo, VerbInfo } from '../../lexicon/knowledge.js';
import type { Span } from '../../span.js';
import { CAP, CLASSES, PUNCT, type Spelling, SpellingTable } from './spellings.js';

export interface Token extends Span {
  readonly text: string;
  readonly lower: string;
  /** Starts with a capital letter. */
  readonly cap: boolean;
  /** A single punctuation character. */
  readonly punct: boolean;
  /** Index of the frame segment (runs of tokens between quotes) within the sentence. */
  readonly segment: number;
  /** The word lists `lower` is in, as a `WordClass` bit mask: one look-up here, bit tests in the steps. */
  readonly classes: number;
  /** Capitalised and read as part of a name by the tagger's lexicon (`Hifter`, `Trump`; not `However`, `Officials`). */
  readonly properNoun: boolean;
  /** The tagger lexicon's tags of `lower`, most likely first; undefined for a word it does not know. */
  readonly tags: readonly string[] | undefined;
  /** WordNet's noun facts about `lower` (`nounCategory`), or undefined for no noun. */
  readonly noun: NounInfo | undefined;
  /** The WordNet communication verb `lower` is a form of, or undefined. */
  readonly verb: VerbInfo | undefined;
  /** The usual gender of `lower` as a first name, or undefined for none. */
  readonly firstNameGender: 'f' | 'm' | undefined;
  /** `lower` names a place or nationality by the gazetteer or WordNet. */
  readonly placeName: boolean;
}

/**
 * A token as handed to the steps: its offset, its spelling and its segment, with the rest read
 * through the spelling. Made when a step asks a frame for its tokens, and dropped when the step
 * moves on: see `TokenStore`. It carries no sentence: a token is only read through its frame, whose
 * `sentence` is the token's. That field, the same for all the frame's tokens, made each of the
 * 412,000 tokens an analysis of the 1 MB story makes 8 bytes bigger (27.6 MB allocated, 24.3 without).
 */
export class StoredToken implements Token {
  readonly start: number;
  readonly segment: number;
  readonly #spelling: Spelling;

  constructor(start: number, spelling: Spelling, segment: number) {
    this.start = start;
    this.segment = segment;
    this.#spelling = spelling;
  }

  get text(): string {
    return this.#spelling.text;
  }

  get lower(): string {
    return this.#spelling.lower;
  }

  get end(): number {
    return this.start + this.#spelling.text.length;
  }

  get cap(): boolean {
    return (this.#spelling.bits & CAP) !== 0;
  }

  get punct(): boolean {
    return (this.#spelling.bits & PUNCT) !== 0;
  }

  get classes(): number {
    return this.#spelling.bits & CLASSES;
  }

  get properNoun(): boolean {
    return this.#spelling.properNoun;
  }

  get tags(): readonly string[] | undefined {
    return this.#spelling.tags;
  }

  get noun(): NounInfo | undefined {
    return this.#spelling.noun;
  }

  get verb(): VerbInfo | undefined {
    return this.#spelling.verb;
  }

  get firstNameGender(): 'f' | 'm' | undefined {
    return this.#spelling.firstNameGender;
  }

  get placeName(): boolean {
    return this.#spelling.placeName;
  }
}

/**
 * About 25 KB of narrative: the stretch of a story whose token objects stay made. No step reads
 * back further than a few sentences, and a smaller stretch is less for the collector to copy: at
 * 16,384 tokens a scavenge found about 1 MB of them alive, 18.5 MB copied and 11.3 MB promoted per
 * analysis of the 1 MB story; at 4,096, 12.2 and 9.7 MB.
 */
export const MADE_TOKENS = 1 << 12;

/**
 * The last frames made keep their tokens even past `MADE_TOKENS`: a step that goes back and forth
 * between a few long sentences (4,000 characters, up to about 4,000 tokens each) does not make
 * their tokens again at every turn.
 */
export const MADE_FRAMES = 4;

/**
 * A story's tokens, kept as three columns of numbers: offset, spelling and segment. A story has a
 * token for every word and mark of its narrative (1.4 million in 10 MB), needed from the first
 * step that reads them to the last. Kept as objects they were the bulk of the heap, copied and
 * marked by every collection; in a typed array the collector never looks at them, and the token
 * objects a frame hands out die young, which is what a generational collector handles best.
 */
export class TokenStore {
  /** Token k's offset, spelling and segment at 3k, 3k + 1 and 3k + 2. */
  #columns: Int32Array;
  length = 0;
  readonly spellings: SpellingTable;

  /**
   * The frames whose tokens are made, oldest first from `#oldest`, and their number of tokens: up
   * to `MADE_TOKENS` (or the last `MADE_FRAMES` frames), so that a story of up to about 25 KB has
   * each frame's tokens made once, and a larger one keeps only the last stretch that the steps read.
   */
  readonly #made: (StoredFrame | undefined)[] = [];
  #oldest = 0;
  #madeTokens = 0;

  /** Sized for `chars` characters of narrative, so that most stories never grow a table. */
  constructor(chars: number) {
    // a token for every 5 to 8 characters
    this.#columns = new Int32Array(3 * Math.max(64, Math.ceil(chars / 6)));
    this.spellings = new SpellingTable();
  }

  push(start: number, spelling: number, segment: number): void {
    let columns = this.#columns;
    const at = 3 * this.length++;
    if (at === columns.length) {
      const wider = new Int32Array(2 * columns.length);
      wider.set(columns);
      this.#columns = columns = wider;
    }
    columns[at] = start;
    columns[at + 1] = spelling;
    columns[at + 2] = segment;
  }

  tokens(from: number, to: number): Token[] {
    const columns = this.#columns;
    const spellings = this.spellings.list;
    const out: Token[] = new Array(to - from);
    for (let k = from, at = 3 * from; k < to; k++, at += 3)
      out[k - from] = new StoredToken(columns[at] as number, spellings[columns[at + 1] as number] as Spelling, columns[at + 2] as number);
    return out;
  }

  /** Remembers that `frame` holds its tokens now, and has the frames that made theirs longest ago drop them past the budget. */
  keepTokensOf(frame: StoredFrame): void {
    this.#made.push(frame);
    this.#madeTokens += frame.size;
    while (this.#madeTokens > MADE_TOKENS && this.#made.length - this.#oldest > MADE_FRAMES) {
      const old = this.#made[this.#oldest] as StoredFrame;
      this.#made[this.#oldest++] = undefined;
      this.#madeTokens -= old.size;
      old.dropTokens();
    }
    if (this.#oldest > 1024 && this.#oldest * 2 > this.#made.length) {
      this.#made.splice(0, this.#oldest);
      this.#oldest = 0;
    }
  }
}

/**
 * A sentence's frame: a range of the story's token store. The tokens are made when a step first
 * asks for them and kept while they are among the last `MADE_TOKENS` or `MADE_FRAMES` made, so a step that reads a
 * frame many times (a sentence with thousands of quotes) gets the same array.
 */
export class StoredFrame implements Frame {
  readonly sentence: number;
  readonly #from: number;
  readonly #to: number;
  readonly #store: TokenStore;
  #tokens: Token[] | null = null;

  constructor(sentence: number, from: number, to: number, store: TokenStore) {
    this.sentence = sentence;
    this.#from = from;
    this.#to = to;
    this.#store = store;
  }

  get size(): number {
    return this.#to - this.#from;
  }

  get tokens(): readonly Token[] {
    if (this.#tokens === null) {
      this.#tokens = this.#store.tokens(this.#from, this.#to);
      this.#store.keepTokensOf(this);
    }
    return this.#tokens;
  }

  /** Lets the tokens go: the next read makes them again from the store. */
  dropTokens(): void {
    this.#tokens = null;
  }
}

export interface Frame {
  readonly sentence: number;
  /** The number of tokens. */
  readonly size: number;
  /** The frame's tokens in text order; made anew when the frame has not been read for a while. */
  readonly tokens: readonly Token[];
}
