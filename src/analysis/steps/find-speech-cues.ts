/**
 * Speech cues in the narrative: reporting verbs in every form (`said`, `told`, `has warned`,
 * `was quoted as saying`), `according to`, and the speaker each one has. The subject is found
 * to the left (`the official said`, `Hugh Hill, a doctor, said`, `the report, which said`) or,
 * inverted, to the right (`said Maria Olsen`, `according to the WHO`).
 */

import type { Doc } from '../doc/doc.js';
import type { MentionsByToken } from '../doc/mentions-by-token.js';
import { NOUN_MARKERS, PASSIVE_AUXILIARIES } from '../lexicon/clause-words.js';
import { POSSESSIVE_MARKS, PREPOSITIONS, TEAM_WORDS, TIME_DETERMINERS, TIME_NOUNS } from '../lexicon/function-words.js';
import { communicationVerb } from '../lexicon/knowledge.js';
import { type ReportingVerb, VERB_BY_FORM, WEAK_VERBS } from '../lexicon/speech-verbs.js';
import { WordClass as W } from '../lexicon/word-classes.js';
import { lexicalTags } from '../natural-adapter.js';
import type { TextSpan } from '../span.js';
import type { Mention } from './find-mentions.js';
import type { Frame, Token } from './tokenize-frames.js';

export interface Cue extends TextSpan {
  type: 'verb' | 'according-to';
  verb: ReportingVerb | null;
  subject: Mention | null;
  /** Where the subject stands: before the cue, or after it (inverted). */
  side: 'left' | 'right' | null;
  sentence: number;
  segment: number;
  /** Token index of the cue's last word in its frame. */
  last: number;
  first: number;
  /**
   * Where the subject's phrase starts when a description stands in apposition before it
   * (`A protester, Lena Brandt, said`): that description is part of the subject, not content.
   */
  phraseFirst?: number;
  /**
   * The relative pronoun that is the verb's subject (`Mr. Kamin, who emphasized that…`): the
   * speaker's mention in this clause, as `he` is in another; `subject` is what it refers to.
   */
  relativePronoun?: TextSpan;
}

/** Words that can hold a cue: a reporting verb's form, or the first word of one (`went` of `went on`). */
const CUE_WORD = W.REPORTING_VERB | W.TWO_WORD_VERB_START;

export function findSpeechCues(doc: Doc): Cue[] {
  const { text, frames, mentions } = doc;
  const at = doc.mentionsAt;
  const cues: Cue[] = [];
  for (const frame of frames) {
    const tokens = frame.tokens;
    if (frame.sentence === 0) {
      const label = headlineLabel(text, frame, tokens, at);
      if (label) cues.push(label);
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      // most words can start no cue: one bit test says so (and a word in no list, one look-up in WordNet's verbs)
      if (t.punct) continue;
      if (t.classes & W.SPEECH_NOUN) {
        const found = nounCue(text, frame, tokens, i, at);
        if (found) {
          cues.push(found);
          continue;
        }
      }
      if (!(t.classes & (CUE_WORD | W.ATTRIBUTING_PHRASE_START))) {
        const found = t.classes & W.COMMUNICATION_VERB ? wordNetCue(text, frame, tokens, i, at) : null;
        if (found) cues.push(found);
        continue;
      }
      const next = tokens[i + 1];
      if (t.lower === 'according' && next?.lower === 'to') {
        const subject = at.startingAt(frame.sentence, i + 2) ?? null;
        cues.push(cue(text, frame, tokens, i, i + 1, 'according-to', null, subject, subject ? 'right' : null));
        i++;
        continue;
      }
      const twoWords = next && t.classes & W.TWO_WORD_VERB_START ? `${t.lower} ${next.lower}` : '';
      const verb = (twoWords && VERB_BY_FORM.get(twoWords)) || VERB_BY_FORM.get(t.lower);
      if (!verb) continue;
      const last = verb.forms.includes(twoWords) ? i + 1 : i;
      if (looksLikeNoun(tokens, i) || isPassive(tokens, i)) continue;
      let subject = leftSubject(tokens, i, frame.sentence, at);
      let side: Cue['side'] = subject ? 'left' : null;
      if (!subject && invertible(tokens, i)) {
        subject = at.startingAt(frame.sentence, last + 1) ?? nameAfterThe(tokens, last + 1, frame.sentence, at);
        if (subject && subject.type === 'pronoun' && (subject.head === 'it' || (i > 0 && tokens[i - 1]?.segment === t.segment))) subject = null;
        side = subject ? 'right' : null;
      }
      // `the letter reads`: only a document reads out its words; a person who read something did not say it
      if (verb.lemma === 'read' && subject && !(subject.type === 'description' && subject.kind === 'organization')) {
        subject = null;
        side = null;
      }
      const made = cue(text, frame, tokens, i, last, 'verb', verb, subject, side);
      if (subject && side === 'left') {
        const lead = apposedLead(tokens, subject, frame.sentence, at);
        if (lead !== undefined) made.phraseFirst = lead;
        const relative = relativeSubject(tokens, i);
        if (relative) made.relativePronoun = { start: relative.start, end: relative.end, text: relative.text };
      }
      cues.push(made);
      i = last;
    }
  }
  inheritSubjects(text, cues, frames, mentions);
  // weak verbs (`called`, `noted`) count only once they have a speaker
  return cues.filter((c) => c.subject !== null || !c.verb || !WEAK_VERBS.has(c.verb.lemma));
}

