/**
 * Hostile inputs for the engine: texts built to hit the worst case of one step (every name
 * compared with every mention of a sentence that never ends, marks that never pair, quotes
 * nested as deep as the text is long). `tests/hardening/linear.test.ts` runs each at 2 MB as a
 * hang guard; `npm run bench` times each at 200 KB and 2 MB and reports the ratio (10 is linear).
 */

export interface HostileInput {
  name: string;
  /** A text of about `n` UTF-16 code units. */
  make: (n: number) => string;
}

/** `unit` repeated to exactly `n` code units (a surrogate pair may be cut at the very end). */
export function fill(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** An ordinary story of our own, for the line-break variants. */
const STORY = [
  'Harbour ferries stop for the winter',
  '',
  'The last ferry of the season left Tallow Quay on Sunday, the harbour master said.',
  '',
  '"We will be back when the ice goes," said Brita Holm, who runs the line. "Book early."',
  '',
  'Holm said the crossings would resume in April. An official at the port authority, who was not authorized to speak publicly, said the date could slip.',
  '',
  '',
].join('\n');

export const ENGINE_HOSTILE: readonly HostileInput[] = [
  // names and cues in one sentence that never ends: coreference and mention merging per frame
  { name: '"According to Q, " repeated', make: (n) => fill('According to Q, ', n) },
  { name: '"said Smith, " repeated', make: (n) => fill('said Smith, ', n) },
  { name: '"\\"x\\" — Smith " repeated', make: (n) => fill('"x" — Smith ', n) },
  { name: 'roles and names, no full stop', make: (n) => fill('French President Emmanuel Macron, the official, told Hifter ', n) },
  { name: 'one long run of capitalised words', make: (n) => fill('Abc ', n) },
  { name: 'cue-dense sentence', make: (n) => fill('said the official ', n) },
  { name: 'appositive chain', make: (n) => fill('Hugh Hill, a doctor, ', n) },
  // each `the authors` looks back for the study's lead author among the people named before it
  { name: 'a name and the authors, repeated', make: (n) => fill('Ann Lee said it held. The authors wrote that it held. ', n) },
  // quotation marks that pair badly or never
  { name: 'straight quotation marks only', make: (n) => fill('"', n) },
  { name: 'opening curly marks only', make: (n) => fill('“', n) },
  { name: 'closing curly marks only', make: (n) => fill('”', n) },
  { name: 'guillemets alternating «»', make: (n) => fill('«»', n) },
  { name: 'guillemets with words « a » b', make: (n) => fill('« a » b ', n) },
  { name: 'curly and guillemet marks', make: (n) => fill('“‘«»’”', n) },
  { name: 'mixed opening marks, nested', make: (n) => fill('“a ‘b « c ', n) },
  {
    name: 'deeply nested quotes',
    make: (n) => `She said ${'"x '.repeat(Math.floor(n / 6))}y${' z"'.repeat(Math.floor(n / 6))} and left.`,
  },
  { name: 'quote paragraphs left open', make: (n) => fill('"a\n\n', n) },
  { name: 'colons before quotes', make: (n) => fill('Smith: "', n) },
  // shapes of text
  { name: 'no space at all', make: (n) => fill('a', n) },
  { name: 'no space, marks and periods', make: (n) => fill('word."said"', n) },
  { name: 'dashes only', make: (n) => fill('— ', n) },
  { name: 'one paragraph, no sentence end', make: (n) => fill('the river ran past the town and on to the sea ', n) },
  { name: 'surrogate pairs and emoji', make: (n) => fill('🇳🇴 Fisher 👩‍👩‍👧: "We caught 🐟🐟 today, 𝒜 record," said Ola Berg 😀.\n\n', n) },
  { name: 'right-to-left text', make: (n) => fill('قال المسؤول في الوزارة: «لن نغادر المدينة». "We stay," said Ola Berg, قال.\n\n', n) },
  { name: 'NUL bytes', make: (n) => fill('"We\0agree," said\0Ola Berg.\0\n\n\0', n) },
  { name: 'CRLF line breaks', make: (n) => fill(STORY.replace(/\n/g, '\r\n'), n) },
  { name: 'U+2028 line breaks', make: (n) => fill(STORY.replace(/\n/g, '\u2028'), n) },
  { name: 'an ordinary story, repeated', make: (n) => fill(STORY, n) },
];
