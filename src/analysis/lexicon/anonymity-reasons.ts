/**
 * Phrases that explain why a source's name is withheld, and phrases that say it is withheld or
 * given only in part. A bare `declined to be named` or
 * `asked to remain anonymous` says that the name is withheld, not why: it is listed separately
 * and never counts as a reason. source: the quotecheck authors, from the AP's and Reuters'
 * standards on anonymous sources ("the reason the source requested anonymity") and the wording
 * wire stories use to give it.
 */
export interface ReasonPattern {
  id: string;
  /**
   * Words of which every match of `pattern` contains one, with the pattern's flags but `g`: a
   * quick test that spares running the pattern over sentences without them. Keep the two in step.
   * A pattern that opens on words of its own runs about as fast as such a test: it has none.
   */
  cue?: RegExp;
  /**
   * Opens with `(?<!\w)` where `\b` would do: before its first letter the two say the same (the
   * character before is no word character, by the same \w), but under the `u` and `i` flags V8
   * runs a leading `\b` as a lookaround tried at every position, about ten times slower.
   */
  pattern: RegExp;
  /** The pattern also fits sentences about other things: it counts only with NAMING_CONTEXT in the sentence. */
  needsNamingContext?: true;
}

const BE = `(?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|had|has|have|hadn['’]t|hasn['’]t|haven['’]t|been|be)`;
const SPEAK = String.raw`(?:speak|talk|discuss|comment|brief|be\s+(?:quoted|named|identified)|disclose|address|go\s+on\s+the\s+record)`;

/**
 * A cheap first look: a sentence without one of these gives no reason. Keep it in step with the
 * patterns. The words are grouped by their first letter (`authori[sz]`, `allowed to` and `anonym`
 * under `a`): the engine tries a dozen branches at each character of a sentence instead of forty.
 */
export const REASON_WORDS: RegExp = new RegExp(
  [
    String.raw`a(?:uthori[sz]|llowed\s+to|nonym)`,
    String.raw`c(?:on(?:dition|vention|fidential)|ustom|l(?:assified|ear(?:ed\s+to|ance)))`,
    'delica',
    String.raw`entitled\s+to`,
    String.raw`f(?:ear|or\s+(?:his|her|their|its)\s+(?:jobs?|identity|famil|livelihood|position)|irst\s+names?|orbidden\s+(?:not\s+)?(?:to|from))`,
    'p(?:ermi[st]|r(?:actice|otocol|ivate|otect)|olic)',
    String.raw`\brules?`,
    's(?:e(?:nsitiv|cret|curity)|afety)',
    String.raw`o(?:ngoing|nly\s+as|rdered\s+(?:not\s+)?(?:to|from))`,
    String.raw`n(?:o(?:t\s+(?:(?:yet\s+)?public|(?:be\s+)?(?:published|used|printed|disclosed))|\s+authority)|ames?\s+only)`,
    String.raw`(?:told|instructed|barred|banned)\s+(?:not\s+)?(?:to|from)`,
    'withheld',
    String.raw`identified\s+as`,
    String.raw`be\s+(?:named|identified)`,
  ].join('|'),
  'i',
);

/**
 * REASON_WORDS where a word starts: the step's first look. A pattern holds its words of
 * REASON_WORDS at a word's start (after a space, or where the pattern opens, at `(?<!\w)`), so a
 * sentence with none of them there gives no reason either; and the engine tries them only at the
 * first letter of a word, not at every letter (about 1.6 times faster on the sentences of the
 * 1 MB story). Tested against the patterns in anonymity-reasons.test.ts.
 */
export const REASON_WORD_STARTS: RegExp = new RegExp(String.raw`\b(?:${REASON_WORDS.source})`, 'i');

/** Words about names: a reason that needs them (`needsNamingContext`) counts only in a sentence with one. */
export const NAMING_CONTEXT: RegExp = /\b(?:anonym\w*|named|identified|name|unnamed|on background|not for attribution|briefings?)\b/i;

