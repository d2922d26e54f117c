/**
 * Proper names: runs of capitalised words, with the titles and roles in them split off
 * (`French President` + `Emmanuel Macron`), organizations told apart by their words.
 */

import { NOT_SPEAKER_LABELS } from '../../lexicon/function-words.js';
import { isLandformNoun, isPlaceName, startsPlaceName } from '../../lexicon/knowledge.js';
import { FEMALE_WORDS, MALE_WORDS } from '../../lexicon/titles.js';
import { WordClass as W } from '../../lexicon/word-classes.js';
import { lexicalTags } from '../../natural-adapter.js';
import type { Token } from '../tokenize-frames.js';
import { tokenAt } from '../tokens/token-at.js';
import type { Positions } from './frame-index.js';
import { type Mention, mention } from './mention.js';
/**
 * A capitalised word inside a sentence is a name; at the start of a sentence (or after a quote,
 * colon or bracket), where every word is capitalised, the tagger's lexicon decides (`But`,
 * `However`, `Officials` are not names; `Trump`, `Hifter` are).
 */
export function isNameToken(t: Token, initial: boolean): boolean {
  if (!t.cap || t.punct || t.classes & (W.CALENDAR | W.PRONOUN | W.DETERMINER | W.STOP)) return false;
  if (t.text.charCodeAt(0) === 64) return true; // a handle: `@crumb_and_ledger`
  if (!initial && !(t.classes & W.ANONYMOUS_HEAD)) return true;
  return t.properNoun || isAcronym(t.text) || (t.classes & W.ORGANIZATION_NAME_WORD) !== 0;
}

export function isInitial(tokens: readonly Token[], i: number): boolean {
  const prev = tokenAt(tokens, i - 1);
  return prev === undefined || prev.segment !== (tokens[i] as Token).segment || opensClause(prev.text);
}

/** `:` `(` `[` `—` `–` `-` `;`: after one of these, a capital starts a clause. */
function opensClause(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 58 || c === 40 || c === 91 || c === 0x2014 || c === 0x2013 || c === 45 || c === 59;
}

const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u;

export function isAcronym(word: string): boolean {
  // most words fail on their second character (`Trump`): an ASCII one that is no capital or period
  const second = word.charCodeAt(1);
  if (second < 128 && second !== 46 && !(second >= 65 && second <= 90)) return false;
  return ACRONYM.test(word);
}

/** A title or role word, also abbreviated: `President`, `Gen.`, `Prime`. */
export function isTitle(t: Token): boolean {
  return (t.classes & W.TITLE) !== 0;
}

/** Runs of capitalised words (starting at one of `capitals`), split into role words (`French President`) and the name. */
export function findNames(text: string, tokens: readonly Token[], taken: Uint8Array, out: Mention[], capitals: Positions): void {
  let end = -1;
  for (let n = 0; n < capitals.length; n++) {
    const i = capitals.get(n);
    // (a capital inside the last run is no start)
    if (i <= end) continue;
    const t = tokens[i] as Token;
    // extend a run of capitalised tokens joined by connectors, within one frame segment
    let j = i;
    while (j + 1 < tokens.length) {
      const n = tokens[j + 1] as Token;
      if (n.segment !== t.segment) break;
      if (n.cap && !n.punct) {
        j++;
        continue;
      }
      if (n.classes & W.CONNECTOR && n.lower !== 'and') {
        let k = j + 2;
        while (k < tokens.length && (tokens[k] as Token).classes & W.CONNECTOR && k - j < 3) k++;
        const after = tokenAt(tokens, k);
        if (after?.cap && !after.punct && n.lower !== 'the') {
          j = k;
          continue;
        }
      }
      break;
    }
    classifyRun(text, tokens, i, j, taken, out);
    end = j;
  }
}

/**
 * `Tomas Erlich of the Lindby Courier`, `Capt. Lyle Dorsey of the Anselm Parish Sheriff’s Office`:
 * the run opens with a full name (two or three words, a first name first), after its titles if
 * any, and `of`; the index of the name's last word, else -1.
 */
function affiliated(tokens: readonly Token[], from: number, to: number): number {
  const first = afterTitles(tokens, from, to);
  for (let k = first + 2; k <= first + 3 && k < to; k++) {
    if ((tokens[k] as Token).lower !== 'of') continue;
    for (let j = first; j < k; j++) if (isTitle(tokens[j] as Token) || !(tokens[j] as Token).cap) return -1;
    return (tokens[first] as Token).firstNameGender !== undefined ? k - 1 : -1;
  }
  return -1;
}

/** The first token of the run after its leading titles (two at most: `Capt.`, `Lt. Col.`). */
function afterTitles(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  while (k < to && k - from < 2 && isTitle(tokens[k] as Token)) k++;
  return k;
}

/** `R-Ohio`, `D-Mo.`, `I-Vt.`: a U.S. lawmaker's party and state, set beside the name, never a name. */
const PARTY_AND_STATE = /^[DRI]-\p{Lu}/u;

