import { describe, expect, it } from 'vitest';
import type { Span, TextSpan } from '../../src/analysis/span.js';
import type { SourceKind } from '../../src/analysis/story.js';
import { addCounts, emptyCounts } from '../../src/evaluation/counts.js';
import { figures } from '../../src/evaluation/figures.js';
import { convertPolnear, type GoldSource, type GoldStory, type PolnearArticle, parseGoldStory } from '../../src/evaluation/gold.js';
import { matchContents, spansMatch } from '../../src/evaluation/matching.js';
import { nameMatches, normalizeName } from '../../src/evaluation/names.js';
import type { PredictedQuote, PredictedReport, PredictedSource, PredictedStatement } from '../../src/evaluation/predicted.js';
import { scoreArticle } from '../../src/evaluation/score-article.js';
import { scoreStory } from '../../src/evaluation/score-story.js';

// All texts here are written for these tests.
const STORY = [
  'Harbor plan stalls',
  '',
  '"We will reopen the bridge by June," Mayor Ana Ruiz said on Tuesday.',
  '',
  'The Port Authority said in a statement that "repairs are on schedule."',
  '',
  '"Nobody believes that," said a city engineer who spoke on condition of anonymity because she was not authorized to talk to reporters.',
  '',
  'Ruiz added: "The money is there."',
  '',
  '"Build it now."',
].join('\n');

/** The span of the n-th occurrence of `part` in `text`. */
function at(text: string, part: string, n = 0): TextSpan {
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = text.indexOf(part, i + 1);
    if (i < 0) throw new Error(`"${part}" not in text`);
  }
  return { start: i, end: i + part.length, text: part };
}

const SOURCES: GoldSource[] = [
  { id: 'ruiz', kind: 'person', name: 'Ana Ruiz', aliases: ['Mayor Ana Ruiz', 'Ruiz'] },
  { id: 'port', kind: 'organization', name: 'the Port Authority' },
  { id: 'engineer', kind: 'anonymous', name: 'a city engineer', justified: true },
];

const QUOTES: Array<[string, string | null]> = [
  ['We will reopen the bridge by June,', 'ruiz'],
  ['repairs are on schedule.', 'port'],
  ['Nobody believes that,', 'engineer'],
  ['The money is there.', 'ruiz'],
  ['Build it now.', null],
];

function gold(text = STORY, sources = SOURCES, quotes = QUOTES): GoldStory {
  return parseGoldStory({ id: 'harbor', text, sources, quotes: quotes.map(([q, source]) => ({ ...at(text, q), source })) }, 'test');
}

function source(id: string, kind: SourceKind, name: string, justified: boolean | null = null, mentions: Span[] = []): PredictedSource {
  return { id, kind, name, justified, mentions };
}

function quote(span: Span, sourceId: string | null, mention: TextSpan | null = null): PredictedQuote {
  return { start: span.start, end: span.end, sourceId, speakerMention: mention };
}

/** A prediction that gets every quote of STORY right. */
function perfect(): PredictedReport {
  return {
    sources: [source('s1', 'person', 'Ana Ruiz'), source('s2', 'organization', 'Port Authority'), source('s3', 'anonymous', 'a city engineer', true)],
    quotes: [
      quote(at(STORY, 'We will reopen the bridge by June,'), 's1', at(STORY, 'Mayor Ana Ruiz')),
      quote(at(STORY, 'repairs are on schedule.'), 's2', at(STORY, 'The Port Authority')),
      quote(at(STORY, 'Nobody believes that,'), 's3', at(STORY, 'a city engineer')),
      quote(at(STORY, 'The money is there.'), 's1', at(STORY, 'Ruiz', 1)),
      quote(at(STORY, 'Build it now.'), null),
    ],
  };
}

