note: A story full of numbers with thousands separators (3,870 nurses, 1,640 residents, $212,000) in which organizations do most of the talking: a nurses' union and its survey, the state auditor's report ("according to a report by the state auditor"), a hospital association and a residents' petition. It opens with a question the story deliberately gives to no one, and a placard at the rally is quoted without a source. One nurse's words run over two paragraphs.
source: union
  kind: organization
  name: the Carrow Nurses Association
  aliases: The union
source: auditor
  kind: organization
  name: the state auditor
  aliases: The auditor’s report | the report | the auditor
source: delgado
  kind: person
  name: Renée Delgado
  aliases: Delgado | an intensive care nurse at Eastfield Regional Hospital
source: whitcombe
  kind: person
  name: Bernard Whitcombe
  aliases: State Health Secretary Bernard Whitcombe | Whitcombe | the health secretary
source: hospital-association
  kind: organization
  name: The Carrow Hospital Association
source: petition
  kind: organization
  name: the Friends of Eastfield Hospital
  aliases: The petition
source: marsh
  kind: person
  name: Odette Marsh
  aliases: Marsh | the union’s president
---
Nurses’ survey finds 1 in 3 plans to quit as auditor faults state over staffing

HOLLINS — “⟦-|Who’s on tonight?⟧”

It is the first question asked at shift change on hospital wards across Carrow, and according to a survey published Tuesday, the answer is increasingly: not enough of us.

Of 3,870 nurses at 41 hospitals who responded to the survey by the Carrow Nurses Association, 1,312 said they planned to leave their jobs within two years, and 2,455 said they had worked at least one shift in the past month with fewer nurses than their unit’s minimum. The union said it was the largest survey of its members it had ever carried out.

“⟦union|These are not complaints. These are resignation letters that have not been written yet,⟧” the union said in a summary of the results.

The survey landed on the same day as an audit of the state’s own hospital spending. The state’s health department paid $41.7 million to temporary staffing agencies in the last fiscal year, up from $9.3 million three years earlier, without checking whether agency nurses had worked the hours they billed, according to a report by the state auditor.

According to the report, one agency billed for 1,080 hours of overnight work at a single hospital in a month in which the hospital’s own records showed 610. The department “⟦auditor|did not have a process to detect overbilling of this kind, and it did not detect it,⟧” the auditor wrote.

The auditor’s report also found that 2,150 of the state’s 19,400 budgeted hospital nursing posts were vacant in June, or about 11 percent. “⟦auditor|The department is paying a premium for the shortage it has not fixed,⟧” the report said.

Renée Delgado, an intensive care nurse at Eastfield Regional Hospital for 14 years, said she had filled in the survey on her phone during a break at 3 a.m.

“⟦delgado|On a good night I have two patients. Last Saturday I had four, and one of them was a 19-year-old on a ventilator. I did not sit down for eleven hours. I did not eat.⟧

“⟦delgado|I am not leaving because of the money, though the money is bad. I am leaving because I go home scared of what I missed,⟧” Delgado said.

State Health Secretary Bernard Whitcombe said the department accepted all nine of the auditor’s recommendations and had already ended contracts with two agencies. In a post on social media on Tuesday afternoon, he wrote that the survey was “⟦whitcombe|a warning we take seriously⟧” and that the state would fund 600 new nursing school places next year.

Asked by reporters whether the state would set minimum staffing ratios in law, as the union has demanded, the health secretary was noncommittal. “⟦whitcombe|A ratio on paper doesn’t put a nurse on the ward. Training and keeping nurses does,⟧” Whitcombe said.

The Carrow Hospital Association, which represents 52 hospitals, said in a statement that a fixed ratio would force smaller hospitals to close beds. It said its members had raised starting pay for nurses by an average of 8 percent since 2022.

At Eastfield, a 230-bed hospital in the state’s rural east, the staffing shortage has turned into a fight over the hospital’s future. The hospital’s owner said in August that it would close the maternity ward in January, citing a shortage of midwives.

A petition to keep the ward open, started by the Friends of Eastfield Hospital, had been signed by 1,640 residents by Tuesday, in a town of about 12,000. “⟦petition|No woman in this county should have to drive 70 miles to give birth,⟧” the petition says.

Several hundred nurses rallied on the steps of the state capitol in Hollins on Tuesday evening. One placard, held up by a nurse in blue scrubs, read “⟦-|Safe staffing saves lives,⟧” and a group of student nurses carried a hand-painted banner reading “⟦-|We want to stay.⟧”

The union’s president, Odette Marsh, told the crowd that the survey and the audit together showed a state spending more and more on nurses it did not employ. “⟦marsh|Forty-one million dollars would pay for 500 nurses on staff, with pensions,⟧” Marsh said. “⟦marsh|Instead we rent them by the hour and nobody checks the bill.⟧”

The state legislature’s health committee is due to hold a hearing on the auditor’s findings on Nov. 4.
