import type { ReportingVerb } from '../../lexicon/speech-verbs.js';
import type { TextSpan } from '../../span.js';
import type { Mention } from '../find-mentions.js';
import type { Frame, Token } from '../tokenize-frames.js';

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
   * The relative pronoun that is the verb's subject (`Mr. Varga, who stressed that…`): the
   * speaker's mention in this clause, as `he` is in another; `subject` is what it refers to.
   */
  relativePronoun?: TextSpan;
  /** A participle whose speaker is the clause's subject (`…, saying`, `issued a statement saying`): inherit-subjects finds it. */
  inherits?: true;
}

export function cue(
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
  // a one-word cue (most) shares its token's string, as a one-word mention does, rather than a copy
  const covered = first === last ? a.text : text.slice(a.start, b.end);
  // every field set here, the optional ones undefined, so that every cue has one object shape
  return {
    start: a.start,
    end: b.end,
    text: covered,
    type,
    verb,
    subject,
    side,
    sentence: frame.sentence,
    segment: a.segment,
    first,
    last,
    phraseFirst: undefined,
    relativePronoun: undefined,
    inherits: undefined,
  };
}
