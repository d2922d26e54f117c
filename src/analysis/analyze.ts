/**
 * The pipeline: text in, analysis out. Pure: no I/O, no clock, no shared state. Each step is a
 * small module named for what it does; the order of the calls below is the architecture.
 */
import { Doc } from './doc/doc.js';
import { headlineSpan } from './headline.js';
import { BoundedNotes } from './notes.js';
import { type AttributionContext, attributeQuotes } from './steps/attribute-quotes.js';
import { speakerIndexes, statementHistory } from './steps/attribution/model/candidates.js';
import { SHIPPED_MODEL, type SpeakerModel } from './steps/attribution/model/ranker.js';
import { buildSources } from './steps/build-sources.js';
import { dropNonQuotes } from './steps/drop-non-quotes.js';
import { dropScareQuotes } from './steps/drop-scare-quotes.js';
import { findAnonymityReasons } from './steps/find-anonymity-reasons.js';
import { findMentions } from './steps/find-mentions.js';
import { findNestedReports } from './steps/find-nested-reports.js';
import { findQuoteMarks } from './steps/find-quote-marks.js';
import { dropRepeatedQuotes, findRepeatedParagraphs, sentencesInRepeated } from './steps/find-repeated-paragraphs.js';
import { findSpeechCues } from './steps/find-speech-cues.js';
import { findStatements } from './steps/find-statements.js';
import { pairQuotes } from './steps/pair-quotes.js';
import { resolveSources } from './steps/resolve-sources.js';
import { splitParagraphs } from './steps/split-paragraphs.js';
import { splitSentences } from './steps/split-sentences.js';
import { tokenizeFrames } from './steps/tokenize-frames.js';
import type { Analysis } from './story.js';

export interface AnalyzeOptions {
  /** The learned speaker model (default: the shipped one); null: the rules decide alone. */
  model?: SpeakerModel | null;
  /** Sees every quote's candidate speakers (what `npm run train` learns from). */
  trace?: AttributionContext['trace'];
}

export function analyze(input: string): Analysis {
  return analyzeWith(input, {});
}

export function analyzeWith(input: string, options: AnalyzeOptions): Analysis {
  const model = options.model === undefined ? SHIPPED_MODEL : options.model;
  const text = typeof input === 'string' ? flatString(input) : '';
  const notes = new BoundedNotes();
  const paragraphs = splitParagraphs(text);
  const paired = pairQuotes(text, findQuoteMarks(text, notes), paragraphs, notes);
  const sentences = splitSentences(text, paragraphs, paired);
  const repeated = findRepeatedParagraphs(text, paragraphs);
  const candidates = dropRepeatedQuotes(dropNonQuotes(text, paired, notes), repeated, notes);
  const frames = tokenizeFrames(text, sentences, paired, sentencesInRepeated(sentences, paragraphs, repeated));
  // from here on the steps read one Doc: the text, its sentences, tokens and mentions, and their indexes
  const doc = new Doc(text, paragraphs, sentences, frames, findMentions(text, frames));
  const cues = findSpeechCues(doc);
  const coref = resolveSources(doc, cues);
  const reasons = findAnonymityReasons(doc, coref);
  const outerOf = findNestedReports(text, cues, coref);
  const ctx: AttributionContext = { doc, cues, outerOf, coref, model, ...(options.trace ? { trace: options.trace } : {}) };
  // what the model reads of each mention, found once for the quotes and the statements
  const { facts } = speakerIndexes(model !== null || options.trace ? cues : []);
  const { quotes, attributions } = dropScareQuotes(text, candidates, attributeQuotes(candidates, ctx, facts), cues, sentences, notes);
  const statements = findStatements(doc, cues, quotes, attributions, outerOf, coref, { ctx, history: statementHistory(cues, attributions, facts) });
  return {
    length: text.length,
    paragraphs,
    sentences,
    ...buildSources(text, quotes, attributions, statements, coref, reasons, headlineSpan(text, paragraphs)),
    notes: notes.list(),
  };
}

/**
 * The same characters as one flat string. A slice of a larger string (how a caller cuts a story
 * out of a page or a corpus) is read by V8 through its parent, one indirection on every character
 * that every step reads; copying it once, by joining two halves, costs about 0.3 ms a megabyte
 * and saved about 2 % of `analyze` on the 1 MB benchmark story, which is such a slice.
 */
function flatString(s: string): string {
  const half = s.length >> 1;
  return [s.slice(0, half), s.slice(half)].join('');
}
