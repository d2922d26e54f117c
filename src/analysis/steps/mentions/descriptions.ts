/**
 * Descriptions of sources around a head noun (`an official of the presidential Elysee Palace`,
 * `two people familiar with the talks`, `the ministry`), members of groups (`one of them`,
 * `the other`) and whatever noun phrase stands right before a reporting verb (`the clip says`).
 */
import { GROUP_NUMBERS, PARTITIVE_OBJECTS, POSSESSIVE_MARKS, ROLES_FOR_SOMEONE } from '../../lexicon/function-words.js';
import { ROLE_NOUNS, UNIQUE_ROLES } from '../../lexicon/titles.js';
import { KNOWLEDGE_LINKS_BY_FIRST_WORD, WordClass as W } from '../../lexicon/word-classes.js';
import type { Token } from '../tokenize-frames.js';
import { tokenAt } from '../tokens/token-at.js';
import type { FrameIndex, Positions } from './frame-index.js';
import { isBarePlaceOfInstitution, isNounOfPersonAfterArticle, isParticipleAfterArticle, isPersonNounAfterArticle, isRoleAfterAs, meetTrade } from './heads.js';
import { type Mention, mention } from './mention.js';
import { startsWithApostrophe } from './names.js';
import { Fact, HEAD, startsWithDigit, type WordFacts } from './word-facts.js';

/**
 * Descriptions around a head noun: `an official of the presidential Elysee Palace`. `trades` holds
 * the lemmas of the WordNet person nouns (outside the role lists) met so far with an indefinite
 * article: `the baker` is a mention only after `a baker`.
 */
export function findDescriptions(
  text: string,
  tokens: readonly Token[],
  taken: Uint8Array,
  out: Mention[],
  trades: Set<string>,
  facts: WordFacts,
  index: FrameIndex,
): void {
  const { heads, who } = index;
  // (the words in a head list, or that may head a description after an article: every other word fails below)
  for (let n = 0; n < heads.length; n++) {
    const i = heads.get(n);
    if (taken[i]) continue;
    const t = tokens[i] as Token;
    // most words are in none of the head lists, nor start a two-word role, nor name a person after an article
    const listed = (t.classes & (HEAD | W.COMPOUND_START)) !== 0;
    // (a word of `heads` in no list passes mayHeadAfterArticle: FrameIndex)
    if (!listed && !isNounOfPersonAfterArticle(tokens, i, trades, facts, who)) continue;
    const w = t.lower;
    const compound = i + 1 < tokens.length && t.classes & W.COMPOUND_START ? `${w} ${(tokens[i + 1] as Token).lower}` : '';
    // a two-word role: `prime minister`
    const compoundRole = compound !== '' && ROLE_NOUNS.has(compound);
    const isHead = !listed || (t.classes & HEAD) !== 0 || compoundRole;
    if (!isHead || t.punct) continue;
    // a noun modifying a following head (`administration official`): let the later head take it
    const next = tokenAt(tokens, i + 1);
    if (next && !next.punct && next.segment === t.segment && (next.classes & HEAD || isPersonNounAfterArticle(tokens, i + 1, trades, facts, who))) continue;
    const first = extendLeft(tokens, i, taken, facts);
    const last = extendRight(tokens, i, taken);
    const possessed = startsWithApostrophe(tokenAt(tokens, first + 1));
    const detClasses = (tokens[first] as Token).classes;
    // `the defendant`, `his client` with no `a defendant` before: a role in the story's own frame, seldom a source of its own
    if (!listed && !meetTrade(t, detClasses, trades)) continue;
    const bare = !(detClasses & W.DETERMINER) && !w.endsWith('s'); // headline style: `union chief warns`
    // `admitted to hospital`, `in court`: a body's noun alone after a preposition names the institution, no one who speaks
    if (bare && first === i && t.classes & W.ORGANIZATION_HEAD && isBarePlaceOfInstitution(tokens, i)) continue;
    // `working nights as a hospital porter`: after `as`, a role the sentence gives someone, not someone (`as a spokesman said` is)
    if (!(t.classes & W.ORGANIZATION_HEAD) && isRoleAfterAs(tokens, first, last)) continue;
    const definite = (detClasses & W.DEFINITE) !== 0 || possessed || (bare && (t.classes & W.UNIQUE_ROLE) !== 0);
    const head = compoundRole && !(t.classes & W.ROLE_NOUN) ? compound : w;
    // (the head's own list bit when it is the word: one Set read fewer)
    const uniqueRole = head === w ? (t.classes & W.UNIQUE_ROLE) !== 0 : UNIQUE_ROLES.has(head);
    const isDocument = (t.classes & W.DOCUMENT_HEAD) !== 0;
    // a person WordNet names by trade (`the baker`) is not known by a role the story names: unnamed, like `the official`
    const kind: Mention['kind'] = !listed
      ? 'anonymous'
      : t.classes & W.ORGANIZATION_HEAD
        ? 'organization'
        : t.classes & W.ANONYMOUS_HEAD && !(definite && uniqueRole)
          ? 'anonymous'
          : definite || uniqueRole
            ? 'person'
            : 'anonymous';
    const plural = listed ? (facts.at(tokens, i) & Fact.PLURAL_FORM) !== 0 && !(t.classes & W.ROLE_NOUN) : (t.noun?.plural ?? false);
    const gender = t.classes & W.FEMALE ? 'f' : t.classes & W.MALE ? 'm' : null;
    const description = isDocument && last > i ? text.slice(tokenAt(tokens, i + 2)?.start ?? t.end, (tokens[last] as Token).end) : null;
    for (let k = first; k <= last; k++) taken[k] = 1;
    const m = mention(text, tokens, first, last, 'description', kind, head);
    m.plural = plural;
    m.gender = gender;
    m.definite = definite;
    if (description !== null) m.description = description;
    out.push(m);
  }
}

