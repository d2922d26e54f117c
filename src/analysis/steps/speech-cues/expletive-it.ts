/**
 * `It is too early to say where…`, `It's worth noting that…`, `It means admitting that…`: an `it`
 * that stands for nothing, with its copula and the word that makes the frame, before a reporting
 * verb in the infinitive or the gerund. Nobody is said to speak: the cue keeps no subject.
 */
import { EXPLETIVE_FRAMES } from '../../lexicon/clause-words.js';
import type { Token } from '../tokenize-frames.js';
import { tokenAt } from '../tokens/token-at.js';
import type { Cue } from './cue.js';

/** How many words the frame may have between `it` and the verb (`is still far too early to`). */
const REACH = 6;

/** The cues of one sentence, `cues[from]` on, found in its frame's `tokens` (read while its step holds them). */
export function dropExpletiveSubjects(cues: readonly Cue[], from: number, tokens: readonly Token[]): void {
  for (let ci = from; ci < cues.length; ci++) {
    const c = cues[ci] as Cue;
    const s = c.subject;
    if (s?.type !== 'pronoun' || s.head !== 'it' || c.side !== 'left' || s.sentence !== c.sentence || c.first - s.last > REACH + 1) continue;
    const verb = (tokens[c.first] as Token).lower;
    if (!verb.endsWith('ing') && tokenAt(tokens, c.first - 1)?.lower !== 'to') continue;
    for (let k = s.last + 1; k < c.first; k++) {
      const t = tokens[k] as Token;
      if ((t.punct && !t.lower.endsWith('s')) || t.segment !== c.segment) break;
      if (EXPLETIVE_FRAMES.has(t.lower)) {
        c.subject = null;
        c.side = null;
        break;
      }
    }
  }
}