describe('overlap rule', () => {
  it.each<[string, Span[], Span[], boolean]>([
    ['exactly half of the shorter span', [{ start: 0, end: 10 }], [{ start: 5, end: 25 }], true],
    ['one unit short of half', [{ start: 0, end: 10 }], [{ start: 6, end: 25 }], false],
    ['half of an odd length rounds up', [{ start: 0, end: 11 }], [{ start: 6, end: 30 }], false],
    ['containment', [{ start: 3, end: 5 }], [{ start: 0, end: 100 }], true],
    ['disjoint', [{ start: 0, end: 5 }], [{ start: 5, end: 10 }], false],
    ['empty spans never match', [{ start: 4, end: 4 }], [{ start: 4, end: 4 }], false],
    [
      'parts: overlap summed over the parts',
      [
        { start: 0, end: 4 },
        { start: 10, end: 14 },
      ],
      [{ start: 2, end: 12 }],
      true,
    ],
    [
      'parts: half of the summed length',
      [
        { start: 0, end: 4 },
        { start: 10, end: 14 },
      ],
      [
        { start: 3, end: 11 },
        { start: 40, end: 50 },
      ],
      false,
    ],
  ])('%s', (_, a, b, expected) => {
    expect(spansMatch(a, b)).toBe(expected);
    expect(spansMatch(b, a)).toBe(expected);
  });
});

describe('one-to-one matching', () => {
  const one = (s: number, e: number): Span[] => [{ start: s, end: e }];
  it.each<[string, Span[][], Span[][], Array<[number, number]>]>([
    ['two predictions on one gold: the larger overlap wins', [one(0, 6), one(0, 10)], [one(0, 10)], [[1, 0]]],
    ['one prediction over two golds: matched once, to the larger overlap', [one(0, 20)], [one(0, 8), one(8, 20)], [[0, 1]]],
    [
      'ties go to the earlier gold, then the earlier prediction',
      [one(0, 10), one(0, 10)],
      [one(0, 10), one(0, 10)],
      [
        [0, 0],
        [1, 1],
      ],
    ],
    ['nothing matches below half', [one(0, 10)], [one(6, 30)], []],
  ])('%s', (_, predicted, goldSpans, pairs) => {
    expect(matchContents(predicted, goldSpans).sort()).toEqual(pairs.sort());
  });

  it('counts a second prediction of the same quote as spurious', () => {
    const report = perfect();
    const extra = at(STORY, 'We will reopen the bridge');
    report.quotes.push(quote(extra, 's1'));
    const s = scoreStory(gold(), report);
    expect(s.counts.quotes).toEqual({ gold: 5, predicted: 6, matched: 5, attributed: 5 });
    expect(s.errors).toEqual([expect.objectContaining({ set: 'quote', kind: 'spurious', start: extra.start, end: extra.end })]);
  });
});

describe('names', () => {
  it.each<[string, string]>([
    ['The Ministry,', 'ministry'],
    ['an official', 'official'],
    ['A city engineer', 'city engineer'],
    ['“The Mayor”', 'mayor'],
    ['Anthem Group', 'anthem group'],
    ['A. Smith', 'a. smith'],
    ['  Port   Authority. ', 'port authority'],
    ['the Port Authority’s', "port authority's"],
  ])('normalizeName(%j) = %j', (name, expected) => {
    expect(normalizeName(name)).toBe(expected);
  });

  const ruiz = { name: 'Ana Ruiz', aliases: ['Mayor Ana Ruiz', 'the mayor'] };
  it.each<[string, boolean]>([
    ['Ana Ruiz', true],
    ['ana ruiz', true],
    ['Ruiz', true], // the surname
    ['Mayor Ana Ruiz', true], // an alias, and contains the name
    ['Governor Ana Ruiz of Lake County', true], // contains the name
    ['The Mayor', true], // alias after dropping the article on both sides
    ['Ana', false], // a first name is not enough
    ['Anna Ruiz', false],
    ['Ruizes', false],
    ['', false],
  ])('%j against Ana Ruiz: %s', (predicted, expected) => {
    expect(nameMatches(predicted, ruiz)).toBe(expected);
  });
});