/** `one of them`, `one of those sources`, and a bare `one` right after a cue (`said one,`). */
export function findPartitives(text: string, tokens: readonly Token[], taken: Uint8Array, out: Mention[], determiners: Positions): void {
  for (let n = 0; n < determiners.length; n++) {
    const i = determiners.get(n);
    const t = tokens[i] as Token;
    // only `the` and `one` start a partitive; both are determiners
    if (taken[i]) continue;
    // `The two, who asked for anonymity, said`: the whole group again
    // `The other, a retired port worker, said`: another member of that group
    // (both end the clause: a mark or a verb after them, the cheap test first)
    const group = t.lower === 'the' && (tokenAt(tokens, i + 2)?.punct || isVerbForm(tokenAt(tokens, i + 2)));
    if (group && tokenAt(tokens, i + 1)?.lower === 'other') {
      taken[i] = 1;
      taken[i + 1] = 1;
      out.push(partitive(text, tokens, i, i + 1, 'one', false, true));
      continue;
    }
    if (group && GROUP_NUMBERS.has(tokenAt(tokens, i + 1)?.lower ?? '')) {
      taken[i] = 1;
      taken[i + 1] = 1;
      out.push(partitive(text, tokens, i, i + 1, 'one', true, true));
      continue;
    }
    if (t.lower !== 'one') continue;
    const of = tokenAt(tokens, i + 1);
    let last = i;
    let head = '';
    if (of?.lower === 'of' && of.segment === t.segment) {
      last = i + 2;
      const target = tokenAt(tokens, last);
      if (!target || !PARTITIVE_OBJECTS.has(target.lower)) continue;
      for (let k = last + 1; k < tokens.length && k - last <= 3; k++) {
        const w = tokens[k] as Token;
        if (w.punct || w.segment !== t.segment || w.classes & (W.STOP | W.REPORTING_VERB)) break;
        last = k;
        if (w.classes & (W.ANONYMOUS_HEAD | W.ORGANIZATION_HEAD)) {
          head = w.lower;
          break;
        }
      }
      // `one of the bargains of the decade`: a head noun that names no one makes no mention
      if (!head && last > i + 2 && namesNoOne(tokens, last)) continue;
    } else {
      const before = tokenAt(tokens, i - 1);
      const after = tokenAt(tokens, i + 1);
      if (!before || !isVerbForm(before) || (after && !after.punct)) continue;
    }
    for (let k = i; k <= last; k++) taken[k] = 1;
    out.push(partitive(text, tokens, i, last, head || 'one', false, false));
  }
}

