note: A crime and courts story in straight marks. Police speak as a body ("the Lorrin Police Department said in a statement", then "The statement said" before a partial quote) and through a named spokeswoman carried by "she"; prosecutors as a body; a witness identified only by her first name, with the reason given ("because she feared retaliation") is a justified anonymous source; the defense lawyer is named and quoted before and after his tag, once in a split quote; the defendant's mother is named; reported speech without quotes from the judge.
source: police
  kind: organization
  name: the Lorrin Police Department
  aliases: police | The statement
source: teale
  kind: person
  name: Amara Teale
  aliases: police spokeswoman Sgt. Amara Teale | Sgt. Amara Teale | Teale
source: prosecutors
  kind: organization
  name: The district attorney's office
  aliases: prosecutors
source: rosalind
  kind: anonymous
  name: Rosalind
  aliases: a fish vendor who has rented a stall in the market for eleven years
  justified: yes
source: prall
  kind: person
  name: Gideon Prall
  aliases: Prall
source: harrow-mother
  kind: person
  name: Denise Harrow
  aliases: his mother
---
Man charged with arson in fire that gutted Lorrin harbor market

LORRIN — A 34-year-old man was charged on Friday with arson and reckless endangerment in a fire that destroyed most of the covered market on Lorrin's harbor front early Tuesday, police said.

Wesley Harrow, of Lorrin, was arrested on Thursday evening at a relative's house in nearby Cobb Landing, the Lorrin Police Department said in a statement. The statement said investigators had recovered "⟦police|an accelerant consistent with paint thinner⟧" from two points near the market's north loading door and had identified Harrow from security footage taken at a gas station a block away.

No one was killed in the fire, which started shortly after 3 a.m. and burned for nearly five hours. Two firefighters were treated for smoke inhalation. Twenty-six of the market's thirty-one stalls were destroyed.

"⟦teale|This was not an electrical fault and it was not an accident,⟧" police spokeswoman Sgt. Amara Teale told reporters outside the station on Friday. "⟦teale|Someone wanted that building to burn.⟧"

Teale declined to discuss a possible motive. She said detectives were still trying to establish whether anyone else had been involved and asked anyone who had been near the harbor between 2 and 4 a.m. to come forward.

"⟦teale|We have a lot of footage and not a lot of witnesses,⟧" she said.

One witness who has come forward is a fish vendor who has rented a stall in the market for eleven years. She agreed to speak to reporters only if she was identified by her first name, Rosalind, because she feared retaliation from people she described as Harrow's friends.

Rosalind said she had arrived to unload ice just before 3 a.m. and had seen a man in a gray hooded jacket walking quickly away from the loading door. "⟦rosalind|I said good morning to him. He didn't even turn his head,⟧" she said. "⟦rosalind|Ten minutes later I could smell the smoke from my van.⟧"

She said she had lost about $8,000 in stock and equipment and did not know whether her insurance would cover it.

At a brief hearing in Wendle County Court on Friday afternoon, prosecutors asked that Harrow be held without bail, saying he had missed two earlier court dates in an unrelated theft case. The district attorney's office said in a filing that the fire had put "⟦prosecutors|dozens of livelihoods and at least two lives⟧" at risk.

Judge Carol Imbert set bail at $250,000 and ordered Harrow to surrender his passport. She said she would hear arguments on the evidence at a hearing next month.

Harrow's lawyer, Gideon Prall, said his client denied setting the fire and would plead not guilty.

"⟦prall|A man in a gray jacket at a gas station is not an arsonist,⟧" Prall said outside the courthouse. "⟦prall|Half the men in this town own that jacket. I own that jacket.⟧"

"⟦prall|The police had a burned market, a frightened town and a week of bad headlines,⟧" he said, "⟦prall|and they found the first name that fit.⟧"

Prall said Harrow had been at home with his mother at the time of the fire. Denise Harrow, who sat in the front row of the courtroom, told reporters afterward that her son had been asleep on the couch when she went to bed and was still there at 6 a.m.

"⟦harrow-mother|He's made mistakes. He's not this,⟧" Denise Harrow said.

The city has set up a relief fund for the market's vendors, and the harbor authority said it hoped to open temporary stalls on the quay before the Christmas season.
