/** names-and-surnames: a surname or a new spelling finds the person; a role waiting for its name gets it; a body's short form is the body. */
import { describe, it } from 'vitest';
import { checkRow, type Row } from './resolve.js';

const rows: Row[] = [
  {
    name: 'a surname finds the full name',
    text: 'Libyan commander Khalifa Hifter arrived in the city on Monday. Hifter said the talks had failed.',
    together: [['Libyan commander Khalifa Hifter', 'Hifter']],
  },
  {
    name: 'delayed identification: the lede’s unnamed speaker is the person the next sentence opens on',
    text: 'OSTRA (QW) — A former ferry pilot accused of fraud told a court on Monday that he had signed the logs. Tomas Berg Lund, 58, denies the charges.',
    together: [['A former ferry pilot', 'Tomas Berg Lund']],
  },
  {
    name: 'no delayed identification past the lede, nor for a name that does not open its sentence',
    text: 'The port closed. The ferries stopped. Crews waited. A ferry pilot said he had signed the logs. Tomas Berg Lund denies it. A dock worker said it was late. On Monday, Ana Ruiz spoke.',
    apart: [
      ['A ferry pilot', 'Tomas Berg Lund'],
      ['A dock worker', 'Ana Ruiz'],
    ],
  },
  {
    name: '`the witness` is the person whose testimony the story named',
    text: 'The case rested on the testimony of Gideon Thrale, a driver parked across the street. "He was on the ground," the witness said.',
    together: [['Gideon Thrale', 'the witness']],
  },
  {
    name: '`the witness` is the person who told the police what they saw',
    text: 'Tomas Ferreira, 52, heard two loud bangs, he told officers. "I thought it was a truck," the witness said.',
    together: [['Tomas Ferreira', 'the witness']],
  },
  {
    name: '`the witness` is the person who testified after an aside (`, a driver, testified`)',
    text: 'Gideon Thrale, a driver, testified on Monday. "He was on the ground," the witness said.',
    together: [['Gideon Thrale', 'the witness']],
  },
  {
    name: '`the witness` stays apart from a person whose aside runs past a full stop',
    text: 'Gideon Thrale, a driver. Testified? "He was on the ground," the witness said.',
    apart: [['Gideon Thrale', 'the witness']],
  },
  {
    name: "a title's gender tells a mother from her son of the same surname",
    text: 'Jesse Banfield died in his cell in July. He was 24. Mrs. Banfield said she had read the opinion twice.',
    apart: [['Jesse Banfield', 'Mrs. Banfield']],
    together: [['Mrs. Banfield', 'she']],
  },
  {
    name: 'relatives who share a surname go by their first names',
    text: 'Nadia Kostarev opened the restaurant with her sister, Irina Kostarev. Irina said the first years were hard. Kostarev laughed.',
    together: [
      ['Irina Kostarev', 'Irina'],
      ['Nadia Kostarev', 'Kostarev'],
    ],
    apart: [['Nadia Kostarev', 'Irina']],
  },
  {
    name: 'a first name alone stays its own person when no two people share a surname',
    text: 'Ana Ruiz spoke first. Later, Ana said the bus was late.',
    apart: [['Ana Ruiz', 'Ana']],
  },
  {
    name: '`the witness` stays apart from a person the story never says testified',
    text: 'Ana Ruiz spoke first. "He fell," the witness said.',
    apart: [['Ana Ruiz', 'the witness']],
  },
  {
    name: 'a close spelling is the same surname',
    text: 'Ghassan Salame told the council the truce held. Salamé said later that it would not last.',
    together: [['Ghassan Salame', 'Salamé']],
  },
  {
    name: 'different first names keep two people apart',
    text: 'Chelsea Clinton spoke first. Hillary Clinton said the plan would fail.',
    apart: [['Chelsea Clinton', 'Hillary Clinton']],
  },
  {
    name: 'a unique role that spoke is named later',
    text: 'The U.N. envoy for Libya warned of war on Thursday. Ghassan Salame told the council that talks were over.',
    together: [['The U.N. envoy for Libya', 'Ghassan Salame']],
  },
  {
    name: 'a role in a headline is named by the same role',
    text: 'Mayor says bridge will reopen. Mayor Ana Ruiz said the repairs were done.',
    together: [['Mayor', 'Mayor Ana Ruiz']],
  },
  {
    name: 'the short form of a body named before is the body',
    text: 'Saaremere Shipping said the ferry was late. Saaremere said the crew was safe.',
    together: [['Saaremere Shipping', 'Saaremere']],
  },
  {
    name: 'a surname alone is the first person named with it, not a relative quoted after',
    text: 'Ilona Varga, a weaver, died on Monday. Her son, Peter Varga, said she was tired. Varga was born in Pécs.',
    together: [['Ilona Varga', 'Varga']],
    apart: [['Peter Varga', 'Varga']],
  },
];

describe('names and surnames', () => {
  for (const row of rows) it(row.name, () => checkRow(row));
});
