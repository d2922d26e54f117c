/**
 * Mentions of possible speakers in the narrative (never inside quotes): proper names with the
 * titles and roles around them (`Libyan commander Khalifa Hifter`), descriptions
 * (`an official of the presidential Elysee Palace`, `two people familiar with the talks`,
 * `the ministry`, `a statement from Macron's office`) and pronouns. Each mention says what kind
 * of source it points to and the head word that later mentions can refer back with.
 */

import { PRONOUNS } from '../lexicon/function-words.js';
import { findDescriptions, findOtherSubjects, findPartitives } from './mentions/descriptions.js';
import { type Mention, mention } from './mentions/mention.js';
import { findNames } from './mentions/names.js';
import type { Frame, Token } from './tokenize-frames.js';

export { bareMention, type Mention, type MentionType } from './mentions/mention.js';

export function findMentions(text: string, frames: readonly Frame[]): Mention[] {
  const out: Mention[] = [];
  for (const frame of frames) {
    const tokens = frame.tokens;
    const taken = new Uint8Array(tokens.length);
    const names: Mention[] = [];
    const descriptions: Mention[] = [];
    findNames(text, tokens, taken, names);
    findPartitives(text, tokens, taken, descriptions);
    findDescriptions(text, tokens, taken, descriptions);
    findOtherSubjects(text, tokens, taken, names, descriptions);
    for (const m of mergeRolesIntoNames(text, names, descriptions)) out.push(m);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const p = PRONOUNS.get(t.lower);
      if (p && !taken[i])
        out.push(mention(text, tokens, i, i, 'pronoun', { kind: 'unknown', head: t.lower, plural: p.plural, gender: p.gender, definite: true }));
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * A role right before a name joins it (`Libyan commander` + `Khalifa Hifter`); a name inside a
 * description only modifies it (`the U.N. envoy for Libya`, `Macron's office`).
 */
function mergeRolesIntoNames(text: string, names: Mention[], descriptions: Mention[]): Mention[] {
  const kept: Mention[] = [];
  const personAt = new Map<number, Mention>();
  for (const n of names) if (n.kind === 'person') personAt.set(n.first, n);
  for (const d of descriptions) {
    const n = personAt.get(d.last + 1);
    if (n && d.kind !== 'organization') {
      n.description = n.description ? `${text.slice(d.start, n.name?.start ?? n.start).trim()}` : d.text;
      n.gender ??= d.gender;
      n.start = d.start;
      n.first = d.first;
      n.text = text.slice(n.start, n.end);
      continue;
    }
    kept.push(d);
  }
  // a name inside a longer mention only modifies it: mark token coverage once, then look up
  const cover = new Map<number, Mention>();
  for (const m of [...kept, ...names]) {
    for (let k = m.first; k <= m.last; k++) {
      const other = cover.get(k);
      if (!other || other.last - other.first < m.last - m.first) cover.set(k, m);
    }
  }
  for (const n of names) {
    const outer = cover.get(n.first);
    if (outer && outer !== n && outer.first <= n.first && n.last <= outer.last) n.possessive = true;
  }
  return [...names, ...kept];
}
