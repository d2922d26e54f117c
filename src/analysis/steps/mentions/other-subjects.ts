/**
 * Speakers outside the word lists, found by where they stand: the noun phrase right before a
 * reporting verb (`the clip says`, `Ditto said`), after an inverted one (`said the ruling`), before
 * `who` (`a city planner who…`), and after `according to`.
 */
import { POSSESSIVE_MARKS, PREPOSITIONS, TIME_NOUNS } from '../../lexicon/function-words.js';
import { WordClass as W } from '../../lexicon/word-classes.js';
import type { Token } from '../tokenize-frames.js';
import { tokenAt } from '../tokens/token-at.js';
import { isVerbForm } from './descriptions.js';
import type { FrameIndex, Positions } from './frame-index.js';
import { type Mention, mention } from './mention.js';
import { isInitial } from './names.js';
import { findShares } from './shares.js';

/**
 * Whatever stands right before a reporting verb is its likely speaker, even outside the word
 * lists: `Ditto said` (a name the lexicon knows as a word), `the announcer said`, `the clip says`.
 */
export function findOtherSubjects(
  text: string,
  tokens: readonly Token[],
  taken: Uint8Array,
  names: Mention[],
  descriptions: Mention[],
  index: FrameIndex,
): void {
  // each search below looks for a word of one list, among the frame's cues
  const { classes, cues } = index;
  if (classes & W.ATTRIBUTING_PHRASE_START) findAfterAccordingTo(text, tokens, taken, descriptions, cues);
  if (!(classes & W.REPORTING_VERB)) {
    // no verb: only `who` to look for
    if (classes & W.RELATIVE) findPersonsBeforeWho(text, tokens, taken, descriptions, cues);
    return;
  }
  findShares(text, tokens, taken, names, descriptions, cues);
  for (let n = 0; n < cues.length; n++) {
    const i = cues.get(n);
    const verb = tokens[i] as Token;
    if (!isVerbForm(verb)) {
      if (isWho(verb)) findPersonBeforeWho(text, tokens, i, taken, descriptions);
      continue;
    }
    findInvertedSubject(text, tokens, i, taken, descriptions);
    if (i === 0 || !isVerbTag(verb.tags?.[0] ?? 'VBD')) continue;
    const k = i - 1;
    const t = tokens[k] as Token;
    if (taken[k] || t.punct || t.segment !== verb.segment || t.classes & (W.STOP | W.DETERMINER | W.PRONOUN) || TIME_NOUNS.has(t.lower)) continue;
    if (t.cap && isInitial(tokens, k)) {
      taken[k] = 1;
      const m = mention(text, tokens, k, k, 'name', 'person', t.lower, { start: t.start, end: t.end, text: t.text });
      m.definite = true;
      names.push(m);
      continue;
    }
    // a noun the tagger's lexicon lacks (`welder`) is still a noun when WordNet knows it as one
    const tags = t.tags ?? (!t.cap && t.noun !== undefined ? [t.lower.endsWith('s') ? 'NNS' : 'NN'] : undefined);
    if (!tags || !isCommonNounTag(tags[0])) continue;
    const noun = t.noun;
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
    descriptions.push(generic(text, tokens, first, k, kind, t.lower, plural, (det & W.DEFINITE) !== 0));
  }
}

/**
 * `"…," said the ruling.`, `…, says the announcer`: after a quote or a comma, a verb may put its
 * subject after it; a noun phrase that ends the clause there is that subject, in or out of the
 * word lists (a thing or a document speaks as an organization, as above).
 */
function findInvertedSubject(text: string, tokens: readonly Token[], i: number, taken: Uint8Array, descriptions: Mention[]): void {
  const verb = tokens[i] as Token;
  const before = tokenAt(tokens, i - 1);
  // `saying that transparency "…"`: a participle never puts its subject after it
  if ((before && before.segment === verb.segment && before.text !== ',') || verb.lower.endsWith('ing')) return;
  const first = i + 1;
  const det = tokenAt(tokens, first);
  if (!det || det.segment !== verb.segment || !(det.classes & W.DETERMINER) || det.lower === 'that' || taken[first]) return;
  let k = first + 1;
  while (k < tokens.length && k - first <= 4 && !taken[k] && !(tokens[k] as Token).punct && (tokens[k] as Token).segment === verb.segment) k++;
  const last = k - 1;
  const after = tokenAt(tokens, k);
  if (last <= first || (after !== undefined && after.segment === verb.segment && !after.punct)) return;
  const head = tokens[last] as Token;
  const tags = head.tags;
  const listed = (head.classes & (W.DOCUMENT_HEAD | W.ORGANIZATION_HEAD)) !== 0; // `ruling` is a verb's form too
  if (head.cap || (!listed && !isCommonNounTag(tags?.[0]))) return;
  const noun = head.noun;
  if (noun !== undefined && !noun.personSense && noun.category === 'group') return;
  const thing = noun !== undefined && !noun.personSense && (noun.category === 'thing' || noun.category === 'place' || noun.category === 'document');
  const kind = head.classes & W.ORGANIZATION_HEAD || thing ? 'organization' : 'anonymous';
  for (let j = first; j <= last; j++) taken[j] = 1;
  descriptions.push(generic(text, tokens, first, last, kind, head.lower, tags?.[0] === 'NNS', (det.classes & W.DEFINITE) !== 0));
}

