/**
 * The pipeline of src/analysis/analyze.ts, one stage at a time, for the tables of the later steps:
 * each function runs the steps up to (and including) the one its name says, chained exactly as
 * `analyze` chains them, and hands back everything made on the way.
 */
import { Doc } from '../../../src/analysis/doc/doc.js';
import { headlineSpan } from '../../../src/analysis/headline.js';
import { BoundedNotes } from '../../../src/analysis/notes.js';
import type { Span, TextSpan } from '../../../src/analysis/span.js';
import { type Attribution, attributeQuotes } from '../../../src/analysis/steps/attribute-quotes.js';
import { statementHistory } from '../../../src/analysis/steps/attribution/model/candidates.js';
import { SHIPPED_MODEL, type SpeakerModel } from '../../../src/analysis/steps/attribution/model/ranker.js';
import { buildSources } from '../../../src/analysis/steps/build-sources.js';
import { dropNonQuotes } from '../../../src/analysis/steps/drop-non-quotes.js';
import { dropScareQuotes } from '../../../src/analysis/steps/drop-scare-quotes.js';
import { findAnonymityReasons } from '../../../src/analysis/steps/find-anonymity-reasons.js';
import { findMentions, type Mention } from '../../../src/analysis/steps/find-mentions.js';
import { findNestedReports } from '../../../src/analysis/steps/find-nested-reports.js';
import { findQuoteMarks } from '../../../src/analysis/steps/find-quote-marks.js';
import { dropRepeatedQuotes, findRepeatedParagraphs, sentencesInRepeated } from '../../../src/analysis/steps/find-repeated-paragraphs.js';
import { type Cue, findSpeechCues } from '../../../src/analysis/steps/find-speech-cues.js';
import { type FoundStatement, findStatements } from '../../../src/analysis/steps/find-statements.js';
import { type PairedQuote, pairQuotes } from '../../../src/analysis/steps/pair-quotes.js';
import { type Coreference, type Entity, resolveSources } from '../../../src/analysis/steps/resolve-sources.js';
import { splitParagraphs } from '../../../src/analysis/steps/split-paragraphs.js';
import { splitSentences } from '../../../src/analysis/steps/split-sentences.js';
import { type Frame, tokenizeFrames } from '../../../src/analysis/steps/tokenize-frames.js';
import type { Quote, Source, Statement } from '../../../src/analysis/story.js';

export interface MentionStage {
  text: string;
  notes: BoundedNotes;
  paragraphs: Span[];
  sentences: Span[];
  /** The quotes left after dropNonQuotes and dropRepeatedQuotes: what attribution is given. */
  candidates: PairedQuote[];
  frames: Frame[];
  mentions: Mention[];
  /** What the steps after findMentions read, as `analyze` makes it. */
  doc: Doc;
}

/** Up to findMentions. */
export function mentionsStage(text: string): MentionStage {
  const notes = new BoundedNotes();
  const paragraphs = splitParagraphs(text);
  const paired = pairQuotes(text, findQuoteMarks(text, notes), paragraphs, notes);
  const sentences = splitSentences(text, paragraphs, paired);
  const repeated = findRepeatedParagraphs(text, paragraphs);
  const candidates = dropRepeatedQuotes(dropNonQuotes(text, paired, notes), repeated, notes);
  const frames = tokenizeFrames(text, sentences, paired, sentencesInRepeated(sentences, paragraphs, repeated));
  const mentions = findMentions(text, frames);
  return { text, notes, paragraphs, sentences, candidates, frames, mentions, doc: new Doc(text, paragraphs, sentences, frames, mentions) };
}

export interface CueStage extends MentionStage {
  cues: Cue[];
}

/** Up to findSpeechCues. */
export function cuesStage(text: string): CueStage {
  const m = mentionsStage(text);
  return { ...m, cues: findSpeechCues(m.doc) };
}

export interface CorefStage extends CueStage {
  coref: Coreference;
}

/** Up to resolveSources. */
export function corefStage(text: string): CorefStage {
  const c = cuesStage(text);
  return { ...c, coref: resolveSources(c.doc, c.cues) };
}

/** Up to findAnonymityReasons: the reason given for each anonymous entity. */
export function reasonsStage(text: string): CorefStage & { reasons: Map<Entity, TextSpan> } {
  const c = corefStage(text);
  return { ...c, reasons: findAnonymityReasons(c.doc, c.coref) };
}

export interface AttributionStage extends CorefStage {
  reasons: Map<Entity, TextSpan>;
  /** Inner cue → outer cue of a report inside a report by the same speaker. */
  outerOf: ReadonlyMap<Cue, Cue>;
  /** The quotes kept by dropScareQuotes and the attribution of each. */
  quotes: PairedQuote[];
  attributions: Attribution[];
}

/** Up to attributeQuotes (and dropScareQuotes, which reads its result). */
export function attributionStage(text: string, model: SpeakerModel | null = SHIPPED_MODEL): AttributionStage {
  const c = reasonsStage(text);
  const outerOf = findNestedReports(text, c.cues, c.coref);
  const context = { doc: c.doc, cues: c.cues, outerOf, coref: c.coref, model };
  const { quotes, attributions } = dropScareQuotes(text, c.candidates, attributeQuotes(c.candidates, context), c.cues, c.sentences, c.notes);
  return { ...c, outerOf, quotes, attributions };
}

export interface StatementStage extends AttributionStage {
  statements: FoundStatement[];
}

/** Up to findStatements, with the attribution of a cue's own statement made as `analyze` makes it. */
export function statementsStage(text: string, model: SpeakerModel | null = SHIPPED_MODEL): StatementStage {
  const a = attributionStage(text, model);
  const ctx = { doc: a.doc, cues: a.cues, outerOf: a.outerOf, coref: a.coref, model };
  const statements = findStatements(a.doc, a.cues, a.quotes, a.attributions, a.outerOf, a.coref, { ctx, history: statementHistory(a.cues, a.attributions) });
  return { ...a, statements };
}

/** The whole pipeline, through buildSources. */
export function sourcesStage(text: string): StatementStage & { built: { quotes: Quote[]; statements: Statement[]; sources: Source[] } } {
  const s = statementsStage(text);
  const built = buildSources(text, s.quotes, s.attributions, s.statements, s.coref, s.reasons, headlineSpan(text, s.paragraphs));
  return { ...s, built };
}

/** The text a span covers, or null for none. */
export function covered(text: string, span: Span | null | undefined): string | null {
  return span ? text.slice(span.start, span.end) : null;
}
