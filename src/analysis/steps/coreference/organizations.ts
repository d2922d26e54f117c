/**
 * Bodies and documents. A named body is the body named before with the same head; a description
 * of a body (`the ministry`, `a statement from the ministry`) finds it by its role word or head.
 * An owned body keys on its owner's entity: `Ferrand's office` and `his office` are two bodies,
 * `the president's office` and `Macron's office` one when the president is Macron. A study's
 * unnamed authors speak as the study (ANNOTATION.md), never anonymously.
 */

import { fold } from '../../fold.js';
import { AUTHOR_HEADS, STUDY_TEAM_HEADS } from '../../lexicon/anonymous-descriptors.js';
import { ISSUED_DOCUMENT_HEADS } from '../../lexicon/organization-words.js';
import type { Mention } from '../find-mentions.js';
import { attach } from './attach.js';
import type { Entity } from './entity.js';
import { DESCRIPTION_LOOKBACK, findBack } from './look-back.js';
import { addHead, type CorefState, createEntity } from './state.js';
import { type BodyWords, bodyWordsOf } from './words.js';

export function resolveOrganizationName(state: CorefState, i: number): void {
  const m = state.mentions[i] as Mention;
  const known = state.organizationsByKey.get(m.head);
  attach(state, i, known ?? createEntity(state, m, 'organization', m.name?.text ?? m.text));
}

/**
 * `the authors`, and `the researchers` when a study was named before and no researchers were
 * but its authors (`a team of researchers` is a group of its own): a description that speaks for
 * a study.
 */
export function namesAuthors(state: CorefState, m: Mention): boolean {
  if (AUTHOR_HEADS.has(m.head)) return true;
  if (!m.definite || !m.plural || !STUDY_TEAM_HEADS.has(m.head)) return false;
  const before = findBack(state, m, m.head, (_e, _m, heads) => heads.has(m.head), false);
  // researchers met before as the study's authors (the study, or its lead author) are its authors again
  return (before === undefined || before.kind !== 'anonymous') && findBack(state, m, null, isDocument, false) !== undefined;
}

/**
 * `the authors wrote` → the study's lead author when the story named one (`Dr. Venn, who led the
 * study`, `Venn and her colleagues wrote`, `The study was led by Dr. Venn`: ANNOTATION.md), else the last study, report or other
 * document, else a body of its own.
 */
export function resolveAuthors(state: CorefState, i: number): void {
  const m = state.mentions[i] as Mention;
  const study = findBack(state, m, null, isDocument, false);
  // a study first named after the lead author is another study (`A separate study … the authors wrote`)
  const lead = leadAuthor(state, study ? ((study.mentions[0] as Mention | undefined)?.start ?? -1) : -1);
  attach(state, i, lead ?? study ?? createEntity(state, m, 'organization', m.text));
}