describe('scoreStory (rules 1–5)', () => {
  it('scores a perfect prediction 1 everywhere', () => {
    const f = figures(scoreStory(gold(), perfect()).counts);
    expect(f).toMatchObject({ quoteF1: 1, attributionAccuracy: 1, endToEndF1: 1, kindAccuracy: 1, justificationAccuracy: 1 });
    expect(f.unnamedShareErrorQuotes).toBe(0);
    expect(f.unnamedShareErrorWords).toBe(0);
  });

  type Case = [string, (r: PredictedReport) => void, boolean];
  const setFirst = (r: PredictedReport, sourceId: string | null, mention: TextSpan | null, name?: string) => {
    const q = r.quotes[0] as PredictedQuote;
    q.sourceId = sourceId;
    q.speakerMention = mention;
    if (name !== undefined) r.sources.push(source(sourceId ?? 'x', 'person', name));
  };
  it.each<Case>([
    ['surname as the source name', (r) => setFirst(r, 'n1', null, 'Ruiz'), true],
    ['alias as the source name', (r) => setFirst(r, 'n1', null, 'mayor ana ruiz'), true],
    ['a wrong name', (r) => setFirst(r, 'n1', null, 'Port Authority'), false],
    ['a first name only', (r) => setFirst(r, 'n1', null, 'Ana'), false],
    // The mention rests on an occurrence of an alias, whatever the predicted name.
    ['mention overlapping an alias occurrence elsewhere', (r) => setFirst(r, 'n1', at(STORY, 'Ruiz', 1), 'her'), true],
    ['mention on another source', (r) => setFirst(r, 'n1', at(STORY, 'a city engineer'), 'she'), false],
    ['no source for a sourced quote', (r) => setFirst(r, null, null), false],
  ])('attribution: %s', (_, edit, right) => {
    const report = perfect();
    edit(report);
    const s = scoreStory(gold(), report);
    expect(s.counts.quotes.attributed).toBe(right ? 5 : 4);
    if (!right)
      expect(s.errors).toEqual([
        expect.objectContaining({ set: 'quote', kind: 'wrong-speaker', gold: 'Ana Ruiz', start: (report.quotes[0] as PredictedQuote).start }),
      ]);
  });

  it('a gold unknown quote wants no source', () => {
    const report = perfect();
    (report.quotes[4] as PredictedQuote).sourceId = 's1';
    const s = scoreStory(gold(), report);
    expect(s.counts.quotes.attributed).toBe(4);
    expect(s.counts.kind).toEqual({ evaluated: 5, correct: 4 });
  });

  it('leading articles are dropped for gold aliases too', () => {
    const g = gold(STORY, [{ id: 'ruiz', kind: 'person', name: 'Ana Ruiz', aliases: ['The Mayor'] }, ...SOURCES.slice(1)]);
    const report = perfect();
    setFirst(report, 'n1', null, 'a mayor');
    expect(scoreStory(g, report).counts.quotes.attributed).toBe(5);
  });

  it('end-to-end F1 needs a match and a right attribution', () => {
    const report = perfect();
    report.quotes.splice(3, 1); // miss one quote
    setFirst(report, 'n1', null, 'Somebody Else'); // misattribute another
    const f = figures(scoreStory(gold(), report).counts);
    expect(f.quotePrecision).toBe(1);
    expect(f.quoteRecall).toBeCloseTo(4 / 5);
    expect(f.attributionAccuracy).toBeCloseTo(3 / 4);
    expect(f.endToEndF1).toBeCloseTo((2 * (3 / 4) * (3 / 5)) / (3 / 4 + 3 / 5));
  });

  it('kind accuracy over matched pairs', () => {
    const report = perfect();
    (report.sources[1] as PredictedSource).kind = 'person';
    expect(scoreStory(gold(), report).counts.kind).toEqual({ evaluated: 5, correct: 4 });
  });

  it('unnamed share error in points, for quotes and quoted words', () => {
    // Gold: 1 of 5 quotes anonymous (3 of 21 words). Predicted: the engineer and the port are anonymous.
    const report = perfect();
    (report.sources[1] as PredictedSource).kind = 'anonymous';
    const c = scoreStory(gold(), report).counts;
    expect(c.unnamed.gold).toEqual({ quotes: 5, anonymousQuotes: 1, words: 21, anonymousWords: 3 });
    const f = figures(c);
    expect(f.unnamedShareErrorQuotes).toBeCloseTo(20); // 40% against 20%
    expect(f.unnamedShareErrorWords).toBeCloseTo(100 * (7 / 21 - 3 / 21)); // + "repairs are on schedule" (4 words)
  });

  it('unnamed share error is the mean of per-story errors; pooled shares are reported apart', () => {
    const good = scoreStory(gold(), perfect()).counts;
    const report = perfect();
    (report.sources[2] as PredictedSource).kind = 'person';
    const bad = scoreStory(gold(), report).counts; // 0% against 20%
    const f = figures(addCounts(good, bad));
    expect(f.stories).toBe(2);
    expect(f.unnamedShareErrorQuotes).toBeCloseTo(10);
    expect(f.unnamedShareErrorQuotesMax).toBeCloseTo(20);
    expect(f.unnamedShareErrorQuotesPooled).toBeCloseTo(10); // 1 of 10 against 2 of 10
  });

  it('no unnamed share when a quoted gold source has no kind (converted corpora)', () => {
    const g = gold(
      STORY,
      SOURCES.map(({ kind: _, ...s }) => s),
    );
    const c = scoreStory(g, perfect()).counts;
    expect(c.unnamed.stories).toBe(0);
    expect(c.kind.evaluated).toBe(1); // only the unknown quote has a gold kind
    expect(figures(c).unnamedShareErrorQuotes).toBeNull();
  });

  it.each<[string, (r: PredictedReport) => void, { evaluated: number; correct: number }]>([
    ['same value', () => {}, { evaluated: 1, correct: 1 }],
    ['reported unjustified', (r) => ((r.sources[2] as PredictedSource).justified = false), { evaluated: 1, correct: 0 }],
    ['null counts as unjustified', (r) => ((r.sources[2] as PredictedSource).justified = null), { evaluated: 1, correct: 0 }],
    [
      'source not found: not evaluated',
      (r) => {
        r.sources.splice(2, 1);
        (r.quotes[2] as PredictedQuote).sourceId = null;
      },
      { evaluated: 0, correct: 0 },
    ],
    [
      'found by name without a quote',
      (r) => {
        (r.quotes[2] as PredictedQuote).sourceId = null;
        (r.sources[2] as PredictedSource).name = 'City engineer';
      },
      { evaluated: 1, correct: 1 },
    ],
  ])('justification: %s', (_, edit, expected) => {
    const report = perfect();
    edit(report);
    expect(scoreStory(gold(), report).counts.justification).toEqual(expected);
  });

  it('justification: a source without quotes is found by its own name, not inside another source', () => {
    const text = 'Residents were angry. "The tap ran dry," said two residents of the dock quarter who feared reprisals.';
    const g = parseGoldStory(
      {
        id: 'dock',
        text,
        sources: [
          { id: 'two', kind: 'anonymous', name: 'two residents of the dock quarter', justified: true },
          { id: 'all', kind: 'anonymous', name: 'residents', justified: false },
        ],
        quotes: [{ ...at(text, 'The tap ran dry,'), source: 'two' }],
      },
      'test',
    );
    const report: PredictedReport = {
      sources: [source('p1', 'anonymous', 'Two residents of the dock quarter', true), source('p2', 'anonymous', 'Residents', false)],
      quotes: [quote(at(text, 'The tap ran dry,'), 'p1')],
    };
    expect(scoreStory(g, report).counts.justification).toEqual({ evaluated: 2, correct: 2 });
  });

  it('lists missed and spurious quotes with the gold and predicted speakers', () => {
    const report = perfect();
    report.quotes.splice(1, 1);
    const stray = at(STORY, 'Harbor plan');
    report.quotes.push(quote(stray, 's1', at(STORY, 'Ruiz', 1)));
    const { errors } = scoreStory(gold(), report);
    const missed = at(STORY, 'repairs are on schedule.');
    expect(errors).toEqual([
      { set: 'quote', kind: 'missed', start: missed.start, end: missed.end, predicted: '', gold: 'the Port Authority' },
      { set: 'quote', kind: 'spurious', start: stray.start, end: stray.end, predicted: 'Ruiz → Ana Ruiz', gold: '' },
    ]);
  });

  it('empty sets give n/a rather than a perfect or zero score', () => {
    const g = gold(STORY, SOURCES, []);
    const f = figures(scoreStory(g, { quotes: [], sources: [] }).counts);
    expect(f.quoteF1).toBeNull();
    expect(f.quotePrecision).toBeNull();
    expect(f.attributionAccuracy).toBeNull();
    expect(figures(scoreStory(gold(), { quotes: [], sources: [] }).counts).quoteF1).toBe(0);
  });

  it('rejects a gold story whose quote text does not slice the text', () => {
    expect(() => parseGoldStory({ id: 'x', text: 'abc', sources: [], quotes: [{ start: 0, end: 2, text: 'bc', source: null }] }, 'x.json')).toThrow(
      /x\.json: quotes\[0\]\.text/,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// PolNeAR shape, with an invented article.

const ARTICLE_TEXT = [
  'Council votes on ferry',
  '',
  '"The ferry stays," Councilor Lee Park said. "We found the money."',
  '',
  'Park said the vote was "long overdue" and the budget was “balanced at last.”',
  '',
  'He believes the plan will work.',
  '',
  'Residents said they were relieved.',
  '',
  '"The first paragraph of a long statement.',
  '',
  '"The second paragraph of it," the mayor wrote.',
].join('\n');

function span(part: string, n = 0): TextSpan {
  return at(ARTICLE_TEXT, part, n);
}

function article(): PolnearArticle {
  const p1 = span('The ferry stays,');
  const p2 = span('We found the money.');
  const mixed = span('the vote was "long overdue" and the budget was “balanced at last.”');
  const long = span('The first paragraph of a long statement.\n\n"The second paragraph of it,');
  return {
    id: 'polnear/invented',
    text: ARTICLE_TEXT,
    attributions: [
      {
        ...span(ARTICLE_TEXT.slice(p1.start, p2.end)),
        parts: [p1, p2],
        form: 'direct',
        speaker: span('Councilor Lee Park'),
        speakerIsPronoun: false,
        cue: span('said'),
        speech: true,
      },
      { ...mixed, form: 'mixed', speaker: span('Park', 1), speakerIsPronoun: false, cue: span('said', 1), speech: true },
      { ...span('the plan will work.'), form: 'indirect', speaker: span('He'), speakerIsPronoun: true, cue: span('believes'), speech: false },
      { ...span('they were relieved.'), form: 'indirect', speaker: span('Residents'), speakerIsPronoun: false, cue: span('said', 2), speech: true },
      { ...long, form: 'direct', speaker: span('the mayor'), speakerIsPronoun: false, cue: span('wrote'), speech: true },
    ],
  };
}

describe('PolNeAR conversion', () => {
  const { quotes, statements } = convertPolnear(article());

  it('direct parts, mixed marks (straight and curly) and paragraphs become gold quotes', () => {
    expect(quotes.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['The ferry stays,', 'Councilor Lee Park'],
      ['We found the money.', 'Councilor Lee Park'],
      ['long overdue', 'Park'],
      ['balanced at last.', 'Park'],
      ['The first paragraph of a long statement.', 'the mayor'],
      ['The second paragraph of it,', 'the mayor'],
    ]);
    for (const q of quotes) expect(ARTICLE_TEXT.slice(q.start, q.end)).toBe(q.text);
  });

  it('every attribution becomes a statement, with parts', () => {
    expect(statements.map((s) => [s.form, s.speech, s.parts.length])).toEqual([
      ['direct', true, 2],
      ['mixed', true, 1],
      ['indirect', false, 1],
      ['indirect', true, 1],
      ['direct', true, 1],
    ]);
  });
});

describe('scoreArticle (rule 6 and the corpus quotes)', () => {
  const a = article();
  const sources = [
    source('park', 'person', 'Lee Park'),
    source('he', 'person', 'he'),
    source('res', 'anonymous', 'residents of the town'),
    source('mayor', 'person', 'the mayor'),
  ];
  const stmt = (parts: Span[], sourceId: string | null, mention: TextSpan | null): PredictedStatement => ({
    start: (parts[0] as Span).start,
    end: (parts[parts.length - 1] as Span).end,
    parts,
    sourceId,
    speakerMention: mention,
  });

  it('scores quotes and their speakers against the speaker span or the speaker text', () => {
    const report: PredictedReport = {
      sources,
      quotes: [
        quote(span('The ferry stays,'), 'park', span('Councilor Lee Park')), // mention overlaps
        quote(span('We found the money.'), 'park', null), // "Lee Park" does not contain "Councilor Lee Park"
        quote(span('long overdue'), 'park', null), // name contains the speaker text "Park"
        quote(span('balanced at last.'), 'mayor', null),
      ],
      statements: [],
    };
    const s = scoreArticle(a, report);
    expect(s.counts.quotes).toEqual({ gold: 6, predicted: 4, matched: 4, attributed: 2 });
    expect(s.errors.filter((e) => e.kind === 'wrong-speaker').map((e) => [e.predicted, e.gold])).toEqual([
      ['Lee Park', 'Councilor Lee Park'],
      ['the mayor', 'Park'],
    ]);
    expect(s.errors.filter((e) => e.set === 'quote' && e.kind === 'missed')).toHaveLength(2);
  });

  it('statements: recall over speech, precision over any gold, parts summed', () => {
    const report: PredictedReport = {
      sources,
      quotes: [],
      statements: [
        // the broken direct quote, predicted as one span across the attribution: matches by summed parts
        stmt([span('The ferry stays," Councilor Lee Park said. "We found the money.')], 'park', span('Councilor Lee Park')),
        // a belief (speech: false): right for precision, not needed for recall
        stmt([span('the plan will work.')], 'he', span('He')),
        // residents: speaker by name containing the speaker text
        stmt([span('they were relieved.')], 'res', null),
        // nothing in the gold
        stmt([span('Council votes on ferry')], null, null),
      ],
    };
    const s = scoreArticle(a, report);
    expect(s.counts.statements).toEqual({ gold: 4, goldAll: 5, predicted: 4, matchedSpeech: 2, matched: 3, speakerCorrect: 3 });
    const f = figures(s.counts);
    expect(f.statementPrecision).toBeCloseTo(3 / 4);
    expect(f.statementRecall).toBeCloseTo(2 / 4);
    expect(f.statementF1).toBeCloseTo((2 * 0.75 * 0.5) / 1.25);
    expect(s.errors.filter((e) => e.set === 'statement').map((e) => e.kind)).toEqual(['missed', 'missed', 'spurious']);
  });

  it('a pronoun speaker is right only by its span', () => {
    const he = span('He');
    const belief = [span('the plan will work.')];
    const byName = scoreArticle(a, { sources, quotes: [], statements: [stmt(belief, 'he', null)] });
    const bySpan = scoreArticle(a, { sources, quotes: [], statements: [stmt(belief, 'park', he)] });
    expect(byName.counts.statements.speakerCorrect).toBe(0);
    expect(bySpan.counts.statements.speakerCorrect).toBe(1);
  });

  it('a prediction overlapping speech and belief is spent on the speech', () => {
    const text = 'Ann said taxes rise. Bob thinks taxes rise.';
    const doc: PolnearArticle = {
      id: 'polnear/tiny',
      text,
      attributions: [
        { ...at(text, 'taxes rise. Bob'), form: 'indirect', speaker: at(text, 'Bob'), speakerIsPronoun: false, cue: null, speech: false },
        { ...at(text, 'taxes rise.'), form: 'indirect', speaker: at(text, 'Ann'), speakerIsPronoun: false, cue: null, speech: true },
      ],
    };
    const s = scoreArticle(doc, { sources: [], quotes: [], statements: [stmt([at(text, 'taxes rise. ')], null, null)] });
    expect(s.counts.statements).toMatchObject({ matchedSpeech: 1, matched: 1 });
  });

  it('micro-averages by summing counts', () => {
    const empty: PredictedReport = { sources: [], quotes: [], statements: [] };
    const total = addCounts(addCounts(emptyCounts(), scoreArticle(a, empty).counts), scoreArticle(a, empty).counts);
    expect(total.stories).toBe(2);
    expect(total.quotes.gold).toBe(12);
    expect(total.statements).toMatchObject({ gold: 8, goldAll: 10 });
    expect(figures(total).statementRecall).toBe(0);
    expect(figures(total).statementPrecision).toBeNull();
  });
});
