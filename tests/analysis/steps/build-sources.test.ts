/**
 * build-sources: one source per entity that speaks, numbered in order of first mention; its kind,
 * fullest name and role words (never the name again); the quotes and statements pointing at it,
 * each with its speaker's mention and evidence as spans of the text.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import type { SourceKind } from '../../../src/analysis/story.js';
import { sourcesStage } from './pipeline.js';

interface ExpectedSource {
  id: string;
  kind: SourceKind;
  name: string;
  description: string | null;
  /** The texts of its mentions, in text order. */
  mentions: string[];
  justified: boolean | null;
  justification: string | null;
}

interface Case {
  name: string;
  input: string;
  sources: ExpectedSource[];
  /** [id, source id, speaker mention's text] of each quote. */
  quotes: [string, string | null, string | null][];
  /** [id, form, source id, speaker mention's text, cue's text, quote ids] of each statement. */
  statements: [string, string, string | null, string | null, string | null, string[]][];
}

const person = (id: string, name: string, description: string | null, mentions: string[]): ExpectedSource => ({
  id,
  kind: 'person',
  name,
  description,
  mentions,
  justified: null,
  justification: null,
});

const cases: Case[] = [
  {
    name: 'one source for every mention of one person; the title is its description',
    input: '"The bridge will hold," said French President Emmanuel Macron. "We checked it," Macron said.',
    sources: [person('s1', 'Emmanuel Macron', 'French President', ['French President Emmanuel Macron', 'Macron'])],
    quotes: [
      ['q1', 's1', 'French President Emmanuel Macron'],
      ['q2', 's1', 'Macron'],
    ],
    statements: [
      ['st1', 'direct', 's1', 'French President Emmanuel Macron', 'said', ['q1']],
      ['st2', 'direct', 's1', 'Macron', 'said', ['q2']],
    ],
  },
  {
    name: 'a person called by a first name alone is an unnamed source that goes by that name, its aside (with a relative clause) its description',
    input: 'Samira, a mother of four who gave only her first name, said the taps ran dry. "We wait," she said.',
    sources: [
      {
        id: 's1',
        kind: 'anonymous',
        name: 'Samira',
        description: 'a mother of four',
        mentions: ['Samira', 'a mother of four', 'she'],
        justified: false,
        justification: null,
      },
    ],
    quotes: [['q1', 's1', 'she']],
    statements: [
      ['st1', 'indirect', 's1', 'Samira', 'said', []],
      ['st2', 'direct', 's1', 'she', 'said', ['q1']],
    ],
  },
  {
    name: 'sources are numbered by first mention, not by first word spoken',
    input: 'Maria Olsen met Hugh Hill on Monday. "It will hold," Hill said. "It will not," Olsen said.',
    sources: [person('s1', 'Maria Olsen', null, ['Maria Olsen', 'Olsen']), person('s2', 'Hugh Hill', null, ['Hugh Hill', 'Hill'])],
    quotes: [
      ['q1', 's2', 'Hill'],
      ['q2', 's1', 'Olsen'],
    ],
    statements: [
      ['st1', 'direct', 's2', 'Hill', 'said', ['q1']],
      ['st2', 'direct', 's1', 'Olsen', 'said', ['q2']],
    ],
  },
  {
    name: 'a person who never speaks is no source',
    input: 'Maria Olsen met Hugh Hill on Monday. "It will hold," Hill said.',
    sources: [person('s1', 'Hugh Hill', null, ['Hugh Hill', 'Hill'])],
    quotes: [['q1', 's1', 'Hill']],
    statements: [['st1', 'direct', 's1', 'Hill', 'said', ['q1']]],
  },
  {
    name: 'reported speech alone makes a source',
    input: 'Libyan commander Khalifa Hifter said the offensive would go on. "We will not stop," Hifter said.',
    sources: [person('s1', 'Khalifa Hifter', 'Libyan commander', ['Libyan commander Khalifa Hifter', 'Hifter'])],
    quotes: [['q1', 's1', 'Hifter']],
    statements: [
      ['st1', 'indirect', 's1', 'Libyan commander Khalifa Hifter', 'said', []],
      ['st2', 'direct', 's1', 'Hifter', 'said', ['q1']],
    ],
  },
  {
    name: 'a role waiting for a name takes it; the title stays as the description',
    input: 'The mayor said the bridge would hold. Mayor Ana Ruiz spoke on Monday.',
    sources: [person('s1', 'Ana Ruiz', 'Mayor', ['The mayor', 'Mayor Ana Ruiz'])],
    quotes: [],
    statements: [['st1', 'indirect', 's1', 'The mayor', 'said', []]],
  },
  {
    name: 'a group and a member of it are one source',
    input: 'Two people familiar with the talks said they had stalled. One of them said the next round was off.',
    sources: [
      {
        id: 's1',
        kind: 'anonymous',
        name: 'Two people familiar with the talks',
        description: null,
        mentions: ['Two people familiar with the talks', 'they', 'One of them'],
        justified: false,
        justification: null,
      },
    ],
    quotes: [],
    statements: [
      ['st1', 'indirect', 's1', 'Two people familiar with the talks', 'said', []],
      ['st2', 'indirect', 's1', 'One of them', 'said', []],
    ],
  },
  {
    name: 'an anonymous source with its reason',
    input: 'An official, who was not authorized to speak publicly, said the talks had stalled. "No," the official said.',
    sources: [
      {
        id: 's1',
        kind: 'anonymous',
        name: 'An official',
        description: null,
        mentions: ['An official', 'the official'],
        justified: true,
        justification: 'was not authorized to speak publicly',
      },
    ],
    quotes: [['q1', 's1', 'the official']],
    statements: [
      ['st1', 'indirect', 's1', 'An official', 'said', []],
      ['st2', 'direct', 's1', 'the official', 'said', ['q1']],
    ],
  },
  {
    name: 'an anonymous source with no reason is not justified',
    input: '"Never," said a spokeswoman for the ministry.',
    sources: [
      {
        id: 's1',
        kind: 'anonymous',
        name: 'a spokeswoman for the ministry',
        description: null,
        mentions: ['a spokeswoman for the ministry'],
        justified: false,
        justification: null,
      },
    ],
    quotes: [['q1', 's1', 'a spokeswoman for the ministry']],
    statements: [['st1', 'direct', 's1', 'a spokeswoman for the ministry', 'said', ['q1']]],
  },
  {
    name: 'an office named by its description has no description repeating it',
    input: '"No," said a statement from Mayor Kovane\'s office.',
    sources: [
      {
        id: 's1',
        kind: 'organization',
        name: "Mayor Kovane's office",
        description: null,
        mentions: ["a statement from Mayor Kovane's office"],
        justified: null,
        justification: null,
      },
    ],
    quotes: [['q1', 's1', "a statement from Mayor Kovane's office"]],
    statements: [['st1', 'direct', 's1', "a statement from Mayor Kovane's office", 'said', ['q1']]],
  },
  {
    name: 'a relative pronoun is the speaker’s mention of a document',
    input: 'The figures came from the report, which said cases fell.',
    sources: [{ id: 's1', kind: 'organization', name: 'the report', description: null, mentions: ['the report'], justified: null, justification: null }],
    quotes: [],
    statements: [['st1', 'indirect', 's1', 'which', 'said', []]],
  },
  {
    name: 'a place speaks as a body',
    input: 'Moscow said the talks were over.',
    sources: [{ id: 's1', kind: 'organization', name: 'Moscow', description: null, mentions: ['Moscow'], justified: null, justification: null }],
    quotes: [],
    statements: [['st1', 'indirect', 's1', 'Moscow', 'said', []]],
  },
  {
    name: 'a quote nobody said: no source, no statement',
    input: 'The weather was bad.\n\n"Nobody knows what comes next."',
    sources: [],
    quotes: [['q1', null, null]],
    statements: [],
  },
];

