/**
 * Where the sentences stand among the paragraphs, and which paragraphs hold a quotation mark:
 * what the rules ask again and again across the quotes of a story, found once by attributeQuotes
 * (one pass over the sentences and paragraphs) instead of a search per quote and rule.
 */
import type { Doc } from '../../doc/doc.js';
import { containingStarts, type Span } from '../../span.js';
import type { AttributionContext } from './context.js';

export class Layout {
  /** Per sentence, the paragraph that holds its start, or -1 (as `findContaining` would give it). */
  readonly #paragraphOf: Int32Array;
  /** Per paragraph, the sentence that holds its start, or -1. */
  readonly #firstSentence: Int32Array;
  /** Per paragraph, whether it holds a quotation mark: 0 not yet read, 1 yes, 2 no. */
  readonly #quoted: Uint8Array;
  readonly #text: string;
  readonly #paragraphs: readonly Span[];

  constructor(doc: Pick<Doc, 'text' | 'paragraphs' | 'sentences'>) {
    this.#text = doc.text;
    this.#paragraphs = doc.paragraphs;
    this.#paragraphOf = containingStarts(doc.sentences, doc.paragraphs);
    this.#firstSentence = containingStarts(doc.paragraphs, doc.sentences);
    this.#quoted = new Uint8Array(doc.paragraphs.length);
  }

  /** The paragraph that holds sentence s's start, or -1. */
  paragraphOf(s: number): number {
    return s >= 0 && s < this.#paragraphOf.length ? (this.#paragraphOf[s] as number) : -1;
  }

  /** The sentence that holds paragraph p's start, or -1. */
  firstSentence(p: number): number {
    return p >= 0 && p < this.#firstSentence.length ? (this.#firstSentence[p] as number) : -1;
  }

  /** Paragraph p holds a quotation mark (`"“”«»`): its words are partly someone's, not narration only. Read once per paragraph. */
  hasQuote(p: number): boolean {
    if (p < 0 || p >= this.#quoted.length) return false;
    if (this.#quoted[p] === 0) {
      const para = this.#paragraphs[p] as Span;
      this.#quoted[p] = hasQuoteMark(this.#text, para.start, para.end) ? 1 : 2;
    }
    return this.#quoted[p] === 1;
  }
}

/** What the rules read: the attribution context and the story's layout, made once per story. */
export interface RuleContext extends AttributionContext {
  layout: Layout;
}

/** A quotation mark (`"“”«»`) in text[start..end). */
export function hasQuoteMark(text: string, start: number, end: number): boolean {
  return QUOTE_MARK.test(text.slice(start, end));
}

const QUOTE_MARK = /["“”«»]/;
