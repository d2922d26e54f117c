/**
 * Descriptions of sources around a head noun (`an official of the presidential Elysee Palace`,
 * `two people familiar with the talks`, `the ministry`), members of groups (`one of them`,
 * `the other`) and whatever noun phrase stands right before a reporting verb (`the clip says`).
 */
import { GROUP_NUMBERS, NUMBER_WORDS, ORDINALS, PARTITIVE_OBJECTS, POSSESSIVE_MARKS, PREPOSITIONS, TIME_NOUNS } from '../../lexicon/function-words.js';
import { nounCategory } from '../../lexicon/knowledge.js';
import { looksPlural } from '../../lexicon/plurals.js';
import { ROLE_NOUNS, UNIQUE_ROLES } from '../../lexicon/titles.js';
import { KNOWLEDGE_LINKS_BY_FIRST_WORD, WordClass as W } from '../../lexicon/word-classes.js';
import { lexicalTags } from '../../natural-adapter.js';
import type { Token } from '../tokenize-frames.js';
import { type Mention, mention } from './mention.js';
import { isInitial } from './names.js';

/** Words a description can be built around: `official`, `envoy`, `ministry`. */
const HEAD = W.ANONYMOUS_HEAD | W.ROLE_NOUN | W.ORGANIZATION_HEAD;

/** Descriptions around a head noun: `an official of the presidential Elysee Palace`. */
export function findDescriptions(text: string, tokens: readonly Token[], taken: Uint8Array, out: Mention[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const t = tokens[i] as Token;
    // most words are in none of the head lists, nor start a two-word role
    if (!(t.classes & (HEAD | W.COMPOUND_START))) continue;
    const w = t.lower;
    const compound = i + 1 < tokens.length && t.classes & W.COMPOUND_START ? `${w} ${(tokens[i + 1] as Token).lower}` : '';
    const isHead = (t.classes & HEAD) !== 0 || ROLE_NOUNS.has(compound);
    if (!isHead || t.punct) continue;
    // a noun modifying a following head (`administration official`): let the later head take it
    const next = tokens[i + 1];
    if (next && !next.punct && next.segment === t.segment && next.classes & HEAD) continue;
    const first = extendLeft(tokens, i, taken);
    const last = extendRight(tokens, i, taken);
    const possessed = (tokens[first + 1]?.text ?? '').startsWith("'") || (tokens[first + 1]?.text ?? '').startsWith('’');
    const detClasses = (tokens[first] as Token).classes;
    const bare = !(detClasses & W.DETERMINER) && !w.endsWith('s'); // headline style: `union chief warns`
    const definite = (detClasses & W.DEFINITE) !== 0 || possessed || (bare && (t.classes & W.UNIQUE_ROLE) !== 0);
    const head = ROLE_NOUNS.has(compound) && !(t.classes & W.ROLE_NOUN) ? compound : w;
    const isDocument = (t.classes & W.DOCUMENT_HEAD) !== 0;
    const kind: Mention['kind'] =
      t.classes & W.ORGANIZATION_HEAD
        ? 'organization'
        : t.classes & W.ANONYMOUS_HEAD && !(definite && UNIQUE_ROLES.has(head))
          ? 'anonymous'
          : definite || UNIQUE_ROLES.has(head)
            ? 'person'
            : 'anonymous';
    const plural = looksPlural(w) && !(t.classes & W.ROLE_NOUN);
    const gender = t.classes & W.FEMALE ? 'f' : t.classes & W.MALE ? 'm' : null;
    const description = isDocument && last > i ? text.slice((tokens[i + 2] as Token | undefined)?.start ?? t.end, (tokens[last] as Token).end) : null;
    for (let k = first; k <= last; k++) taken[k] = 1;
    out.push(mention(text, tokens, first, last, 'description', { kind, head, plural, gender, definite, description }));
  }
}

