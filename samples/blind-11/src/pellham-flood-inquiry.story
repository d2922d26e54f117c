note: An inquiry hearing printed partly as a transcript: speaker labels in capitals before the quotation marks, one line where the label is inside the quotation marks, and a question-and-answer excerpt with no quotation marks at all (not quotes). The narrative around it names the same people in the ordinary way. A shout from the public gallery is quoted without anyone to whom the story gives it.
source: delacroix
  kind: person
  name: Henri Delacroix
  aliases: MAYOR DELACROIX | Mayor Henri Delacroix | Delacroix | the mayor
source: voss
  kind: person
  name: Miriam Voss
  aliases: CHAIR VOSS | Miriam Voss, who chairs the inquiry | Voss | the chair
source: achterberg
  kind: person
  name: Paul Achterberg
  aliases: MR. ACHTERBERG | Achterberg | counsel to the inquiry
source: quist
  kind: person
  name: Lena Quist
  aliases: MS. QUIST | Quist | the town's emergency manager
source: inquiry
  kind: organization
  name: the inquiry
  aliases: The inquiry's published transcript
---
Pellham mayor tells flood inquiry he did not know sirens had failed until after dawn

PELLHAM — The mayor of Pellham told a public inquiry on Thursday that he learned the town's flood sirens had not sounded only at about 4:40 a.m., nearly two hours after the river broke through the levee on Mill Road and water began pouring into the streets where six people later died.

Mayor Henri Delacroix, testifying for almost three hours on the inquiry's fourth day, said he had been asleep when the first emergency call came in and had relied on the town's emergency manager to activate the warning system.

The most tense exchange came when Miriam Voss, who chairs the inquiry, pressed him on a text message he received at 2:51 a.m. from the regional water authority. An excerpt from the transcript:

CHAIR VOSS: "⟦voss|The message says 'Level critical at Mill Road gauge.' You read it?⟧"

MAYOR DELACROIX: "⟦delacroix|I read it when I woke up. At 2:51 I was asleep.⟧"

CHAIR VOSS: "⟦voss|Your phone was on silent?⟧"

MAYOR DELACROIX: "⟦delacroix|It was on the nightstand. I don't know if it was on silent. I have asked myself that question every night since.⟧"

CHAIR VOSS: "⟦voss|Who, in your understanding, was supposed to sound the sirens?⟧"

MAYOR DELACROIX: "⟦delacroix|The emergency manager, on a level alert from the water authority. That was the plan. That was always the plan.⟧"

Lena Quist, the town's emergency manager, told the inquiry on Tuesday that she pressed the activation button at 2:58 a.m. but that the system, which relies on a radio link to seven siren towers, did not respond. Engineers have since found that a backup battery at the relay station had not been replaced since 2017.

Under questioning by Paul Achterberg, counsel to the inquiry, Delacroix acknowledged that the town council had twice postponed a 140,000-euro upgrade of the system to balance the budget.

MR. ACHTERBERG: "⟦achterberg|You voted for both postponements?⟧"

MAYOR DELACROIX: "⟦delacroix|I did. I was told the system was old but working. Nobody said to me, 'If you do not fix this, it will fail.' If somebody had said that sentence, I would like to think I would have listened.⟧"

The inquiry's published transcript shows that Voss then stopped Achterberg to put a question of her own, and that it ended the morning session: "⟦voss|CHAIR VOSS: Mayor, were you told, by anyone, at any time, that the batteries had not been checked?⟧" Delacroix said he had not been.

As the mayor left the witness table for the lunch break, a shout of "⟦-|Six people!⟧" came from the public gallery, where relatives of several of the dead sat in the front row. The chair asked for quiet, and the session resumed 20 minutes later.

In the afternoon, Quist was recalled briefly to clarify her earlier evidence.

MS. QUIST: "⟦quist|The test log says 'OK' every month. The test was of the button, not of the towers. I did not know that until after the flood.⟧"

Speaking to reporters outside the town hall after the hearing, Delacroix answered several questions. An edited excerpt follows.

Q: Do you accept responsibility for the deaths?

A: I accept that I was the mayor and that the sirens did not sound. Those two facts belong together. What that means in law is for the inquiry.

Q: Will you resign?

A: Not today. The families deserve a mayor who stays and answers every question, and that is what I am doing.

The inquiry, set up by the provincial government in March, is due to hear from the regional water authority next week and to publish its findings by the end of the year. Voss has said that the inquiry will not assign criminal blame but may refer evidence to prosecutors.

Asked how the hearing had gone, the mayor paused for a long time. "⟦delacroix|It went the way it should go. It was hard,⟧" he said.