describe('buildSources', () => {
  it.each(cases)('$name', ({ input, sources, quotes, statements }) => {
    const { built } = sourcesStage(input);
    expect(
      built.sources.map((s) => ({
        id: s.id,
        kind: s.kind,
        name: s.name,
        description: s.description,
        mentions: s.mentions.map((m) => m.text),
        justified: s.justified,
        justification: s.justification?.text ?? null,
      })),
    ).toEqual(sources);
    expect(built.quotes.map((q) => [q.id, q.sourceId, q.speakerMention?.text ?? null])).toEqual(quotes);
    expect(built.statements.map((s) => [s.id, s.form, s.sourceId, s.speakerMention?.text ?? null, s.cue?.text ?? null, s.quoteIds])).toEqual(statements);
  });

  it('every span it hands out covers its text; evidence names the same mention and cue', () => {
    for (const { input } of cases) {
      const { built } = sourcesStage(input);
      const spans = [
        ...built.sources.flatMap((s) => [...s.mentions, ...(s.justification ? [s.justification] : [])]),
        ...built.quotes.flatMap((q) => [q, ...(q.speakerMention ? [q.speakerMention] : []), ...(q.evidence.cue ? [q.evidence.cue] : [])]),
        ...built.statements.flatMap((s) => [s, ...s.parts, ...(s.speakerMention ? [s.speakerMention] : []), ...(s.cue ? [s.cue] : [])]),
      ];
      for (const span of spans) expect(input.slice(span.start, span.end), input).toBe(span.text);
      for (const item of [...built.quotes, ...built.statements]) expect(item.evidence.mention).toEqual(item.speakerMention);
      for (const s of built.statements) expect(s.evidence.cue).toEqual(s.cue);
    }
  });

  it('a mention carries its facts; a place is typed as one', () => {
    const macron = sourcesStage('"We checked it," said French President Emmanuel Macron.').built.sources[0]?.mentions[0];
    expect(macron).toEqual({
      start: 22,
      end: 54,
      text: 'French President Emmanuel Macron',
      type: 'name',
      head: 'macron',
      plural: false,
      definite: true,
      gender: 'm',
    });
    const moscow = sourcesStage('Moscow said the talks were over.').built.sources[0]?.mentions[0];
    expect(moscow).toEqual({ start: 0, end: 6, text: 'Moscow', type: 'place', head: 'moscow', plural: false, definite: true });
  });

  it('the steps chained here give what analyze gives', () => {
    for (const { input } of cases) {
      const { built } = sourcesStage(input);
      const analysis = analyze(input);
      expect({ quotes: built.quotes, statements: built.statements, sources: built.sources }, input).toEqual({
        quotes: analysis.quotes,
        statements: analysis.statements,
        sources: analysis.sources,
      });
    }
  });
});