/** `one of them`, `one of those sources`, and a bare `one` right after a cue (`said one,`). */
export function findPartitives(text: string, tokens: readonly Token[], taken: Uint8Array, out: Mention[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // only `the` and `one` start a partitive; both are determiners
    if (taken[i] || !(t.classes & W.DETERMINER)) continue;
    // `The two, who asked for anonymity, said`: the whole group again
    // `The other, a retired port worker, said`: another member of that group
    if (t.lower === 'the' && tokens[i + 1]?.lower === 'other' && (tokens[i + 2]?.punct || isVerbForm(tokens[i + 2]))) {
      taken[i] = 1;
      taken[i + 1] = 1;
      out.push(mention(text, tokens, i, i + 1, 'description', { kind: 'anonymous', head: 'one', partitive: true, definite: true }));
      continue;
    }
    if (t.lower === 'the' && GROUP_NUMBERS.has(tokens[i + 1]?.lower ?? '') && (tokens[i + 2]?.punct || isVerbForm(tokens[i + 2]))) {
      taken[i] = 1;
      taken[i + 1] = 1;
      out.push(mention(text, tokens, i, i + 1, 'description', { kind: 'anonymous', head: 'one', partitive: true, plural: true, definite: true }));
      continue;
    }
    if (t.lower !== 'one') continue;
    const of = tokens[i + 1];
    let last = i;
    let head = '';
    if (of?.lower === 'of' && of.segment === t.segment) {
      last = i + 2;
      const target = tokens[last];
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
    } else {
      const before = tokens[i - 1];
      const after = tokens[i + 1];
      if (!before || !isVerbForm(before) || (after && !after.punct)) continue;
    }
    for (let k = i; k <= last; k++) taken[k] = 1;
    out.push(mention(text, tokens, i, last, 'description', { kind: 'anonymous', head: head || 'one', partitive: true }));
  }
}

/**
 * Whatever stands right before a reporting verb is its likely speaker, even outside the word
 * lists: `Ditto said` (a name the lexicon knows as a word), `the announcer said`, `the clip says`.
 */
export function findOtherSubjects(text: string, tokens: readonly Token[], taken: Uint8Array, names: Mention[], descriptions: Mention[]): void {
  findAfterAccordingTo(text, tokens, taken, descriptions);
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i] as Token;
    if (!isVerbForm(verb)) {
      if (verb.lower === 'who' && !verb.cap) findPersonBeforeWho(text, tokens, i, taken, descriptions);
      continue;
    }
    findInvertedSubject(text, tokens, i, taken, descriptions);
    if (i === 0 || !/^VB[DZP]?$/.test(lexicalTags(verb.lower)?.[0] ?? 'VBD')) continue;
    const k = i - 1;
    const t = tokens[k] as Token;
    if (taken[k] || t.punct || t.segment !== verb.segment || t.classes & (W.STOP | W.DETERMINER | W.PRONOUN) || TIME_NOUNS.has(t.lower)) continue;
    if (t.cap && isInitial(tokens, k)) {
      taken[k] = 1;
      names.push(mention(text, tokens, k, k, 'name', { kind: 'person', head: t.lower, name: { start: t.start, end: t.end, text: t.text }, definite: true }));
      continue;
    }
    // a noun the tagger's lexicon lacks (`welder`) is still a noun when WordNet knows it as one
    const tags = lexicalTags(t.lower) ?? (!t.cap && nounCategory(t.lower) !== undefined ? [t.lower.endsWith('s') ? 'NNS' : 'NN'] : undefined);
    if (!tags || !/^NNS?$/.test(tags[0] ?? '')) continue;
    const noun = nounCategory(t.lower);
    const notPerson = noun !== undefined && !noun.personSense;
    // `the crowd chanted`: a crowd is not a source (ANNOTATION.md)
    if (notPerson && noun.category === 'group') continue;
    let first = k;
    // walk left over modifiers, names used as modifiers and possessives: `the Clinton ad`, `the ad's narrator`
    while (first > 0 && k - first < 5) {
      const p = tokens[first - 1] as Token;
      if (
        p.segment !== t.segment ||
        (taken[first - 1] && !p.cap) ||
        (p.punct && !POSSESSIVE_MARKS.has(p.text)) ||
        p.classes & (W.STOP | W.REPORTING_VERB) ||
        PREPOSITIONS.has(p.lower)
      )
        break;
      first--;
      if (p.classes & W.DETERMINER) break;
    }
    // `speak to reporters said`: the object of a preposition ends a clause; it is not the subject
    if (first > 0 && PREPOSITIONS.has((tokens[first - 1] as Token).lower)) continue;
    const det = (tokens[first] as Token).classes;
    const plural = tags[0] === 'NNS';
    if (!(det & W.DETERMINER) && !plural) continue;
    for (let j = first; j <= k; j++) taken[j] = 1;
    // `the clip says`, `the bribes showed`: a thing speaks, if at all, as a document does, never as an unnamed person
    const thing = notPerson && (noun.category === 'thing' || noun.category === 'place' || noun.category === 'document');
    const kind = t.classes & W.ORGANIZATION_HEAD || thing ? 'organization' : 'anonymous';
    descriptions.push(mention(text, tokens, first, k, 'description', { kind, head: t.lower, plural, definite: (det & W.DEFINITE) !== 0, generic: true }));
  }
}