/**
 * A verb of communication that the reporting-verb list does not hold (WordNet's `verb.communication`,
 * most frequent sense: `condemned`, `hailed`, `dismissed`): a cue only with a speaker before it and
 * a quotation soon after it (`The ministry condemned the decision as "a gamble"`) or a `that`.
 */
function wordNetCue(text: string, frame: Frame, tokens: readonly Token[], i: number, at: MentionsByToken): Cue | null {
  const t = tokens[i] as Token;
  if (t.cap || t.lower.length < 4) return null;
  const verb = communicationVerb(t.lower);
  if (!verb || !/^VB[DZN]?$/.test(lexicalTags(t.lower)?.[0] ?? 'VBD') || looksLikeNoun(tokens, i) || isPassive(tokens, i)) return null;
  if (!quoteOrThatFollows(tokens, i)) return null;
  const subject = leftSubject(tokens, i, frame.sentence, at);
  if (!subject) return null;
  return cue(text, frame, tokens, i, i, 'verb', { lemma: verb.lemma, forms: [t.lower] }, subject, 'left');
}

/**
 * `Sanders: Clinton needs to "get away from …"`: a headline that opens with a name and a colon
 * gives that name's words (the wire services' headline form for a claim).
 */
function headlineLabel(text: string, frame: Frame, tokens: readonly Token[], at: MentionsByToken): Cue | null {
  const colon = tokens.findIndex((t, k) => k <= 6 && t.text === ':');
  if (colon < 1 || colon + 1 >= tokens.length) return null;
  const name = at.endingAt(frame.sentence, colon - 1);
  if (name?.type !== 'name' || name.first !== 0 || name.place) return null;
  return cue(text, frame, tokens, colon, colon, 'verb', HEADLINE_COLON, name, 'left');
}

const HEADLINE_COLON: ReportingVerb = { lemma: 'say', forms: [':'] };

/**
 * `Trump's claim that there were "thousands of shootings"`, `Bornsten's bold prediction: "…"`: a
 * noun of speech after its owner's name (one adjective may stand between) attributes what follows
 * it, a `that`-clause, a colon or the quotation itself, to the owner.
 */
function nounCue(text: string, frame: Frame, tokens: readonly Token[], i: number, at: MentionsByToken): Cue | null {
  const t = tokens[i] as Token;
  let k = i - 1;
  if (tokens[k] && !POSSESSIVE_MARKS.has((tokens[k] as Token).text) && /^JJ/.test(lexicalTags((tokens[k] as Token).lower)?.[0] ?? '')) k--;
  const mark = tokens[k];
  if (!mark || mark.segment !== t.segment || !POSSESSIVE_MARKS.has(mark.text)) return null;
  const owner = at.ownerEndingAt(frame.sentence, k - 1);
  if (owner?.type !== 'name') return null;
  const next = tokens[i + 1];
  if (next && next.segment === t.segment && next.lower !== 'that' && next.text !== ':') return null;
  return cue(text, frame, tokens, i, i, 'verb', { lemma: t.lower, forms: [t.lower] }, owner, 'left');
}

/**
 * The content follows the way it follows a judgement: `as "…"` within six words (`condemned the
 * decision as "…"`), or `that` or a colon right after the verb. Anything looser let verbs of
 * meaning (`it means`, `curb`) take quotes they did not say.
 */
