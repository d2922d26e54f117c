/** definite-descriptions: `the official` finds `an official of…`, in the same number. */
import { describe, it } from 'vitest';
import { checkRow, type Row } from './resolve.js';

const rows: Row[] = [
  {
    name: 'the official is the official described before',
    text: 'Reporters met an official of the port authority on Monday. The official said the checks would take a week.',
    together: [['an official of the port authority', 'The official']],
  },
  {
    name: 'a plural does not take up a singular',
    text: 'An inspector visited the farm on Monday. The inspectors said the wells were dry.',
    apart: [['An inspector', 'The inspectors']],
  },
  {
    name: 'a definite role with nothing before is a new source',
    text: 'The spokesman said the road was closed.',
    together: [['The spokesman']],
  },
  {
    name: 'a new definite description speaking right after an unnamed speaker describes that speaker',
    text: 'A member of the rescue team said the men had sheltered in a chamber. "They did everything right," the rescuer said.',
    together: [['A member of the rescue team', 'the rescuer']],
  },
  {
    name: 'but not after a named speaker',
    text: 'Ana Ruiz said the men had sheltered in a chamber. "They did everything right," the rescuer said.',
    apart: [['Ana Ruiz', 'the rescuer']],
  },
  {
    name: 'a new description speaking right after an unnamed person brought in without a word of speech describes that person',
    text: 'A different view comes from a former member of the team, who spoke on condition of anonymity because she signed an agreement. “It was all about the numbers,” the former employee said.',
    together: [['a former member of the team', 'the former employee']],
  },
  {
    name: "a role grown from a word of an unnamed speaker's description describes that speaker (`A member of the commission … the commissioner`)",
    text: 'A member of the commission, who spoke on condition of anonymity, said the count had gone well. "We were done by midnight," the commissioner said.',
    together: [['A member of the commission', 'the commissioner']],
  },
  {
    name: 'a role that shares no word with the unnamed speaker before is someone else (`An aide said … the governor said`)',
    text: 'An aide said the count had gone well. "We were done by midnight," the governor said.',
    apart: [['An aide', 'the governor']],
  },
];

describe('definite descriptions', () => {
  for (const row of rows) it(row.name, () => checkRow(row));
});
