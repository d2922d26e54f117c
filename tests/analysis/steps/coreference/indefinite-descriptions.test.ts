/** indefinite-descriptions: each is a new unnamed source, but a plural said again in the same words is the same group. */
import { describe, it } from 'vitest';
import { checkRow, type Row } from './resolve.js';

const rows: Row[] = [
  {
    name: 'a plural said again in the same words is the same group',
    text: 'Residents of the valley said the dam leaked. Residents of the valley said it again.',
    together: [['Residents of the valley', 'Residents of the valley#2']],
  },
  {
    name: 'a singular said again is another source',
    text: 'A nurse said the ward was full. A nurse said the beds had run out.',
    apart: [['A nurse', 'A nurse#2']],
  },
  {
    name: 'a role speaking in the lede is the person the story names later with that role',
    text: 'A county judge on Thursday sentenced Dalton Kreuger, telling him that it was too late. Kreuger had pleaded guilty. The state asked for 12 years. Circuit Judge Teodora Vance said she had read every letter.',
    together: [['A county judge', 'Circuit Judge Teodora Vance']],
  },
  {
    name: 'an unnamed source speaking in the lede stays unnamed (`an official` is no office)',
    text: 'An official said on Thursday that talks had failed. The port stayed shut. Crews waited. Senior official Ana Ruiz said they would go on.',
    apart: [['An official', 'Senior official Ana Ruiz']],
  },
];

describe('indefinite descriptions', () => {
  for (const row of rows) it(row.name, () => checkRow(row));
});