/** A member of an earlier group (`one of them`), or the whole group again (`the two`). */
function partitive(text: string, tokens: readonly Token[], first: number, last: number, head: string, plural: boolean, definite: boolean): Mention {
  const m = mention(text, tokens, first, last, 'description', 'anonymous', head);
  m.partitive = true;
  m.plural = plural;
  m.definite = definite;
  return m;
}
/**
 * The word at `k` ends a noun phrase (no owner's mark after it: `one of the town's residents`)
 * whose head WordNet knows only as a thing, a place or a document, never a person or a group.
 */
function namesNoOne(tokens: readonly Token[], k: number): boolean {
  if (POSSESSIVE_MARKS.has(tokenAt(tokens, k + 1)?.text ?? '')) return false;
  const info = (tokens[k] as Token).noun;
  return info !== undefined && !info.personSense && (info.category === 'thing' || info.category === 'place' || info.category === 'document');
}

function extendLeft(tokens: readonly Token[], head: number, taken: Uint8Array, facts: WordFacts): number {
  let first = head;
  for (let k = head - 1; k >= 0 && head - k <= 6; k--) {
    const t = tokens[k] as Token;
    if (t.segment !== (tokens[head] as Token).segment) break;
    if (taken[k]) {
      // a name modifying or owning this description: `U.N. envoy`, `Macron's office`, `the president's office`
      const owns = POSSESSIVE_MARKS.has(tokenAt(tokens, k + 1)?.text ?? '');
      if (!t.cap && !owns) break;
      first = k;
      // the owner's own article: `the` of `the president's office`
      const article = tokenAt(tokens, k - 1);
      if (owns && article && taken[k - 1] && article.segment === t.segment && article.classes & W.DETERMINER) first = k - 1;
      if (owns) break;
      continue;
    }
    if (t.text === "'s" || t.text === '’s') {
      first = k;
      continue;
    }
    if (t.punct) break;
    if (t.classes & W.DETERMINER) {
      first = k;
      // `the two people`, `those three officials`: a number after a definite determiner
      const before = tokenAt(tokens, k - 1);
      if (before && before.segment === t.segment && before.classes & W.DEFINITE && !taken[k - 1] && facts.at(tokens, k) & Fact.NUMBER) first = k - 1;
      break;
    }
    if (t.classes & (W.STOP | W.REPORTING_VERB)) break;
    // a number in digits, a modifier or a participle: `4,200 nurses`, `senior officials`, `a letting agent`
    const f = facts.at(tokens, k);
    if (!startsWithDigit(t.text) && !(f & Fact.MODIFIER) && !isParticipleAfterArticle(tokens, k, f)) break;
    if (isVerbAfterNoun(tokens, k, taken)) break;
    first = k;
  }
  return first;
}

/**
 * `The strike involved 4,200 nurses`, `Rosa Lind taught 600 children`: a past form after a noun
 * or a name is its verb, not a modifier of the description (`the involved parties`, `the
 * recently retired teachers` keep it).
 */
function isVerbAfterNoun(tokens: readonly Token[], k: number, taken: Uint8Array): boolean {
  const t = tokens[k] as Token;
  const tag = t.tags?.[0] ?? '';
  if (t.cap || !(t.lower.endsWith('ed') || tag.startsWith('VBD') || tag.startsWith('VBN'))) return false;
  const prev = tokenAt(tokens, k - 1);
  if (!prev || prev.segment !== t.segment || prev.punct || prev.classes & W.DETERMINER) return false;
  // a name before it (`Lind`): a capitalised word found in a name, or not the sentence's first
  if (prev.cap && (k - 1 > 0 || taken[k - 1])) return true;
  const before = prev.tags?.[0] ?? '';
  return before.startsWith('NN') && !before.startsWith('NNP');
}

