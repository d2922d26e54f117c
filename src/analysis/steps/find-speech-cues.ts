/**
 * Speech cues in the narrative: reporting verbs in every form (`said`, `told`, `has warned`,
 * `was quoted as saying`), `according to`, and the speaker each one has. The subject is found
 * to the left (`the official said`, `Hugh Hill, a doctor, said`, `the report, which said`) or,
 * inverted, to the right (`said Maria Olsen`, `according to the WHO`).
 */

import type { Doc } from '../doc/doc.js';
import { ISSUED_DOCUMENT_HEADS } from '../lexicon/organization-words.js';
import { OBJECT_SPEAKS_VERBS, type ReportingVerb, VERB_BY_FORM, WEAK_VERBS } from '../lexicon/speech-verbs.js';
import { WordClass as W } from '../lexicon/word-classes.js';
import type { Mention } from './find-mentions.js';
import { type Cue, cue } from './speech-cues/cue.js';
import { dropExpletiveSubjects } from './speech-cues/expletive-it.js';
import { inheritSubjects } from './speech-cues/inherit-subjects.js';
import { invertedSubject, invertible } from './speech-cues/inverted-subjects.js';
import { namesSomething, phonesSomeone } from './speech-cues/naming.js';
import { headlineLabel, nounCue, wordNetCue } from './speech-cues/other-cues.js';
import { pollShareSubjects } from './speech-cues/poll-shares.js';
import { relativeClauseSpeakers } from './speech-cues/relative-clauses.js';
import { apposedLead, leftSubject, objectOfClause, relativeSubject } from './speech-cues/subjects.js';
import { answersNothing, isPassive, looksLikeNoun } from './speech-cues/verb-forms.js';
import type { Frame, Token } from './tokenize-frames.js';
import { tokenAt } from './tokens/token-at.js';

export type { Cue };

/** Words that can hold a cue: a reporting verb's form, or the first word of one (`went` of `went on`). */
const CUE_WORD = W.REPORTING_VERB | W.TWO_WORD_VERB_START;

/** Every class of word a cue can start at: a word in none is passed over on one bit test. */
const MAY_START_CUE = CUE_WORD | W.ATTRIBUTING_PHRASE_START | W.SPEECH_NOUN | W.COMMUNICATION_VERB;

/**
 * The two-word forms (`went on`) by their first word, then their second: found with two look-ups
 * of the tokens' own strings rather than a string joined for each first word met.
 */
const TWO_WORD_VERBS: ReadonlyMap<string, ReadonlyMap<string, ReportingVerb>> = twoWordVerbs();

function twoWordVerbs(): Map<string, Map<string, ReportingVerb>> {
  const byFirst = new Map<string, Map<string, ReportingVerb>>();
  for (const [form, verb] of VERB_BY_FORM) {
    const space = form.indexOf(' ');
    if (space < 0) continue;
    const first = form.slice(0, space);
    const seconds = byFirst.get(first) ?? new Map<string, ReportingVerb>();
    seconds.set(form.slice(space + 1), verb);
    byFirst.set(first, seconds);
  }
  return byFirst;
}

