note: A council meeting told the way a local paper would: the mayor, a councilman who calls the plan names, residents at the microphone (one of whom would not give her name, with no reason), the developer, the planning department's report, and a city planner unnamed because he was not authorized to speak to reporters. The signs held up in the chamber are quoted but have no source.
source: albury
  kind: person
  name: Gretchen Albury
  aliases: Mayor Gretchen Albury | Albury | the mayor
source: pellegrini
  kind: person
  name: Dario Pellegrini
  aliases: Councilman Dario Pellegrini | Pellegrini
source: brisco
  kind: person
  name: Walter Brisco
  aliases: Brisco
source: tolliver
  kind: person
  name: Jasmine Tolliver
  aliases: Tolliver
source: unnamed-resident
  kind: anonymous
  name: a woman who said she lived on Cooper Lane
  aliases: the woman
  justified: no
source: planner
  kind: anonymous
  name: a city planner who worked on the review
  aliases: The planner
  justified: yes
source: planning-department
  kind: organization
  name: the city planning department
  aliases: The department's staff report | the department
source: draper
  kind: person
  name: Kevin Draper
  aliases: Draper | a managing partner at Riverside Mill Partners
source: okpara
  kind: person
  name: Lorraine Okpara
  aliases: Council President Lorraine Okpara | Okpara
---
Council delays vote on Tanner Street towers after hearing runs past midnight

MILLBROOK — The Millbrook City Council on Tuesday put off a vote on rezoning the old Tanner Street mills for a 14-story apartment complex, after more than 60 people signed up to speak at a public hearing that ran until almost 1 a.m.

Mayor Gretchen Albury, who has backed the project since it was first proposed last spring, asked the council to wait two weeks so that the developer could answer questions about traffic and flooding raised during the hearing.

"⟦albury|I want this done right more than I want it done fast,⟧" Albury said as the meeting wound down. "⟦albury|The mills have been empty for 30 years. They can wait until the 18th.⟧"

The proposal, from Riverside Mill Partners, would replace three brick mill buildings and a parking lot on the east bank of the Sawkill River with two towers holding 420 apartments, ground-floor shops and a public path along the water. About 60 of the apartments would be rented below market rates.

The council chamber was full by 6:30 p.m., and an overflow crowd watched on a screen in the lobby. Many in the audience held up hand-lettered signs reading "⟦-|Our river, not their view⟧" and, from the other side of the room, "⟦-|Homes for our kids.⟧"

Councilman Dario Pellegrini, whose ward includes the mills, called the plan "⟦pellegrini|a giveaway to a developer who has never built anything taller than a parking garage⟧" and said the city was being asked to waive height limits it had defended for decades.

"⟦pellegrini|Every neighborhood in this city was told that 6 stories was the line,⟧" Pellegrini said. "⟦pellegrini|If the line moves for the first people who ask nicely, it was never a line.⟧"

Walter Brisco, 71, who has lived on Tanner Street since 1979, told the council that the street already floods in heavy rain. "⟦brisco|I have pumped out my basement four times since Easter,⟧" he said. "⟦brisco|Now you want to pour concrete over the field where that water used to go.⟧"

Jasmine Tolliver, a nurse who said she had moved back in with her parents after her rent rose by $400 a month, urged the council to approve the project. "⟦tolliver|I grew up here. I work here. I would like to be able to live here, and right now I can't,⟧" Tolliver said, to loud applause from part of the room.

A woman who said she lived on Cooper Lane, and who would not give her name when asked, told the council that she had not been notified of the hearing. "⟦unnamed-resident|I found out from a flyer on a telephone pole,⟧" the woman said.

The city planning department recommended approval last month with conditions. The department's staff report said the towers would be "⟦planning-department|consistent with the city's housing goals⟧" but asked the developer to pay for a new traffic signal at Tanner and Mill streets and to raise the ground floor by 3 feet.

A city planner who worked on the review, and who was not authorized to speak to reporters, said the staff had privately discussed recommending that the towers be cut to nine stories before the department's leadership settled on 14.

"⟦planner|Nine was the number most of us were comfortable with. Fourteen is the number that makes the financing work,⟧" the planner said. "⟦planner|Both of those things can be true.⟧"

Kevin Draper, a managing partner at Riverside Mill Partners, said the firm would return with a flood study and a revised traffic plan. He rejected Pellegrini's description of the company. "⟦draper|We have built 1,100 homes in this county. None of them are parking garages,⟧" Draper said.

Council President Lorraine Okpara said she expected the vote to be close. "⟦okpara|I have had more email about this than about the last three budgets put together,⟧" Okpara said.

The council is scheduled to take up the rezoning again on Oct. 18. The mayor said she would hold two more neighborhood meetings before then, one of them on Tanner Street.
