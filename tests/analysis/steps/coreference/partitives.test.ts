/** partitives: `one of them` and `the two` join the group mentioned before. */
import { describe, it } from 'vitest';
import { checkRow, type Row } from './resolve.js';

const rows: Row[] = [
  {
    name: 'one of them is the group',
    text: 'Two residents stood at the gate. One of them said the water was rising.',
    together: [['Two residents', 'One of them']],
  },
  {
    name: 'the two is the group',
    text: 'Dock workers walked out on Friday. The two said they were not paid.',
    together: [['Dock workers', 'The two']],
  },
];

describe('partitives', () => {
  for (const row of rows) it(row.name, () => checkRow(row));
});
