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
