/** appositives: a closed aside names the same source; an unclosed one starts a clause; places never join. */
import { describe, expect, it } from 'vitest';
import { corefStage } from '../pipeline.js';
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
    name: 'an aside with a relative clause about the person, then closed, joins',
    text: 'Dr. Halvard Imre, a pediatrician who led the study, said the results were clear.',
    together: [['Dr. Halvard Imre', 'a pediatrician']],
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
  {
    name: 'a handle is the name of the user posting as it',
    text: 'A user posting as @crumb_and_ledger wrote that the tables were empty.',
    together: [['A user', '@crumb_and_ledger']],
  },
  {
    name: 'a name set off after a definite role not yet named (`The science minister, Gareth Pullinger,`)',
    text: 'The science minister, Gareth Pullinger, said the mission was a success.',
    together: [['The science minister', 'Gareth Pullinger']],
  },
];

describe('appositives', () => {
  for (const row of rows) it(row.name, () => checkRow(row));
});

describe('the aside as the source’s role', () => {
  it.each([
    ['Hugh Hill, a doctor, said the ward was full.', 'Hugh Hill', 'a doctor'],
    ['The crew reached Liam Berg, a farmer, at dawn.', 'Liam Berg', 'a farmer'],
  ])('%s → %s is described as %s', (text, name, role) => {
    const e = corefStage(text).coref.entities.find((x) => x.name === name);
    expect(e?.description).toBe(role);
  });

  it('a role the name already carries stays', () => {
    const e = corefStage('Dr. Hugh Hill, a surgeon, said the ward was full.').coref.entities.find((x) => x.name.endsWith('Hugh Hill'));
    expect(e?.description).toBe('Dr.');
  });
});
