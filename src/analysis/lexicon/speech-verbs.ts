/**
 * Reporting verbs: the cues that introduce speech or writing, in every form a news story
 * uses them. source: compiled by the quotecheck authors from English reporting-verb lists in
 * style guides (AP Stylebook on "said"), Quirk et al.'s reporting clauses, and the cue words of
 * news attribution studies; `loaded` marks the verbs that style guides warn carry judgement.
 */
import { words } from './words.js';
export interface ReportingVerb {
  lemma: string;
  /** Every inflected form: base, -s, past, past participle, -ing. */
  forms: readonly string[];
  /** A verb that editorialises where `said` would do (AP: "claimed", "admitted"). */
  loaded?: boolean;
  /** Takes the addressee as object before its content (`told reporters that`). */
  takesAddressee?: boolean;
  /** Its object is what was said, a noun phrase as much as a clause (`called for a ban on…`). */
  objectIsContent?: boolean;
  /** A cue only in a tag right after a quote (`«…» Stenz began`), never before a clause of its own. */
  besideQuote?: boolean;
  /** A cue only with a document (`the study`, `the poll`) as its subject. */
  documentsOnly?: boolean;
}

function regular(lemma: string, stem = /ee$/.test(lemma) ? lemma : lemma.replace(/e$/, '')): ReportingVerb {
  const s = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const ed = /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : lemma.endsWith('e') ? `${lemma}d` : `${stem}ed`;
  return { lemma, forms: [lemma, s, ed, `${stem}ing`] };
}

const irregular: ReportingVerb[] = [
  { lemma: 'say', forms: ['say', 'says', 'said', 'saying'] },
  { lemma: 'tell', forms: ['tell', 'tells', 'told', 'telling'], takesAddressee: true },
  { lemma: 'write', forms: ['write', 'writes', 'wrote', 'written', 'writing'] },
  { lemma: 'tweet', forms: ['tweet', 'tweets', 'tweeted', 'tweeting'] },
  { lemma: 'post', forms: ['posted'] },
  { lemma: 'go on', forms: ['went on', 'goes on'] },
  { lemma: 'call for', forms: ['call for', 'calls for', 'called for', 'calling for'], objectIsContent: true },
  { lemma: 'call on', forms: ['call on', 'calls on', 'called on', 'calling on'], objectIsContent: true },
  { lemma: 'put it', forms: ['put it'] },
  // `before Morales cut in: «…»`: breaking into another's words
  { lemma: 'cut in', forms: ['cut in', 'cuts in', 'cutting in'] },
  // `«We have never closed a clinic that —» Stenz began`: the first words of a speech
  { lemma: 'begin', forms: ['began', 'begins'], besideQuote: true },
  { lemma: 'break in', forms: ['broke in', 'breaks in'] },
  { lemma: 'chime in', forms: ['chimed in', 'chimes in', 'chiming in'] },
  { lemma: 'tell', forms: ['informed'], takesAddressee: true },
  { lemma: 'assure', forms: ['assure', 'assures', 'assured', 'assuring'], takesAddressee: true },
  { lemma: 'remind', forms: ['remind', 'reminds', 'reminded', 'reminding'], takesAddressee: true },
  { lemma: 'warn', forms: ['warn', 'warns', 'warned', 'warning'], takesAddressee: true },
  { lemma: 'ask', forms: ['ask', 'asks', 'asked', 'asking'], takesAddressee: true },
  { lemma: 'admit', forms: ['admit', 'admits', 'admitted', 'admitting'], loaded: true },
  { lemma: 'regret', forms: ['regretted'] },
  { lemma: 'spell out', forms: ['spelled out'] },
  { lemma: 'quip', forms: ['quip', 'quips', 'quipped', 'quipping'] },
  { lemma: 'testify', forms: ['testify', 'testifies', 'testified', 'testifying'] },
  { lemma: 'reply', forms: ['reply', 'replies', 'replied', 'replying'] },
  { lemma: 'cry', forms: ['cried'] },
  { lemma: 'deny', forms: ['deny', 'denies', 'denied', 'denying'] },
  { lemma: 'cite', forms: ['cited'] },
  { lemma: 'sing', forms: ['sing', 'sings', 'sang', 'sung', 'singing'] },
  { lemma: 'chant', forms: ['chant', 'chants', 'chanted', 'chanting'] },
  { lemma: 'recite', forms: ['recite', 'recites', 'recited', 'reciting'] },
  { lemma: 'swear', forms: ['swear', 'swears', 'swore', 'sworn', 'swearing'] },
  // `the letter reads`, `the sign read`: a document's words (weak: only with a speaker)
  { lemma: 'read', forms: ['read', 'reads'] },
  // `The survey found voters «sharply divided»`: what a study or poll reports (only with one as subject)
  { lemma: 'find', forms: ['found', 'finds'], documentsOnly: true },
];

