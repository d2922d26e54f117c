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
];

describe('indefinite descriptions', () => {
  for (const row of rows) it(row.name, () => checkRow(row));
});