function quoteOrThatFollows(tokens: readonly Token[], i: number): boolean {
  const segment = (tokens[i] as Token).segment;
  const first = tokens[i + 1];
  if (first?.segment === segment && (first.lower === 'that' || first.text === ':')) return true;
  for (let k = i + 1; k <= i + 6; k++) {
    const w = tokens[k];
    if (w === undefined || w.segment !== segment) return false;
    if (w.lower === 'as') {
      const next = tokens[k + 1];
      // the quotation opens right after `as`: the next word is in another segment, or there is none before the sentence ends in the quote
      return next === undefined || next.segment !== segment;
    }
    if (w.punct && w.text !== ',') return false;
  }
  return false;
}

/** `…," he said, adding that …` and `X said A and added that B`: the second verb shares the subject. */
function inheritSubjects(text: string, cues: Cue[], frames: readonly Frame[], mentions: readonly Mention[]): void {
  // `The authority fined the firm, calling it "…"`: a participle after a comma takes the sentence's subject
  let m = 0;
  // the first dash of the frame last asked about: each frame read once, however many cues it holds
  let dashFrame = -1;
  let firstDash = -1;
  for (let ci = 0; ci < cues.length; ci++) {
    const c = cues[ci] as Cue;
    const before = frames[c.sentence]?.tokens[c.first - 1];
    // `…, the official said, but added that …`: an earlier cue of the sentence lends its subject (below)
    const earlier = cues[ci - 1];
    // (not a cue inside a relative clause: `… an architect who said …, saying "…"` is the sentence's subject's)
    if (earlier && earlier.sentence === c.sentence && earlier.subject && !earlier.relativePronoun) continue;
    // `The authority fined the firm, calling it "…"`; `Cole declined to comment but said …`
    const shared = (c.text.endsWith('ing') && before?.text === ',') || before?.lower === 'but' || (before?.lower === 'and' && c.text.endsWith('ed'));
    if (c.subject || !shared) continue;
    while (m < mentions.length && (mentions[m] as Mention).sentence < c.sentence) m++;
    // skip a dateline (`SEONGDO, South Korea (QW) — Mayor Han …`)
    const tokens = frames[c.sentence]?.tokens ?? [];
    if (dashFrame !== c.sentence) {
      dashFrame = c.sentence;
      firstDash = tokens.findIndex((t) => t.text === '—' || t.text === '–');
      // `During a speech in the day, Trump attacked …, saying`: an opening phrase holds no subject
      if (firstDash < 0 && PREPOSITIONS.has(tokens[0]?.lower ?? '')) firstDash = tokens.findIndex((t) => t.text === ',');
    }
    const dash = firstDash < c.first ? firstDash : -1;
    let k = m;
    while (dash >= 0 && k < mentions.length && (mentions[k] as Mention).sentence === c.sentence && (mentions[k] as Mention).first <= dash) k++;
    let first = mentions[k];
    while (first && first.sentence === c.sentence && (first.possessive || first.generic) && first.end <= c.start) first = mentions[++k];
    if (first && first.sentence === c.sentence && first.first <= (dash >= 0 ? dash + 6 : 5) && first.end <= c.start) {
      c.subject = first;
      c.side = 'left';
    }
  }
  for (let i = 1; i < cues.length; i++) {
    const c = cues[i] as Cue;
    const prev = cues[i - 1] as Cue;
    if (c.subject || !prev.subject || prev.sentence !== c.sentence || c.type !== 'verb') continue;
    const between = text.slice(prev.end, c.start);
    if (/^[^.;:!?"“”]{0,60}$/.test(between) && (/(?:^|[\s,])(?:and|but)\s+(?:\w+ly\s+)?$/.test(between) || (/,\s*$/.test(between) && /ing$/.test(c.text)))) {
      c.subject = prev.subject;
      c.side = prev.side;
    }
  }
}

/** `said the Rev. Ann Cole`: the article before a titled name that the name's mention leaves out. */
function nameAfterThe(tokens: readonly Token[], k: number, sentence: number, at: MentionsByToken): Mention | null {
  if (tokens[k]?.lower !== 'the') return null;
  const m = at.startingAt(sentence, k + 1);
  return m?.type === 'name' && m.description !== null ? m : null;
}

/** `"…," said Olsen` and `…, said the official`: inversion follows a quote or a comma. */
function invertible(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i] as Token;
  return prev === undefined || prev.segment !== t.segment || prev.text === ',' || prev.text === '—' || prev.text === '–';
}

function cue(
  text: string,
  frame: Frame,
  tokens: readonly Token[],
  first: number,
  last: number,
  type: Cue['type'],
  verb: ReportingVerb | null,
  subject: Mention | null,
  side: Cue['side'],
): Cue {
  const a = tokens[first] as Token;
  const b = tokens[last] as Token;
  return { start: a.start, end: b.end, text: text.slice(a.start, b.end), type, verb, subject, side, sentence: frame.sentence, segment: a.segment, first, last };
}