/** Every noun phrase naming a person before `who` (`findPersonBeforeWho`), `who` among the `cues`. */
function findPersonsBeforeWho(text: string, tokens: readonly Token[], taken: Uint8Array, descriptions: Mention[], cues: Positions): void {
  for (let n = 0; n < cues.length; n++) {
    const i = cues.get(n);
    if (isWho(tokens[i] as Token)) findPersonBeforeWho(text, tokens, i, taken, descriptions);
  }
}

/** `who` in lower case: a relative pronoun after a noun. */
function isWho(t: Token): boolean {
  return t.lower === 'who' && !t.cap;
}

/**
 * `A city planner who worked on the review … said`: `who` speaks of a person, so the noun phrase
 * before it names one when WordNet knows its noun as a person (`planner`), in the lists or not.
 */
function findPersonBeforeWho(text: string, tokens: readonly Token[], i: number, taken: Uint8Array, descriptions: Mention[]): void {
  const k = i - 1;
  const t = tokenAt(tokens, k);
  if (!t || taken[k] || t.punct || t.cap || t.segment !== (tokens[i] as Token).segment) return;
  const noun = t.noun;
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
  const m = mention(text, tokens, first, k, 'description', 'anonymous', t.lower);
  m.plural = noun.plural;
  m.definite = (det & W.DEFINITE) !== 0;
  descriptions.push(m);
}

/**
 * `according to the poll`, `according to exit polls`: whatever noun phrase follows `according to`
 * is its source, even outside the word lists; a thing or a document speaks as an organization.
 */
function findAfterAccordingTo(text: string, tokens: readonly Token[], taken: Uint8Array, descriptions: Mention[], cues: Positions): void {
  for (let n = 0; n < cues.length; n++) {
    const i = cues.get(n);
    if (i + 2 >= tokens.length) break;
    if ((tokens[i] as Token).lower !== 'according' || (tokens[i + 1] as Token).lower !== 'to') continue;
    const first = i + 2;
    const start = tokens[first] as Token;
    if (taken[first] || start.punct || start.cap || start.segment !== (tokens[i] as Token).segment || start.classes & (W.PRONOUN | W.STOP)) continue;
    let last = -1;
    for (let k = first; k < tokens.length && k - first < 6; k++) {
      const w = tokens[k] as Token;
      if (taken[k] || w.punct || w.segment !== start.segment || (k > first && w.classes & (W.STOP | W.DETERMINER))) break;
      if (isCommonNounTag(w.tags?.[0])) last = k;
    }
    if (last < 0) continue;
    const head = tokens[last] as Token;
    const noun = head.noun;
    const person = noun?.category === 'person';
    for (let k = first; k <= last; k++) taken[k] = 1;
    const det = start.classes;
    descriptions.push(generic(text, tokens, first, last, person ? 'anonymous' : 'organization', head.lower, noun?.plural ?? false, (det & W.DEFINITE) !== 0));
  }
}

/** A noun phrase found only by where it stands (`the clip says`): maybe not a person. */
function generic(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  kind: Mention['kind'],
  head: string,
  plural: boolean,
  definite: boolean,
): Mention {
  const m = mention(text, tokens, first, last, 'description', kind, head);
  m.plural = plural;
  m.definite = definite;
  m.generic = true;
  return m;
}

/** `NN`, `NNS`: a common noun's tag. */
function isCommonNounTag(tag: string | undefined): boolean {
  return tag === 'NN' || tag === 'NNS';
}

/** `VB`, `VBD`, `VBZ`, `VBP`: a verb's tag, not a participle's. */
function isVerbTag(tag: string): boolean {
  return tag === 'VB' || tag === 'VBD' || tag === 'VBZ' || tag === 'VBP';
}
