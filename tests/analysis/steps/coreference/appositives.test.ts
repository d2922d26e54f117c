/** appositives: a closed aside names the same source; an unclosed one starts a clause; places never join. */
import { describe, it } from 'vitest';
import { checkRow, type Row } from './resolve.js';

const rows: Row[] = [
  {
    name: 'a description set off by commas joins the name',
    text: 'Rescuers lowered a cage into the shaft. Hugh Hill, a doctor, said the miners were weak.',
    together: [['Hugh Hill', 'a doctor']],
  },
  {
    name: 'an aside closed by the sentence end joins too',
    text: 'Olsen spoke to Liam Berg, a farmer.',
    together: [['Liam Berg', 'a farmer']],
  },
  {
    name: 'an aside not closed starts a clause of its own',
    text: 'The storm reached Anna Berg, the official said.',
    apart: [['Anna Berg', 'the official']],
  },
  {
    name: 'the same aside closed by a comma joins',
    text: 'The storm reached Anna Berg, the official, on Monday.',
    together: [['Anna Berg', 'the official']],
  },
  {
    name: 'a place never joins',
    text: 'Hifter pressed his offensive on Tripoli, the official said.',
    apart: [['Tripoli', 'the official']],
  },
  {
    name: 'an aside after a member of a group joins the member’s group',
    text: 'Two farmers spoke. One of them, a retired teacher, said the wells were dry.',
    together: [['Two farmers', 'One of them', 'a retired teacher']],
  },
  {
    name: 'the name a story gives an unnamed source joins it (`identified only as`)',
    text: 'The woman, identified in court only as Ioana because she fears for her family, testified behind a screen. Ioana said she was never paid.',
    together: [['The woman', 'Ioana']],
  },
];

describe('appositives', () => {
  for (const row of rows) it(row.name, () => checkRow(row));
});
