/**
 * Words that mark a name or description as an organization, or a document speaking for one.
 * source: compiled by the quotecheck authors from the kinds of bodies wire stories quote
 * (governments, ministries, companies, agencies, courts, newspapers) and the AP Stylebook.
 */
import { words } from './words.js';

/** Capitalised heads inside a proper name that make it an organization (`World Health Organization`). */
export const ORGANIZATION_NAME_WORDS: ReadonlySet<string> = words(`
  ministry, department, council, office, organization, organisation, agency, party, committee,
  commission, company, corporation, corp, inc, ltd, llc, plc, group, university, college, school,
  police, army, navy, force, forces, court, bank, fund, union, association, institute, foundation,
  center, centre, service, services, administration, authority, board, bureau, campaign, network,
  times, post, journal, news, press, tribune, herald, guardian, gazette, telegraph, reuters,
  courier, chronicle, observer, dispatch, examiner, inquirer, bulletin, sentinel,
  parliament, congress, senate, house, assembly, government, cabinet, palace, kremlin, pentagon,
  embassy, consulate, mission, secretariat, federation, league, alliance, coalition, movement, front,
  brigade, command, directorate, inspectorate, tribunal, society, club, team, church, airlines,
  airways, systems, technologies, holdings, partners, associates, consultants, labs, laboratories, hospital, clinic, museum,
  library, observatory, programme, program, unit, division, caucus, chamber, exchange, trust,
  cooperative, co-op, monitor, watch, rights, nations, sa, ag, gmbh, nv
`);

/**
 * Documents a body issues in its own name, through which it speaks: a later `the statement` is
 * the last body's, and `the authors` speak as the last of these documents (coreference). Not
 * `paper`: on PolNeAR `the 2009 paper` and `the new paper` are studies speaking for themselves.
 */
export const ISSUED_DOCUMENT_HEADS: ReadonlySet<string> = words(`
  statement, communique, communiqué, report, document, memo, letter, filing, release, study, survey, poll, review
`);

/**
 * Documents that speak for whoever posted them (`the post said`), but are seldom the last body's:
 * joined to the last body named, `the website` or `the post` made worse sources on PolNeAR.
 */
const POSTED_DOCUMENT_HEADS: ReadonlySet<string> = words(`
  announcement, post, tweet, website
`);

/** Document words: `a statement from Macron's office` speaks for the office. */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  ...ISSUED_DOCUMENT_HEADS,
  ...POSTED_DOCUMENT_HEADS,
  ...words(`
  transcript, readout, notice, decree, order, ruling, analysis, bulletin, declaration
`),
]);

/** Common nouns that stand for an organization (`the ministry said`), or for its document (`a statement`). */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  ...words(`
  ministry, department, government, administration, agency, company, firm, council, committee,
  commission, office, palace, presidency, embassy, consulate, army, military, police, court, campaign,
  party, union, organization, organisation, group, bank, fund, authority, authorities, board, bureau,
  institute, foundation, university, hospital, mission, coalition, alliance, cabinet, parliament,
  regulator, newspaper, network, channel, broadcaster, club, team, league, federation, secretariat,
  association, society, utility,
  directorate, inspectorate, tribunal, ministries, agencies, companies, groups, prosecutors' office,
  prosecutor's office, spokesperson's office
`),
  // institutions acting as a body (ANNOTATION.md: `prosecutors said`, `regulators said`)
  ...words('regulators, prosecutors, prosecution'),
  // offices that speak through their reports
  ...words('auditor, ombudsman, comptroller, watchdog, theater, theatre'),
  // documents whose authors speak through them (`the authors wrote`)
  ...ISSUED_DOCUMENT_HEADS,
  ...POSTED_DOCUMENT_HEADS,
]);

/** Well-known bodies that a single word or acronym names. */
export const KNOWN_ORGANIZATIONS: ReadonlySet<string> = words(`
  reuters, nato, who, un, u.n., eu, e.u., imf, fbi, cia, nsa, afp, ap, bbc, cnn, unicef, unesco, opec,
  interpol, kremlin, pentagon, elysee, élysée, congress, parliament, hamas, hezbollah, google, apple,
  microsoft, amazon, facebook, meta, twitter, fox, msnbc, nbc, abc, cbs, npr, pbs, politico, axios,
  bloomberg, breitbart, gop, dnc, rnc, aclu, naacp, nra, irs, epa, fda, cdc, sec, doj, dhs, usda,
  nasa, unhcr, icrc, msf, wfp
`);