function extendRight(tokens: readonly Token[], head: number, taken: Uint8Array): number {
  let last = head;
  const n = tokenAt(tokens, head + 1);
  if (!n || n.segment !== (tokens[head] as Token).segment) return last;
  const link = knowledgeLink(n, tokenAt(tokens, head + 2));
  if (!(n.classes & W.RIGHT_LINK) && !link && !servesSomeone(tokens, head)) return last;
  let k = head + 1 + (link?.includes(' ') ? 2 : 1);
  // `a court on Tuesday`: a time phrase is no part of the description
  if (((tokenAt(tokens, k)?.classes ?? 0) & W.CALENDAR) !== 0) return last;
  let words = 0;
  for (; k < tokens.length && words < 10; k++, words++) {
    const t = tokens[k] as Token;
    if (t.segment !== n.segment) break;
    if (taken[k]) {
      // a name's own lower-case link goes with it (`the University of Strathcairn`)
      const inName = t.classes & W.CHAINED_LINK && taken[k + 1] && tokenAt(tokens, k + 1)?.cap && tokenAt(tokens, k + 1)?.segment === t.segment;
      if (!t.cap && !inName) break;
      last = k;
      continue;
    }
    if (t.punct && !POSSESSIVE_MARKS.has(t.text)) break;
    if (t.classes & W.REPORTING_VERB || (t.classes & W.STOP && !(t.classes & (W.DETERMINER | W.CHAINED_LINK)))) break;
    // `an official of the port authority on Monday`: a time phrase is no part of the description
    if (t.classes & W.CHAINED_LINK && ((tokenAt(tokens, k + 1)?.classes ?? 0) & W.CALENDAR) !== 0) break;
    // `an official of the palace spoke`: a finite verb ends the phrase, reporting or not
    if (!t.cap && isFiniteTag(t.tags?.[0])) break;
    last = k;
  }
  // "in" / "on" links only keep a capitalised place or body: `officials in Paris`
  return last;
}
/** `an aide to a senator`, `the envoy to Oslo`: a role held for someone, `to`, and a noun phrase (not a verb: `an aide to say`). */
function servesSomeone(tokens: readonly Token[], head: number): boolean {
  const after = tokenAt(tokens, head + 2);
  if (tokenAt(tokens, head + 1)?.lower !== 'to' || !after || !ROLES_FOR_SOMEONE.has((tokens[head] as Token).lower)) return false;
  return after.cap || (after.classes & W.DETERMINER) !== 0 || (after.classes & W.PRONOUN) !== 0;
}
/** `VBD`, `VBZ`, `VBP`: a finite verb's tag. */
function isFiniteTag(tag: string | undefined): boolean {
  return tag === 'VBD' || tag === 'VBZ' || tag === 'VBP';
}

/** A one-word form of a reporting verb (`said`, `tells`). */
export function isVerbForm(t: Token | undefined): boolean {
  return t !== undefined && (t.classes & W.REPORTING_VERB) !== 0;
}
/**
 * The KNOWLEDGE_LINKS phrase that starts at `n` (`familiar with`, `with direct knowledge of`),
 * if any: the first in list order that is `n` itself, or starts with `n` and the word after it,
 * or is such a start.
 */
function knowledgeLink(n: Token, after: Token | undefined): string | undefined {
  const links = n.classes & W.KNOWLEDGE_LINK_START ? KNOWLEDGE_LINKS_BY_FIRST_WORD.get(n.lower) : undefined;
  if (links === undefined) return undefined;
  // `${n.lower} ${after.lower}` and the phrase agree as far as the shorter goes (past the first word and its space)
  const next = after?.lower ?? '';
  for (const link of links) if (agreesFrom(link, n.lower.length + 1, next)) return link;
  return undefined;
}

/** `phrase` from `from` on and `word` agree as far as the shorter goes: one starts the other (so does a phrase that ends before `from`). */
function agreesFrom(phrase: string, from: number, word: string): boolean {
  const length = Math.min(phrase.length - from, word.length);
  for (let k = 0; k < length; k++) if (phrase.charCodeAt(from + k) !== word.charCodeAt(k)) return false;
  return true;
}
