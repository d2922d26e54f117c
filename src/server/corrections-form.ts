/**
 * The corrections a request carries: the `corrections` field (the list so far, JSON) and, from
 * the report page, the button pressed (`action`) with its editor's fields, which add one
 * correction (or two: a source renamed and merged), undo the last or reset the list. Picked on
 * the main thread (a few small fields), read in the worker thread. A malformed list or field is
 * a 400 that says what is wrong.
 */
import type { Request } from 'express';
import { parseCorrections, parseCorrectionsJson, sourceRef } from '../report/corrections/parse.js';
import { type Correction, CorrectionsError, EDITABLE_KINDS, type EditableKind, type SourceChanges } from '../report/corrections/types.js';
import { UserError } from './user-error.js';

export interface CorrectionsPost {
  /** The `corrections` field, or null. */
  list: string | null;
  /** The page's button (`quote:S:E`, `statement:S:E`, `source:N`, `dismiss:S:E:RULE`, `undo`, `reset`), or null. */
  action: string | null;
  /** That button's editor's fields, and only those. */
  fields: Record<string, string>;
}

const ACTION = /^(?:quote:(\d{1,9}):(\d{1,9})|source:(\d{1,4})|dismiss:(\d{1,9}):(\d{1,9}):([a-z][a-z0-9-]{0,60})|statement:(\d{1,9}):(\d{1,9})|undo|reset)$/;

function str(body: Record<string, unknown>, name: string): string | null {
  const v = body[name];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new UserError(400, `Send one “${name}” field.`, 'bad_form');
  return v;
}

/** The corrections fields of a form post (main thread): nothing is parsed here but the action's name. */
export function formCorrections(req: Request): CorrectionsPost | null {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const list = str(body, 'corrections');
  const action = str(body, 'action');
  if (list === null && action === null) return null;
  const m = action === null ? null : ACTION.exec(action);
  if (action !== null && !m) throw new UserError(400, 'That button is not one of the report page’s.', 'bad_form');
  const names =
    m?.[1] !== undefined
      ? ['who', 'name', 'kind'].map((f) => `${f}-${m[1]}-${m[2]}`)
      : m?.[7] !== undefined
        ? ['who', 'name', 'kind'].map((f) => `${f}-st-${m[7]}-${m[8]}`)
        : m?.[3] !== undefined
          ? ['source', 'rename', 'skind', 'justified', 'merge'].map((f) => `${f}-${m[3]}`)
          : [];
  const fields: Record<string, string> = {};
  for (const name of names) {
    const v = str(body, name);
    if (v !== null) fields[name] = v;
  }
  return { list, action, fields };
}

function bad(message: string): UserError {
  return new UserError(400, `The corrections are not valid: ${message}.`, 'bad_corrections');
}

/** The list a request's corrections make for `text` (worker thread); throws UserError (400). */
export function correctionsOf(post: CorrectionsPost | null, text: string): Correction[] {
  if (post === null) return [];
  try {
    const list = post.list === null ? [] : parseCorrectionsJson(post.list);
    return apply(post, text, list);
  } catch (e) {
    if (e instanceof CorrectionsError) throw bad(e.message);
    throw e;
  }
}

function apply(post: CorrectionsPost, text: string, list: Correction[]): Correction[] {
  if (post.action === 'reset') return [];
  if (post.action === 'undo') return list.slice(0, -1);
  return [...list, ...edit(post, text)];
}

/** The corrections one button of the page adds. */
function edit(post: CorrectionsPost, text: string): Correction[] {
  const m = post.action === null ? null : ACTION.exec(post.action);
  if (!m) return [];
  const f = post.fields;
  if (m[4] !== undefined) {
    const start = Number(m[4]);
    const end = Number(m[5]);
    if (end < start || end > text.length) throw new CorrectionsError(`the finding at ${start}–${end} is not in this text`);
    return parseCorrections([{ dismiss: { start, end, rule: m[6] } }]);
  }
  if (m[1] !== undefined) return itemEdit('quote', Number(m[1]), Number(m[2]), `${m[1]}-${m[2]}`, post, text);
  if (m[7] !== undefined) return itemEdit('statement', Number(m[7]), Number(m[8]), `st-${m[7]}-${m[8]}`, post, text);
  const n = m[3] as string;
  const original = json(f[`source-${n}`] ?? '', 'the source') as Record<string, unknown> | null;
  if (!original || typeof original !== 'object') throw new CorrectionsError('the source row lost its source');
  const ref = sourceRef(original.ref, 'source');
  const set: SourceChanges = {};
  const name = (f[`rename-${n}`] ?? '').trim().replace(/\s+/g, ' ');
  if (name !== '' && name !== original.name) set.name = name;
  const kind = f[`skind-${n}`];
  if (kind !== undefined && kind !== original.kind) {
    if (!EDITABLE_KINDS.includes(kind as EditableKind)) throw new CorrectionsError(`“${kind}” is not a kind of source`);
    set.kind = kind as EditableKind;
  }
  const justified = f[`justified-${n}`];
  if ((set.kind ?? original.kind) === 'anonymous' && (justified === 'yes' || justified === 'no') && (justified === 'yes') !== (original.justified === true)) {
    set.justified = justified === 'yes';
  }
  const out: Correction[] = Object.keys(set).length > 0 ? parseCorrections([{ source: ref, set }]) : [];
  const into = f[`merge-${n}`] ?? '';
  // A renamed source is found by its mention (its name changed): merged after the change.
  if (into !== '')
    out.push(
      ...parseCorrections([
        { merge: [set.name !== undefined && !('mention' in (ref ?? {})) ? { ...ref, name: set.name } : ref, json(into, 'the source to merge into')] },
      ]),
    );
  return out;
}

/** A quote's or a statement's editor: who said it (a source of the story, someone new, or no one). */
function itemEdit(what: 'quote' | 'statement', start: number, end: number, key: string, post: CorrectionsPost, text: string): Correction[] {
  if (end <= start || end > text.length) throw new CorrectionsError(`the ${what} at ${start}–${end} is not in this text`);
  const f = post.fields;
  const who = f[`who-${key}`] ?? '';
  if (who === '') return [];
  const item = { start, end, text: text.slice(start, end) };
  const source: unknown =
    who === 'none' ? null : who === 'new' ? { name: (f[`name-${key}`] ?? '').trim(), kind: f[`kind-${key}`] ?? 'person' } : json(who, 'the chosen source');
  if (who === 'new' && (source as { name: string }).name === '') throw new CorrectionsError('type the name of the new source, or choose one of the story');
  return parseCorrections([what === 'quote' ? { quote: item, source } : { statement: item, source }]);
}

function json(value: string, what: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    throw new CorrectionsError(`${what} is not one the page offered`);
  }
}
