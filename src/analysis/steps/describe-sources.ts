/**
 * What the story's words say of each source, computed once here from the mentions' facts (head,
 * plural, definite) so that the editorial checks read facts instead of parsing names again:
 * whether it is a group, whether a description gives its role, affiliation or knowledge, and
 * whether it is a spokesperson. Mentions in the headline do not count (a headline's `Officials
 * say` describes nobody), except the one the source is named by.
 */
import { inSpan } from '../headline.js';
import { KNOWLEDGE_LINKS } from '../lexicon/anonymous-descriptors.js';
import { IRREGULAR_PLURALS } from '../lexicon/plurals.js';
import { AFFILIATION_WORDS, ANONYMITY_CLAUSE, EMPTY_MODIFIERS, PLURAL_QUANTIFIERS, SPOKESPERSON_HEADS, VAGUE_HEADS } from '../lexicon/source-descriptions.js';
import { isWhiteSpace, type Span } from '../span.js';
import type { SourceKind } from '../story.js';
import type { Mention } from './find-mentions.js';

export interface SourceFacts {
  plural: boolean;
  informative: boolean;
  spokesperson: boolean;
}

export interface Described {
  kind: SourceKind;
  /** The entity's role words before they are shown: any of them makes an unnamed source informative. */
  description: string | null;
  mentions: readonly Mention[];
}

const KNOWLEDGE = new RegExp(`\\b(?:${KNOWLEDGE_LINKS.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
/** A relative clause right after a mention: `a woman who runs the town's only café, said`. */
const RELATIVE = /^,?\s+(?:who|whose|which|that)\s+[^,.;:“”"«»\n]+/u;

/**
 * `named` is the mention the source's name was taken from (it counts even in the headline). One
 * pass over the mentions that describe the source, `named` first, with no list of them made.
 */
export function describeSource(text: string, source: Described, named: Mention | undefined, headline: Span | null): SourceFacts {
  const mentions = source.mentions;
  // the first mention, and the first indefinite one (`a senior official`): what says whether it is a group
  let first: Mention | undefined;
  let indefinite: Mention | undefined;
  // a source that is not anonymous, or has role words, is informative whatever its mentions
  let informative = source.kind !== 'anonymous' || source.description !== null;
  let spokesperson = false;
  for (let k = named ? -1 : 0; k < mentions.length; k++) {
    const m = (k < 0 ? named : mentions[k]) as Mention;
    if (!tells(m) || (k >= 0 && m !== named && inSpan(headline, m))) continue;
    first ??= m;
    if (!m.definite) indefinite ??= m;
    if (!spokesperson) spokesperson = SPOKESPERSON_HEADS.has(m.head);
    if (!informative) informative = informativeMention(m) || (!inSpan(headline, m) && tellingClause(text, m));
  }
  const described = indefinite ?? first;
  return { plural: described !== undefined && isPlural(described), informative, spokesperson };
}

/**
 * A pronoun, or a bare member of a group (`one`, `the two`, `one of them`: three words at most,
 * the group itself unnamed), says nothing of the source.
 */
function tells(m: Mention): boolean {
  return !(m.type === 'pronoun' || (m.partitive && m.head === 'one' && m.last - m.first < 3));
}

/**
 * The mention's words (`lowerWords`) and where its head stands among them: the words before it
 * (`a senior`, `two`) are `words[0, before)`, those after it (`of the palace`) `words[after, end)`.
 * A head not found leaves no word before it and every word after it. Read by position: no list
 * of the words before or after is made.
 */
interface Around {
  words: string[];
  before: number;
  after: number;
}

function around(m: Mention): Around {
  const words = lowerWords(m.text);
  const head = m.head;
  // a head of one word (all but a handful): its first place among the words, with no list of the
  // head's words nor closures; `indexOf('')` finds none, as no word is empty
  if (head.indexOf(' ') < 0) {
    const at = words.indexOf(head);
    return at < 0 ? { words, before: 0, after: 0 } : { words, before: at, after: at + 1 };
  }
  const parts = head.split(' ');
  const at = words.findIndex((_, i) => parts.every((h, k) => words[i + k] === h));
  return at < 0 ? { words, before: 0, after: 0 } : { words, before: at, after: at + parts.length };
}

/**
 * The words of a mention's text, lowered, with the marks around each taken off (what
 * `text.toLowerCase().split(/\s+/)` gives, each piece stripped by `EDGE_MARKS`, the empty ones left
 * out), read by character code: an ASCII word needs no expression.
 */
function lowerWords(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    while (i < n && isWhiteSpace(lower.charCodeAt(i))) i++;
    const from = i;
    let ascii = true;
    for (; i < n; i++) {
      const c = lower.charCodeAt(i);
      if (isWhiteSpace(c)) break;
      if (c >= 0x80) ascii = false;
    }
    if (i === from) continue;
    const word = ascii ? stripAscii(lower, from, i) : lower.slice(from, i).replace(EDGE_MARKS, '');
    if (word !== '') words.push(word);
  }
  return words;
}

/** What is no letter or digit at a word's start, and no letter, digit or hyphen at its end. */
const EDGE_MARKS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}-]+$/gu;

/** `EDGE_MARKS` taken off an ASCII word of lower-case text: the letters and digits are `a`–`z`, `0`–`9`. */
function stripAscii(lower: string, from: number, to: number): string {
  let s = from;
  let e = to;
  while (s < e && !isAlnum(lower.charCodeAt(s))) s++;
  while (e > s && !isAlnum(lower.charCodeAt(e - 1)) && lower.charCodeAt(e - 1) !== 45) e--;
  return s === from && e === to && from === 0 && to === lower.length ? lower : lower.slice(s, e);
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}

/** Says something of position or knowledge: a knowledge link, an affiliation, a role word, or a telling modifier. */
export function informativeMention(m: Mention): boolean {
  if (KNOWLEDGE.test(m.text)) return true;
  const { words, before, after } = around(m);
  // a preposition with words after it: `of the palace`, `at the clinic` (after the head, not the
  // last word; before it, not the first)
  if (affiliation(words, after, words.length - 1) || affiliation(words, 1, before)) return true;
  if (m.head === '') return false;
  if (!VAGUE_HEADS.has(m.head)) return true;
  for (let k = 0; k < before; k++) {
    const w = words[k] as string;
    if (!EMPTY_MODIFIERS.has(w) && !/^\d+$/.test(w)) return true;
  }
  return false;
}

/** One of `words[from, to)` is a word of affiliation. */
function affiliation(words: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (AFFILIATION_WORDS.has(words[k] as string)) return true;
  return false;
}

function isPlural(m: Mention): boolean {
  if (m.plural || IRREGULAR_PLURALS.has(m.head)) return true;
  const { words, before } = around(m);
  for (let k = 0; k < before; k++) {
    const w = words[k] as string;
    if (PLURAL_QUANTIFIERS.has(w) || (/^\d+$/.test(w) && w !== '1')) return true;
  }
  return false;
}

/** A relative clause after the mention that says more than that the source is unnamed (`who was not named`). */
function tellingClause(text: string, m: Mention): boolean {
  const clause = RELATIVE.exec(text.slice(m.end, m.end + 160));
  return clause !== null && !ANONYMITY_CLAUSE.test(clause[0]);
}
