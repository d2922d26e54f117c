/**
 * `a group called Harbor Watch`, `a website dubbed "The Lantern"`: a participle that gives a thing
 * its name right after an indefinite noun phrase names it; nobody speaks. What is called something
 * in speech has a second noun phrase after the name (`a neighbour called Ruiz a liar`).
 */
import { LEADING_CONJUNCTIONS, SUBORDINATORS } from '../../lexicon/clause-words.js';
import { DETERMINERS, NAMING_PARTICIPLES } from '../../lexicon/function-words.js';
import { PHONED_SERVICES } from '../../lexicon/speech-verbs.js';
import { WordClass as W } from '../../lexicon/word-classes.js';
import type { Mention } from '../find-mentions.js';
import type { Token } from '../tokenize-frames.js';

const QUOTE_MARKS = '"“”‘’\'';

/**
 * `another customer called 911`, `she called police`: to call a number or a service is to phone
 * it; what was said, if anything, is not in the sentence.
 */
export function phonesSomeone(tokens: readonly Token[], i: number, lemma: string): boolean {
  if (lemma !== 'call') return false;
  const next = tokens[i + 1];
  if (!next || next.segment !== (tokens[i] as Token).segment) return false;
  const c = next.text.charCodeAt(0);
  const k = DETERMINERS.has(next.lower) ? i + 2 : i + 1;
  if (!(c >= 48 && c <= 57) && !PHONED_SERVICES.has(tokens[k]?.lower ?? '')) return false;
  // the number or service ends its noun phrase (`called 911 and`, `called police.`), unlike
  // `called the police shootings "a crisis"`, `calls 22 emails "top secret"`
  const after = tokens[k + 1];
  return !after || after.punct || (after.classes & W.PREPOSITION) !== 0 || LEADING_CONJUNCTIONS.has(after.lower) || SUBORDINATORS.has(after.lower);
}

export function namesSomething(text: string, tokens: readonly Token[], i: number, subject: Mention | null): boolean {
  const t = tokens[i] as Token;
  if (!subject || !NAMING_PARTICIPLES.has(t.lower) || subject.last !== i - 1 || subject.type !== 'description') return false;
  const article = tokens[subject.first]?.lower;
  if (article !== 'a' && article !== 'an') return false;
  // a name in quotation marks (a quote's words are no tokens of the narrative), of a thing (`a
  // spokesman called "foul"` is speech)
  const thing = subject.kind === 'organization' || subject.kind === 'unknown';
  if (thing && QUOTE_MARKS.includes(text.charAt(t.end + (text.charAt(t.end) === ' ' ? 1 : 0)))) return true;
  const next = tokens[i + 1];
  if (!next || next.segment !== t.segment) return false;
  if (!next.cap || next.lower === 'i') return false;
  let k = i + 1;
  while (tokens[k]?.cap && tokens[k]?.segment === t.segment) k++;
  const after = tokens[k];
  return !(after && after.segment === t.segment && DETERMINERS.has(after.lower));
}
