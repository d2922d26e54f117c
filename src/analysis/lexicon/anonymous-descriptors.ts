/**
 * Nouns that describe a source without naming it (`an official`, `sources`, `two people familiar
 * with the talks`, `Western diplomats`, `residents`). When no name goes with them, the source is
 * anonymous. source: compiled by the quotecheck authors from the AP, Reuters and New York Times
 * guidance on anonymous sources and from the descriptions those guides give as examples.
 */
import { words } from './words.js';
export const ANONYMOUS_HEADS: ReadonlySet<string> = words(`
  official, officials, source, sources, diplomat, diplomats, person, people, aide, aides, adviser,
  advisers, advisor, advisors, insider, insiders, resident, residents, witness, witnesses, spokesman,
  spokeswoman, spokesperson, staffer, staffers, employee, employees, officer, officers, analyst,
  analysts, expert, experts, observer, observers, negotiator, negotiators, member, members, lawmaker,
  lawmakers, executive, executives, worker, workers, farmer, farmers, villager, villagers, protester,
  protesters, protestor, protestors, activist, activists, doctor, doctors, nurse, nurses, soldier,
  soldiers, fighter, fighters, voter, voters, critic, critics, supporter, supporters, opponent,
  opponents, student, students, teacher, teachers, parent, parents, trader, traders, investor,
  investors, economist, economists, mediator, mediators, envoys, delegate, delegates, man, woman, men,
  women, relative, relatives, neighbor, neighbors, neighbour, neighbours, survivor, survivors, friend,
  friends, colleague, colleagues, organizer, organizers, passenger, passengers, researcher,
  researchers, scientist, scientists, owner, owners, shopkeeper, shopkeepers, banker, bankers, lawyer,
  lawyers, attorney, attorneys, investigator, investigators, prosecutor, prosecutors, strategist,
  strategists, operative, operatives, confidant, confidants, veteran, veterans, family, families
`);

/** Words that, after an anonymous head, tell what the source knows (`familiar with`, `close to`). */
export const KNOWLEDGE_LINKS: readonly string[] = [
  ...words(`
  familiar with, close to, briefed on, involved in, knowledgeable about, with knowledge of, with
  direct knowledge of, aware of, present at, who attended, who took part in, who saw, who witnessed,
  who was present, who were present, at the meeting, in the room
`),
];

/** Phrases that say outright that the name is withheld (`a spokesman who was not named`). */
export const UNNAMED_MARKERS: readonly string[] = [
  ...words(`
  who was not named, who were not named, who was not identified, who were not identified, who declined
  to be named, who declined to be identified, who asked not to be named, who asked not to be
  identified, who requested anonymity, who asked to remain anonymous, unnamed, unidentified, anonymous,
  not named
`),
];

/** The authors of a study or report: they speak as their document unless one is named (ANNOTATION.md). */
export const AUTHOR_HEADS: ReadonlySet<string> = words(`
  authors, author, co-authors, coauthors
`);

/**
 * Heads that, definite and plural right after a study (`the researchers wrote`), are its authors.
 * Source: the wording of science news for a study's team; ANNOTATION.md's rule for study authors.
 */
export const STUDY_TEAM_HEADS: ReadonlySet<string> = words(`
  researchers, scientists
`);
