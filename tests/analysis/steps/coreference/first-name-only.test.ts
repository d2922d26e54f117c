/** first-name-only: a person the story names by a first name it says it withholds, or brings in by one name, is anonymous. */
import { describe, expect, it } from 'vitest';
import { resolve } from './resolve.js';

const rows: { name: string; text: string; mention: string; kind: string }[] = [
  { name: 'identified only as: anonymous', text: 'A witness identified only as Ioana said the bus was late.', mention: 'Ioana', kind: 'anonymous' },
  { name: 'a one-word name alone may be a surname: a person', text: 'Ioana said the bus was late.', mention: 'Ioana', kind: 'person' },
  {
    name: 'introduced by one name with an age and a trade: a first name alone, anonymous',
    text: 'Among the riders was Rosalind, 67, a retired bus driver. Rosalind said the bus was late.',
    mention: 'Rosalind',
    kind: 'anonymous',
  },
  {
    name: 'a surname again after the full name, with an age: a person',
    text: 'Rosa Lind spoke first. Lind, 67, a retired bus driver, said the bus was late.',
    mention: 'Lind',
    kind: 'person',
  },
  {
    name: 'known only by a handle, given as the name of an unnamed user: anonymous',
    text: 'A user posting as @crumb_and_ledger wrote that the tables were empty. @crumb_and_ledger did not answer.',
    mention: '@crumb_and_ledger',
    kind: 'anonymous',
  },
  {
    name: 'named in full somewhere: a person',
    text: 'Ioana Popescu, whose surname was withheld in the first report, said the bus was late. Popescu said it again.',
    mention: 'Popescu',
    kind: 'person',
  },
  {
    name: 'identified by her first name: anonymous',
    text: 'A vendor spoke only if she was identified by her first name, Mira, because she feared reprisals. Mira said the fire began at dawn.',
    mention: 'Mira',
    kind: 'anonymous',
  },
  {
    name: 'the withheld surname told next to a pronoun that stands for the person: anonymous',
    text: 'Tavi, a 40-year-old welder from Ostra, coughed for weeks. He asked that his surname not be published because his boss reads the paper.',
    mention: 'Tavi',
    kind: 'anonymous',
  },
];

describe('first name only', () => {
  for (const row of rows) it(row.name, () => expect(resolve(row.text).entity(row.mention)?.kind).toBe(row.kind));
});
