note: A radio interview in which, after two tagged turns, the host and the harbour master alternate without tags, starting with the host's question; one of her answers runs over two paragraphs (one speaker, not two turns), a fisherman and the harbour board are quoted with tags, and the exchange resumes at the end.
source: quist
  kind: person
  name: Maren Quist
  aliases: Quist | the harbour master
source: dolan
  kind: person
  name: Tobias Dolan
  aliases: host Tobias Dolan | Dolan
source: brenner
  kind: person
  name: Aksel Brenner
  aliases: Brenner
source: board
  kind: organization
  name: The Kestrel Bay harbour board
  aliases: The board
---
Harbour master defends dredging delay in heated radio interview

KESTREL BAY (QW) — The harbour master of Kestrel Bay, Maren Quist, defended a two-year delay in dredging the town's silted inner basin on Thursday, telling a local radio station that the work would begin "⟦quist|before the first autumn storm⟧" and blaming the delay on a shortage of licensed contractors.

Quist spoke for nearly half an hour on Coastline FM's breakfast program, where host Tobias Dolan read out messages from listeners whose boats had run aground at low tide.

"⟦dolan|Three boats this month, Ms. Quist. How many more before someone gets hurt?⟧" Dolan asked.

"⟦quist|One would be too many, and I say that as someone who grew up on this quay,⟧" Quist answered. "⟦quist|But I cannot dredge with goodwill. I need a barge, a crew and a licence.⟧"

"⟦dolan|You had two years to find them.⟧"

"⟦quist|We had two tenders. Nobody bid on the first one, and the only bid on the second was three times the budget.⟧"

"⟦dolan|So raise the budget.⟧"

"⟦quist|The budget is set by the council, not by me. I asked for more in March and again in June.⟧"

"⟦dolan|And what did the council say?⟧"

"⟦quist|That it would look at the figures in the autumn. Which is now.⟧"

Dolan then read a message from a listener whose trawler had been stuck on the mud for six hours in August.

"⟦quist|I hear that every week,⟧" Quist said. "⟦quist|Fishermen stop me on the quay, they call the office, they write to the paper. I know the basin better than anyone in this town, and I know what it costs them.⟧

"⟦quist|What I will not do is hand a contract to a firm that has never worked in tidal water. The last time this harbour did that, in 2009, the barge sank at its mooring.⟧"

The Kestrel Bay harbour board said in a statement after the broadcast that a contract had been "⟦board|provisionally agreed⟧" with a dredging firm from the north coast and would be signed once the council approved the extra money. The board did not name the firm.

Aksel Brenner, who has fished out of Kestrel Bay for 31 years, said he had heard promises about the basin before. "⟦brenner|Every autumn it is next autumn,⟧" Brenner said by telephone. "⟦brenner|My grandson will be dredging it with a bucket.⟧"

He added that several crews had begun landing their catch in the neighbouring port of Haldvik, an hour's drive away, rather than risk the inner basin at low water.

"⟦brenner|It costs us fuel and it costs the town its market,⟧" Brenner said.

Back on air, Dolan asked Quist whether she would resign if the work did not begin by October.

"⟦quist|No,⟧" she said. "⟦quist|I would ask why.⟧"

"⟦dolan|Ask whom?⟧"

"⟦quist|Everyone who signed the budget.⟧"

The council's finance committee is due to discuss the dredging money on Tuesday.
