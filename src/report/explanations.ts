/**
 * Every quote explained in plain words for the classroom (/learn): who we think said it and why,
 * from its evidence (rule, cue, mention), what kind of source that is, and how sure we are.
 * "We think the official said this because “the official said” follows the quote in the same
 * sentence." Pure.
 */
import type { AttributionRule, SourceKind } from '../analysis/story.js';
import type { ReportQuote, ReportSource, SourcingReport } from './types.js';
import { FEATURE_WORDS, KINDS, kindLabel, ruleLabel } from './words.js';

export interface QuoteExplanation {
  /** 1-based, in text order. */
  n: number;
  id: string;
  text: string;
  kind: SourceKind;
  kindLabel: string;
  /** The source's name, the mention's words, or `nobody`. */
  who: string;
  /** Why we think so. */
  because: string;
  /** What the speaker model weighed (its reasons, the runner-up), or null when it did not weigh. */
  weighed: string | null;
  /** What kind of source that is, and for an unnamed one whether the story says why. */
  about: string;
  /** How sure, in words. */
  sure: string;
}

/** How far apart a mention and a cue may be to be quoted as one phrase (`the official said`). */
const PHRASE_GAP = 60;

export function explainQuotes(report: Pick<SourcingReport, 'quotes' | 'sources'>, text: string): QuoteExplanation[] {
  const sources = new Map(report.sources.map((s) => [s.id, s] as const));
  return [...report.quotes]
    .sort((a, b) => a.start - b.start)
    .map((q, i) => {
      const source = q.sourceId === null ? undefined : sources.get(q.sourceId);
      const kind: SourceKind = KINDS.includes(q.kind) ? q.kind : 'unknown';
      return {
        n: i + 1,
        id: q.id,
        text: q.text,
        kind,
        kindLabel: kindLabel(kind),
        who: source?.name ?? q.speakerMention?.text ?? 'nobody',
        because: because(q, source, text),
        weighed: weighed(q, q.evidence.mention ? oneLine(q.evidence.mention.text) : (source?.name ?? 'the speaker')),
        about: about(q, source, kind),
        sure: sure(q),
      };
    });
}

function because(q: ReportQuote, source: ReportSource | undefined, text: string): string {
  if (q.corrected) return `An editor corrected the automatic answer: ${source ? `${source.name} said this` : 'the story does not say who said this'}.`;
  const { rule, cue, mention } = q.evidence;
  const m = mention ? oneLine(mention.text).replace(/^(The|A|An) /, (a) => a.toLowerCase()) : (source?.name ?? 'the speaker');
  const cueWords = cue ? oneLine(cue.text) : '';
  const phrase = tag(q, text);
  const means = mention && source && !sameName(mention.text, source.name) ? ` Here “${m}” means ${source.name}.` : '';
  const byRule: Partial<Record<AttributionRule, () => string>> = {
    'cue-after-quote': () => `We think ${m} said this because “${phrase}” follows the quote in the same sentence.`,
    'cue-inverted': () => `We think ${m} said this because “${phrase}” follows the quote in the same sentence.`,
    'cue-before-quote': () =>
      cueWords === ':'
        ? `We think ${m} said this because the quote comes right after “${m}:”.`
        : `We think ${m} said this because “${phrase}” comes before the quote, in the same sentence.`,
    'cue-inside-split': () => `The quote is split in two, and “${phrase}” between the parts tells us that ${m} says both.`,
    'according-to': () => `We think this comes from ${m} because the sentence says “${phrase}”.`,
    'dash-attribution': () => `We think ${m} said this because the quote is followed by a dash and a name: “— ${m}”.`,
    'speaker-label': () => `We think ${m} said this because the paragraph starts with the speaker’s name and a colon, as in a transcript: “${m}:”.`,
    'same-sentence': () =>
      cue
        ? `We think ${m} said this because “${m}” and “${cueWords}” are in the same sentence as the quote.`
        : `We think ${m} said this because the sentence starts with “${m}”, who leads into the quote.`,
    'previous-sentence': () =>
      cue
        ? `The quote has no “said” of its own. We think ${m} said it because the sentence just before it says “${phrase}”.`
        : `The quote has no “said” of its own. We think ${m} said it because the sentence just before it is about “${m}”.`,
    continuation: () =>
      `This paragraph carries on a quote from the paragraph next to it. In news writing, a quote that runs over several paragraphs reopens each paragraph with a quotation mark and is tagged once; here the tag is “${phrase}”.`,
    conversation: () =>
      `Nobody is named next to this quote. It is one turn in an exchange, and turns alternate, so we think it is ${m}’s turn. That is a guess from the order of the turns, not something the story says.`,
    'repeated-quote': () => `Nobody is named next to this quote in the headline, but the story quotes the same words again further down, where ${m} says them.`,
    none: () => 'Nobody is said to have said this: the story gives no source for the quote.',
  };
  const explain = byRule[rule];
  const said = explain ? explain() : `We think ${m} said this (${ruleLabel(rule)}).`;
  return rule === 'none' ? said : `${said}${means}`;
}

