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
  {
    name: '`one` and a noun right after a group spoke is a member of it',
    text: 'Several workers at the gate said they learned of it on the radio. "We found out last," one crane driver said. The crane driver added nothing.',
    together: [['Several workers at the gate', 'one crane driver', 'The crane driver']],
  },
  {
    name: '`one` and a noun with no group speaking just before is a source of its own',
    text: 'Several workers at the gate said they learned of it on the radio. The port was quiet all week. Prices rose. "We found out last," one crane driver said.',
    apart: [['Several workers at the gate', 'one crane driver']],
  },
];

describe('partitives', () => {
  for (const row of rows) it(row.name, () => checkRow(row));
});
