/**
 * `a group called Harbor Watch`, `a website dubbed "The Lantern"`: a participle that gives a thing
 * its name right after an indefinite noun phrase names it; nobody speaks. What is called something
 * in speech has a second noun phrase after the name (`a neighbour called Ruiz a liar`).
 */
import { DETERMINERS, NAMING_PARTICIPLES } from '../../lexicon/function-words.js';
import type { Mention } from '../find-mentions.js';
import type { Token } from '../tokenize-frames.js';

const QUOTE_MARKS = '"“”‘’\'';

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