/** What the speaker model weighed: why it agrees, and who came next (`the runner-up was “Hifter”`). */
function weighed(q: ReportQuote, m: string): string | null {
  const model = q.evidence.model;
  if (!model) return null;
  const reasons = model.features.map((f) => FEATURE_WORDS[f]).filter((w): w is string => w !== undefined);
  const why = reasons.length > 0 ? `: “${m}” ${reasons.slice(0, 2).join(' and ')}` : '';
  const runnerUp = model.runnerUp?.name ? ` The runner-up was “${oneLine(model.runnerUp.name)}” (${Math.round(model.runnerUp.probability * 100)}%).` : '';
  return `The speaker model weighed the names around the quote and gives ${m} ${Math.round(model.probability * 100)}%${why}.${runnerUp}`;
}

/** The words that tag the quote: mention and cue as one phrase when they sit together, else the cue, else the mention. */
function tag(q: ReportQuote, text: string): string {
  const { cue, mention } = q.evidence;
  if (cue && mention) {
    const start = Math.min(cue.start, mention.start);
    const end = Math.max(cue.end, mention.end);
    if (end - start <= PHRASE_GAP + cue.text.length + mention.text.length) return oneLine(text.slice(start, end));
  }
  return oneLine((cue ?? mention)?.text ?? '');
}

function about(q: ReportQuote, source: ReportSource | undefined, kind: SourceKind): string {
  if (!source) return q.sourceId === null ? 'A quote needs a source: readers cannot tell whose words these are.' : '';
  switch (kind) {
    case 'person':
      return `${capital(source.name)} is named in the story: these words are on the record.`;
    case 'organization':
      return `${capital(source.name)} is an organization: it speaks as a body, through a statement or a spokesperson.`;
    case 'anonymous':
      return `${capital(source.name)} is not named in the story: an anonymous source. ${
        source.justified
          ? `The story says why${source.justification ? `: “${oneLine(source.justification.text)}”` : ''}.`
          : 'The story does not say why the name is withheld.'
      }`;
    default:
      return '';
  }
}

function sure(q: ReportQuote): string {
  const c = q.evidence.confidence;
  if (q.evidence.rule === 'none') return 'No source to be sure about.';
  if (c >= 0.85) return 'We are quite sure.';
  if (c >= 0.65) return 'We are fairly sure.';
  return 'This is a guess: check it yourself.';
}

/** The text on one line, white space squeezed, clipped at 120 characters. */
function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 120 ? `${t.slice(0, 119)}…` : t;
}

/** `Mayor Ana Ruiz` or `Ruiz` for `Ana Ruiz`: the mention is the name, and needs no gloss (`the official` does). */
function sameName(mention: string, name: string): boolean {
  const m = norm(mention);
  const n = norm(name);
  return m === n || m.includes(n) || (/^\p{Lu}/u.test(mention.trim()) && n.includes(m));
}

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .trim();
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
