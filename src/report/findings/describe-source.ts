/**
 * How the story describes an unnamed source: whether any of its descriptions says something of
 * the source's position or knowledge, whether it is one person or a group, whether it is a
 * spokesperson, and which anonymous sources "speak" (are quoted, or report a statement outside
 * the headline under a description such as `officials` or `a witness`).
 */
import { ANONYMOUS_HEADS, KNOWLEDGE_LINKS } from '../../analysis/lexicon/anonymous-descriptors.js';
import { ROLE_NOUNS } from '../../analysis/lexicon/titles.js';
import type { Span } from '../../analysis/span.js';
import type { ReportSource } from '../types.js';
import type { FindingContext } from './context.js';
import { ANONYMITY_CLAUSE, EMPTY_MODIFIERS, IRREGULAR_PLURALS, PLURAL_QUANTIFIERS, SPOKESPERSON_HEADS, VAGUE_HEADS } from './lexicon.js';

const PRONOUNS = /^(?:he|she|they|him|her|them|it|we|i|you|his|hers|their|one|one of them|the two|both)$/i;
/** Where a description's head ends and its affiliation or knowledge begins. */
const TAIL = /\s+(?:of|at|in|from|for|with|on|inside|within|to|who|whom|whose|which|that|close|familiar|briefed|involved|knowledgeable|aware|present)\b.*$/is;
const AFFILIATION = /\s(?:of|at|in|from|for|with|on|inside|within)\s+\S/i;
const KNOWLEDGE = new RegExp(`\\b(?:${KNOWLEDGE_LINKS.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})\\b`, 'i');

export interface SourceDescription {
  /** The words the story uses for the source, headline excluded, pronouns left out. */
  descriptions: string[];
  /** No description says anything of the source's position or knowledge. */
  vague: boolean;
  /** One person (`an official`, `the diplomat`), not a group (`officials`, `two people`). */
  singular: boolean;
  spokesperson: boolean;
}

export function describeSource(source: ReportSource, ctx: FindingContext): SourceDescription {
  const mentions = source.mentions.filter((m) => !ctx.inHeadline(m) && !PRONOUNS.test(m.text.trim()));
  const descriptions = unique([source.name, ...mentions.map((m) => m.text)].map((d) => d.replace(/\s+/g, ' ').trim()).filter((d) => d !== ''));
  const clauses = mentions.map((m) => relativeClause(ctx.text, m));
  const informative =
    source.description !== null || descriptions.some((d) => informativeDescription(d)) || clauses.some((c) => c !== null && !ANONYMITY_CLAUSE.test(c));
  const first = descriptions.find((d) => !/^the\s/i.test(d)) ?? descriptions[0] ?? source.name;
  const heads = descriptions.map((d) => headOf(d));
  return {
    descriptions,
    vague: !informative,
    singular: !isPlural(first),
    spokesperson: heads.some((h) => SPOKESPERSON_HEADS.has(h.word)),
  };
}

/** The description's head noun (its last word before any `of…`, `who…`), and the words before it. */
export function headOf(description: string): { word: string; modifiers: string[] } {
  const core = description.replace(TAIL, '').trim();
  const tokens = core
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}-]+$/gu, ''))
    .filter((t) => t !== '');
  return { word: tokens.at(-1) ?? '', modifiers: tokens.slice(0, -1) };
}

/** Says something of position or knowledge: an affiliation, a knowledge link, a role word, or a telling modifier. */
export function informativeDescription(description: string): boolean {
  const d = description.toLowerCase();
  if (KNOWLEDGE.test(d)) return true;
  if (AFFILIATION.test(d)) return true;
  const { word, modifiers } = headOf(description);
  if (word === '' || !VAGUE_HEADS.has(word)) return word !== '';
  return modifiers.some((m) => !EMPTY_MODIFIERS.has(m) && !/^\d+$/.test(m));
}

export function isPlural(description: string): boolean {
  const { word, modifiers } = headOf(description);
  if (modifiers.some((m) => PLURAL_QUANTIFIERS.has(m) || (/^\d+$/.test(m) && m !== '1'))) return true;
  if (IRREGULAR_PLURALS.has(word)) return true;
  return /[^s]s$/.test(word) && word !== 'witness' && !/(?:ss|us|is)$/.test(word);
}

/** `a woman who runs the town's only café, said` → `who runs the town's only café`. */
function relativeClause(text: string, mention: Span): string | null {
  const after = text.slice(mention.end, mention.end + 160);
  const m = /^,?\s+(?:who|whose|which|that)\s+[^,.;:“”"«»\n]+/u.exec(after);
  return m ? m[0].replace(/^,?\s+/, '') : null;
}

/** A word for people: `officials`, `engineer`, `residents` (not `months` or `demands`). */
export function isPeopleWord(word: string): boolean {
  if (ANONYMOUS_HEADS.has(word) || ROLE_NOUNS.has(word)) return true;
  const singular = word.replace(/(?:es|s)$/, '');
  return word !== singular && (ROLE_NOUNS.has(singular) || ROLE_NOUNS.has(word.replace(/s$/, '')));
}

/**
 * Anonymous sources the story leans on: quoted, or reporting a statement outside the headline
 * under a description whose head is a word for people (`officials said`, not `for months`).
 */
export function speakingAnonymousSources(ctx: FindingContext): ReportSource[] {
  const reports = new Set<string>();
  for (const st of ctx.statements) if (st.sourceId !== null && !ctx.inHeadline(st)) reports.add(st.sourceId);
  const quoted = new Set<string>();
  for (const q of ctx.quotes) if (q.sourceId !== null && !ctx.inHeadline(q)) quoted.add(q.sourceId);
  return ctx.sources.filter((s) => s.kind === 'anonymous' && (quoted.has(s.id) || (reports.has(s.id) && isPeopleWord(headOf(s.name).word))));
}

/** How a message names the source: `“an official of the presidential palace”`. */
export function sourceLabel(source: ReportSource): string {
  return `“${source.name.replace(/\s+/g, ' ').trim()}”`;
}

function unique(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const k = x.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