/**
 * `"…," said the ruling.`, `…, says the announcer`: after a quote or a comma, a verb may put its
 * subject after it; a noun phrase that ends the clause there is that subject, in or out of the
 * word lists (a thing or a document speaks as an organization, as above).
 */
function findInvertedSubject(text: string, tokens: readonly Token[], i: number, taken: Uint8Array, descriptions: Mention[]): void {
  const verb = tokens[i] as Token;
  const before = tokens[i - 1];
  // `saying that transparency "…"`: a participle never puts its subject after it
  if ((before && before.segment === verb.segment && before.text !== ',') || verb.lower.endsWith('ing')) return;
  const first = i + 1;
  const det = tokens[first];
  if (!det || det.segment !== verb.segment || !(det.classes & W.DETERMINER) || det.lower === 'that' || taken[first]) return;
  let k = first + 1;
  while (k < tokens.length && k - first <= 4 && !taken[k] && !(tokens[k] as Token).punct && (tokens[k] as Token).segment === verb.segment) k++;
  const last = k - 1;
  const after = tokens[k];
  if (last <= first || (after !== undefined && after.segment === verb.segment && !after.punct)) return;
  const head = tokens[last] as Token;
  const tags = lexicalTags(head.lower);
  const listed = (head.classes & (W.DOCUMENT_HEAD | W.ORGANIZATION_HEAD)) !== 0; // `ruling` is a verb's form too
  if (head.cap || (!listed && !/^NNS?$/.test(tags?.[0] ?? ''))) return;
  const noun = nounCategory(head.lower);
  if (noun !== undefined && !noun.personSense && noun.category === 'group') return;
  const thing = noun !== undefined && !noun.personSense && (noun.category === 'thing' || noun.category === 'place' || noun.category === 'document');
  const kind = head.classes & W.ORGANIZATION_HEAD || thing ? 'organization' : 'anonymous';
  for (let j = first; j <= last; j++) taken[j] = 1;
  descriptions.push(
    mention(text, tokens, first, last, 'description', {
      kind,
      head: head.lower,
      plural: tags?.[0] === 'NNS',
      definite: (det.classes & W.DEFINITE) !== 0,
      generic: true,
    }),
  );
}

/**
 * `A city planner who worked on the review … said`: `who` speaks of a person, so the noun phrase
 * before it names one when WordNet knows its noun as a person (`planner`), in the lists or not.
 */
function findPersonBeforeWho(text: string, tokens: readonly Token[], i: number, taken: Uint8Array, descriptions: Mention[]): void {
  const k = i - 1;
  const t = tokens[k];
  if (!t || taken[k] || t.punct || t.cap || t.segment !== (tokens[i] as Token).segment) return;
  const noun = nounCategory(t.lower);
  if (!noun?.personSense) return;
  let first = k;
  while (first > 0 && k - first < 4) {
    const p = tokens[first - 1] as Token;
    if (p.segment !== t.segment || taken[first - 1] || p.punct || p.classes & (W.STOP | W.REPORTING_VERB) || PREPOSITIONS.has(p.lower)) break;
    first--;
    if (p.classes & W.DETERMINER) break;
  }
  const det = (tokens[first] as Token).classes;
  if (!(det & W.DETERMINER)) return;
  for (let j = first; j <= k; j++) taken[j] = 1;
  descriptions.push(
    mention(text, tokens, first, k, 'description', { kind: 'anonymous', head: t.lower, plural: noun.plural, definite: (det & W.DEFINITE) !== 0 }),
  );
}

function extendLeft(tokens: readonly Token[], head: number, taken: Uint8Array): number {
  let first = head;
  for (let k = head - 1; k >= 0 && head - k <= 6; k--) {
    const t = tokens[k] as Token;
    if (t.segment !== (tokens[head] as Token).segment) break;
    if (taken[k]) {
      // a name modifying or owning this description: `U.N. envoy`, `Macron's office`, `the president's office`
      const owns = POSSESSIVE_MARKS.has(tokens[k + 1]?.text ?? '');
      if (!t.cap && !owns) break;
      first = k;
      // the owner's own article: `the` of `the president's office`
      const article = tokens[k - 1];
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
      const before = tokens[k - 1];
      if (before && before.segment === t.segment && before.classes & W.DEFINITE && !taken[k - 1] && isNumberWord(t)) first = k - 1;
      break;
    }
    if (t.classes & (W.STOP | W.REPORTING_VERB) || (!startsWithDigit(t.text) && !isModifier(t))) break;
    first = k;
  }
  return first;
}

