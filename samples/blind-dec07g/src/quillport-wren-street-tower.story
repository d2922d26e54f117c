note: A city zoning vote in straight marks and straight apostrophes. A council member named once and carried by "he" across paragraphs, with a quote that runs over two paragraphs (the first left open); the developer's lawyer named, then "he" after the council member's paragraphs; a named neighbor whose quote is split around its tag ("A," she said. "B."); a neighbor who asked that her name not be used and says why (justified anonymous), whose quote names the other neighbor; the Planning Department's report as a body ("the report said", a partial quote after "the department found"); a paraphrase "according to city records" (no quote); an opposing council member quoted once.
source: castellar
  kind: person
  name: Ruben Castellar
  aliases: Councilman Ruben Castellar | Castellar
source: voight
  kind: person
  name: Anselm Voight
  aliases: Voight | a lawyer for Harrowgate
source: planning
  kind: organization
  name: The city's Planning Department
  aliases: the report | the department | Planning Department
source: penhallow
  kind: person
  name: Gloria Penhallow
  aliases: Penhallow
source: teacher
  kind: anonymous
  name: A retired schoolteacher who lives two doors from the depot
  aliases: the retired schoolteacher | A retired schoolteacher
  justified: yes
source: fallon
  kind: person
  name: Deirdre Fallon
  aliases: Councilwoman Deirdre Fallon | Fallon
---
Council approves 14-story tower on Wren Street after six-hour hearing

QUILLPORT — The Quillport City Council voted 5-4 early Wednesday to approve a 14-story apartment building at the edge of the Ashgrove Terrace neighborhood, ending a two-year fight over a project that its supporters called long overdue and that many of its future neighbors called a wall.

The vote, which came shortly after 1 a.m. at the end of a six-hour hearing, rezones a former city bus depot at Wren Street and Calloway Avenue from light industrial to high-density residential use. It clears the way for Harrowgate Residential to build 212 apartments, 43 of them set aside for households earning less than 60 percent of the area's median income.

The depot has been empty since 2014, according to city records, and the city sold the land to Harrowgate in 2022 for $6.8 million after two earlier attempts to sell it drew no bids.

Councilman Ruben Castellar, whose district includes the site and who had not said how he would vote until the roll call, cast the deciding vote. He told the packed chamber that he had gone back and forth for weeks.

"⟦castellar|I walked that block four times last month, at different hours, and I talked to anyone who would stop,⟧" he said. "⟦castellar|What I kept hearing was two things at the same time: people are afraid of this building, and their kids can't afford to live here.⟧

"⟦castellar|I don't think the second thing goes away if we vote no. It just moves to somebody else's street.⟧"

He said he had asked the developer to put the entrance to the building's parking garage on Calloway Avenue, so that cars would not back up onto Wren Street, and that Harrowgate had agreed. "⟦castellar|That was my condition, and it's in writing,⟧" he said.

Anselm Voight, a lawyer for Harrowgate, told the council that the company had already cut two floors from its original design and moved the tower 30 feet back from the sidewalk after a series of meetings with neighbors last year.

"⟦voight|This is the project after the compromises, not before them,⟧" Voight said. "⟦voight|My client could have put a warehouse on this lot without asking anybody's permission.⟧"

The city's Planning Department had recommended approval. In a 48-page report released last month, the department found that the building would shade parts of 11 backyards on Wren Street on winter afternoons but "⟦planning|would not materially reduce direct sunlight to any residence between April and September.⟧"

"⟦planning|The site lies within a quarter mile of two bus lines and the Calloway light-rail stop, and it is one of very few parcels of its size left in the district,⟧" the report said. It also estimated that the project would add about 140 cars to the neighborhood's streets at the evening peak.

That figure was the one most speakers raised during the hearing. Gloria Penhallow, 67, who has lived on Wren Street for 31 years, organized a petition against the rezoning that gathered 1,840 signatures.

"⟦penhallow|We are not against housing,⟧" she said. "⟦penhallow|We are against a 14-story building at the end of a street of two-story houses, with no real plan for where anyone is going to park.⟧"

Penhallow said after the vote that the neighborhood group she leads would meet with a lawyer to discuss a challenge in court. "⟦penhallow|This isn't over because five people said so at one in the morning,⟧" she said.

Not every neighbor agreed with her. A retired schoolteacher who lives two doors from the depot, and who asked that her name not be used because her son works for one of the construction firms that bid on the project, said she had changed her mind over the summer.

"⟦teacher|I signed Gloria's petition in the spring,⟧" she said. "⟦teacher|Then my granddaughter spent eight months looking for an apartment she could afford anywhere near here, and she didn't find one.⟧"

"⟦teacher|Nobody on this street is going to thank me for saying that,⟧" the retired schoolteacher added.

Councilwoman Deirdre Fallon, who voted against the rezoning, said the share of affordable apartments was too small to justify changing the character of the neighborhood. "⟦fallon|Forty-three apartments is a start. It is not a reason to rezone a neighborhood,⟧" Fallon said.

Voight said after the vote that Harrowgate hoped to begin construction next fall and to open the building in 2029. "⟦voight|We're grateful, and we know we have a lot of trust to earn on that street,⟧" he said.

The project still needs a building permit and a review of its traffic plan by the city's transportation office, both of which are expected early next year.
