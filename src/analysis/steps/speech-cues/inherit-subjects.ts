import { WordClass as W } from '../../lexicon/word-classes.js';
import { firstStartingAtOrAfter } from '../../span.js';
import type { Mention } from '../find-mentions.js';
import type { Token } from '../tokenize-frames.js';
import { tokenAt } from '../tokens/token-at.js';
import type { Cue } from './cue.js';
import { isObject, isSkippable } from './subjects.js';

/**
 * `…," he said, adding that …` and `X said A and added that B`: the second verb shares the subject.
 * Reads one sentence: its cues, `cues[from]` to the end, found in its frame's `tokens` (read while
 * they are made, not made again), and its mentions among `all` (the story's, in text order),
 * found only when a cue takes the clause's subject (a few sentences in a hundred).
 */
export function inheritSubjects(text: string, cues: Cue[], from: number, tokens: readonly Token[], all: readonly Mention[]): void {
  // `The authority fined the firm, calling it "…"`: a participle after a comma takes the sentence's subject
  // the sentence's first dash, found once however many cues it holds
  let dashFound = false;
  let firstDash = -1;
  let opening = false;
  // the sentence's first mention in `all`, once a cue asks
  let m = -1;
  for (let ci = from; ci < cues.length; ci++) {
    const c = cues[ci] as Cue;
    // `…, the official said, but added that …`: an earlier cue of the sentence lends its subject (below)
    const earlier = ci > from ? cues[ci - 1] : undefined;
    // (not a cue inside a relative clause: `… an architect who said …, saying "…"` is the sentence's subject's)
    if (earlier?.subject && !earlier.relativePronoun) continue;
    // (a cue with a subject of its own keeps it: most cues, passed before any word around them is read)
    if (c.subject && !c.inherits) continue;
    const before = tokenAt(tokens, c.first - 1);
    // `The authority fined the firm, calling it "…"`; `Cole declined to comment but said …`
    // (`and later said`, `but has since said`: adverbs and auxiliaries between the conjunction and the verb)
    const joiner = c.subject ? before : conjunctionBefore(tokens, c.first);
    const shared = c.inherits === true || (c.text.endsWith('ing') && before?.text === ',') || joiner?.lower === 'but' || (joiner?.lower === 'and' && finite(c));
    if (!shared) continue;
    // skip a dateline (`SEONGDO, South Korea (QW) — Mayor Han …`)
    if (!dashFound) {
      dashFound = true;
      firstDash = tokens.findIndex((t) => t.text === '—' || t.text === '–');
      // `During a speech in the morning, Governor Reyes attacked …, saying`: an opening phrase holds no subject
      opening = firstDash < 0 && ((tokens[0]?.classes ?? 0) & W.PREPOSITION) !== 0;
      if (opening) firstDash = tokens.findIndex((t) => t.text === ',');
    }
    const dash = firstDash < c.first ? firstDash : -1;
    // (the story's mentions are in text order, and the sentence's start at or after its first token)
    if (m < 0) m = firstStartingAtOrAfter(all, (tokens[0] as Token).start);
    let k = m;
    while (dash >= 0 && k < all.length && (all[k] as Mention).sentence === c.sentence && (all[k] as Mention).first <= dash) k++;
    // the subject is the first mention that is no owner, place or object of a preposition
    // (`During a speech in Dover, Governor Reyes attacked …, saying`, `Early in his campaign, Lowe …`),
    // nor a name set after such an object's comma (`At a rally in Ames, Iowa, on Sunday, Ruiz …`);
    // it opens the clause: at most five tokens after the dash or the last mention passed over
    let anchor = dash;
    let afterObject = opening && dash >= 0;
    let first = all[k];
    while (first && first.sentence === c.sentence && first.end <= c.start) {
      const object: boolean =
        first.place ||
        isObject(tokens, first.first) ||
        (afterObject &&
          first.type === 'name' &&
          (first.first === anchor + 1 || first.first === anchor + 2) &&
          tokens[first.first - 1]?.text === ',' &&
          tokens[first.last + 1]?.text === ',');
      if (!object && !first.possessive && !first.generic) break;
      afterObject = object;
      anchor = first.last;
      first = all[++k];
    }
    // a participle with no comma before it (`she sent an email saying`) is close to its clause's subject
    // (or after a preposition, an adjunct of the clause: `… and began by saying`, `without saying`)
    const near =
      c.subject !== null ||
      before?.text === ',' ||
      !c.inherits ||
      ((before?.classes ?? 0) & W.PREPOSITION) !== 0 ||
      (first !== undefined && closeBefore(tokens, first.last, c.first));
    if (first && near && first.sentence === c.sentence && first.first <= anchor + 6 && first.end <= c.start) {
      c.subject = first;
      c.side = 'left';
    }
  }
  for (let i = from + 1; i < cues.length; i++) {
    const c = cues[i] as Cue;
    const prev = cues[i - 1] as Cue;
    // (more than 60 characters between: no joining words, found with no copy of them)
    if ((c.subject && !c.inherits) || !prev.subject || c.type !== 'verb' || c.start - prev.end > 60) continue;
    const between = text.slice(prev.end, c.start);
    if (/^[^.;:!?"“”]{0,60}$/.test(between) && (/(?:^|[\s,])(?:and|but)\s+(?:\w+ly\s+)?$/.test(between) || (/,\s*$/.test(between) && c.text.endsWith('ing')))) {
      c.subject = prev.subject;
      c.side = prev.side;
    }
  }
}

/** At most eight tokens and no comma between the subject's last token and the participle. */
function closeBefore(tokens: readonly Token[], last: number, cue: number): boolean {
  if (cue - last > 9) return false;
  for (let k = last + 1; k < cue; k++) if ((tokens[k] as Token).text === ',') return false;
  return true;
}

/** `and said`, `and added`, `and tells`: a finite form, not the verb's bare form (`and tell`) nor a participle. */
function finite(c: Cue): boolean {
  const word = c.text.toLowerCase();
  return word.endsWith('ed') || (c.verb !== null && word !== c.verb.lemma && !word.endsWith('ing') && c.verb.forms.includes(word));
}

/** The token before the verb at `first` once adverbs and auxiliaries are stepped over (at most three). */
function conjunctionBefore(tokens: readonly Token[], first: number): Token | undefined {
  let k = first - 1;
  while (k >= 0 && first - k <= 3 && isSkippable(tokens[k] as Token)) k--;
  return tokenAt(tokens, k);
}
