note: A health story with Windows (CRLF) line endings. Sources are introduced by appositives ("Chinedu Okafor, a doctor at the clinic, said") and by "according to"; the World Health Organization speaks as an organization, both quoted and paraphrased.
lineEndings: crlf
source: okafor
  kind: person
  name: Chinedu Okafor
  aliases: Okafor | a doctor at the Tudun Wada clinic
source: bello
  kind: person
  name: Amina Bello
  aliases: Bello | the state health commissioner | The commissioner
source: who
  kind: organization
  name: the World Health Organization
  aliases: The agency | the WHO
source: ncdc
  kind: organization
  name: the national disease control agency
source: nurse
  kind: anonymous
  name: a nurse at the clinic
  aliases: the nurse
  justified: yes
source: musa
  kind: person
  name: Halima Musa
  aliases: Musa
source: health-workers
  kind: anonymous
  name: health workers
  justified: no
---
Cholera cases surge in northern Nigerian state as clinics run short of fluids

GOMBARI, Nigeria (QW) — Cholera cases in Nigeria's northern Gombari state have more than doubled in three weeks, health workers said on Wednesday, as clinics in the state capital ran short of the intravenous fluids used to treat severe dehydration.

At least 2,300 suspected cases and 61 deaths have been recorded in the state since the start of August, according to the World Health Organization, which said the outbreak was being driven by flooding that had contaminated wells in several districts.

Chinedu Okafor, a doctor at the Tudun Wada clinic, said his ward had 40 beds and 73 patients on Wednesday morning. "⟦okafor|We are putting two children on one mattress. We have run out of drip stands, so we hang the bags from the window bars,⟧" Okafor said.

"⟦okafor|The patients who die are the ones who arrive late,⟧" he said. "⟦okafor|By the time the family finds a car, the child has been sick for two days.⟧"

The state health commissioner, Amina Bello, told state lawmakers on Tuesday that 500,000 doses of oral cholera vaccine were expected from the national stockpile by the end of the month. Bello said the government had also opened six temporary treatment centers in schools.

"⟦bello|We are not hiding anything. Every case is counted and every death is counted,⟧" the commissioner said at a briefing later on Tuesday. "⟦bello|What we need now is for people to boil their water, even when it looks clean.⟧"

The WHO said in a statement that it had sent cholera kits to the state and was training health workers to set up oral rehydration points in the worst-hit areas. "⟦who|Early treatment with oral rehydration solution can prevent most deaths,⟧" the agency said.

The national disease control agency said on Monday that 14 of Nigeria's 36 states had reported cases this year, and that it was sending rapid-response teams to Gombari and two neighboring states.

A nurse at the clinic, who spoke on condition of anonymity because staff had been told not to talk to the press, said some patients had been turned away at night. "⟦nurse|We tell them to go to the general hospital, but the general hospital is also full,⟧" the nurse said.

Outside the clinic, Halima Musa sat on a plastic chair with her 3-year-old son asleep on her lap, a drip taped to his arm. She said she had walked for two hours to reach the clinic after the boy began vomiting on Monday.

"⟦musa|The water from our well looked clean. It always looked clean,⟧" Musa said. "⟦musa|Now the whole street is sick.⟧"

Okafor said the clinic had received a delivery of fluids from the state on Wednesday afternoon, enough for about three days. "⟦okafor|Three days is good,⟧" he said. "⟦okafor|But the rain is still falling.⟧"
