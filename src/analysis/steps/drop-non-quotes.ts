/**
 * Quotation marks that do not quote anyone: titles of works (`the film "Dune"`), nicknames
 * (`Marcus "Red" Adeyemi`), scare quotes and words as words (`so-called "reforms"`,
 * `the word "crisis"`). Each one dropped leaves a note with its reason.
 */
import type { Note } from '../story.js';
import type { PairedQuote } from './pair-quotes.js';

const WORK_NOUNS =
  /\b(?:film|movie|book|novel|song|album|single|track|play|show|series|sitcom|documentary|poem|essay|article|column|op-ed|editorial|headline|memoir|biography|opera|musical|painting|exhibition|exhibit|podcast|programme|program|episode|anthem|hymn|ballad|record|report|study|paper|bill|act|law|campaign|hashtag|motto|brand|app|game|operation|magazine|newspaper|blog|channel)\s+$/i;
const TITLED = /\b(?:titled|entitled|named|dubbed|nicknamed|known\s+as|billed\s+as|branded)\s+$/i;
/** `called the pageant winner "Miss Piggy"`: a name someone gave is their words. */
const CALLED = /\b(?:call(?:s|ed|ing)?|branded|labell?ed)\b[^.!?]{0,40}$/i;
const SO_CALLED = /\b(?:so-called|so\s+called|self-styled|supposed|alleged)\s+$/i;
const WORDS_AS_WORDS = /\b(?:the\s+(?:word|words|term|terms|phrase|label|slogan|expression|name|acronym|hashtag|letters?)|as\s+in)\s+$/i;
const NICKNAME_BEFORE = /\p{Lu}[\p{L}.]*\s+$/u;
const NICKNAME_AFTER = /^\s+\p{Lu}\p{L}/u;

export function dropNonQuotes(text: string, quotes: readonly PairedQuote[], notes: Note[]): PairedQuote[] {
  return quotes.filter((q) => {
    const before = text.slice(Math.max(0, q.open.start - 40), q.open.start);
    const content = text.slice(q.start, q.end);
    const words = content.trim().split(/\s+/).length;
    const reason = whyNotAQuote(before, content, words, q, text);
    if (reason) notes.push({ rule: reason.rule, message: reason.message, start: q.open.start, end: q.close?.end ?? q.end });
    return reason === null;
  });
}

function whyNotAQuote(before: string, content: string, words: number, q: PairedQuote, text: string): { rule: string; message: string } | null {
  if (SO_CALLED.test(before)) return { rule: 'scare-quote', message: `Scare quotes, not a quote: "${clip(content)}".` };
  if (WORDS_AS_WORDS.test(before) && words <= 6) return { rule: 'words-as-words', message: `A word cited as a word, not a quote: "${clip(content)}".` };
  if (q.close && words <= 12 && (TITLED.test(before) || (WORK_NOUNS.test(before) && isTitleCase(content))))
    return { rule: 'title-of-work', message: `A title, not a quote: "${clip(content)}".` };
  if (q.close && words <= 3 && isTitleCase(content) && NICKNAME_BEFORE.test(before) && NICKNAME_AFTER.test(text.slice(q.close.end, q.close.end + 4)))
    return { rule: 'nickname', message: `A nickname, not a quote: "${clip(content)}".` };
  if (
    q.close &&
    words >= 2 &&
    words <= 8 &&
    isStrictTitleCase(content) &&
    /[\p{L}\p{N},]\s*$/u.test(before) &&
    !/[.!?]\s*$/.test(before) &&
    !CALLED.test(before)
  )
    return { rule: 'title-of-work', message: `A title in Title Case, not a quote: "${clip(content)}".` };
  return null;
}

function isTitleCase(s: string): boolean {
  const words = s.match(/[\p{L}][\p{L}’'-]*/gu) ?? [];
  if (words.length === 0) return false;
  const capital = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return /^\p{Lu}/u.test(words[0] as string) && capital / words.length >= 0.5;
}

/** Every word of four letters or more capitalised, and no sentence inside: `The Last Bus to Ikorodu`. */
function isStrictTitleCase(s: string): boolean {
  const words = s.match(/[\p{L}][\p{L}’'-]*/gu) ?? [];
  const long = words.filter((w) => w.length >= 4);
  return long.length >= 1 && /^\p{Lu}/u.test(words[0] ?? '') && long.every((w) => /^\p{Lu}/u.test(w)) && !/[.!?]\s+\S/.test(s);
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