export function findSpeechCues(doc: Doc): Cue[] {
  const { text, frames, mentions } = doc;
  const at = doc.mentionsAt;
  const cues: Cue[] = [];
  for (let f = 0; f < frames.length; f++) {
    const frame = frames[f] as Frame;
    const tokens = frame.tokens;
    const frameCues = cues.length;
    if (frame.sentence === 0) {
      const label = headlineLabel(text, frame, tokens, at);
      if (label) cues.push(label);
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      // most words can start no cue: one bit test says so (and a word in no list, one look-up in WordNet's verbs)
      const classes = t.classes;
      if (!(classes & MAY_START_CUE) || t.punct) continue;
      if (classes & W.SPEECH_NOUN) {
        const found = nounCue(text, frame, tokens, i, at);
        if (found) {
          cues.push(found);
          continue;
        }
      }
      if (!(classes & (CUE_WORD | W.ATTRIBUTING_PHRASE_START))) {
        const found = classes & W.COMMUNICATION_VERB ? wordNetCue(text, frame, tokens, i, at) : null;
        if (found) cues.push(found);
        continue;
      }
      const next = tokens[i + 1];
      if (t.lower === 'according' && next?.lower === 'to') {
        const subject = accordingToWhom(tokens, i + 2, frame.sentence, at);
        cues.push(cue(text, frame, tokens, i, i + 1, 'according-to', null, subject, subject ? 'right' : null));
        i++;
        continue;
      }
      const twoWord = next && classes & W.TWO_WORD_VERB_START ? TWO_WORD_VERBS.get(t.lower)?.get(next.lower) : undefined;
      const verb = twoWord ?? VERB_BY_FORM.get(t.lower);
      if (!verb) continue;
      const last = twoWord ? i + 1 : i;
      if (looksLikeNoun(tokens, i) || isPassive(tokens, i) || answersNothing(tokens, i, verb.lemma) || phonesSomeone(tokens, i, verb.lemma)) continue;
      if (verb.besideQuote && !tagAfterQuote(tokens, i)) continue;
      // `…, saying the plan failed`, `…, telling Reuters that …`: a participle after a comma takes the
      // sentence's subject (inherit-subjects), never the aside before it nor the words after it
      const participle = t.lower.endsWith('ing');
      const afterComma = participle && tokenAt(tokens, i - 1)?.text === ',';
      // (but `left the head coach, Fiona Radley, saying …`: the person an aside names right before it speaks)
      const apposed = afterComma ? apposedName(tokens, i - 1, frame.sentence, at) : undefined;
      let subject = apposed ?? (afterComma ? null : leftSubject(tokens, i, frame.sentence, at));
      // `she released a statement saying`, `a memo to employees explaining`: the noun right before
      // a participle is the object of the clause's verb; the clause's subject speaks (inherit-subjects)
      // (the object stays the speaker when the clause has no subject of its own: `In a statement announcing …`)
      const inherits = participle && ((afterComma && !apposed) || subject === null || (subject.last === i - 1 && objectOfClause(tokens, subject.first)));
      let side: Cue['side'] = subject ? 'left' : null;
      if (!subject && !participle && invertible(tokens, i)) {
        subject = invertedSubject(tokens, last + 1, frame.sentence, at);
        if (subject && subject.type === 'pronoun' && (subject.head === 'it' || (i > 0 && tokens[i - 1]?.segment === t.segment))) subject = null;
        side = subject ? 'right' : null;
      }
      if (namesSomething(text, tokens, i, subject)) continue;
      if (verb.documentsOnly && !(subject && ISSUED_DOCUMENT_HEADS.has(subject.head))) continue;
      // `the letter reads`: only a document reads out its words; a person who read something did not say it
      if (verb.lemma === 'read' && subject && !(subject.type === 'description' && subject.kind === 'organization')) {
        subject = null;
        side = null;
      }
      const made = cue(text, frame, tokens, i, last, 'verb', verb, subject, side);
      if (inherits) made.inherits = true;
      if (subject && side === 'left') {
        const lead = apposedLead(tokens, subject, frame.sentence, at);
        if (lead !== undefined) made.phraseFirst = lead;
        const relative = relativeSubject(tokens, i);
        if (relative) made.relativePronoun = { start: relative.start, end: relative.end, text: relative.text };
      }
      cues.push(made);
      i = last;
    }
    // what the sentence's cues tell of each other's subjects, while its tokens are made
    if (cues.length > frameCues) {
      inheritSubjects(text, cues, frameCues, tokens, mentions);
      pollShareSubjects(doc, cues, frameCues, tokens);
      relativeClauseSpeakers(cues, frameCues, tokens);
      dropExpletiveSubjects(cues, frameCues, tokens);
      dropWeakWithoutSpeaker(cues, frameCues);
    }
  }
  return cues;
}

/**
 * Weak verbs (`called`, `noted`) count only once they have a speaker: the sentence's cues from
 * `cues[from]` on are kept in place without the others, once its passes have given what subjects
 * they give (they read only the sentence's own cues), rather than a filtered copy of every cue.
 */
function dropWeakWithoutSpeaker(cues: Cue[], from: number): void {
  let kept = from;
  for (let k = from; k < cues.length; k++) {
    const c = cues[k] as Cue;
    if (c.subject !== null || !c.verb || !WEAK_VERBS.has(c.verb.lemma)) {
      // (written back only once one is dropped: most sentences drop none)
      if (kept < k) cues[kept] = c;
      kept++;
    }
  }
  // (a write of `length` is a call into the runtime even when it changes nothing)
  if (kept < cues.length) cues.length = kept;
}

/** A person's name set off by commas that ends at the comma `comma` (`left the head coach, Fiona Radley,`), after a role that a verb shows speaking. */
function apposedName(tokens: readonly Token[], comma: number, sentence: number, at: Doc['mentionsAt']): Mention | undefined {
  const m = at.endingAt(sentence, comma - 1);
  if (!m || m.type !== 'name' || m.kind !== 'person' || m.description || tokens[m.first - 1]?.text !== ',') return undefined;
  const role = at.endingAt(sentence, m.first - 2);
  if (!role || role.type !== 'description' || role.kind === 'organization' || role.plural) return undefined;
  // the role is the object of a verb that shows it speaking (`left the head coach, …, saying`),
  // past its owner's name (`left Ashcombe Town’s head coach`)
  let k = role.first - 1;
  while (k > 0 && role.first - k <= 4 && (tokens[k] as Token).cap) k--;
  return OBJECT_SPEAKS_VERBS.has(tokens[k]?.lower ?? '') ? m : undefined;
}

/** The verb at `i` ends a tag that opens its segment right after a quote (`» Stenz began,`): at most three words before it. */
function tagAfterQuote(tokens: readonly Token[], i: number): boolean {
  const segment = (tokens[i] as Token).segment;
  if (segment === 0) return false;
  const next = tokens[i + 1];
  if (next && next.segment === segment && !next.punct) return false;
  // the segment (after a quote, since it is not the first) starts at most three words back
  let k = i - 1;
  while (k >= 0 && (tokens[k] as Token).segment === segment) k--;
  return i - k <= 4;
}

/**
 * The noun phrase after `according to`: the mention starting right after it, or after a few words
 * that modify it and that the mention leaves out (`according to conservative talk radio host Ruiz`).
 */
function accordingToWhom(tokens: readonly Token[], k: number, sentence: number, at: Doc['mentionsAt']): Cue['subject'] {
  const segment = tokens[k]?.segment;
  for (let j = k; j < k + 4; j++) {
    const t = tokens[j];
    if (!t || t.punct || t.segment !== segment) return null;
    const m = at.startingAt(sentence, j);
    if (m) return m;
    if (t.cap && j > k) return null;
  }
  return null;
}
