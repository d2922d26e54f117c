/**
 * Test stories. `PLAIN_STORY` has quotes any engine must attribute (they fail until the real
 * engine lands). `fakeAnalysis` hand-builds an Analysis for `FIXTURE_STORY` so that the
 * rendering (highlights, formats, escaping) is tested independently of the engine.
 */
import type { Analysis, Evidence, Quote, Source, SourceKind, SourceMention, Statement } from '../../../src/analysis/story.js';
import { buildReport } from '../../../src/report/build-report.js';
import type { SourcingReport } from '../../../src/report/types.js';

export const PLAIN_STORY = [
  'Bridge will reopen by June, mayor says',
  '',
  '"We will reopen the bridge by June," Mayor Ana Ruiz said.',
  '',
  '"The repairs are on schedule," said Tom Becker, the city engineer.',
  '',
].join('\n');

export const FIXTURE_STORY = [
  'Erdoğan ally <b>praises</b> Salamé plan',
  '',
  '"We will reopen the bridge by June," Mayor Ana Ruiz said.',
  '',
  'A city official, who spoke on condition of anonymity because she was not authorized to discuss the budget, said the repairs would cost "far more than planned."',
  '',
  '"<script>alert(1)</script> is not a plan," Ghassan Salamé said, adding that Erdoğan agreed.',
  '',
].join('\n');

function at(text: string, needle: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: ${needle} not found`);
  return { start, end: start + needle.length, text: needle };
}

/** The facts of one person (a named source is always informative). */
const PERSON = { plural: false, informative: true, spokesperson: false } as const;

/** A mention span with the engine's facts. */
function fact(span: { start: number; end: number; text: string }, type: SourceMention['type'], head: string): SourceMention {
  return { ...span, type, head, plural: false, definite: type === 'name' };
}

function ev(text: string, rule: Evidence['rule'], cue: string | null, mention: string | null, from: number): Evidence {
  return { rule, cue: cue ? at(text, cue, from) : null, mention: mention ? at(text, mention, from) : null, confidence: 0.9 };
}

export function fakeAnalysis(text = FIXTURE_STORY): Analysis {
  const p2 = text.indexOf('A city official');
  const p3 = text.indexOf('"<script>');
  const sources: Source[] = [
    {
      id: 's1',
      kind: 'person',
      name: 'Ana Ruiz',
      description: 'Mayor',
      mentions: [fact(at(text, 'Mayor Ana Ruiz'), 'name', 'ruiz')],
      justified: null,
      justification: null,
      ...PERSON,
    },
    {
      id: 's2',
      kind: 'anonymous',
      name: 'A city official',
      description: null,
      mentions: [fact(at(text, 'A city official'), 'description', 'official')],
      justified: true,
      justification: at(text, 'spoke on condition of anonymity because she was not authorized to discuss the budget'),
      plural: false,
      informative: true,
      spokesperson: false,
    },
    {
      id: 's3',
      kind: 'person',
      name: 'Ghassan Salamé',
      description: null,
      mentions: [fact(at(text, 'Ghassan Salamé'), 'name', 'salamé')],
      justified: null,
      justification: null,
      ...PERSON,
    },
  ];
  const quote = (id: string, needle: string, sourceId: string | null, e: Evidence, paragraph: number, from = 0): Quote => {
    const span = at(text, needle, from);
    return {
      id,
      ...span,
      open: { start: span.start - 1, end: span.start },
      close: { start: span.end, end: span.end + 1 },
      paragraph,
      sourceId,
      speakerMention: e.mention,
      evidence: e,
    };
  };
  const quotes: Quote[] = [
    quote('q1', 'We will reopen the bridge by June,', 's1', ev(text, 'cue-after-quote', 'said', 'Mayor Ana Ruiz', 0), 1),
    quote('q2', 'far more than planned.', 's2', ev(text, 'cue-before-quote', 'said', 'A city official', p2), 2, p2),
    quote('q3', '<script>alert(1)</script> is not a plan,', 's3', ev(text, 'cue-after-quote', 'said', 'Ghassan Salamé', p3), 3, p3),
  ];
  const statement = (id: string, needle: string, form: Statement['form'], sourceId: string, e: Evidence, quoteIds: string[], from = 0): Statement => {
    const span = at(text, needle, from);
    return { id, ...span, form, parts: [], sourceId, speakerMention: e.mention, cue: e.cue, evidence: e, quoteIds };
  };
  const statements: Statement[] = [
    statement('st1', 'the repairs would cost "far more than planned."', 'mixed', 's2', (quotes[1] as Quote).evidence, ['q2'], p2),
    statement('st2', 'Erdoğan agreed', 'indirect', 's3', ev(text, 'cue-after-quote', 'adding', 'Ghassan Salamé', p3), [], p3),
  ];
  return { length: text.length, paragraphs: [], sentences: [], quotes, statements, sources, notes: [] };
}

export function fakeReport(text = FIXTURE_STORY): SourcingReport {
  return buildReport(fakeAnalysis(text), text);
}

export const KINDS: SourceKind[] = ['person', 'organization', 'anonymous', 'unknown'];