/** `a company that had been warned twice`, `was told`: the subject did not speak. */
function isPassive(tokens: readonly Token[], i: number): boolean {
  // `This is "…," reported Reuters`: an auxiliary before the quotation is not this verb's
  if (tokens[i - 1]?.segment !== tokens[i]?.segment) return false;
  // `was once asked`, `were never told`: adverbs between the auxiliary and the participle
  let k = i - 1;
  while (k > 0 && i - k <= 2 && (tokens[k] as Token).classes & W.WORD_BEFORE_VERB && !PASSIVE_AUXILIARIES.has((tokens[k] as Token).lower)) k--;
  const prev = tokens[k]?.lower ?? '';
  const before = tokens[k - 1]?.lower ?? '';
  const participle = /(?:ed|told|written|said|sworn|sung|read)$/.test(tokens[i]?.lower ?? ''); // `is calling` is not passive
  return participle && (PASSIVE_AUXILIARIES.has(prev) || (/ly$/.test(prev) && PASSIVE_AUXILIARIES.has(before))) && tokens[i + 1]?.lower !== 'as';
}

/**
 * `the final say`, `a report`, `his statement`: a determiner before it makes it a noun; so does an
 * adjective alone before a form in -s (`32% of Republican claims`), which no subject can be.
 */
function looksLikeNoun(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.lower ?? '';
  const word = tokens[i]?.lower ?? '';
  if (NOUN_MARKERS.has(prev) && !/(?:ed|told|said|wrote)$/.test(word)) return true;
  const before = tokens[i - 2];
  // `the president's claims`: `'s` before a form in -s owns it (`he's said` is a past participle)
  if (word.endsWith('s') && POSSESSIVE_MARKS.has(prev)) return true;
  return word.endsWith('s') && lexicalTags(prev)?.join() === 'JJ' && !(before && before.classes & W.DETERMINER);
}

/**
 * `who` of `Mr. Kamin, who emphasized` and of `McConnell, who in 2010 said`: the relative pronoun
 * before the verb, with at most a phrase of time or place between (`which he said` has a subject
 * of its own between, `a planner who was not authorized … said` a verb: neither is this case).
 */
function relativeSubject(tokens: readonly Token[], i: number): Token | undefined {
  const segment = (tokens[i] as Token).segment;
  let j = i - 1;
  while (j >= 0 && (tokens[j] as Token).segment === segment && isSkippable(tokens[j] as Token)) j--;
  const next = tokens[j];
  if (next && next.segment === segment && isRelative(next)) return next;
  for (let k = j; k >= 0 && i - k <= 5; k--) {
    const t = tokens[k] as Token;
    if (t.segment !== segment || t.punct) return undefined;
    if (isRelative(t)) return t.lower === 'who' || t.lower === 'which' ? t : undefined;
    const when = PREPOSITIONS.has(t.lower) || TIME_NOUNS.has(t.lower) || t.classes & (W.CALENDAR | W.DETERMINER) || /^\d/.test(t.text);
    if (!when) return undefined;
  }
  return undefined;
}

