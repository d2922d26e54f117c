/**
 * `Ruiz, who had in earlier years described the merger as a blunder`, `Olsen, who declined to say`,
 * `a witness who saw the crash and described it`: a verb far inside a relative clause on its
 * subject. The speaker's mention in that clause is the relative pronoun, as it is when the verb
 * follows it at once (`Ruiz, who said`); a comma that closes the clause first leaves the verb in
 * the main clause (`Ruiz, who lives in Dover, said`), and so does a second relative pronoun.
 */

import { CLAUSE_JOINERS } from '../../lexicon/clause-words.js';
import type { Token } from '../tokenize-frames.js';
import type { Cue } from './cue.js';
import { isRelative, isSkippable } from './subjects.js';

/** How many tokens a relative clause may run before its verb. */
const REACH = 16;

/** The cues of one sentence, `cues[from]` on, found in its frame's `tokens` (read while its step holds them). */
export function relativeClauseSpeakers(cues: readonly Cue[], from: number, tokens: readonly Token[]): void {
  for (let ci = from; ci < cues.length; ci++) {
    const c = cues[ci] as Cue;
    const s = c.subject;
    if (!s || c.side !== 'left' || c.relativePronoun || c.type !== 'verb' || s.sentence !== c.sentence) continue;
    let k = s.last + 1;
    const aside = tokens[k]?.text === ',';
    if (aside) k++;
    const who = tokens[k];
    if (who?.lower !== 'who' || !isRelative(who) || who.segment !== c.segment || c.first - k > REACH || c.first <= k) continue;
    if (!clauseOpen(tokens, k + 1, c.first, c.segment)) continue;
    // with no comma, the clause may end unmarked before the main verb (`one of the aides who sent
    // the letter called it …`): only a verb the clause joins to its own (`and`, `to`, `by`) is in it
    if (aside || joined(tokens, c.first, k)) c.relativePronoun = { start: who.start, end: who.end, text: who.text };
  }
}

/** The verb at `first` follows `who` (at `who`) at once, or a word that joins it to the clause's verb. */
function joined(tokens: readonly Token[], first: number, who: number): boolean {
  for (let j = first - 1; j > who; j--) {
    const t = tokens[j] as Token;
    if (CLAUSE_JOINERS.has(t.lower)) return true;
    if (!isSkippable(t)) return false;
  }
  return true;
}

/** No comma, other punctuation, quotation or relative pronoun between the pronoun and the verb. */
function clauseOpen(tokens: readonly Token[], from: number, to: number, segment: number): boolean {
  for (let j = from; j < to; j++) {
    const t = tokens[j] as Token;
    if (t.punct || t.segment !== segment || isRelative(t)) return false;
  }
  return true;
}
