/**
 * A correction list checked by hand against its contract (types.ts): anything else is a
 * CorrectionsError saying where and what, never a crash further on. Pure; never throws anything
 * but CorrectionsError, whatever the value.
 */
import {
  type Correction,
  CorrectionsError,
  EDITABLE_KINDS,
  type EditableKind,
  type ItemRef,
  MAX_CORRECTIONS,
  MAX_NAME_LENGTH,
  type SourceChanges,
  type SourceRef,
} from './types.js';

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(where: string, what: string): never {
  throw new CorrectionsError(`${where}: ${what}`);
}

function onlyKeys(o: Obj, where: string, allowed: readonly string[]): void {
  for (const key of Object.keys(o)) if (!allowed.includes(key)) fail(where, `unexpected field "${key}" (expected ${allowed.map((k) => `"${k}"`).join(', ')})`);
}

function offset(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) fail(where, 'must be a whole number from 0');
  return v;
}

function span(v: unknown, where: string, extra: readonly string[] = []): { start: number; end: number } {
  if (!isObject(v)) fail(where, 'must be an object {"start": …, "end": …}');
  onlyKeys(v, where, ['start', 'end', ...extra]);
  const start = offset(v.start, `${where}.start`);
  const end = offset(v.end, `${where}.end`);
  if (end < start) fail(where, '"end" comes before "start"');
  return { start, end };
}

function itemRef(v: unknown, where: string): ItemRef {
  const s = span(v, where, ['text']);
  const text = (v as Obj).text;
  if (typeof text !== 'string' || text.trim() === '') fail(`${where}.text`, 'must be the quote’s text (a string)');
  return { ...s, text };
}

function kind(v: unknown, where: string): EditableKind {
  if (!EDITABLE_KINDS.includes(v as EditableKind)) fail(where, `must be ${EDITABLE_KINDS.map((k) => `"${k}"`).join(', ')}`);
  return v as EditableKind;
}

function name(v: unknown, where: string): string {
  if (typeof v !== 'string' || v.trim() === '') fail(where, 'must be a name (a non-empty string)');
  if (v.length > MAX_NAME_LENGTH) fail(where, `must be at most ${MAX_NAME_LENGTH} characters`);
  return v.trim().replace(/\s+/g, ' ');
}

export function sourceRef(v: unknown, where: string): SourceRef {
  if (v === null) return null;
  if (!isObject(v)) fail(where, 'must be {"mention": …}, {"name": …, "kind": …}, {"id": …} or null');
  if ('mention' in v) {
    onlyKeys(v, where, ['mention']);
    return { mention: span(v.mention, `${where}.mention`) };
  }
  if ('id' in v) {
    onlyKeys(v, where, ['id']);
    if (typeof v.id !== 'string' || v.id === '' || v.id.length > 40) fail(`${where}.id`, 'must be a source id such as "s3"');
    return { id: v.id };
  }
  if ('name' in v) {
    onlyKeys(v, where, ['name', 'kind']);
    return { name: name(v.name, `${where}.name`), kind: kind(v.kind, `${where}.kind`) };
  }
  return fail(where, 'must be {"mention": …}, {"name": …, "kind": …}, {"id": …} or null');
}

function changes(v: unknown, where: string): SourceChanges {
  if (!isObject(v)) fail(where, 'must be an object with "kind", "name" or "justified"');
  onlyKeys(v, where, ['kind', 'name', 'justified']);
  const out: SourceChanges = {};
  if (v.kind !== undefined) out.kind = kind(v.kind, `${where}.kind`);
  if (v.name !== undefined) out.name = name(v.name, `${where}.name`);
  if (v.justified !== undefined) {
    if (typeof v.justified !== 'boolean') fail(`${where}.justified`, 'must be true or false');
    out.justified = v.justified;
  }
  if (Object.keys(out).length === 0) fail(where, 'changes nothing: give "kind", "name" or "justified"');
  return out;
}

function correction(v: unknown, where: string): Correction {
  if (!isObject(v)) fail(where, 'must be an object');
  if ('quote' in v || 'statement' in v) {
    const key = 'quote' in v ? 'quote' : 'statement';
    onlyKeys(v, where, [key, 'source']);
    if (!('source' in v)) fail(where, 'needs a "source" (a source, or null for no one)');
    const item = itemRef(v[key], `${where}.${key}`);
    const source = sourceRef(v.source, `${where}.source`);
    return key === 'quote' ? { quote: item, source } : { statement: item, source };
  }
  if ('merge' in v) {
    onlyKeys(v, where, ['merge']);
    if (!Array.isArray(v.merge) || v.merge.length !== 2) fail(`${where}.merge`, 'must be a list of two sources [from, into]');
    return { merge: [sourceRef(v.merge[0], `${where}.merge[0]`), sourceRef(v.merge[1], `${where}.merge[1]`)] };
  }
  if ('set' in v) {
    onlyKeys(v, where, ['source', 'set']);
    return { source: sourceRef(v.source, `${where}.source`), set: changes(v.set, `${where}.set`) };
  }
  if ('dismiss' in v) {
    onlyKeys(v, where, ['dismiss']);
    const s = span(v.dismiss, `${where}.dismiss`, ['rule']);
    const rule = (v.dismiss as Obj).rule;
    if (rule === undefined) return { dismiss: s };
    if (typeof rule !== 'string' || rule === '') fail(`${where}.dismiss.rule`, 'must be a finding rule id');
    return { dismiss: { ...s, rule } };
  }
  return fail(where, 'is not a correction: expected "quote", "statement", "merge", "source" with "set", or "dismiss"');
}

/** The corrections of a parsed JSON value (a list); throws CorrectionsError. */
export function parseCorrections(value: unknown): Correction[] {
  if (!Array.isArray(value)) fail('corrections', 'must be a JSON list [ … ]');
  if (value.length > MAX_CORRECTIONS) fail('corrections', `at most ${MAX_CORRECTIONS} corrections at once (got ${value.length})`);
  return value.map((v, i) => correction(v, `corrections[${i}]`));
}

/** The corrections of a JSON text (a form field, a file); blank means none. Throws CorrectionsError. */
export function parseCorrectionsJson(json: string): Correction[] {
  if (json.trim() === '') return [];
  let value: unknown;
  try {
    value = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (e) {
    return fail('corrections', `not valid JSON (${(e as Error).message})`);
  }
  return parseCorrections(value);
}
