/**
 * Engine behaviour: who said each quote. A table of short passages (our own invented sentences)
 * with, for each quote in order, the expected speaker mention and source kind, and where it
 * matters the source's name, whether the quotes share one source and whether an anonymous source
 * is justified.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import type { SourceKind } from '../../src/analysis/story.js';
import { buildReport } from '../../src/report/build-report.js';
import type { SourcingReport } from '../../src/report/types.js';
import { assertAnalysisInvariants, assertReportInvariants } from '../support/invariants.js';

interface ExpectedQuote {
  /** The quote's text (marks excluded), when worth pinning. */
  text?: string;
  /** The speaker mention's text, or null when nobody is named. */
  mention: string | null;
  kind: SourceKind;
  /** The resolved source's name (`Ana Ruiz` for a `she`). */
  source?: string;
}

interface ExpectedStatement {
  /** A piece of the statement's text. */
  contains: string;
  mention: string | RegExp;
  kind: SourceKind;
  form?: 'direct' | 'mixed' | 'indirect';
}

interface Case {
  name: string;
  passage: string;
  quotes: ExpectedQuote[];
  /** All quotes point at one and the same source. */
  sameSource?: boolean;
  /** `justified` of the first quote's source. */
  justified?: boolean | null;
  statements?: ExpectedStatement[];
}

const cases: Case[] = [
  {
    name: 'a transcript: the speaker label before a colon, then an unlabelled paragraph goes on',
    passage:
      'Host Lena Brandt interviewed the mayor, Otto Kranz, on Sunday.\n\n"BRANDT: Will the pool reopen?"\n\n"KRANZ: In June, if the roof holds."\n\n"And if it does not, we will build a new one."',
    quotes: [
      { text: 'BRANDT: Will the pool reopen?', mention: 'BRANDT', kind: 'person', source: 'Lena Brandt' },
      { text: 'KRANZ: In June, if the roof holds.', mention: 'KRANZ', kind: 'person', source: 'Otto Kranz' },
      { text: 'And if it does not, we will build a new one.', mention: 'KRANZ', kind: 'person', source: 'Otto Kranz' },
    ],
  },
  {
    name: 'cue after the quote: …," the official said',
    passage: '"The bridge will reopen in May," the official said.',
    quotes: [{ text: 'The bridge will reopen in May,', mention: 'the official', kind: 'anonymous' }],
  },
  {
    name: 'inverted cue: …," said Maria Olsen',
    passage: '"We have no more beds," said Maria Olsen.',
    quotes: [{ text: 'We have no more beds,', mention: 'Maria Olsen', kind: 'person', source: 'Maria Olsen' }],
  },
  {
    name: 'cue before the quote with a colon: Maria Olsen said: "…"',
    passage: 'Maria Olsen said: "We have no more beds."',
    quotes: [{ text: 'We have no more beds.', mention: 'Maria Olsen', kind: 'person' }],
  },
  {
    name: 'surname only before the colon: Olsen said: "…"',
    passage: 'Olsen said: "We have no more beds."',
    quotes: [{ mention: 'Olsen', kind: 'person' }],
  },
  {
    name: 'split quote: "A," she said. "B."',
    passage: 'Ana Ruiz runs the bakery on Dock Street. "We tried," she said. "It was not enough."',
    quotes: [
      { text: 'We tried,', mention: 'she', kind: 'person', source: 'Ana Ruiz' },
      { text: 'It was not enough.', mention: 'she', kind: 'person', source: 'Ana Ruiz' },
    ],
    sameSource: true,
  },
  {
    name: 'appositive before the cue: Hugh Hill, a doctor at the clinic, said',
    passage: 'Hugh Hill, a doctor at the clinic, said, "We ran out of saline on Tuesday."',
    quotes: [{ mention: 'Hugh Hill', kind: 'person', source: 'Hugh Hill' }],
  },
  {
    name: 'appositive after an inverted cue: said Hugh Hill, a doctor at the clinic',
    passage: '"We ran out of saline on Tuesday," said Hugh Hill, a doctor at the clinic.',
    quotes: [{ mention: 'Hugh Hill', kind: 'person', source: 'Hugh Hill' }],
  },
  {
    name: 'pronoun after a full name, across a paragraph break',
    passage: 'Ana Ruiz opened the bakery in 2009.\n\n"We never closed, not even in the flood," she said.',
    quotes: [{ mention: 'she', kind: 'person', source: 'Ana Ruiz' }],
  },
  {
    name: 'pronoun after a full name, with a male distractor in between',
    passage: 'Ms. Maria Olsen chairs the board. Mr. Per Dahl, her deputy, disagreed with her on Monday.\n\n"We have no money," she said.',
    quotes: [{ mention: 'she', kind: 'person', source: 'Maria Olsen' }],
  },
  {
    name: 'surname after a full name: the same source',
    passage: '"The ice came early," said Tomas Lind, the harbour master.\n\nThe ferries were moved inland.\n\n"We lost two weeks," Lind said.',
    quotes: [
      { mention: 'Tomas Lind', kind: 'person', source: 'Tomas Lind' },
      { mention: 'Lind', kind: 'person', source: 'Tomas Lind' },
    ],
    sameSource: true,
  },
  {
    name: 'the official → an official of the presidential palace, justified by a reason given once',
    passage:
      'An official of the presidential palace described the talks as tense.\n\n"Nobody left the room," the official said. He wasn\'t authorized to speak publicly.\n\n"We expect another round," the official said.',
    quotes: [
      { mention: 'the official', kind: 'anonymous', source: 'An official of the presidential palace' },
      { mention: 'the official', kind: 'anonymous', source: 'An official of the presidential palace' },
    ],
    sameSource: true,
    justified: true,
    statements: [{ contains: 'the talks as tense', mention: 'An official of the presidential palace', kind: 'anonymous', form: 'indirect' }],
  },
  {
    name: 'the reason inside the first description also justifies later quotes',
    passage:
      'An official of the presidential palace, who spoke on condition of anonymity because he wasn\'t authorized to speak publicly, said the talks were tense.\n\n"Nobody left the room," the official said.',
    quotes: [{ mention: 'the official', kind: 'anonymous', source: 'An official of the presidential palace' }],
    justified: true,
  },
  {
    name: 'declined to be named, on its own, is not a justification',
    passage: 'An official of the presidential palace said the talks were tense. He declined to be named.\n\n"Nobody left the room," the official said.',
    quotes: [{ mention: 'the official', kind: 'anonymous', source: 'An official of the presidential palace' }],
    justified: false,
  },
  {
    name: 'a group of anonymous sources and one of them',
    passage: 'Two people familiar with the talks said the deal was close. "It could be signed Friday," one of them said.',
    quotes: [{ mention: 'one of them', kind: 'anonymous', source: 'Two people familiar with the talks' }],
    justified: false,
  },
  {
    name: 'organization: the ministry said in a statement',
    passage: '"Tariffs on grain will fall by half," the ministry said in a statement.',
    quotes: [{ mention: 'the ministry', kind: 'organization' }],
  },
  {
    name: 'dash attribution: "…" — Maria Olsen',
    passage: '"Every crate was counted." — Maria Olsen',
    quotes: [{ mention: 'Maria Olsen', kind: 'person' }],
  },
  {
    name: 'according to the ministry: an indirect statement',
    passage: 'The grain will arrive in June, according to the ministry.',
    quotes: [],
    statements: [{ contains: 'The grain will arrive in June', mention: 'the ministry', kind: 'organization', form: 'indirect' }],
  },
  {
    name: 'according to the World Health Organization: an indirect statement',
    passage: 'Cholera has spread to four provinces, according to the World Health Organization.',
    quotes: [],
    statements: [{ contains: 'Cholera has spread to four provinces', mention: /World Health Organization/, kind: 'organization', form: 'indirect' }],
  },
  {
    name: 'an untagged epigraph: no source',
    passage: '"Bread, work, dignity."\n\nThousands marched through the capital on Saturday.',
    quotes: [{ text: 'Bread, work, dignity.', mention: null, kind: 'unknown' }],
  },
];