export const ANONYMITY_REASONS: readonly ReasonPattern[] = [
  {
    id: 'not-authorized',
    cue: /authori[sz]ed|permitted|allowed|cleared|entitled/iu,
    pattern: new RegExp(
      String.raw`(?<!\w)(?:${BE}\s+)?(?:not\s+|n['’]t\s+)?(?:been\s+)?(?:authori[sz]ed|permitted|allowed|cleared|entitled)\s+to\s+(?:publicly\s+)?${SPEAK}\b[^.;\n]*`,
      'giu',
    ),
  },
  {
    id: 'condition-because',
    cue: /condition/iu,
    pattern:
      /(?<!\w)(?:on|under)\s+(?:the\s+)?condition\s+(?:of\s+anonymity|that\s+(?:he|she|they|it)\s+not\s+be\s+(?:named|identified))[,]?\s+(?:because|since|as|to|in\s+order\s+to|for\s+fear|citing|given)\b[^.;\n]*/giu,
  },
  {
    id: 'no-authority',
    // (no cue: the pattern is read about as fast as a test for its words, which spared it little)
    pattern: new RegExp(
      String.raw`(?<!\w)(?:had|has|have|with)\s+no\s+(?:authority|permission|clearance|authori[sz]ation)\s+to\s+(?:publicly\s+)?${SPEAK}\b[^.;\n]*`,
      'giu',
    ),
  },
  {
    id: 'told-not-to',
    cue: /told|instructed|ordered|forbidden|barred|banned/iu,
    pattern: new RegExp(
      String.raw`(?<!\w)(?:had\s+been|have\s+been|has\s+been|were|was|are|is)\s+(?:told|instructed|ordered|forbidden|barred|banned)\s+(?:not\s+)?(?:to|from)\s+(?:${SPEAK}|talking|speaking|discussing|commenting)\b[^.;\n]*`,
      'giu',
    ),
  },
  {
    id: 'anonymity-because',
    cue: /anonymity|anonymously|named|identified/iu,
    pattern: /(?<!\w)(?:anonymity|anonymously|not\s+(?:to\s+)?be\s+(?:named|identified))\s*,?\s+(?:because|since|as|for\s+fear)\b[^.;\n]*/giu,
  },
  {
    id: 'name-withheld-because',
    cue: /withheld|published|used|printed|disclosed/iu,
    pattern:
      /(?<!\w)(?:sur|last\s+|family\s+|full\s+)?names?\s+(?:(?:was|were|be)\s+)?(?:withheld|not\s+(?:be\s+)?(?:published|used|printed|disclosed))\s*,?\s+(?:because|since|as|for\s+fear)\b[^.;\n]*/giu,
  },
  {
    // the reason after the name it gives (`gave only her first name, Hedda, because…`), its group 1:
    // it goes to that name
    id: 'first-name-because',
    // (no cue: the pattern is read about as fast as a test for its words, which spared it little)
    pattern:
      /(?<!\w)(?:gave\s+(?:her|his|their)\s+(?:first\s+)?names?\s+only\s+as|gave\s+only\s+(?:her|his|their)\s+first\s+names?|identified\s+(?:only\s+)?(?:as|by\s+(?:her|his|their)\s+first\s+names?))\s*,?\s*(?:\p{Lu}[\p{L}’'-]*\s*,?\s*)?((?:because|since|for\s+fear)\b[^.;\n]*)/giu,
  },
  {
    id: 'fear',
    needsNamingContext: true,
    cue: /fear/iu,
    pattern: /(?<!\w)(?:for\s+fear\s+of|fearing|out\s+of\s+fear\s+of|because\s+(?:he|she|they)\s+fear(?:s|ed)?)\s+[^.;\n]*/giu,
  },
  {
    id: 'practice',
    needsNamingContext: true,
    cue: /practice|policy|custom|rule|protocol|convention/iu,
    pattern:
      /(?<!\w)(?:in\s+(?:line|keeping)\s+with|according\s+to|under|following)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}(?:practice|policy|custom|rules?|ground\s+rules|protocol|convention)\b[^.;\n]*/giu,
  },
  {
    id: 'sensitivity',
    needsNamingContext: true,
    cue: /sensitiv|confidential|private|delicacy/iu,
    pattern:
      /(?<!\w)(?:because\s+of|given|due\s+to|citing)\s+(?:the\s+)?(?:sensitivity|sensitive\s+nature|confidential(?:ity)?|private\s+nature|delicacy)\b[^.;\n]*/giu,
  },
  {
    id: 'deliberations-private',
    // (no cue: the pattern is read about as fast as a test for its words, which spared it little)
    pattern:
      /(?<!\w)(?:because|since|as)\s+(?:the\s+)?(?:talks|negotiations|discussions|deliberations|matter|investigation|meeting|conversations?|information|details)\s+(?:is|are|was|were|had\s+been|remain(?:s|ed)?)\s+(?:still\s+)?(?:private|confidential|ongoing|sensitive|secret|classified|not\s+(?:yet\s+)?public)\b[^.;\n]*/giu,
  },
  {
    id: 'protect',
    needsNamingContext: true,
    // (no cue: the pattern is read about as fast as a test for its words, which spared it little)
    pattern:
      /(?<!\w)(?:to\s+protect|for\s+the\s+(?:safety|protection)\s+of|for)\s+(?:his|her|their|its)\s+(?:safety|security|job|jobs|identity|family|families|livelihood|position)\b[^.;\n]*/giu,
  },
  {
    id: 'to-discuss-private',
    cue: /anonymity|anonymously|named|identified/iu,
    pattern:
      /(?<!\w)(?:anonymity|anonymously|not\s+be\s+(?:named|identified))\s+(?:to|in\s+order\s+to)\s+(?:discuss|describe|talk\s+about|speak\s+(?:freely|candidly|about))\b[^.;\n]*/giu,
  },
];

/** Says the name is withheld without saying why: never a justification on its own. */
export const BARE_WITHHOLDING: RegExp =
  /\b(?:declined|refused|asked|requested|wished|preferred)\s+(?:not\s+)?to\s+(?:be\s+(?:named|identified)|remain\s+anonymous|give\s+(?:his|her|their)\s+names?)\b|\b(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity\b|\brequested\s+anonymity\b/giu;

/**
 * Says the story gives a first name only (`identified only as Ioana`, `Samira, who gave only her
 * first name`, `her surname was withheld`): the person is an anonymous source (ANNOTATION.md).
 */
export const FIRST_NAME_ONLY: RegExp =
  /\b(?:identified (?:\w+ )?(?:\w+ )?only as|identified (?:only )?by (?:her|his|their) first names?|gave (?:her|his|their) (?:first )?names? only as|gave only (?:her|his|their) first names?|only (?:by )?(?:her|his|their) first names?|first names? only|(?:last|family|full) names? (?:was |were |be )?(?:withheld|not (?:be )?(?:given|published|used|disclosed))|surnames? (?:was |were |be )?(?:withheld|not (?:be )?(?:given|published|used|disclosed))|declined to give (?:her|his|their) (?:last|family|full) names?)\b/i;

/** Words every FIRST_NAME_ONLY phrase holds: a quick test that spares running it over text without them. Keep the two in step. */
export const FIRST_NAME_ONLY_WORDS: RegExp = /name|only as/i;

/**
 * Between an unnamed source and the name it is given: `The woman, identified only as Ioana,`, `a
 * man, known to neighbours as`, `a mother, who gave her name only as`, `a nurse who gave only her
 * first name,`, `a user posting as` (a handle).
 */
export const IDENTIFIED_AS: RegExp =
  /^\s*(?:,\s*(?:identified|named|known|referred to)\b[^,.;:]{0,40}?\bas|,?\s*(?:who\s+)?gave\s+(?:only\s+)?(?:her|his|their)\s+(?:first\s+)?names?(?:\s+only)?(?:\s+as|\s*,)|,?\s*(?:who\s+)?(?:post(?:s|ed|ing)|tweet(?:s|ed|ing)|writ(?:es|ing)|goe?s?\s+online)\s+(?:as|under))\s*$/i;