function leftSubject(tokens: readonly Token[], i: number, sentence: number, at: MentionsByToken): Mention | null {
  const segment = (tokens[i] as Token).segment;
  let j = i - 1;
  while (j >= 0 && (tokens[j] as Token).segment === segment && isSkippable(tokens[j] as Token)) j--;
  // `Wells Fargo just this month announced`: a time phrase says when, the subject stands before it
  if (j > 0 && TIME_NOUNS.has((tokens[j] as Token).lower) && TIME_DETERMINERS.has((tokens[j - 1] as Token).lower)) {
    j -= 2;
    while (j >= 0 && (tokens[j] as Token).segment === segment && isSkippable(tokens[j] as Token)) j--;
  }
  if (j < 0 || (tokens[j] as Token).segment !== segment) return null;
  let t = tokens[j] as Token;
  // `Rep. Gwen Moore (D-Wis.) said`: step over a parenthesis
  if (t.text === ')') {
    let k = j - 1;
    while (k >= 0 && j - k < 12 && (tokens[k] as Token).text !== '(') k--;
    if (k > 0) {
      j = k - 1;
      t = tokens[j] as Token;
    }
  }
  // `the report, which said` / `a club owner who said`
  if (isRelative(t)) {
    j -= tokens[j - 1]?.text === ',' ? 2 : 1;
    if (j < 0) return null;
    // `a statement after the talks that described them as`: the antecedent may stand before a short phrase
    for (let k = j; k >= 0 && j - k <= 4; k--) {
      const m = at.endingAt(sentence, k);
      if (m && (k === j || PREPOSITIONS.has(tokens[k + 1]?.lower ?? ''))) return m;
      if ((tokens[k] as Token).punct || (tokens[k] as Token).segment !== segment) break;
    }
    return null;
  }
  // `a spokeswoman who was not named said`, `a planner who was not authorized to speak to
  // reporters said`: a relative clause between subject and verb; a noun ending it is its object
  const last = at.endingAt(sentence, j);
  const inClause = last === undefined || isObject(tokens, last.first);
  for (let k = j - 1; t.text !== ',' && k >= 0 && j - k <= 12; k--) {
    const w = tokens[k] as Token;
    if (w.segment !== segment || (w.punct && w.text !== ',')) break;
    if (w.lower === 'who' && inClause) {
      const m = at.endingAt(sentence, k - 1) ?? at.endingAt(sentence, k - 2);
      if (m) return m;
    }
  }
  // `…his offensive on Tripoli, the official said`: a description right before the verb is the
  // subject itself; an aside needs its closing comma (`Hugh Hill, a doctor, said`, below)
  const direct = at.endingAt(sentence, j);
  if (direct) return leadOfTeam(tokens, direct, sentence, at) ?? direct;
  if (t.text !== ',') return null;
  // `Hugh Hill, a doctor at the clinic, said`: find the comma that opens the aside
  for (let k = j - 1; k >= 0 && j - k < 40; k--) {
    t = tokens[k] as Token;
    if (t.segment !== segment) return null;
    if (t.text === ',' || t.text === '(' || t.text === '—' || t.text === '–') {
      // `The head of the nurses' union, Hanne Mørk, said`: a name in the aside is the speaker
      const aside = at.endingAt(sentence, j - 1);
      if (aside && aside.first === k + 1 && aside.type === 'name' && aside.kind === 'person') return aside;
      // `Rep. Jim Jordan (R-Ohio), an oversight panel member, said`: the name before its parenthesis
      let end = k - 1;
      if (t.text === ',' && tokens[end]?.text === ')') {
        let open = end - 1;
        while (open > 0 && end - open < 12 && (tokens[open] as Token).text !== '(') open--;
        if ((tokens[open] as Token | undefined)?.text === '(') end = open - 1;
      }
      // a place is part of the aside (`Johnnie Wilson, of Springfield, Va., said`), never the
      // speaker before one (`… in Tulsa, Oklahoma, arguing that`): look for the comma before it
      const before = at.endingAt(sentence, end);
      if (before?.place) continue;
      return before ?? null;
    }
  }
  return null;
}

/**
 * `Dr. Østberg and her colleagues wrote`: a team speaks through the person named at its head
 * (ANNOTATION.md: a study's authors are its named lead author).
 */
function leadOfTeam(tokens: readonly Token[], team: Mention, sentence: number, at: MentionsByToken): Mention | undefined {
  if (!TEAM_WORDS.has(team.head) || !/^(?:his|her|their)\s/i.test(team.text) || tokens[team.first - 1]?.lower !== 'and') return undefined;
  const lead = at.endingAt(sentence, team.first - 2);
  return lead?.type === 'name' && lead.kind === 'person' ? lead : undefined;
}

/** `A protester, Lena Brandt, said`: the first token of the description set before the name, if any. */
function apposedLead(tokens: readonly Token[], subject: Mention, sentence: number, at: MentionsByToken): number | undefined {
  if (subject.type !== 'name' || tokens[subject.first - 1]?.text !== ',' || tokens[subject.last + 1]?.text !== ',') return undefined;
  const lead = at.endingAt(sentence, subject.first - 2);
  return lead && lead.type === 'description' ? lead.first : undefined;
}

/** The noun phrase starting at token `first` follows a preposition: an object, not a subject. */
function isObject(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  return before !== undefined && PREPOSITIONS.has(before.lower);
}

/** `who`, `which`, `that`; not `WHO` (the World Health Organization). */
function isRelative(t: Token): boolean {
  return (t.classes & W.RELATIVE) !== 0 && (t.text.length < 2 || t.text !== t.text.toUpperCase());
}

function isSkippable(t: Token): boolean {
  if (t.classes & W.WORD_BEFORE_VERB) return true;
  if (t.punct || !t.lower.endsWith('ly')) return false;
  // an adverb in -ly the lexicon knows (`sharply said`): the cheap suffix test first
  return lexicalTags(t.lower)?.[0] === 'RB';
}
