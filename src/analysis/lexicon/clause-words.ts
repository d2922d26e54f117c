/**
 * Function words the cue and statement finders read around a reporting verb: what may stand
 * between the verb and what was said (`said on Monday that`), what opens a reported clause, what
 * makes a verb's form passive or a noun, and the conjunctions left dangling at a sentence's end.
 * source: the quotecheck authors, from English grammar (Quirk et al.'s closed word classes and
 * their chapters on adverbials and reported speech).
 */
import { words } from './words.js';

/**
 * Words that open an adjunct between a reporting verb and its reported clause (`said on Monday
 * that`, `told reporters in Paris`, `said yesterday`): prepositions, time adverbs, weekdays.
 */
export const ADJUNCT_START: ReadonlySet<string> = words(`
  on, in, at, during, last, this, late, early, earlier, yesterday, today, tonight, monday, tuesday, wednesday, thursday, friday, saturday, sunday, again,
  publicly, privately, repeatedly, recently, later, previously, also, then, after, before, over, via, through, by, to, from, with
`);
/** Words that open a clause (subject pronouns, determiners): so does a number. */
export const CLAUSE_START_WORDS: ReadonlySet<string> = words(`
  he, she, they, it, we, i, you, there, the, a, an, this, that, these, those, his, her, their, its, our, some, no, many, most, all, several, one, two
`);
/** Conjunctions that join the end of what was said to nothing (`…the talks would resume, and`): trimmed with the punctuation. */
export const DANGLING_CONNECTIVES: readonly string[] = ['and', 'but', 'while', 'as', 'because', 'so', 'or'];
/** Auxiliaries of the passive: `was told`, `has been warned`, `got asked` (the subject did not speak). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = words(`
  been, be, being, was, were, is, are, get, got, gets
`);
/** Words that make the form of a verb after them a noun: `the final say`, `a report`, `his statement`. */
export const NOUN_MARKERS: ReadonlySet<string> = words(`
  the, a, an, his, her, their, its, our, my, this, that, final, last, first
`);
/**
 * Prepositions whose object, right before a participle, is whom or where the words went, never
 * who said them (`a memo to employees explaining`, `yelled at voters saying`); `of`, `with`,
 * `from` and `about` are left out: their object is the participle's own subject (`footage of
 * the mayor saying`, `with voters saying`, `a letter from the mayor saying`).
 */
export const ADDRESSEE_PREPOSITIONS: ReadonlySet<string> = words(`
  to, at, in, into, on, onto, toward, towards, for
`);
/**
 * Conjunctions that open a subordinate clause before the main one (`When the vote ended, Ruiz
 * …`, `Although she lost, …`): the main clause's subject comes after their comma.
 */
export const SUBORDINATORS: ReadonlySet<string> = words(`
  when, while, although, though, as, if, because, once, until, unless, whereas, whenever
`);
/** Participles that open a clause about the subject of the main one (`Asked what she would do, Ruiz smiled`). */
export const PARTICIPLE_OPENERS: ReadonlySet<string> = words(`
  asked, told, pressed, reached, speaking, questioned, interviewed
`);
/** Words that join a later verb to a clause's own (`who saw the crash and described it`, `declined to say`, `began by saying`). */
export const CLAUSE_JOINERS: ReadonlySet<string> = words(`
  and, to, by
`);
/**
 * Words of the frames in which `it` stands for nothing before an infinitive or a gerund: `it is
 * too soon to say`, `it's worth noting`, `it means admitting` (speech-cues/expletive-it.ts).
 */
export const EXPLETIVE_FRAMES: ReadonlySet<string> = words(`
  worth, means, meant, mean, too, time, important, fair, safe, hard, easy, difficult, impossible,
  possible, interesting, notable, premature, early, soon
`);
/** A sentence that opens with the question put to the speaker: `Asked whether…,`, `When pressed on…,`. */
export const QUESTION_OPENING: RegExp = /^\W*(?:(?:when|after|if|once)\s+)?(?:asked|pressed|questioned)\b/i;
/** Verbs of answering: negated (`did not respond`, `has not commented`), nobody said anything. */
export const ANSWER_VERBS: ReadonlySet<string> = words(`
  respond, comment, reply, answer
`);
/** Words that negate the verb after them. */
export const NEGATIONS: ReadonlySet<string> = words(`
  not, n't, never
`);
/** Relative pronouns that open a clause on a noun, never a reported clause (`told a voter who …`). */
export const RELATIVE_OPENERS: ReadonlySet<string> = words(`
  who, whom, whose, which
`);
/**
 * What was said, then a conjunction of reason right before another speaker's subject: the reason
 * is part of what was said (`said he could not answer because officials had asked …`).
 */
export const REASON_BEFORE_SUBJECT: RegExp = /^[^.;:!?"“”]*\S\s+\S[^.;:!?"“”]*\sbecause\s+$/i;
/** Conjunctions that may open a sentence before its subject (`But Ruiz had one answer: …`). */
export const LEADING_CONJUNCTIONS: ReadonlySet<string> = words(`
  and, but, so, yet, or
`);
/** What may stand between an antecedent and its relative pronoun: a comma, or a dash opening an aside (`the study — which notes`). */
export const ASIDE_OPENERS: ReadonlySet<string> = new Set([',', '—', '–', '--']);