const regularLemmas = [
  ...words(`
  add, insist, note, explain, shout, state, declare, announce, argue, claim, concede, acknowledge,
  confirm, respond, recall, continue, conclude, comment, remark, observe, suggest, stress, emphasize,
  emphasise, maintain, contend, counter, complain, caution, predict, promise, pledge, vow, urge,
  report, joke, whisper, yell, lament, boast, disclose, reveal, allege, assert, charge, recount,
  mention, scream, plead, demand, question, wonder, reiterate, repeat, answer, agree, object, protest,
  propose, recommend, advise, estimate, tout, describe, point out, murmur, mutter, snap, retort,
  exclaim, proclaim, affirm, attest, grumble, sigh, concur, speculate, indicate, inform, brief,
  signal, blast, criticize, criticise, accuse, blame, praise, hail, call, posit, theorize, counsel,
  lecture, chide, scoff, sneer, gush, clarify, elaborate, underline, underscore, highlight, brand,
  label, dub
`),
];

/** Verbs style guides list as loaded (they editorialise); the `loaded-attribution-verb` check. */
export const LOADED_VERBS: ReadonlySet<string> = words(`
  claim, admit, insist, concede, allege, boast, complain, confess, deny, lament, scoff, sneer,
  grumble, gush, tout, retort, snap, blast, whine
`);

/**
 * Loaded verbs that are the plain word for what happened (`denied` the charge, `complained` to
 * the regulator): style guides warn about them only where `said` would do, so
 * `loaded-attribution-verb` leaves these out and reports the rest of LOADED_VERBS.
 */
export const FACTUAL_LOADED_VERBS: ReadonlySet<string> = words(`
  deny
`);

function build(): ReportingVerb[] {
  const out = [...irregular];
  const seen = new Set(out.map((v) => v.lemma));
  for (const lemma of regularLemmas) {
    if (seen.has(lemma)) continue;
    seen.add(lemma);
    if (lemma.includes(' ')) {
      const [verb, particle] = lemma.split(' ') as [string, string];
      const v = regular(verb);
      out.push({ lemma, forms: v.forms.map((f) => `${f} ${particle}`) });
      continue;
    }
    const stem = /^(snap|concur)$/.test(lemma) ? lemma + lemma.at(-1) : /ee$/.test(lemma) ? lemma : lemma.replace(/e$/, '');
    out.push(regular(lemma, stem));
  }
  for (const v of out) if (LOADED_VERBS.has(v.lemma)) v.loaded = true;
  for (const v of out) if (['inform', 'brief', 'advise', 'urge', 'assure'].includes(v.lemma)) v.takesAddressee = true;
  return out.map((v) => reportingVerb(v.lemma, v.forms, v));
}

/**
 * A reporting verb with every field set (false when it does not hold), so that every verb has one
 * object shape: a cue's `verb.lemma` is read by many steps, and a read site that meets more than four
 * shapes is looked up the slow way.
 */
export function reportingVerb(lemma: string, forms: readonly string[], flags: Omit<ReportingVerb, 'lemma' | 'forms'> = {}): ReportingVerb {
  return {
    lemma,
    forms,
    loaded: flags.loaded ?? false,
    takesAddressee: flags.takesAddressee ?? false,
    objectIsContent: flags.objectIsContent ?? false,
    besideQuote: flags.besideQuote ?? false,
    documentsOnly: flags.documentsOnly ?? false,
  };
}

