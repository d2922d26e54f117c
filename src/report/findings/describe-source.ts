/**
 * Which anonymous sources "speak" (are quoted, or report a statement outside the headline under
 * a description such as `officials` or `a witness`), and how a message names a source. What a
 * description says of the source (a group, a spokesperson, informative or not) is computed by
 * the engine (`src/analysis/steps/describe-sources.ts`) and read here as the source's facts.
 */
import { ANONYMOUS_HEADS } from '../../analysis/lexicon/anonymous-descriptors.js';
import { singularsOf } from '../../analysis/lexicon/plurals.js';
import { ROLE_NOUNS } from '../../analysis/lexicon/titles.js';
import type { ReportSource } from '../types.js';
import type { FindingContext } from './context.js';

/** A word for people: `officials`, `engineer`, `residents`, `spokesmen`, `deputies` (not `months` or `demands`). */
export function isPeopleWord(word: string): boolean {
  return ANONYMOUS_HEADS.has(word) || ROLE_NOUNS.has(word) || singularsOf(word).some((s) => ROLE_NOUNS.has(s));
}

/** The head of the words the source is named by (`officials` for `officials`), from its mentions' facts. */
export function nameHead(source: ReportSource): string {
  const named = source.mentions.find((m) => m.text === source.name) ?? source.mentions.find((m) => m.type === 'description');
  return named?.head ?? '';
}

/** An anonymous source quoted, or reporting under a word for people (`officials said`, not `for months`). */
export function speaksAsAnonymous(source: ReportSource): boolean {
  return source.kind === 'anonymous' && (source.quotes > 0 || (source.statements > 0 && isPeopleWord(nameHead(source))));
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
  return ctx.sources.filter((s) => s.kind === 'anonymous' && (quoted.has(s.id) || (reports.has(s.id) && isPeopleWord(nameHead(s)))));
}

/** How a message names the source: `“an official of the presidential palace”`. */
export function sourceLabel(source: ReportSource): string {
  return `“${source.name.replace(/\s+/g, ' ').trim()}”`;
}