/** PARTY_AND_STATE, asked only of a word with a hyphen second (most capitalised words have none). */
function isPartyAndState(word: string): boolean {
  return word.charCodeAt(1) === 45 && PARTY_AND_STATE.test(word);
}

/** `'s`, `’`: an owner's mark after a name or a noun. */
export function startsWithApostrophe(t: Token | undefined): boolean {
  const c = t === undefined ? 0 : t.text.charCodeAt(0);
  return c === 39 || c === 0x2019;
}

function classifyRun(text: string, tokens: readonly Token[], from: number, to: number, taken: Uint8Array, out: Mention[]): void {
  let i = from;
  if (isPartyAndState((tokens[from] as Token).text)) return;
  // leading capitalised common words (The, But, However, Officials) are not part of a name
  while (i <= to && !isNameToken(tokens[i] as Token, isInitial(tokens, i)) && !isTitle(tokens[i] as Token) && !isAcronymAfterThe(tokens, i)) i++;
  if (i > to) return;
  // `French President`: a capitalised adjective before a title belongs to the role
  while (i > from && isTitle(tokens[i] as Token) && (lexicalTags((tokens[i - 1] as Token).text)?.[0] ?? '').startsWith('JJ')) i--;
  const place = !isTitle(tokens[i] as Token) && (isPlaceRun(text, tokens, i, to) || isDemonymBeforeRole(tokens, i, to));
  // titles first: everything up to the last title word is the description (`Council President` of
  // `Council President Lorraine Okpara`), and what follows the title decides whether it names a body
  let titlesEnd = i;
  for (let k = i; k <= to; k++) if (isTitle(tokens[k] as Token) || ((tokens[k] as Token).classes & W.CONNECTOR && k < to)) titlesEnd = k + 1;
  const titledPerson = titlesEnd > i && titlesEnd <= to && hasTitleWord(tokens, i, titlesEnd) && !isOrganizationName(tokens, titlesEnd, to);
  // `Tomas Erlich of the Lindby Courier`: a person's full name, then the body they work for
  const nameTo = affiliated(tokens, i, to);
  if (nameTo >= 0) titlesEnd = afterTitles(tokens, i, to);
  const isOrg = nameTo < 0 && (place || (!titledPerson && isOrganizationName(tokens, i, to)));
  const nameFrom = isOrg ? i : titlesEnd;
  // (the owner in `Capt. Lyle Dorsey of the Anselm Parish Sheriff’s Office` is the body, not the person)
  const possessive = nameTo < 0 && startsWithApostrophe(tokenAt(tokens, to + 1));
  if (nameFrom > to) {
    // only titles: `the Foreign Minister` is a description; leave it to findDescriptions
    return;
  }
  if (!hasNameToken(tokens, nameFrom, to)) return;
  for (let k = i; k <= to; k++) taken[k] = 1;
  const last = tokens[nameTo >= 0 ? nameTo : to] as Token;
  const nameStart = (tokens[nameFrom] as Token).start;
  // a one-word name shares its token's string
  const name = { start: nameStart, end: last.end, text: nameStart === last.start ? last.text : text.slice(nameStart, last.end) };
  // the role words tell first (`Mrs.`, `spokeswoman`), else a first name's usual gender (`Elena Marchetti`)
  const gender = roleGender(tokens, i, nameFrom) ?? (!isOrg && to > nameFrom ? ((tokens[nameFrom] as Token).firstNameGender ?? null) : null);
  const description = nameFrom > i ? text.slice((tokens[i] as Token).start, (tokens[nameFrom - 1] as Token).end) : null;
  const head = isOrg && nameStart !== last.start ? name.text.toLowerCase() : last.lower;
  // `the World Health Organization`: the article belongs to an organization's mention
  const article =
    isOrg && i > 0 && (tokens[i - 1] as Token).lower === 'the' && (tokens[i - 1] as Token).segment === (tokens[i] as Token).segment && !taken[i - 1];
  if (article) taken[i - 1] = 1;
  const m = mention(text, tokens, article ? i - 1 : i, to, 'name', isOrg ? 'organization' : 'person', head, name);
  // (the uncommon facts only when set: see StoredMention)
  if (description !== null) m.description = description;
  m.gender = gender;
  m.definite = true;
  if (possessive) m.possessive = true;
  if (place) m.place = true;
  out.push(m);
}

/**
 * The run names a place or nationality (`isPlaceName`): a one-word run's answer is its spelling's,
 * found once per story; a longer one, spaced after its first word, must start as a place name does.
 */
function isPlaceRun(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from] as Token;
  if (from === to) return first.placeName;
  const named =
    text.charCodeAt(first.end) === 32 && !startsPlaceName(first.lower) ? false : isPlaceName(text.slice(first.start, (tokens[to] as Token).end).toLowerCase());
  return named || isNaturalFeature(tokens, from, to);
}