function run(passage: string): SourcingReport {
  const analysis = analyze(passage);
  assertAnalysisInvariants(passage, analysis);
  const report = buildReport(analysis, passage);
  assertReportInvariants(passage, report);
  return report;
}

function check(c: Case): void {
  const report = run(c.passage);
  const byId = new Map(report.sources.map((s) => [s.id, s] as const));
  const got = report.quotes.map((q) => {
    const source = q.sourceId === null ? undefined : byId.get(q.sourceId);
    const one: ExpectedQuote = { mention: q.speakerMention?.text ?? null, kind: q.kind };
    return { one, text: q.text, source: source?.name };
  });
  const want = c.quotes.map((w) => ({ text: w.text, mention: w.mention, kind: w.kind, source: w.source }));
  expect(
    got.map((g, i) => ({
      text: want[i]?.text === undefined ? undefined : g.text,
      mention: g.one.mention,
      kind: g.one.kind,
      source: want[i]?.source === undefined ? undefined : g.source,
    })),
    'quotes: text, speaker mention, kind, source',
  ).toEqual(want);

  for (const q of report.quotes) {
    if (q.kind === 'unknown') expect(q.sourceId, `quote ${q.id} has no source`).toBeNull();
  }
  if (c.sameSource) {
    const ids = new Set(report.quotes.map((q) => q.sourceId));
    expect(ids.size, 'all quotes share one source').toBe(1);
    expect([...ids][0]).not.toBeNull();
  }
  if (c.justified !== undefined) {
    const first = report.quotes[0];
    const source = first?.sourceId ? byId.get(first.sourceId) : undefined;
    expect(source?.justified, 'justified').toBe(c.justified);
  }
  for (const ws of c.statements ?? []) {
    const st = report.statements.find((s) => s.text.includes(ws.contains));
    expect(st, `a statement containing ${JSON.stringify(ws.contains)}`).toBeDefined();
    if (!st) continue;
    if (typeof ws.mention === 'string') expect(st.speakerMention?.text).toBe(ws.mention);
    else expect(st.speakerMention?.text ?? '').toMatch(ws.mention);
    expect(st.kind).toBe(ws.kind);
    if (ws.form) expect(st.form).toBe(ws.form);
  }
}

describe('attribution', () => {
  for (const c of cases) {
    it(c.name, () => check(c));
  }
});
