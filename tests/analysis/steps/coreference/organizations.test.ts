/** organizations: bodies by head, owned bodies by their owner's entity, the authors as their study. */
import { describe, it } from 'vitest';
import { checkRow, type Row } from './resolve.js';

const rows: Row[] = [
  {
    name: 'the ministry is the ministry named before',
    text: 'The health ministry said the outbreak was over. The ministry said it would send doctors.',
    together: [['The health ministry', 'The ministry']],
  },
  {
    name: "the president's office is Macron's office when the president is Macron",
    text: "President Emmanuel Macron spoke on Monday. The president's office said the visit was off. Macron's office said it later.",
    together: [["The president's office", "Macron's office"]],
  },
  {
    name: 'offices of two owners are two bodies',
    text: "Emmanuel Macron and Olaf Berg met. Macron's office said the talks went well. Berg's office said they did not.",
    apart: [["Macron's office", "Berg's office"]],
  },
  {
    name: 'the authors speak as the study',
    text: 'A study of river towns was published on Monday. The authors wrote that floods were rising.',
    together: [['A study of river towns', 'The authors']],
  },
  {
    name: 'a statement a body issued is that body speaking',
    text: 'The Port Authority issued a statement calling the strike "unlawful." The statement said talks would go on.',
    together: [['The Port Authority', 'a statement', 'The statement']],
  },
];

describe('organizations', () => {
  for (const row of rows) it(row.name, () => checkRow(row));
});
