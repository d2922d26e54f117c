import { describe, expect, it } from 'vitest';
import { parseCorrections, parseCorrectionsJson } from '../../../src/report/corrections/parse.js';
import { CorrectionsError } from '../../../src/report/corrections/types.js';

const quote = { start: 1, end: 5, text: 'word' };

describe('parseCorrections accepts the contract', () => {
  it.each([
    ['a quote to a mention', [{ quote, source: { mention: { start: 0, end: 3 } } }]],
    ['a quote to a name', [{ quote, source: { name: 'Maria Olsen', kind: 'person' } }]],
    ['a statement to an id', [{ statement: quote, source: { id: 's3' } }]],
    ['a quote to no one', [{ quote, source: null }]],
    ['a merge', [{ merge: [{ id: 's1' }, { name: 'the port authority', kind: 'organization' }] }]],
    ['a change', [{ source: { id: 's2' }, set: { kind: 'anonymous', justified: true } }]],
    ['a dismissal', [{ dismiss: { start: 4, end: 9 } }]],
    ['a dismissal of one rule', [{ dismiss: { start: 4, end: 9, rule: 'anonymous-without-reason' } }]],
    ['nothing', []],
  ])('%s', (_what, list) => {
    expect(parseCorrections(list)).toEqual(list);
  });

  it('tidies a typed name', () => {
    expect(parseCorrections([{ quote, source: { name: '  Maria \n Olsen ', kind: 'person' } }])).toEqual([
      { quote, source: { name: 'Maria Olsen', kind: 'person' } },
    ]);
  });

  it('reads JSON text, a blank field as none and a leading BOM', () => {
    expect(parseCorrectionsJson('   ')).toEqual([]);
    expect(parseCorrectionsJson('\ufeff[{"dismiss":{"start":1,"end":2}}]')).toEqual([{ dismiss: { start: 1, end: 2 } }]);
  });
});

describe('parseCorrections refuses a malformed list with where and what', () => {
  it.each([
    ['not a list', { quote }, 'corrections: must be a JSON list'],
    ['a number', [7], 'corrections[0]: must be an object'],
    ['no kind of correction', [{ foo: 1 }], 'corrections[0]: is not a correction'],
    ['a quote without source', [{ quote }], 'corrections[0]: needs a "source"'],
    ['a negative offset', [{ quote: { ...quote, start: -1 }, source: null }], 'corrections[0].quote.start: must be a whole number'],
    ['a fractional offset', [{ dismiss: { start: 1.5, end: 2 } }], 'corrections[0].dismiss.start: must be a whole number'],
    ['end before start', [{ dismiss: { start: 5, end: 2 } }], 'corrections[0].dismiss: "end" comes before "start"'],
    ['a quote without text', [{ quote: { start: 1, end: 2 }, source: null }], 'corrections[0].quote.text'],
    ['an unknown kind', [{ quote, source: { name: 'X', kind: 'robot' } }], 'corrections[0].source.kind: must be "person"'],
    ['an empty name', [{ quote, source: { name: ' ', kind: 'person' } }], 'corrections[0].source.name'],
    ['a merge of one', [{ merge: [{ id: 's1' }] }], 'corrections[0].merge: must be a list of two'],
    ['a change of nothing', [{ source: { id: 's1' }, set: {} }], 'corrections[0].set: changes nothing'],
    ['justified not a boolean', [{ source: { id: 's1' }, set: { justified: 'yes' } }], 'corrections[0].set.justified'],
    ['an extra field', [{ dismiss: { start: 1, end: 2 }, also: true }], 'unexpected field "also"'],
    ['a bad reference', [{ quote, source: 's1' }], 'corrections[0].source: must be'],
    ['too many', Array.from({ length: 1001 }, () => ({ dismiss: { start: 1, end: 2 } })), 'at most 1000'],
  ])('%s', (_what, list, message) => {
    expect(() => parseCorrections(list)).toThrow(CorrectionsError);
    expect(() => parseCorrections(list)).toThrow(message);
  });

  it('says when the text is not JSON', () => {
    expect(() => parseCorrectionsJson('[{')).toThrow(/^corrections: not valid JSON/);
  });

  it('throws nothing but CorrectionsError, whatever the value', () => {
    for (const v of [
      undefined,
      null,
      '',
      0,
      'x',
      [null],
      [[]],
      [{ quote: null, source: null }],
      [{ merge: null }],
      [{ source: null, set: null }],
      [{ dismiss: [] }],
    ]) {
      expect(() => parseCorrections(v)).toThrow(CorrectionsError);
    }
  });
});
