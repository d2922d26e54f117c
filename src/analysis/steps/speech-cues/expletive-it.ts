/**
 * `It is too soon to say how…`, `It's worth noting that…`, `It means admitting that…`: an `it`
 * that stands for nothing, with its copula and the word that makes the frame, before a reporting
 * verb in the infinitive or the gerund. Nobody is said to speak: the cue keeps no subject.
 */
import { EXPLETIVE_FRAMES } from '../../lexicon/clause-words.js';
import type { Frame, Token } from '../tokenize-frames.js';
import type { Cue } from './cue.js';

/** How many words the frame may have between `it` and the verb (`is still far too early to`). */
const REACH = 6;

export function dropExpletiveSubjects(cues: readonly Cue[], frames: readonly Frame[]): void {
  for (const c of cues) {
    const s = c.subject;
    if (s?.type !== 'pronoun' || s.head !== 'it' || c.side !== 'left' || s.sentence !== c.sentence || c.first - s.last > REACH + 1) continue;
    const tokens = frames[c.sentence]?.tokens ?? [];
    const verb = (tokens[c.first] as Token).lower;
    if (!verb.endsWith('ing') && tokens[c.first - 1]?.lower !== 'to') continue;
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
