/**
 * Mentions of possible speakers in the narrative (never inside quotes): proper names with the
 * titles and roles around them (`Libyan commander Khalifa Hifter`), descriptions
 * (`an official of the presidential Elysee Palace`, `two people familiar with the talks`,
 * `the ministry`, `a statement from Macron's office`) and pronouns. Each mention says what kind
 * of source it points to and the head word that later mentions can refer back with.
 */
import { ANONYMOUS_HEADS, KNOWLEDGE_LINKS } from '../lexicon/anonymous-descriptors.js';
import { DOCUMENT_HEADS, KNOWN_ORGANIZATIONS, ORGANIZATION_HEADS, ORGANIZATION_NAME_WORDS } from '../lexicon/organization-words.js';
import { VERB_BY_FORM } from '../lexicon/speech-verbs.js';
import { FEMALE_WORDS, HONORIFICS, MALE_WORDS, ROLE_NOUNS, UNIQUE_ROLES } from '../lexicon/titles.js';
import { lexicalTags, looksLikeProperNoun } from '../natural-adapter.js';
import type { TextSpan } from '../span.js';
import type { Frame, Token } from './tokenize-frames.js';

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
  sentence: number;
  segment: number;
  /** Token range [first, last] inside the frame. */
  first: number;
  last: number;
}

/** First words of two-word roles (`prime minister`, `vice president`). */
const COMPOUND_STARTS: ReadonlySet<string> = new Set([...ROLE_NOUNS].filter((r) => r.includes(' ')).map((r) => r.split(' ')[0] as string));
const CONNECTORS = new Set([
  'of',
  'for',
  'de',
  'da',
  'del',
  'della',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'ben',
  'abu',
  'y',
  '&',
  'the',
  'and',
]);
const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'several',
  'some',
  'many',
  'other',
  'another',
  'both',
  'all',
  'most',
  'few',
  'his',
  'her',
  'their',
  'its',
  'our',
  'no',
  'any',
  'each',
  'more',
  'dozens',
  'hundreds',
  'thousands',
  'numerous',
  'various',
  'multiple',
  'a few',
  'such',
]);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our']);
const STOP = new Set([
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'while',
  'as',
  'if',
  'than',
  'to',
  'not',
  'also',
  'said',
  'says',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'there',
  'by',
  'with',
  'from',
  'in',
  'on',
  'at',
  'after',
  'before',
]);
const PRONOUNS: Record<string, { plural: boolean; gender: 'f' | 'm' | null }> = {
  he: { plural: false, gender: 'm' },
  she: { plural: false, gender: 'f' },
  they: { plural: true, gender: null },
  it: { plural: false, gender: null },
};
/** Prepositions that may chain inside a description: `the head of the union in the province of X`. */
const CHAINED_LINKS = new Set(['the', 'of', 'in', 'at', 'from', 'for']);
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);
const RIGHT_LINKS = new Set([
  'of',
  'for',
  'at',
  'from',
  'in',
  'with',
  'on',
  'close',
  'familiar',
  'briefed',
  'involved',
  'knowledgeable',
  'aware',
  'present',
  'inside',
  'within',
  'near',
  'representing',
]);

