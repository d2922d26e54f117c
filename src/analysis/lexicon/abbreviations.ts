/**
 * Abbreviations after which a period does not end a sentence. source: the quotecheck authors,
 * from the AP Stylebook's abbreviations (months, states, titles, corporate suffixes) and common
 * Latin abbreviations.
 */

import { TITLE_ABBREVIATIONS } from './titles.js';
import { words } from './words.js';

export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...TITLE_ABBREVIATIONS,
  ...words(`
  jan, feb, mar, apr, aug, sep, sept, oct, nov, dec, no, nos, vs, v, etc, e.g, i.e, cf, approx, est,
  ft, mt, ave, blvd, rd, dept, univ, corp, inc, co, ltd, bros, vol, fig, ala, ariz, ark, calif, colo,
  conn, del, fla, ga, ill, ind, kan, ky, la, md, mass, mich, minn, miss, mo, mont, neb, nev, okla,
  ore, pa, tenn, tex, va, vt, wash, wis, wyo, op, al, p, pp, ed, eds, tel, mx, u.s, u.k, u.n, d.c
`),
]);

/**
 * Abbreviations the tokenizer keeps whole with their period (`Mr.`, `Gen.`, `Inc.`): after any other
 * word a final period is a token of its own. Initials (`U.S.`, `J.`) are kept whole too. Fewer than
 * TITLE_ABBREVIATIONS: with `Sgt.`, `Adm.` and `Pres.` kept whole too, `said Sgt. Maria Olsen` finds
 * its speaker, but `…, Pres. Lind claimed the port would reopen` then loses its statement, as
 * `…, Mr. Lind claimed …` does today (find-statements reads the comma before a titled name as
 * `…, officials said`): add them once that is mended.
 */
export const TOKEN_ABBREVIATIONS: readonly string[] = [
  ...words(`
  mr, mrs, ms, dr, sen, rep, gov, gen, lt, col, maj, capt, st, jr, sr, prof, rev, no, inc, corp, co, ltd, vs
`),
];

/** A word with its final period that is one token: one of TOKEN_ABBREVIATIONS, or initials (`U.S.`), in any case. */
export const ABBREVIATED_WORD: RegExp = new RegExp(String.raw`^(?:\p{L}\.(?:\p{L}\.)*|${TOKEN_ABBREVIATIONS.map((a) => `${a}\\.`).join('|')})$`, 'iu');
