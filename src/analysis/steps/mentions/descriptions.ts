/**
 * Descriptions of sources around a head noun (`an official of the presidential Elysee Palace`,
 * `two people familiar with the talks`, `the ministry`), members of groups (`one of them`,
 * `the other`) and whatever noun phrase stands right before a reporting verb (`the clip says`).
 */
import { ANONYMOUS_HEADS, KNOWLEDGE_LINKS } from '../../lexicon/anonymous-descriptors.js';
import { CHAINED_LINKS, COMPOUND_STARTS, DEFINITE, DETERMINERS, POSSESSIVE_MARKS, PRONOUNS, RIGHT_LINKS, STOP } from '../../lexicon/function-words.js';
import { DOCUMENT_HEADS, ORGANIZATION_HEADS } from '../../lexicon/organization-words.js';
import { VERB_BY_FORM } from '../../lexicon/speech-verbs.js';
import { FEMALE_WORDS, MALE_WORDS, ROLE_NOUNS, UNIQUE_ROLES } from '../../lexicon/titles.js';
import { lexicalTags } from '../../natural-adapter.js';
import type { Token } from '../tokenize-frames.js';
import { type Mention, mention } from './mention.js';
import { isInitial } from './names.js';
/** Descriptions around a head noun: `an official of the presidential Elysee Palace`. */
export function findDescriptions(text: string, tokens: readonly Token[], taken: Uint8Array, out: Mention[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const t = tokens[i] as Token;
    const w = t.lower;
    const compound = i + 1 < tokens.length && COMPOUND_STARTS.has(w) ? `${w} ${(tokens[i + 1] as Token).lower}` : '';
    const isHead = ANONYMOUS_HEADS.has(w) || ROLE_NOUNS.has(w) || ORGANIZATION_HEADS.has(w) || ROLE_NOUNS.has(compound);
    if (!isHead || t.punct) continue;
    // a noun modifying a following head (`administration official`): let the later head take it
    const next = tokens[i + 1];
    if (
      next &&
      !next.punct &&
      next.segment === t.segment &&
      (ANONYMOUS_HEADS.has(next.lower) || ROLE_NOUNS.has(next.lower) || ORGANIZATION_HEADS.has(next.lower))
    )
      continue;
    const first = extendLeft(tokens, i, taken);
    const last = extendRight(tokens, i, taken);
    const det = (tokens[first] as Token).lower;
    const possessed = (tokens[first + 1]?.text ?? '').startsWith("'") || (tokens[first + 1]?.text ?? '').startsWith('’');
    const bare = !DETERMINERS.has(det) && !/s$/.test(w); // headline style: `union chief warns`
    const definite = DEFINITE.has(det) || possessed || (bare && UNIQUE_ROLES.has(w));
    const head = ROLE_NOUNS.has(compound) && !ROLE_NOUNS.has(w) ? compound : w;
    const isDocument = DOCUMENT_HEADS.has(w);
    const kind: Mention['kind'] = ORGANIZATION_HEADS.has(w)
      ? 'organization'
      : ANONYMOUS_HEADS.has(w) && !(definite && UNIQUE_ROLES.has(head))
        ? 'anonymous'
        : definite || UNIQUE_ROLES.has(head)
          ? 'person'
          : 'anonymous';
    const plural = /(?:s|people|men|women|police|authorities)$/.test(w) && !/(?:ss|us|is)$/.test(w) && !ROLE_NOUNS.has(w);
    const gender = FEMALE_WORDS.has(w) ? 'f' : MALE_WORDS.has(w) ? 'm' : null;
    const description = isDocument && last > i ? text.slice((tokens[i + 2] as Token | undefined)?.start ?? t.end, (tokens[last] as Token).end) : null;
    for (let k = first; k <= last; k++) taken[k] = 1;
    out.push(mention(text, tokens, first, last, 'description', { kind, head, plural, gender, definite, description }));
  }
}

