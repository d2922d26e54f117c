/**
 * The report's figures in plain language (`report.summary.text`), for editors and students:
 * "6 of the 8 quotes (75%) come from one unnamed official of the presidential palace; the story
 * gives a reason for the anonymity once." Pure.
 */
import { UNNAMED_MARKERS } from '../analysis/lexicon/anonymous-descriptors.js';
import { COUNTING_QUANTIFIERS } from '../analysis/lexicon/source-descriptions.js';
import type { Finding, ReportQuote, ReportSource, ReportSummary } from './types.js';
import { percent, plural } from './words.js';

/** A count and the rest of the name: `two people familiar with the talks`, `12 workers`. */
const NUMBER_WORDS = new RegExp(`^(${[...COUNTING_QUANTIFIERS].join('|')}|\\d+)\\s+(.+)$`, 'i');
/** The name says it is withheld: `a spokesman who was not named`, `an unnamed official`. */
const SAYS_UNNAMED = new RegExp(`\\b(?:${UNNAMED_MARKERS.join('|')})\\b`, 'i');

export interface NarrativeInput {
  summary: Omit<ReportSummary, 'text'>;
  sources: readonly ReportSource[];
  quotes: readonly ReportQuote[];
  findings: readonly Finding[];
}

export function narrative(report: NarrativeInput): string {
  const { summary } = report;
  const sentences: string[] = [];
  const q = summary.quotes;
  const anon = summary.byKind.anonymous.quotes;
  const unknown = summary.byKind.unknown.quotes;

  if (q === 0) sentences.push('The story has no quotes.');
  else if (anon === 0) {
    sentences.push(
      q === 1
        ? `The story’s only quote ${unknown === 1 ? 'has no source' : 'comes from a named source'}.`
        : `${q === 2 ? 'Neither quote comes' : `None of the ${q} quotes comes`} from an unnamed source${unknown === 0 ? '' : `; ${unknown === q ? (q === 2 ? 'neither has a' : 'none of them has a') : `${unknown} ${unknown === 1 ? 'has' : 'have'} no`} source at all`}.`,
    );
  } else {
    const speakers = report.sources.filter((s) => s.kind === 'anonymous' && s.quotes > 0);
    const share =
      anon === q ? (q === 1 ? 'The story’s only quote' : q === 2 ? 'Both quotes' : `All ${q} quotes`) : `${anon} of the ${q} quotes (${percent(anon / q)})`;
    const verb = anon === 1 || (anon === q && q === 1) ? 'comes' : 'come';
    const who = speakers.length === 1 ? unnamedPhrase(speakers[0] as ReportSource) : `${speakers.length} unnamed sources`;
    sentences.push(`${share} ${verb} from ${who}; ${reasons(speakers)}.`);
    if (unknown > 0) sentences.push(`${unknown === 1 ? 'One quote has' : `${unknown} quotes have`} no source at all.`);
    sentences.push(`Unnamed sources speak ${percent(summary.unnamedShare.quotedWords)} of the quoted words.`);
  }

  const st = summary.statements;
  const anonSt = summary.byKind.anonymous.statements;
  if (st > 0 && (anonSt > 0 || anon > 0)) {
    const all = anonSt === st;
    sentences.push(
      st === 1 && all
        ? 'Counting paraphrase too, the only statement comes from an unnamed source.'
        : `Counting paraphrase too, ${all ? `all ${st} statements come` : `${anonSt} of the ${st} statements (${percent(anonSt / st)}) ${anonSt === 1 ? 'comes' : 'come'}`} from unnamed sources.`,
    );
  } else if (st > 0 && q === 0) {
    sentences.push(`It reports ${plural(st, 'statement')} in paraphrase, none from an unnamed source.`);
  }

  const warnings = report.findings.filter((f) => f.severity === 'warning').length;
  const notes = report.findings.length - warnings;
  sentences.push(
    report.findings.length === 0
      ? 'The editorial checks found nothing to flag.'
      : `The editorial checks raise ${[warnings ? plural(warnings, 'warning') : '', notes ? plural(notes, 'note') : ''].filter(Boolean).join(' and ')}.`,
  );
  return sentences.join(' ');
}

/** `an official of the palace` → `one unnamed official of the palace`; `two people familiar…` → `two unnamed people familiar…`. */
export function unnamedPhrase(source: Pick<ReportSource, 'name' | 'plural'>): string {
  const n = source.name.replace(/\s+/g, ' ').trim();
  if (SAYS_UNNAMED.test(n)) return n.replace(/^(?:an?|the)\s+/i, 'one ');
  const single = /^(?:an?|one|the)\s+(.+)$/i.exec(n);
  if (single) return `one unnamed ${single[1]}`;
  const many = NUMBER_WORDS.exec(n);
  if (many) return `${many[1]?.toLowerCase()} unnamed ${many[2]}`;
  if (source.plural) return `unnamed ${n.charAt(0).toLowerCase()}${n.slice(1)}`;
  return `one unnamed source (“${n}”)`;
}

function reasons(speakers: readonly ReportSource[]): string {
  const given = speakers.filter((s) => s.justified === true).length;
  const only = speakers[0];
  if (speakers.length === 1 && only) {
    if (given) return 'the story gives a reason for the anonymity once';
    return only.plural ? 'the story never says why they are not named' : 'the story never says why the source is not named';
  }
  if (given === speakers.length) return 'the story says why each of them is not named';
  if (given === 0) return 'the story never says why any of them is not named';
  return `the story gives a reason for the anonymity of ${given === 1 ? 'one' : given} of them`;
}