export function findMentions(text: string, frames: readonly Frame[]): Mention[] {
  const out: Mention[] = [];
  for (const frame of frames) {
    const tokens = frame.tokens;
    const taken = new Uint8Array(tokens.length);
    const names: Mention[] = [];
    const descriptions: Mention[] = [];
    findNames(text, tokens, taken, names);
    findPartitives(text, tokens, taken, descriptions);
    findDescriptions(text, tokens, taken, descriptions);
    findOtherSubjects(text, tokens, taken, names, descriptions);
    for (const m of mergeRolesIntoNames(text, names, descriptions)) out.push(m);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const p = PRONOUNS[t.lower];
      if (p && !taken[i])
        out.push(mention(text, tokens, i, i, 'pronoun', { kind: 'unknown', head: t.lower, plural: p.plural, gender: p.gender, definite: true }));
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * A role right before a name joins it (`Libyan commander` + `Khalifa Hifter`); a name inside a
 * description only modifies it (`the U.N. envoy for Libya`, `Macron's office`).
 */
function mergeRolesIntoNames(text: string, names: Mention[], descriptions: Mention[]): Mention[] {
  const kept: Mention[] = [];
  const personAt = new Map<number, Mention>();
  for (const n of names) if (n.kind === 'person') personAt.set(n.first, n);
  for (const d of descriptions) {
    const n = personAt.get(d.last + 1);
    if (n && d.kind !== 'organization') {
      n.description = n.description ? `${text.slice(d.start, n.name?.start ?? n.start).trim()}` : d.text;
      n.gender ??= d.gender;
      n.start = d.start;
      n.first = d.first;
      n.text = text.slice(n.start, n.end);
      continue;
    }
    kept.push(d);
  }
  // a name inside a longer mention only modifies it: mark token coverage once, then look up
  const cover = new Map<number, Mention>();
  for (const m of [...kept, ...names]) {
    for (let k = m.first; k <= m.last; k++) {
      const other = cover.get(k);
      if (!other || other.last - other.first < m.last - m.first) cover.set(k, m);
    }
  }
  for (const n of names) {
    const outer = cover.get(n.first);
    if (outer && outer !== n && outer.first <= n.first && n.last <= outer.last) n.possessive = true;
  }
  return [...names, ...kept];
}

/** A mention that no frame holds, such as a transcript's speaker label inside the quote. */
export function bareMention(text: string, start: number, end: number, kind: Mention['kind'], head: string): Mention {
  return {
    start,
    end,
    text: text.slice(start, end),
    type: 'name',
    kind,
    head,
    name: { start, end, text: text.slice(start, end) },
    description: null,
    plural: false,
    gender: null,
    definite: true,
    possessive: false,
    partitive: false,
    generic: false,
    sentence: -1,
    segment: -1,
    first: -1,
    last: -1,
  };
}

interface Extra {
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
}

function mention(text: string, tokens: readonly Token[], first: number, last: number, type: MentionType, extra: Extra): Mention {
  const a = tokens[first] as Token;
  const b = tokens[last] as Token;
  return {
    start: a.start,
    end: b.end,
    text: text.slice(a.start, b.end),
    type,
    name: null,
    description: null,
    plural: false,
    gender: null,
    definite: false,
    possessive: false,
    partitive: false,
    generic: false,
    ...extra,
    sentence: a.sentence,
    segment: a.segment,
    first,
    last,
  };
}

/**
 * A capitalised word inside a sentence is a name; at the start of a sentence (or after a quote,
 * colon or bracket), where every word is capitalised, the tagger's lexicon decides (`But`,
 * `However`, `Officials` are not names; `Trump`, `Hifter` are).
 */
function isNameToken(t: Token, initial: boolean): boolean {
  if (!t.cap || t.punct || CALENDAR.test(t.lower) || PRONOUNS[t.lower] || DETERMINERS.has(t.lower) || STOP.has(t.lower)) return false;
  if (!initial && !ANONYMOUS_HEADS.has(t.lower)) return true;
  return looksLikeProperNoun(t.text) || isAcronym(t.text) || ORGANIZATION_NAME_WORDS.has(t.lower);
}

function isInitial(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev === undefined || prev.segment !== (tokens[i] as Token).segment || /^[:([—–\-;]$/.test(prev.text);
}

function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u.test(word);
}

function isTitle(t: Token): boolean {
  const w = t.lower.replace(/\.$/, '');
  return HONORIFICS.has(w) || ROLE_NOUNS.has(w) || w === 'prime' || w === 'vice' || w === 'foreign' || w === 'secretary-general';
}

/** Runs of capitalised words, split into role words (`French President`) and the name. */
function findNames(text: string, tokens: readonly Token[], taken: Uint8Array, out: Mention[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.cap || t.punct) continue;
    // extend a run of capitalised tokens joined by connectors, within one frame segment
    let j = i;
    while (j + 1 < tokens.length) {
      const n = tokens[j + 1] as Token;
      if (n.segment !== t.segment) break;
      if (n.cap && !n.punct) {
        j++;
        continue;
      }
      if (CONNECTORS.has(n.lower) && n.lower !== 'and') {
        let k = j + 2;
        while (k < tokens.length && CONNECTORS.has((tokens[k] as Token).lower) && k - j < 3) k++;
        const after = tokens[k];
        if (after?.cap && !after.punct && n.lower !== 'the') {
          j = k;
          continue;
        }
      }
      break;
    }
    classifyRun(text, tokens, i, j, taken, out);
    i = j;
  }
}

function classifyRun(text: string, tokens: readonly Token[], from: number, to: number, taken: Uint8Array, out: Mention[]): void {
  let i = from;
  // leading capitalised common words (The, But, However, Officials) are not part of a name
  while (i <= to && !isNameToken(tokens[i] as Token, isInitial(tokens, i)) && !isTitle(tokens[i] as Token)) i++;
  if (i > to) return;
  // `French President`: a capitalised adjective before a title belongs to the role
  while (i > from && isTitle(tokens[i] as Token) && /^JJ/.test(lexicalTags((tokens[i - 1] as Token).text)?.[0] ?? '')) i--;
  const words = tokens.slice(i, to + 1);
  const isOrg =
    words.some((w) => ORGANIZATION_NAME_WORDS.has(w.lower)) ||
    (words.length === 1 && ORGANIZATION_HEADS.has(words[0]?.lower ?? '')) ||
    (words.length === 1 && (KNOWN_ORGANIZATIONS.has(words[0]?.lower ?? '') || isAcronym(words[0]?.text ?? '')));
  let nameFrom = i;
  if (!isOrg) {
    // titles first: everything up to the last title word is the description
    for (let k = i; k <= to; k++) if (isTitle(tokens[k] as Token) || (CONNECTORS.has((tokens[k] as Token).lower) && k < to)) nameFrom = k + 1;
  }
  const possessive = (tokens[to + 1]?.text ?? '').startsWith("'") || (tokens[to + 1]?.text ?? '').startsWith('’');
  if (nameFrom > to) {
    // only titles: `the Foreign Minister` is a description; leave it to findDescriptions
    return;
  }
  const nameTokens = tokens.slice(nameFrom, to + 1);
  if (nameTokens.every((w, k) => !isNameToken(w, isInitial(tokens, nameFrom + k)))) return;
  for (let k = i; k <= to; k++) taken[k] = 1;
  const nameStart = (tokens[nameFrom] as Token).start;
  const nameEnd = (tokens[to] as Token).end;
  const name = { start: nameStart, end: nameEnd, text: text.slice(nameStart, nameEnd) };
  const roleWords = tokens.slice(i, nameFrom).map((w) => w.lower.replace(/\.$/, ''));
  const gender = roleWords.some((w) => FEMALE_WORDS.has(w)) ? 'f' : roleWords.some((w) => MALE_WORDS.has(w)) ? 'm' : null;
  const description = nameFrom > i ? text.slice((tokens[i] as Token).start, (tokens[nameFrom - 1] as Token).end) : null;
  const head = isOrg ? name.text.toLowerCase() : (nameTokens.at(-1) as Token).lower;
  // `the World Health Organization`: the article belongs to an organization's mention
  const article =
    isOrg && i > 0 && (tokens[i - 1] as Token).lower === 'the' && (tokens[i - 1] as Token).segment === (tokens[i] as Token).segment && !taken[i - 1];
  if (article) taken[i - 1] = 1;
  out.push(
    mention(text, tokens, article ? i - 1 : i, to, 'name', {
      kind: isOrg ? 'organization' : 'person',
      head,
      name,
      description,
      gender,
      definite: true,
      possessive,
    }),
  );
}

/** Descriptions around a head noun: `an official of the presidential Elysee Palace`. */
function findDescriptions(text: string, tokens: readonly Token[], taken: Uint8Array, out: Mention[]): void {
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
function findPartitives(text: string, tokens: readonly Token[], taken: Uint8Array, out: Mention[]): void {
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
function findOtherSubjects(text: string, tokens: readonly Token[], taken: Uint8Array, names: Mention[], descriptions: Mention[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const verb = tokens[i] as Token;
    if (!VERB_BY_FORM.has(verb.lower) || !/^VB[DZP]?$/.test(lexicalTags(verb.lower)?.[0] ?? 'VBD')) continue;
    const k = i - 1;
    const t = tokens[k] as Token;
    if (taken[k] || t.punct || t.segment !== verb.segment || STOP.has(t.lower) || DETERMINERS.has(t.lower) || PRONOUNS[t.lower]) continue;
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
