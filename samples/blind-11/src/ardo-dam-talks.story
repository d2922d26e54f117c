note: A wire story that rests on one official of the Kestrian presidency, unnamed for a stated reason (the leaders agreed to keep the talks private). The president speaks once, on television; his office speaks through a statement that comes back as "the president's office" and "the statement". A European diplomat is quoted with no reason given for the anonymity.
source: official
  kind: anonymous
  name: an official in the Kestrian presidency
  aliases: The official | the official in the presidency
  justified: yes
source: severin
  kind: person
  name: Matei Severin
  aliases: President Matei Severin | Severin | Kestria's Severin
source: severin-office
  kind: organization
  name: Severin's office
  aliases: the president's office | The statement
source: horvath-lenz
  kind: person
  name: Nadia Horvath-Lenz
  aliases: Olendran Prime Minister Nadia Horvath-Lenz | Horvath-Lenz | the prime minister
source: olendra-ministry
  kind: organization
  name: Olendra's Foreign Ministry
  aliases: The ministry
source: diplomat
  kind: anonymous
  name: one European diplomat
  aliases: The diplomat
  justified: no
---
Kestria's Severin refuses to delay filling of Ardo dam after talks with Olendran leader

VASKOVO, Kestria (QW) — President Matei Severin told Olendra's prime minister on Thursday that Kestria would begin filling the reservoir behind its new dam on the Ardo River next month as planned, despite warnings from downstream Olendra that the river could all but run dry in the summer, an official in the Kestrian presidency said.

The official, who spoke on condition of anonymity because the two leaders had agreed not to disclose the content of their talks, said the meeting at a government residence on the shore of Lake Vaskovo lasted almost four hours and ended without a joint declaration.

"⟦official|The president listened to every argument, and there were many arguments, and then he said the date would not move,⟧" the official said. "⟦official|He does not believe that waiting another year changes anything except the cost.⟧"

Olendran Prime Minister Nadia Horvath-Lenz had travelled to Vaskovo to ask that the reservoir be filled over five years instead of three. Olendra, a country of 6 million people, draws about 60 percent of its fresh water from the Ardo, which rises in the Kestrian highlands and crosses the border 90 kilometers south of the dam.

Horvath-Lenz left the residence without speaking to reporters. Hours later, Olendra's Foreign Ministry condemned the decision as "⟦olendra-ministry|a gamble with the harvests of people who were never asked⟧" and said it would ask the United Nations to appoint a mediator. The ministry said Olendra had "⟦olendra-ministry|exhausted every bilateral channel.⟧"

The official in the presidency said Severin had offered to share readings from the dam's gauges in real time and to release extra water in the driest months.

"⟦official|We offered the gauges, we offered a hotline between the two water ministries, we offered an inspection every year. What we cannot offer is to leave a finished dam standing empty,⟧" the official said.

Asked whether the prime minister had accepted any of those proposals, the official described her response as "⟦official|polite, careful and noncommittal⟧" and said she had promised a written answer within a month.

Severin's office issued a statement after the talks that described them as "⟦severin-office|frank and constructive⟧" and said the dam would "⟦severin-office|light the homes of both our peoples for a century.⟧" The statement said Kestria would sell electricity from the dam to Olendra at cost for the first ten years of operation.

"⟦severin-office|Kestria has never used water as a weapon, and it never will,⟧" the statement said.

Severin, interviewed by state television late on Thursday, struck a similar tone. "⟦severin|Nobody downstream will be left without water. I give my word on that,⟧" he said. "⟦severin|A river cannot be stopped. It can only be managed, and we will manage it together or we will manage it alone.⟧"

The 1.1-gigawatt dam, built by a consortium of Kestrian and foreign companies for about $2.4 billion, was completed in April. The government says it will double the country's generating capacity and end the winter power cuts that have shut schools and factories in the north for much of the past decade.

Engineers in Olendra have warned that filling the reservoir over three years could cut the river's flow at the border by as much as a third during dry months, when farmers in the Ardo valley depend on it to irrigate wheat and sunflowers.

Diplomats in Vaskovo said the Olendran side had arrived hoping for at least a joint technical commission with the power to set release volumes. "⟦diplomat|They came for a calendar and went home with a brochure,⟧" one European diplomat said. The diplomat did not give a reason for asking not to be named.

The official in the presidency rejected that description. "⟦official|A brochure does not contain a hotline and a price for electricity,⟧" the official said. "⟦official|The prime minister knows very well what was on the table.⟧"

On Thursday evening, Horvath-Lenz posted a short message on social media saying she had heard "⟦horvath-lenz|a great deal about electricity and very little about water.⟧"

The president's office said on Friday morning that Severin had telephoned Horvath-Lenz to thank her for the visit and that experts from the two countries would meet in Vaskovo before the end of the month. It did not say whether the filling date had come up in the call.
