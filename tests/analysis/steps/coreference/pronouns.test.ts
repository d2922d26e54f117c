/** pronouns: agreement in number, gender and animacy; never a place. */
import { describe, it } from 'vitest';
import { checkRow, type Row } from './resolve.js';

const rows: Row[] = [
  {
    name: 'she: the woman, by her first name',
    text: 'Maria Olsen met Peter Lind on Monday. She said the deal was done.',
    together: [['Maria Olsen', 'She']],
    apart: [['Peter Lind', 'She']],
  },
  {
    name: 'he: the man, by his first name',
    text: 'Maria Olsen met Peter Lind on Monday. He said the deal was done.',
    together: [['Peter Lind', 'He']],
    apart: [['Maria Olsen', 'He']],
  },
  {
    name: 'he: the owner of a noun in his own sentence',
    text: 'Maria Olsen spoke first. Peter Lind’s plan earned him a hearing, where he defended the port.',
    together: [['Peter Lind', 'he']],
    apart: [['Maria Olsen', 'he']],
  },
  {
    name: 'he: a one-word name made human by its appositive trade (WordNet), not the unnamed nurse before',
    text: 'A nurse said the ward was full. Tavi, a 40-year-old welder from Ostra, coughed for weeks. He said the clinic was slow.',
    together: [['Tavi', 'He']],
    apart: [['A nurse', 'He']],
  },
  {
    name: 'it: the body that speaks through a statement, not the statement (`In a brief statement, it said`)',
    text: 'The Ostra Water Board met on Monday. In a brief statement, it said the pipes were old.',
    together: [['The Ostra Water Board', 'it']],
    apart: [['statement', 'it']],
  },
  {
    name: 'he: not the owner of a noun in the sentence before',
    text: 'Hugo Lind met the board. Senator Peter Ruiz’s plan won. He said the deal was done.',
    together: [['Hugo Lind', 'He']],
    apart: [['Senator Peter Ruiz', 'He']],
  },
  {
    name: 'it: a body',
    text: 'The ministry closed the port. It said the storm was too strong.',
    together: [['The ministry', 'It']],
  },
  {
    name: 'they: a group, not a person',
    text: 'Two residents met Maria Olsen at the gate. They said the dam leaked.',
    together: [['Two residents', 'They']],
    apart: [['Maria Olsen', 'They']],
  },
  {
    name: 'a named owner is the antecedent when its sentence has no other; else the one who is not an owner',
    text: 'Dan Gorski spoke first. Lena Varga’s advice earned her a hearing, where she spoke. Later Maria Olsen met Lena Varga’s aide, and she left.',
    together: [
      ['Lena Varga', 'she'],
      ['Maria Olsen', 'she#2'],
    ],
    apart: [['Dan Gorski', 'she']],
  },
  {
    name: 'they: never a place',
    text: 'Maria Olsen flew to Moscow. They said the talks would go on.',
    apart: [['Moscow', 'They']],
  },
  {
    name: 'she: never a body of people in a singular noun (`the family`)',
    text: 'Rosa Lind died on Sunday. By the family’s count, she taught 600 children. She charged nothing.',
    together: [['Rosa Lind', 'She']],
    apart: [['the family', 'she']],
  },
  {
    name: 'she in an opening phrase: the person named after its comma, not the one before',
    text: 'Her daughter, Ana Ruiz, spoke first. By the count of the notebooks she kept, Rosa Lind taught 600 children. She charged nothing.',
    together: [
      ['Rosa Lind', 'she'],
      ['Rosa Lind', 'She'],
    ],
    apart: [['Ana Ruiz', 'she']],
  },
  {
    name: 'he in an opening clause: the subject after the comma',
    text: 'Peter Lind spoke first. When he took office in 2019, Hugo Ortiz said the port was broke.',
    together: [['Hugo Ortiz', 'he']],
    apart: [['Peter Lind', 'he']],
  },
  {
    name: 'she in an opening participle clause (`Asked what she would do, Dr Lind smiled`)',
    text: 'Peter Lind spoke first. Asked what she would do next, Dr Ana Ruiz smiled.',
    together: [['Dr Ana Ruiz', 'she']],
    apart: [['Peter Lind', 'she']],
  },
  {
    name: 'she is one of a group only met as that member, not as `they` (`Told what they had said, Rosa Lind was quiet`)',
    text: 'Two cooks, who asked not to be named, said the shifts were long. "She never forgets," one of them said. Told what they had said, Rosa Lind was quiet. She said the hours were too long.',
    together: [['Rosa Lind', 'She']],
    apart: [['Two cooks', 'She']],
  },
  {
    name: 'a speaker in a tag looks back as usual (`After all, she added, …`)',
    text: 'Maria Olsen was calm. “We knew,” she said. After all, she added, Peter Lind had warned them.',
    together: [['Maria Olsen', 'she#2']],
    apart: [['Peter Lind', 'she#2']],
  },
];

describe('pronouns', () => {
  for (const row of rows) it(row.name, () => checkRow(row));
});
