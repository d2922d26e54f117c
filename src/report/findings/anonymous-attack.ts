/**
 * `anonymous-attack`: an anonymous quote that passes judgement on a named person. The quote
 * holds a word of judgement (lexicon: `incompetent`, `a liar`, `out of his depth`) and names a
 * person (a named source, a title and a name: `Mayor Han`, or the surname of someone the
 * paragraph names with a title), or says `he`/`she` where the sentence or the paragraph names
 * one (`…," an aide said of Mayor Han`).
 */
import { JUDGEMENT_WORDS } from '../../analysis/lexicon/editorial-words.js';
import { THIRD_PERSON_SINGULAR } from '../../analysis/lexicon/function-words.js';
import { HONORIFICS, UNIQUE_ROLES } from '../../analysis/lexicon/titles.js';
import type { Finding, ReportQuote } from '../types.js';
import { clip, type FindingContext, type FindingRule, finding } from './context.js';
import { sourceLabel } from './describe-source.js';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const JUDGEMENT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...JUDGEMENT_WORDS]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/'/g, "['’]").replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);
const TITLES = [...HONORIFICS, ...UNIQUE_ROLES]
  .sort((a, b) => b.length - a.length)
  .map((t) => `[${t.charAt(0).toUpperCase()}${t.charAt(0)}]${escapeRegExp(t.slice(1)).replace(/ /g, '\\s+')}`);
/** A title and a capitalised name: `Mayor Han`, `Mr. Ortega`, `the president Ferrand`. */
const TITLED = `(?<![\\p{L}])(?:${TITLES.join('|')})\\.?(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3}`;
const TITLED_NAME = new RegExp(TITLED, 'u');
const TITLED_NAMES = new RegExp(TITLED, 'gu');
const THIRD_PERSON = new RegExp(`(?<![\\p{L}])(?:${[...THIRD_PERSON_SINGULAR].join('|')})(?![\\p{L}])`, 'iu');

export const anonymousAttack: FindingRule = {
  id: 'anonymous-attack',
  title: 'Anonymous personal attack',
  guideline: 'AP, NYT, Post: no anonymous personal attacks',
  description: 'An unnamed source passes judgement on a named person.',
  check(ctx) {
    const out: Finding[] = [];
    let people: People | null = null;
    for (const q of ctx.quotes) {
      if (q.kind !== 'anonymous') continue;
      const judgement = JUDGEMENT.exec(q.text);
      const source = ctx.source(q.sourceId);
      if (!judgement || !source) continue;
      people ??= indexPeople(ctx);
      const target = namedPerson(ctx, people, q);
      if (!target) continue;
      out.push(
        finding(
          anonymousAttack,
          'warning',
          q,
          `An unnamed source, ${sourceLabel(source)}, passes judgement on ${target} (“${clip(judgement[0], 40)}”). Anonymity is not for personal attacks: name the source, or cut or paraphrase the judgement.`,
        ),
      );
    }
    return out;
  },
};

interface People {
  /** Lower-cased name, capitalised mention or surname → the person's name. */
  forms: Map<string, { id: string; name: string }>;
  /** Capitalised mentions of named people, by start. */
  mentions: { start: number; end: number; id: string; name: string }[];
}

function indexPeople(ctx: FindingContext): People {
  const forms = new Map<string, { id: string; name: string }>();
  const mentions: People['mentions'] = [];
  for (const p of ctx.sources) {
    if (p.kind !== 'person') continue;
    const who = { id: p.id, name: p.name };
    const surname = p.name.trim().split(/\s+/).at(-1) ?? '';
    for (const f of [p.name, surname, ...p.mentions.map((m) => m.text)]) {
      const form = f.replace(/\s+/g, ' ').trim();
      if (form.length > 2 && /^\p{Lu}/u.test(form) && !forms.has(form.toLowerCase())) forms.set(form.toLowerCase(), who);
    }
    for (const m of p.mentions) if (/^\p{Lu}/u.test(m.text) && m.text.length > 2) mentions.push({ start: m.start, end: m.end, ...who });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { forms, mentions };
}

/** Who the quote is about: a named person in the quote, or one named in its sentence when the quote says he or she. */
function namedPerson(ctx: FindingContext, people: People, quote: ReportQuote): string | null {
  const words = [...quote.text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)].map((m) => m[0].replace(/[.'’]+$/u, ''));
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i] as string)) continue;
    for (let n = Math.min(5, words.length - i); n >= 1; n--) {
      const hit = people.forms.get(
        words
          .slice(i, i + n)
          .join(' ')
          .toLowerCase(),
      );
      if (hit && hit.id !== quote.sourceId) return hit.name;
    }
  }
  const titled = TITLED_NAME.exec(quote.text);
  if (titled) return titled[0];
  // People the paragraph names with a title (`Mayor Lena Dahl`) whom the quote calls by surname or pronoun.
  const p = ctx.paragraphs[ctx.paragraphOf(quote.start)] ?? quote;
  const context = `${ctx.text.slice(Math.max(p.start, quote.start - 400), quote.start)} ${ctx.text.slice(quote.end, Math.min(p.end, quote.end + 200))}`;
  const titledAround = [...context.matchAll(TITLED_NAMES)].map((m) => m[0]);
  for (const name of titledAround) {
    const surname = name.split(/\s+/).at(-1) ?? '';
    if (surname.length > 1 && new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'u').test(quote.text)) return name;
  }
  if (!THIRD_PERSON.test(quote.text)) return null;
  const sentence = ctx.sentenceAt(quote.start);
  if (sentence) {
    let lo = 0;
    let hi = people.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((people.mentions[mid] as People['mentions'][number]).start < sentence.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < people.mentions.length; k++) {
      const m = people.mentions[k] as People['mentions'][number];
      if (m.start >= sentence.end) break;
      if (m.end <= sentence.end && (m.end <= quote.start || m.start >= quote.end) && m.id !== quote.sourceId) return m.name;
    }
  }
  return titledAround.at(-1) ?? null;
}