export const REPORTING_VERBS: readonly ReportingVerb[] = build();

/** Verbs whose object is what was said about someone, not a clause: `called the plan "a disaster"`. */
export const OBJECT_COMPLEMENT_VERBS: ReadonlySet<string> = words(`
  call, describe, dub, label, brand
`);

/**
 * What one phones rather than speaks of: `called 911`, `called police`, `called an ambulance`.
 * source: the emergency services as wire crime and accident stories name them.
 */
export const PHONED_SERVICES: ReadonlySet<string> = words(`
  police, ambulance, paramedics, firefighters, emergency
`);

/**
 * Verbs whose object is then shown speaking (`a decision that left the head coach, Fiona Radley,
 * saying …`, `the video showed the mayor, Ana Ruiz, telling …`). source: English object-control
 * and perception verbs (Quirk et al.), as wire stories use them before a participle of speech.
 */
export const OBJECT_SPEAKS_VERBS: ReadonlySet<string> = words(`
  left, leaving, leaves, found, finds, heard, hears, quoted, quotes, showed, shows, shown, caught, had
`);

/** Verbs that only count when a quote or `that`-clause follows (too common otherwise). */
export const WEAK_VERBS: ReadonlySet<string> = words(`
  continue, note, state, report, question, object, protest, call, charge, answer, agree, estimate,
  indicate, signal, brief, inform, describe, read, repeat, highlight, underline, criticize, criticise,
  accuse, blame, praise, hail, maintain, observe, mention, post, cite, blast, cry, sigh, swear,
  demand, recommend, advise, wonder, propose, brand, label, dub
`);

/** Lower-case form → verb, for the cue scanner. */
export const VERB_BY_FORM: ReadonlyMap<string, ReportingVerb> = new Map(REPORTING_VERBS.flatMap((v) => v.forms.map((f) => [f, v] as const)));

/**
 * Words that may stand between a speaker and the reporting verb (`Olsen has also said`,
 * `the minister was quoted as saying`, `he went on to say`): the subject search steps over them.
 */
export const WORDS_BEFORE_VERB: ReadonlySet<string> = words(`
  has, have, had, also, later, then, again, previously, earlier, once, would, will, could, might, may,
  can, did, does, do, not, never, repeatedly, recently, publicly, privately, reportedly, flatly,
  bluntly, simply, quickly, first, further, still, was, were, is, quoted, as, often, frequently,
  separately, subsequently, immediately, angrily, calmly, only, even, already, just, always, finally,
  initially, since, long, been, openly, himself, herself, themselves, itself, too, today, yesterday,
  tonight, 's, ’s, 've, ’ve, 'd, ’d, 'll, ’ll, continues, continued, went, goes, on, to, now, instead,
  sometimes, ever, soon
`);

/**
 * Nouns of what someone said: after an owner's name they attribute like a verb (`Lind's claim
 * that there were "hundreds of leaks"`, `Pell's prediction that…`).
 */
export const SPEECH_NOUNS: ReadonlySet<string> = words(`
  claim, claims, statement, prediction, promise, warning, message, remark, remarks, comment,
  comments, assertion, argument, pledge, vow, accusation, contention, suggestion, admission, plea,
  boast, complaint, characterization, explanation, testimony, insistence, allegation, allegations
`);

/** Phrases that attribute like a reporting verb, with the speaker after them: `according to the WHO`. */
export const ATTRIBUTING_PHRASES: ReadonlySet<string> = words(`
  according to
`);

/** Verbs whose reported clause may open with any word, with no `that` (`says too much is made of it`). */
export const SAY_LEMMAS: ReadonlySet<string> = words(`
  say, tell, add, insist, argue, claim, warn, predict, suggest, write, tweet
`);

/** Who a speaker tells, after `told` and its kin (`told reporters that`): an addressee, not the start of what was said. */
export const ADDRESSEES: ReadonlySet<string> = words(`
  reporters, journalists, lawmakers, parliament, congress, officials, him, her, them, us, me, supporters, police
`);