/**
 * `the Orra River`, `the Kessel Mountains`, `Glacier Bay`: a name that ends in a natural feature
 * after `the` (a person's name takes no article: `Anita Hill`, `Sandy Hill`), or that is one before
 * a name (not a first name: `Cliff Jones`), is a place; never a body's name (`the World Bank`).
 */
function isNaturalFeature(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from] as Token;
  const ends = isLandformNoun((tokens[to] as Token).noun) && tokenAt(tokens, from - 1)?.lower === 'the';
  const starts = to === from + 1 && isLandformNoun(first.noun) && first.firstNameGender === undefined;
  if (!ends && !starts) return false;
  for (let k = from; k <= to; k++) if ((tokens[k] as Token).classes & W.ORGANIZATION_NAME_WORD || isTitle(tokens[k] as Token)) return false;
  return true;
}

/**
 * `Kessaran general`, `Benhalan officials`: one capitalised word shaped like a nationality (-an,
 * -ese, -ish, -i) right before a role or body in lower case modifies it, as `French` does; the
 * gazetteer cannot know every country a story names. A first name (`Brian aide`) is not one.
 */
function isDemonymBeforeRole(tokens: readonly Token[], i: number, to: number): boolean {
  const t = tokens[i] as Token;
  const next = tokenAt(tokens, to + 1);
  if (i !== to || !next || next.cap || next.segment !== t.segment || !(next.classes & (W.ROLE_NOUN | W.ANONYMOUS_HEAD | W.ORGANIZATION_HEAD))) return false;
  return /(?:an|ese|ish|i)$/.test(t.lower) && t.firstNameGender === undefined;
}

const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|X{1,3})$/;

/** A run names an organization by one of its words (`World Health Organization`), or alone (`NATO`, `the ministry`). */
function isOrganizationName(tokens: readonly Token[], from: number, to: number): boolean {
  // `Halden & Crewe`, `Procter & Gamble`: names joined by `&` are a firm's
  for (let k = from; k <= to; k++) if ((tokens[k] as Token).classes & W.ORGANIZATION_NAME_WORD || (tokens[k] as Token).text === '&') return true;
  if (from !== to) return endsInCommonNoun(tokens, from, to);
  const t = tokens[from] as Token;
  return (t.classes & (W.ORGANIZATION_HEAD | W.KNOWN_ORGANIZATION)) !== 0 || (isAcronym(t.text) && !inSpeakerLabel(tokens, from));
}

/**
 * A transcript's speaker label (`WREN: "…"`, `DEE, IN NORBURY: "…"`): words in capitals from the
 * start of the sentence up to a colon, within six words. Its capitals spell a name, not a body.
 */
function inSpeakerLabel(tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < tokens.length && k <= 6; k++) {
    const t = tokens[k] as Token;
    if (t.text === ':') return k > i && !NOT_SPEAKER_LABELS.has((tokens[0] as Token).lower);
    if (t.text !== ',' && t.text !== '.' && (t.punct || t.text !== t.text.toUpperCase() || t.segment !== (tokens[0] as Token).segment)) return false;
  }
  return false;
}

function hasTitleWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isTitle(tokens[k] as Token)) return true;
  return false;
}

/**
 * `Saaremere Shipping`, `Baltica Line`, `Nordhavn Securities`: a name ending in a common noun that
 * names no person (WordNet) and not starting with a first name (`Ann Fox` is a person) is a body.
 */
function endsInCommonNoun(tokens: readonly Token[], from: number, to: number): boolean {
  // `World War II`: a number after the name of a thing is part of that thing's name
  if (to > from && ROMAN_NUMERAL.test((tokens[to] as Token).text)) to--;
  const last = tokens[to] as Token;
  const noun = last.noun;
  if (noun === undefined || noun.personSense || noun.category === 'place') return false;
  // `Ann Fox`, `Senator Stone`: a first name or a title says the common noun is a surname
  if ((tokens[from] as Token).firstNameGender !== undefined) return false;
  for (let k = from; k <= to; k++) if (isTitle(tokens[k] as Token)) return false;
  return true;
}

function hasNameToken(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (isNameToken(tokens[k] as Token, isInitial(tokens, k)) || isAcronymAfterThe(tokens, k)) return true;
  return false;
}

/** `the WHO`, `the US`: capitals after `the` spell a body, even where the word is also `who` or `us`. */
function isAcronymAfterThe(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  return t.text.length > 1 && tokenAt(tokens, i - 1)?.lower === 'the' && isAcronym(t.text);
}

/** The gender the role words [from, to) tell (`Mrs.`, `spokeswoman`), any female word first. */
function roleGender(tokens: readonly Token[], from: number, to: number): 'f' | 'm' | null {
  let male = false;
  for (let k = from; k < to; k++) {
    const w = withoutFinalPeriod((tokens[k] as Token).lower);
    if (FEMALE_WORDS.has(w)) return 'f';
    male ||= MALE_WORDS.has(w);
  }
  return male ? 'm' : null;
}

function withoutFinalPeriod(w: string): string {
  return w.endsWith('.') ? w.slice(0, -1) : w;
}
