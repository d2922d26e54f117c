note: A local court story in straight quotation marks. A judge and two lawyers speak in the courtroom; the defendant's sister is introduced by her full name and then quoted by her first name, which is still a named person. The city speaks through its written filing ("in a filing, the city said"), a mayor's spokesman "declined to comment but said" something that is quoted, and a neighbor who gives no name and no reason is anonymous and not justified. A petition's title and the yard's nickname are in quotation marks but are not quotes.
source: calloway
  kind: person
  name: Circuit Judge Anita Calloway
  aliases: Calloway | the judge
source: tsai
  kind: person
  name: Raymond Tsai
  aliases: Deputy City Attorney Raymond Tsai | Tsai
source: moravec
  kind: person
  name: Gail Moravec
  aliases: Moravec | Penwick's lawyer
source: harold
  kind: person
  name: Harold Penwick
  aliases: Penwick
source: lorna
  kind: person
  name: Lorna Penwick
  aliases: Lorna | his sister
source: city
  kind: organization
  name: the city
  aliases: Quarrington
source: fenner
  kind: person
  name: Kyle Fenner
  aliases: Fenner | a spokesman for Mayor Teresa Oduya
source: neighbor
  kind: anonymous
  name: A neighbor who lives two doors down
  aliases: the neighbor
  justified: no
---
Judge gives Quarrington man 60 days to clear scrap sculptures from his yard

QUARRINGTON — A Hollis County judge on Thursday gave an 81-year-old retired welder two months to remove dozens of scrap-metal sculptures from the front yard of his Elm Row home, but refused the city's request to have them hauled away at his expense starting next week.

Circuit Judge Anita Calloway said Harold Penwick plainly cared about the sculptures, some of them more than 12 feet tall, but that the city's safety code did not bend for anyone's feelings.

"⟦calloway|The court has no view on whether this is art,⟧" Calloway said from the bench. "⟦calloway|The court's view is that a 400-pound steel heron should not lean over a sidewalk that children walk along to school.⟧"

The yard, known on the east side as "the Iron Garden," has drawn visitors from across the county since Penwick began welding the pieces from farm machinery and old radiators after his retirement in 2009. Neighbors began complaining in 2022, and a petition titled "Make Elm Row Safe Again" collected 140 signatures last spring.

In a filing last month, the city said the yard contained "⟦city|at least 11 structures that are unanchored, corroded or both⟧" and that one of them had fallen onto a parked car in March. The city asked the court to allow crews to remove the sculptures within seven days and to bill Penwick for the cost, which it estimated at $18,400.

Deputy City Attorney Raymond Tsai told the court the city had written to Penwick four times before going to court. "⟦tsai|We did not come here first. We came here last,⟧" Tsai said. "⟦tsai|Every one of those letters offered help with the removal, and every one of them went unanswered.⟧"

Penwick's lawyer, Gail Moravec, said her client had not opened the letters because his eyesight had failed and he lived alone. She asked the judge for six months and offered to have a structural engineer inspect every piece at no cost to the city.

"⟦moravec|Mr. Penwick is not a scofflaw. He is an old man with cataracts and a very large heron,⟧" Moravec said, drawing laughter from the gallery. "⟦moravec|Give him time, and he will make it safe or he will take it down himself.⟧"

Calloway split the difference. She ordered that the six pieces nearest the sidewalk be taken down or anchored within 14 days and gave Penwick 60 days to deal with the rest, after which the city may remove whatever an inspector finds unsafe.

"⟦calloway|Sixty days, Mr. Penwick. Not sixty-one,⟧" the judge said.

Penwick, who sat through the hearing in a pressed brown suit with a magnifying glass in his breast pocket, spoke briefly to reporters on the courthouse steps. "⟦harold|I will do what she says. I have taken apart bigger things than a heron,⟧" he said.

His sister, Lorna Penwick, who drove from Dunmore Falls to sit beside him in court, said the family had offered to store some of the sculptures in a barn on her farm. "⟦lorna|He built every one of those with his own two hands after our mother died. It is how he got through it,⟧" Lorna said. "⟦lorna|They will come to the farm. Nobody is melting anything down.⟧"

Kyle Fenner, a spokesman for Mayor Teresa Oduya, declined to comment on the ruling but said the city was "⟦fenner|glad that the most dangerous pieces will be dealt with quickly.⟧" The city has not said whether it will appeal the 60-day deadline.

A neighbor who lives two doors down and has complained to the city about the sculptures since 2022 said she was relieved, though not entirely. "⟦neighbor|I don't hate him. I hate that thing leaning over my car,⟧" the neighbor said, declining to give her name.

A hearing to review Penwick's progress was set for Feb. 9.
