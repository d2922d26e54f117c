/**
 * The report's own wording for the editorial checks: what each loaded verb tells the reader. The
 * words the checks look for in a story are language, in the engine's lexicon
 * (src/analysis/lexicon/editorial-words.ts, speech-verbs.ts). source: the quotecheck authors, from
 * the AP Stylebook's and the Reuters Handbook of Journalism's guidance on "said" and loaded verbs.
 */

/** What each loaded verb tells the reader beyond `said`, for the message of `loaded-attribution-verb`. */
export const LOADED_VERB_CONNOTATIONS: Readonly<Record<string, string>> = {
  claim: 'casts doubt on what was said',
  allege: 'casts doubt on what was said',
  admit: 'suggests a confession of something wrong',
  concede: 'suggests the speaker gave in',
  confess: 'suggests a confession of something wrong',
  insist: 'suggests the speaker is stubborn or disbelieved',
  boast: 'mocks the speaker as vain',
  tout: 'suggests salesmanship',
  gush: 'mocks the speaker as over-eager',
  complain: 'makes the speaker sound aggrieved',
  grumble: 'makes the speaker sound petty',
  whine: 'makes the speaker sound petty',
  lament: 'adds a tone the speaker may not have had',
  scoff: 'adds contempt the speaker may not have shown',
  sneer: 'adds contempt the speaker may not have shown',
  snap: 'makes the speaker sound angry',
  retort: 'makes the exchange sound like a quarrel',
  blast: 'makes the speaker sound aggressive',
  deny: 'frames the words as a denial',
};
