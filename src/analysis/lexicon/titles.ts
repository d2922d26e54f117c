/**
 * Titles and roles that stand before or beside a person's name (`French President Emmanuel
 * Macron`, `Libyan commander Khalifa Hifter`, `Hugh Hill, a doctor,`). source: compiled by the
 * quotecheck authors from the AP Stylebook's entry on titles and from wire-service usage.
 */
import { words } from './words.js';

/** Abbreviated titles that end with a period and never end a sentence before a name. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = words(`
  mr, mrs, ms, dr, prof, sen, rep, gov, gen, lt, col, maj, capt, cmdr, adm, sgt, cpl, pvt, rev, fr,
  sr, jr, st, pres, supt, insp, det, amb, atty, hon
`);

/** Gendered words: they tell which pronoun can refer back to a person. */
export const FEMALE_WORDS: ReadonlySet<string> = words(`
  mrs, ms, miss, madam, madame, spokeswoman, chairwoman, congresswoman, businesswoman, queen,
  princess, duchess, lady, mother, grandmother, daughter, sister, wife, widow, woman, girl, actress,
  countess, empress, aunt, niece
`);
export const MALE_WORDS: ReadonlySet<string> = words(`
  mr, spokesman, chairman, congressman, businessman, king, prince, duke, lord, father, grandfather,
  son, brother, husband, widower, man, boy, actor, count, emperor, uncle, nephew, sir, monsieur
`);

/**
 * Role nouns (lower case) that describe a person by position. A definite one (`the envoy`) can
 * stand for the person the story names in that role.
 */
export const ROLE_NOUNS: ReadonlySet<string> = words(`
  president, vice president, prime minister, minister, premier, chancellor, envoy, ambassador,
  commander, general, marshal, field marshal, colonel, admiral, captain, lieutenant, sergeant,
  secretary, secretary-general, secretary general, spokesman, spokeswoman, spokesperson, governor,
  mayor, senator, congressman, congresswoman, representative, lawmaker, legislator, leader, chief,
  head, director, chairman, chairwoman, chair, chief executive, executive, founder, owner, manager,
  coach, king, queen, prince, princess, pope, bishop, archbishop, cardinal, imam, rabbi, priest,
  pastor, judge, justice, prosecutor, attorney, lawyer, attorney general, sheriff, inspector,
  detective, officer, doctor, physician, surgeon, nurse, professor, researcher, scientist, economist,
  analyst, historian, author, writer, editor, journalist, reporter, correspondent, columnist, farmer,
  teacher, student, principal, dean, candidate, nominee, challenger, incumbent, activist, organizer,
  campaigner, adviser, advisor, aide, negotiator, mediator, diplomat, official, commissioner,
  councilman, councilwoman, councillor, councilor, deputy, delegate, emir, sheikh, sultan, shah,
  mullah, ayatollah, warlord, strongman, rebel, militant, resident, witness, survivor, victim,
  veteran, soldier, fighter, worker, employee, engineer, expert, specialist, pollster, strategist,
  consultant, chef, artist, singer, musician, actor, actress, athlete, player, striker, goalkeeper,
  businessman, businesswoman, entrepreneur, investor, banker, trader, broker, mother, father, son,
  daughter, wife, husband, brother, sister, widow, niece, nephew, uncle, aunt, grandmother,
  grandfather, friend, neighbor, neighbour, colleague, partner, member, fellow, volunteer, host,
  anchor, commentator, critic, supporter, opponent, rival, ally, successor, predecessor, counterpart,
  superintendent, vicar, monk, nun, paramedic, firefighter, pilot, driver, vendor, shopkeeper,
  fisherman, miner, midwife, speaker, announcer, narrator
`);

/**
 * Roles that name one office (`the president`, `the envoy`): a definite mention with no earlier
 * antecedent is still a specific, identifiable person, not an anonymous one.
 */
export const UNIQUE_ROLES: ReadonlySet<string> = words(`
  president, vice president, prime minister, premier, chancellor, envoy, ambassador, commander,
  secretary-general, secretary general, governor, mayor, king, queen, prince, princess, pope, chief
  executive, attorney general, sheriff, emir, sultan, shah, ayatollah, chairman, chairwoman, coach,
  founder, minister, foreign minister, judge, prosecutor, principal, dean, archbishop, imam, rabbi,
  pastor, bishop, superintendent, director, head, leader, chief, speaker
`);

/** Honorifics that stand directly before a name and are not part of it. */
export const HONORIFICS: ReadonlySet<string> = words(`
  mr, mrs, ms, miss, dr, prof, sir, dame, lord, lady, madame, monsieur, sheikh, imam, rev, fr, sen,
  rep, gov, gen, lt, col, maj, capt, cmdr, adm, sgt, amb, hon, pres
`);

/** Words that begin a title (`Prime Minister`, `Vice President`, `Foreign Minister`) without being a role alone. */
export const TITLE_STARTS: ReadonlySet<string> = words(`
  prime, vice, foreign, secretary-general
`);