/** After a person's name: `, a chemist who led the study`, `, the study's lead author`, ` and four co-authors`. */
const LEADS_A_STUDY =
  /^(?:,\s+(?:[^,.;:"“”]{0,60}?\s)?(?:who\s+led\s+the\s+(?:study|research|paper|team|work)|lead\s+author|senior\s+author)|\s+and\s+(?:his|her|their|\w+)\s+(?:colleagues|co-?authors|fellow\s+authors))\b/i;

/** Before a person's name: `The study was led by`, `research conducted by`. */
const LED_BY = /\b(?:led|co-?led|conducted|directed|headed|authored|written)\s+by\s+$/i;

/**
 * The person named as leading a study in the latest mention that says so, among the last
 * DESCRIPTION_LOOKBACK resolved mentions and after offset `after` (a bounded walk back: a person
 * named a thousand times is not read a thousand times per `the authors`).
 */
function leadAuthor(state: CorefState, after: number): Entity | undefined {
  const { recent, text } = state;
  const n = recent.length;
  for (let i = n - 1; i >= 0 && n - i <= DESCRIPTION_LOOKBACK; i--) {
    const x = recent.mentions[i] as Mention;
    if (x.start <= after) return undefined;
    const e = recent.entities[i] as Entity;
    if (
      x.type === 'name' &&
      e.kind === 'person' &&
      (LEADS_A_STUDY.test(text.slice(x.end, x.end + 90)) || LED_BY.test(text.slice(Math.max(0, x.start - 30), x.start)))
    )
      return e;
  }
  return undefined;
}

export function resolveOrganizationDescription(state: CorefState, i: number): void {
  const m = state.mentions[i] as Mention;
  const organizations = state.organizationsByKey;
  const words = bodyWordsOf(state.bodyWords, m.description ?? m.text);
  const { body, owned } = words;
  const owner = owned ? ownerEntity(state, words, m) : undefined;
  const key = owned ? (owner ? `@${owner.index} ${m.head}` : words.folded) : m.description ? words.role : '';
  const document = ISSUED_DOCUMENT_HEADS.has(m.head);
  const known = knownBody(state, i, key, document && words.its, document);
  const e = known ?? createEntity(state, m, 'organization', m.description ?? m.text);
  // named by its owner's name rather than role: `Macron's office` over `the president's office`
  if (known && owner && /^\p{Lu}/u.test(body) && !/^\p{Lu}/u.test(e.name.replace(/^(?:the|a|an)\s+/i, ''))) e.name = body;
  if (key && !organizations.has(key)) organizations.set(key, e);
  if (!owned) {
    if (key) addHead(state, e, key);
    if (!organizations.has(m.head) && !document) organizations.set(m.head, e);
  }
  attach(state, i, e);
}

/**
 * The body a description of one names, if known: `Its report` (`itsDocument`) the document of the
 * body `its` stands for; a keyed body (its owner's or its role's); a definite one the last that
 * fits; a document the body that issued it.
 */
function knownBody(state: CorefState, i: number, key: string, itsDocument: boolean, document: boolean): Entity | undefined {
  const m = state.mentions[i] as Mention;
  if (itsDocument) return definiteBody(state, m, true);
  if (key) return state.organizationsByKey.get(key);
  if (m.definite) return definiteBody(state, m, document);
  return document ? issuer(state, i) : undefined;
}

/** `The Port Authority issued a statement calling …`, `His lawyer, Simone Achterberg, said in a statement`: the one who issued it speaks through it. */
function issuer(state: CorefState, i: number): Entity | undefined {
  const m = state.mentions[i] as Mention;
  let p = i - 1;
  while (p >= 0 && (state.mentions[p] as Mention).possessive) p--;
  const prev = state.mentions[p];
  if (!prev || prev.sentence !== m.sentence || m.start - prev.end > 40 || !ISSUED.test(state.text.slice(prev.end, m.start))) return undefined;
  const e = state.entityOf.get(prev);
  return e && (e.kind === 'organization' || e.kind === 'person') ? e : undefined;
}

const ISSUED =
  /^,?\s+(?:\w+ly\s+)?(?:(?:has|have|had)\s+)?(?:(?:issued|released|put out|published|sent|posted|circulated)|(?:said|wrote|added|announced|stated)\s+(?:\w+\s+)?in)\s+$/;

/**
 * `the ministry` → the last body with that head; `the study` → the last study when the story
 * has one (`A study published last month … who led the study`), else the last body (`the
 * statement` of a ministry that issued one).
 */
function definiteBody(state: CorefState, m: Mention, document: boolean): Entity | undefined {
  const sameHead = findBack(state, m, m.head, document ? isIssuerWithHead : isOrganizationWithHead, false);
  // `the report` after `The review, conducted by …`: the last document, else the last body
  return sameHead ?? (document ? (findBack(state, m, null, isDocument, false) ?? findBack(state, m, null, isOrganization, false)) : undefined);
}

/** The entity of the owner in `X's office`: a person by surname, an organization, or a role described before. */
function ownerEntity(state: CorefState, words: BodyWords, m: Mention): Entity | undefined {
  const owner = words.owner;
  if (owner === '') return undefined;
  if (/^\p{Lu}/u.test(owner)) return state.personsBySurname.get(fold(owner))?.at(-1) ?? state.organizationsByKey.get(owner.toLowerCase());
  const word = owner.toLowerCase();
  return findBack(state, m, word, (e, _m, heads) => heads.has(word) && e.kind === 'person', false);
}

function isDocument(e: Entity, _m: Mention, heads: ReadonlySet<string>): boolean {
  if (e.kind !== 'organization') return false;
  for (const h of heads) if (ISSUED_DOCUMENT_HEADS.has(h)) return true;
  return false;
}

function isOrganization(e: Entity): boolean {
  return e.kind === 'organization';
}

/** Heads: `m.head`. */
function isOrganizationWithHead(e: Entity, m: Mention, heads: ReadonlySet<string>): boolean {
  return e.kind === 'organization' && heads.has(m.head);
}

/** A body, or a person who spoke through the document (`In a statement, Ruiz said`), by the document's head. */
function isIssuerWithHead(e: Entity, m: Mention, heads: ReadonlySet<string>): boolean {
  return (e.kind === 'organization' || e.kind === 'person') && heads.has(m.head);
}
