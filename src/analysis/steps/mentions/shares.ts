/**
 * A share standing alone right before a reporting verb (`47 percent said`, `nearly six in 10 say`,
 * `Almost half said`): the respondents it counts speak (PolNeAR credits the share itself when no
 * group follows it; `61 percent of voters said` is speech-cues/poll-shares's).
 */
import { BEFORE_SHARE, NOT_SHARE_OPENERS, SHARE_WORDS, SMALL_NUMBERS } from '../../lexicon/polls.js';
import type { Token } from '../tokenize-frames.js';
import { tokenAt } from '../tokens/token-at.js';
import { isVerbForm } from './descriptions.js';
import type { Positions } from './frame-index.js';
import { type Mention, mention } from './mention.js';

/** At most this many words in a share (`more than four out of 10`). */
const LONGEST = 7;

/** The shares right before the reporting verbs among `cues` (`FrameIndex.cues`). */
export function findShares(text: string, tokens: readonly Token[], taken: Uint8Array, names: Mention[], out: Mention[], cues: Positions): void {
  for (let n = 0; n < cues.length; n++) {
    const i = cues.get(n);
    // `said`, `say`: not a participle (`the second half singing`)
    if (i < 1 || !isVerbForm(tokens[i]) || (tokens[i] as Token).lower.endsWith('ing')) continue;
    const k = i - 1;
    const t = tokens[k] as Token;
    if (taken[k] || t.segment !== (tokens[i] as Token).segment || !endsShare(t)) continue;
    let first = k;
    while (first > 0 && k - first < LONGEST - 1) {
      const p = tokens[first - 1] as Token;
      // `Twenty-four percent`: a number word set in capitals was taken for a name
      if ((taken[first - 1] && !(p.cap && isNumber(p.lower))) || p.segment !== t.segment || !isShareWord(p)) break;
      first--;
    }
    // `… in 47 percent said`: a share opens with a number or a word that hedges one, not with `in` or `of`
    while (first < k && NOT_SHARE_OPENERS.has((tokens[first] as Token).lower)) first++;
    if (!isShare(tokens, first, k) || !opensClause(tokenAt(tokens, first - 1), t)) continue;
    for (let j = first; j <= k; j++) taken[j] = 1;
    for (let n = names.length - 1; n >= 0; n--) {
      const name = names[n] as Mention;
      if (name.first >= first && name.last <= k) names.splice(n, 1);
    }
    const m = mention(text, tokens, first, k, 'description', 'anonymous', t.lower);
    m.plural = true;
    m.generic = true;
    out.push(m);
  }
}

function opensClause(before: Token | undefined, t: Token): boolean {
  return before === undefined || before.segment !== t.segment || (before.punct && before.text !== "'s") || BEFORE_SHARE.has(before.lower);
}

/** The last word of a share: `percent`, `42%`, `half`, or the number after `in` (`six in 10`). */
function endsShare(t: Token): boolean {
  return t.lower === 'percent' || t.lower === 'cent' || t.lower === '%' || t.lower === 'half' || isPercent(t.lower) || isNumber(t.lower);
}

/** A share, not a bare number (`10 said`): a percentage, `half`, or `N in M` / `N out of M`. */
function isShare(tokens: readonly Token[], first: number, last: number): boolean {
  const end = (tokens[last] as Token).lower;
  if (end === 'percent' || end === 'cent' || end === '%') return last > first;
  if (end === 'half' || isPercent(end)) return true;
  // `six in 10`, `one out of five`: a number, `in` (or `out of`), a number
  const before = tokenAt(tokens, last - 1)?.lower;
  const from = before === 'in' ? last - 2 : before === 'of' && tokenAt(tokens, last - 2)?.lower === 'out' ? last - 3 : -1;
  return from >= first && isNumber((tokens[from] as Token).lower);
}

function isShareWord(t: Token): boolean {
  return SHARE_WORDS.has(t.lower) || isNumber(t.lower) || isPercent(t.lower);
}

function isPercent(w: string): boolean {
  return w.length > 1 && w.endsWith('%') && isNumber(w.slice(0, -1));
}

const TENS = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?$/;

const DIGITS = /^\d+(?:\.\d+)?$/;

/** `42`, `4.5`, `six`, `twenty-one`: only a word starting with a digit is asked of DIGITS, only one of five letters or more of TENS. */
function isNumber(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return DIGITS.test(w);
  return SMALL_NUMBERS.has(w) || (w.length >= 5 && TENS.test(w));
}
