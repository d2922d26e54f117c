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
    name: '`its report` is the document of the body `its` stands for',
    text: 'The Ostra Water Board met on Monday. The board said it would raise rates. Its report said that the pipes were old.',
    together: [['The Ostra Water Board', 'Its report']],
  },
  {
    name: '`the study` is the study named before, not the last body named since',
    text: 'A study of river towns was published on Monday. Dr. Ana Ruiz, a hydrologist at Ostra University who led the study, spoke. The study found that floods were rising.',
    together: [['A study of river towns', 'The study']],
    apart: [['Ostra University', 'The study']],
  },
  {
    name: '`the researchers` after a study are its named lead author, and `they` with them',
    text: 'A study led by Dr. Ana Ruiz was published. Ruiz and five co-authors found it. The floods rose, the researchers wrote. Soon, they wrote, it would be worse.',
    together: [
      ['Dr. Ana Ruiz', 'the researchers'],
      ['Dr. Ana Ruiz', 'they'],
    ],
  },
  {
    name: '`the researchers` said before are the group they were, not the study',
    text: 'A study was published. Researchers at the port said it was wrong. The floods rose, the researchers said.',
    together: [['Researchers at the port', 'the researchers']],
    apart: [['A study', 'the researchers']],
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
    name: 'the authors are the lead author the story named (ANNOTATION.md), not the study',
    text: 'A study of river towns was published on Monday. Dr. Ines Varga, a hydrologist who led the study, presented it. The authors wrote that floods were rising.',
    together: [['Dr. Ines Varga', 'The authors']],
    apart: [['A study of river towns', 'The authors']],
  },
  {
    name: "the document of an opening `In a statement, X said` is X's, and `The statement` later is X",
    text: 'Officers found the car. In a statement released Wednesday, the Lindby Police Department said officers came at 9 p.m. The statement added that the department would not rest.',
    together: [
      ['the Lindby Police Department', 'a statement'],
      ['the Lindby Police Department', 'The statement'],
    ],
  },
  {
    name: "`said in a statement`: the statement is the speaker's, and `the statement` later is theirs",
    text: 'His lawyer, Simone Achterberg, said in a statement that he had done nothing wrong. The statement said the inspections were made.',
    together: [
      ['Simone Achterberg', 'a statement'],
      ['Simone Achterberg', 'The statement'],
    ],
  },
  {
    name: "a report by a named firm is the firm's, and so are `the report` and `It` later",
    text: 'A 2023 report by the engineering firm Haskell Dunmore Associates found lead in the lines. The report warned that the pipes were old. It urged the city to act.',
    together: [
      ['Haskell Dunmore Associates', 'A 2023 report'],
      ['Haskell Dunmore Associates', 'The report'],
      ['Haskell Dunmore Associates', 'It'],
    ],
  },
  {
    name: "a review conducted by a named firm is the firm's, and `the report` later is that review",
    text: 'The review, conducted by the law firm Halden & Crewe at the request of the trustees, found that files were flagged. The report said the practice was an open secret.',
    together: [
      ['Halden & Crewe', 'The review'],
      ['Halden & Crewe', 'The report'],
    ],
  },
  {
    name: "a study carried out by a team at an institute is the study's own (the team is not named)",
    text: 'A second study, carried out by a team at the Fenholt Institute, tracked 46 foxes. The study said the foxes followed the bins.',
    together: [['A second study', 'The study']],
    apart: [['the Fenholt Institute', 'A second study']],
  },
  {
    name: 'a person speaks through the statement of an opening too',
    text: 'Ana Ruiz spoke first. In a statement she released, Rosa Lind said the plan failed. The statement added that it was late.',
    together: [
      ['Rosa Lind', 'a statement'],
      ['Rosa Lind', 'The statement'],
    ],
    apart: [['Ana Ruiz', 'The statement']],
  },
  {
    name: '`the association` is the body named with that word',
    text: 'Talks with the Corbury Nurses Association failed. The association said its members were tired.',
    together: [['the Corbury Nurses Association', 'The association']],
  },
  {
    name: 'the authors are the person the study was led by',
    text: 'A study of river towns was published on Monday. The study was led by Dr. Ines Varga, a hydrologist. The authors wrote that floods were rising.',
    together: [['Dr. Ines Varga', 'The authors']],
    apart: [['A study of river towns', 'The authors']],
  },
  {
    name: "`the researchers` met as a study's authors before the lead author was named are its authors again, then the lead author",
    text: 'A study found floods rising, and the researchers say towns must act. The study was led by Dr. Ines Varga. The researchers cautioned that the data were thin, they wrote.',
    together: [['Dr. Ines Varga', 'The researchers']],
  },
  {
    name: 'the authors are the person named with colleagues',
    text: 'Tomas Lind and his colleagues tested the wells. The authors wrote that the water was safe.',
    together: [['Tomas Lind', 'The authors']],
  },
  {
    name: 'a study first named after the lead author is another study, whose authors are that study',
    text: 'Dr. Ines Varga, who led the study, spoke on Monday. A separate study, published in May, found less ice. The authors wrote that the lakes were warming.',
    together: [['A separate study', 'The authors']],
    apart: [['Dr. Ines Varga', 'The authors']],
  },
  {
    name: 'a person named near a study without leading it is no author',
    text: 'A study of river towns was published on Monday. Mayor Ines Varga, who read the study, was upset. The authors wrote that floods were rising.',
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
