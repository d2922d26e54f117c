/**
 * Proper names: runs of capitalised words, with the titles and roles in them split off
 * (`French President` + `Emmanuel Macron`), organizations told apart by their words.
 */
import { ANONYMOUS_HEADS } from '../../lexicon/anonymous-descriptors.js';
import { CALENDAR, CONNECTORS, DETERMINERS, PRONOUNS, STOP } from '../../lexicon/function-words.js';
import { KNOWN_ORGANIZATIONS, ORGANIZATION_HEADS, ORGANIZATION_NAME_WORDS } from '../../lexicon/organization-words.js';
import { FEMALE_WORDS, HONORIFICS, MALE_WORDS, ROLE_NOUNS } from '../../lexicon/titles.js';
import { lexicalTags, looksLikeProperNoun } from '../../natural-adapter.js';
import type { Token } from '../tokenize-frames.js';
import { type Mention, mention } from './mention.js';
/**
 * A capitalised word inside a sentence is a name; at the start of a sentence (or after a quote,
 * colon or bracket), where every word is capitalised, the tagger's lexicon decides (`But`,
 * `However`, `Officials` are not names; `Trump`, `Hifter` are).
 */
export function isNameToken(t: Token, initial: boolean): boolean {
  if (!t.cap || t.punct || CALENDAR.test(t.lower) || PRONOUNS.get(t.lower) || DETERMINERS.has(t.lower) || STOP.has(t.lower)) return false;
  if (!initial && !ANONYMOUS_HEADS.has(t.lower)) return true;
  return looksLikeProperNoun(t.text) || isAcronym(t.text) || ORGANIZATION_NAME_WORDS.has(t.lower);
}

export function isInitial(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev === undefined || prev.segment !== (tokens[i] as Token).segment || /^[:([—–\-;]$/.test(prev.text);
}

export function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u.test(word);
}

export function isTitle(t: Token): boolean {
  const w = t.lower.replace(/\.$/, '');
  return HONORIFICS.has(w) || ROLE_NOUNS.has(w) || w === 'prime' || w === 'vice' || w === 'foreign' || w === 'secretary-general';
}

/** Runs of capitalised words, split into role words (`French President`) and the name. */
export function findNames(text: string, tokens: readonly Token[], taken: Uint8Array, out: Mention[]): void {
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
