import type { MentionsByToken } from '../../doc/mentions-by-token.js';
import { POSSESSIVE_MARKS } from '../../lexicon/function-words.js';
import { type ReportingVerb, reportingVerb } from '../../lexicon/speech-verbs.js';
import { WordClass as W } from '../../lexicon/word-classes.js';
import type { Frame, Token } from '../tokenize-frames.js';
import { tokenAt } from '../tokens/token-at.js';
import { type Cue, cue } from './cue.js';
import { leftSubject } from './subjects.js';
import { isPassive, looksLikeNoun } from './verb-forms.js';

/**
 * A verb of communication that the reporting-verb list does not hold (WordNet's `verb.communication`,
 * most frequent sense: `condemned`, `hailed`, `dismissed`): a cue only with a speaker before it and
 * a quotation soon after it (`The ministry condemned the decision as "a gamble"`) or a `that`.
 */
export function wordNetCue(text: string, frame: Frame, tokens: readonly Token[], i: number, at: MentionsByToken): Cue | null {
  const t = tokens[i] as Token;
  if (t.cap || t.lower.length < 4) return null;
  // what follows first: most verbs of communication have no quotation or `that` after them (and
  // WordNet's verb of the spelling, found when first asked, is then asked of few spellings)
  if (!quoteOrThatFollows(tokens, i)) return null;
  const verb = t.verb;
  if (!verb || !verbTag(t.tags?.[0] ?? 'VBD') || looksLikeNoun(tokens, i) || isPassive(tokens, i)) return null;
  const subject = leftSubject(tokens, i, frame.sentence, at);
  // `… said that was wrong and dismissed the reports as "…"`: the clause's subject, found by inherit-subjects
  const before = tokenAt(tokens, i - 1)?.lower;
  const joined = !subject && (before === 'and' || before === 'but');
  if (!subject && !joined) return null;
  return cue(text, frame, tokens, i, i, 'verb', reportingVerb(verb.lemma, [t.lower]), subject, subject ? 'left' : null);
}

/** `/^VB[DZN]?$/`: the tagger reads the word as a verb's base, past, third-person or participle form. */
function verbTag(tag: string): boolean {
  return tag === 'VBD' || tag === 'VB' || tag === 'VBZ' || tag === 'VBN';
}

/**
 * `Ruiz: council must "stop the sell-off"`: a headline that opens with a name and a colon
 * gives that name's words (the wire services' headline form for a claim).
 */
export function headlineLabel(text: string, frame: Frame, tokens: readonly Token[], at: MentionsByToken): Cue | null {
  let colon = -1;
  for (let k = 1; k <= 6 && k < tokens.length && colon < 0; k++) if ((tokens[k] as Token).text === ':') colon = k;
  if (colon < 1 || colon + 1 >= tokens.length) return null;
  const name = at.endingAt(frame.sentence, colon - 1);
  if (name?.type !== 'name' || name.first !== 0 || name.place) return null;
  return cue(text, frame, tokens, colon, colon, 'verb', HEADLINE_COLON, name, 'left');
}

const HEADLINE_COLON: ReportingVerb = reportingVerb('say', [':']);

/**
 * `Lind's claim that there were "hundreds of leaks"`, `Pell's bold prediction: "…"`: a
 * noun of speech after its owner's name (one adjective may stand between) attributes what follows
 * it, a `that`-clause, a colon or the quotation itself, to the owner.
 */
export function nounCue(text: string, frame: Frame, tokens: readonly Token[], i: number, at: MentionsByToken): Cue | null {
  const t = tokens[i] as Token;
  let k = i - 1;
  if (k >= 0 && !POSSESSIVE_MARKS.has((tokens[k] as Token).text) && ((tokens[k] as Token).tags?.[0] ?? '').startsWith('JJ')) k--;
  const mark = tokenAt(tokens, k);
  if (!mark || mark.segment !== t.segment || !POSSESSIVE_MARKS.has(mark.text)) return null;
  const owner = at.ownerEndingAt(frame.sentence, k - 1);
  if (owner?.type !== 'name') return null;
  const next = tokens[i + 1];
  if (next && next.segment === t.segment && next.lower !== 'that' && next.text !== ':') return null;
  return cue(text, frame, tokens, i, i, 'verb', reportingVerb(t.lower, [t.lower]), owner, 'left');
}

/**
 * The content follows the way it follows a judgement: `as "…"` within six words (`condemned the
 * decision as "…"`), or `that` or a colon right after the verb. Anything looser let verbs of
 * meaning (`it means`, `curb`) take quotes they did not say.
 */
export function quoteOrThatFollows(tokens: readonly Token[], i: number): boolean {
  const segment = (tokens[i] as Token).segment;
  const first = tokens[i + 1];
  if (first?.segment === segment && (first.lower === 'that' || first.text === ':')) return true;
  for (let k = i + 1; k <= i + 6; k++) {
    const w = tokens[k];
    if (w === undefined || w.segment !== segment) return false;
    if (w.lower === 'as') {
      // the quotation opens right after `as`, an article or `being` (`dismissed the plan as a "…"`):
      // the next word is in another segment, or there is none before the sentence ends in the quote
      let j = k + 1;
      while (j <= k + 2 && tokens[j]?.segment === segment && ((tokens[j] as Token).classes & W.ARTICLE || (tokens[j] as Token).lower === 'being')) j++;
      const next = tokens[j];
      return next === undefined || next.segment !== segment;
    }
    if (w.punct && w.text !== ',') return false;
  }
  return false;
}