function isModifier(t: Token): boolean {
  if (t.cap || ORDINALS.has(t.lower)) return true;
  const tags = lexicalTags(t.lower);
  if (!tags) return /(?:al|ic|ian|ese|ish|ary|ive|ous)$/.test(t.lower);
  return /^(?:JJ|NN|CD|VBN)/.test(tags[0] ?? '') && !/^(?:NNP)/.test(tags[0] ?? 'NNP');
}

function extendRight(tokens: readonly Token[], head: number, taken: Uint8Array): number {
  let last = head;
  const n = tokens[head + 1];
  if (!n || n.segment !== (tokens[head] as Token).segment) return last;
  const link = knowledgeLink(n, tokens[head + 2]);
  if (!(n.classes & W.RIGHT_LINK) && !link) return last;
  let k = head + 1 + (link?.includes(' ') ? 2 : 1);
  let words = 0;
  for (; k < tokens.length && words < 10; k++, words++) {
    const t = tokens[k] as Token;
    if (t.segment !== n.segment) break;
    if (taken[k]) {
      if (!t.cap) break;
      last = k;
      continue;
    }
    if (t.punct && !POSSESSIVE_MARKS.has(t.text)) break;
    if (t.classes & W.REPORTING_VERB || (t.classes & W.STOP && !(t.classes & (W.DETERMINER | W.CHAINED_LINK)))) break;
    // `an official of the palace spoke`: a finite verb ends the phrase, reporting or not
    if (!t.cap && /^VB[DZP]$/.test(lexicalTags(t.lower)?.[0] ?? '')) break;
    last = k;
  }
  // "in" / "on" links only keep a capitalised place or body: `officials in Paris`
  return last;
}

/** A one-word form of a reporting verb (`said`, `tells`). */
function isVerbForm(t: Token | undefined): boolean {
  return t !== undefined && (t.classes & W.REPORTING_VERB) !== 0;
}

function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * The KNOWLEDGE_LINKS phrase that starts at `n` (`familiar with`, `with direct knowledge of`),
 * if any: the first in list order that is `n` itself, or starts with `n` and the word after it,
 * or is such a start.
 */
function knowledgeLink(n: Token, after: Token | undefined): string | undefined {
  const links = n.classes & W.KNOWLEDGE_LINK_START ? KNOWLEDGE_LINKS_BY_FIRST_WORD.get(n.lower) : undefined;
  if (links === undefined) return undefined;
  const two = `${n.lower} ${after?.lower ?? ''}`;
  return links.find((l) => l === n.lower || l.startsWith(two) || two.startsWith(l));
}

function isNumberWord(t: Token): boolean {
  return startsWithDigit(t.text) || NUMBER_WORDS.has(t.lower);
}

/**
 * `according to the poll`, `according to exit polls`: whatever noun phrase follows `according to`
 * is its source, even outside the word lists; a thing or a document speaks as an organization.
 */
function findAfterAccordingTo(text: string, tokens: readonly Token[], taken: Uint8Array, descriptions: Mention[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if ((tokens[i] as Token).lower !== 'according' || (tokens[i + 1] as Token).lower !== 'to') continue;
    const first = i + 2;
    const start = tokens[first] as Token;
    if (taken[first] || start.punct || start.cap || start.segment !== (tokens[i] as Token).segment || start.classes & (W.PRONOUN | W.STOP)) continue;
    let last = -1;
    for (let k = first; k < tokens.length && k - first < 6; k++) {
      const w = tokens[k] as Token;
      if (taken[k] || w.punct || w.segment !== start.segment || (k > first && w.classes & (W.STOP | W.DETERMINER))) break;
      if (/^NNS?$/.test(lexicalTags(w.lower)?.[0] ?? '')) last = k;
    }
    if (last < 0) continue;
    const head = tokens[last] as Token;
    const noun = nounCategory(head.lower);
    const person = noun?.category === 'person';
    for (let k = first; k <= last; k++) taken[k] = 1;
    const det = start.classes;
    descriptions.push(
      mention(text, tokens, first, last, 'description', {
        kind: person ? 'anonymous' : 'organization',
        head: head.lower,
        plural: noun?.plural ?? false,
        definite: (det & W.DEFINITE) !== 0,
        generic: true,
      }),
    );
  }
}