/** `one of them`, `one of those sources`, and a bare `one` right after a cue (`said one,`). */
export function findPartitives(text: string, tokens: readonly Token[], taken: Uint8Array, out: Mention[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (taken[i]) continue;
    // `The two, who asked for anonymity, said`: the whole group again
    // `The other, a retired port worker, said`: another member of that group
    if (t.lower === 'the' && tokens[i + 1]?.lower === 'other' && (tokens[i + 2]?.punct || VERB_BY_FORM.has(tokens[i + 2]?.lower ?? ''))) {
      taken[i] = 1;
      taken[i + 1] = 1;
      out.push(mention(text, tokens, i, i + 1, 'description', { kind: 'anonymous', head: 'one', partitive: true, definite: true }));
      continue;
    }
    if (
      t.lower === 'the' &&
      /^(?:two|three|four|five|both)$/.test(tokens[i + 1]?.lower ?? '') &&
      (tokens[i + 2]?.punct || VERB_BY_FORM.has(tokens[i + 2]?.lower ?? ''))
    ) {
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
      if (!target || !/^(?:them|those|these|the|us|its|their)$/.test(target.lower)) continue;
      for (let k = last + 1; k < tokens.length && k - last <= 3; k++) {
        const w = tokens[k] as Token;
        if (w.punct || w.segment !== t.segment || STOP.has(w.lower) || VERB_BY_FORM.has(w.lower)) break;
        last = k;
        if (ANONYMOUS_HEADS.has(w.lower) || ORGANIZATION_HEADS.has(w.lower)) {
          head = w.lower;
          break;
        }
      }
    } else {
      const before = tokens[i - 1];
      const after = tokens[i + 1];
      if (!before || !VERB_BY_FORM.has(before.lower) || (after && !after.punct)) continue;
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
  for (let i = 1; i < tokens.length; i++) {
    const verb = tokens[i] as Token;
    if (!VERB_BY_FORM.has(verb.lower) || !/^VB[DZP]?$/.test(lexicalTags(verb.lower)?.[0] ?? 'VBD')) continue;
    const k = i - 1;
    const t = tokens[k] as Token;
    if (taken[k] || t.punct || t.segment !== verb.segment || STOP.has(t.lower) || DETERMINERS.has(t.lower) || PRONOUNS.get(t.lower)) continue;
    if (t.cap && isInitial(tokens, k)) {
      taken[k] = 1;
      names.push(mention(text, tokens, k, k, 'name', { kind: 'person', head: t.lower, name: { start: t.start, end: t.end, text: t.text }, definite: true }));
      continue;
    }
    const tags = lexicalTags(t.lower);
    if (!tags || !/^NNS?$/.test(tags[0] ?? '')) continue;
    let first = k;
    // walk left over modifiers, names used as modifiers and possessives: `the Clinton ad`, `the ad's narrator`
    while (first > 0 && k - first < 5) {
      const p = tokens[first - 1] as Token;
      if (
        p.segment !== t.segment ||
        (taken[first - 1] && !p.cap) ||
        (p.punct && !POSSESSIVE_MARKS.has(p.text)) ||
        STOP.has(p.lower) ||
        VERB_BY_FORM.has(p.lower)
      )
        break;
      first--;
      if (DETERMINERS.has(p.lower)) break;
    }
    const det = (tokens[first] as Token).lower;
    const plural = tags[0] === 'NNS';
    if (!DETERMINERS.has(det) && !plural) continue;
    for (let j = first; j <= k; j++) taken[j] = 1;
    const kind = ORGANIZATION_HEADS.has(t.lower) ? 'organization' : 'anonymous';
    descriptions.push(mention(text, tokens, first, k, 'description', { kind, head: t.lower, plural, definite: DEFINITE.has(det), generic: true }));
  }
}

function extendLeft(tokens: readonly Token[], head: number, taken: Uint8Array): number {
  let first = head;
  for (let k = head - 1; k >= 0 && head - k <= 6; k--) {
    const t = tokens[k] as Token;
    if (t.segment !== (tokens[head] as Token).segment) break;
    if (taken[k]) {
      // a name modifying or owning this description: `U.N. envoy`, `Macron's office`
      if (!t.cap) break;
      first = k;
      continue;
    }
    if (t.text === "'s" || t.text === '’s') {
      first = k;
      continue;
    }
    if (t.punct) break;
    if (DETERMINERS.has(t.lower)) {
      first = k;
      break;
    }
    if (STOP.has(t.lower) || VERB_BY_FORM.has(t.lower) || (/^\d/.test(t.text) === false && !isModifier(t))) break;
    first = k;
  }
  return first;
}

function isModifier(t: Token): boolean {
  if (t.cap) return true;
  const tags = lexicalTags(t.lower);
  if (!tags) return /(?:al|ic|ian|ese|ish|ary|ive|ous)$/.test(t.lower);
  return /^(?:JJ|NN|CD|VBN)/.test(tags[0] ?? '') && !/^(?:NNP)/.test(tags[0] ?? 'NNP');
}

function extendRight(tokens: readonly Token[], head: number, taken: Uint8Array): number {
  let last = head;
  const n = tokens[head + 1];
  if (!n || n.segment !== (tokens[head] as Token).segment) return last;
  const two = `${n.lower} ${tokens[head + 2]?.lower ?? ''}`;
  const link = KNOWLEDGE_LINKS.find((l) => l.startsWith(n.lower) && (l === n.lower || l.startsWith(two) || two.startsWith(l)));
  if (!RIGHT_LINKS.has(n.lower) && !link) return last;
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
    if (VERB_BY_FORM.has(t.lower) || (STOP.has(t.lower) && !DETERMINERS.has(t.lower) && !CHAINED_LINKS.has(t.lower))) break;
    last = k;
  }
  // "in" / "on" links only keep a capitalised place or body: `officials in Paris`
  return last;
}
