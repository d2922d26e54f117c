note: A city-council meeting story in curly marks with many speakers. The mayor is named and carried by "she"; two council members are named only by title and surname; in public comment a resident is named and another is described only as "a woman who lives near the depot" (anonymous, no reason given: unjustified); a protest banner's words are in quotation marks and have no source; several claims are reported speech without quotation marks ("said that", "according to"); the council's spokesman is named and quoted from an emailed statement.
source: brannock
  kind: person
  name: Celia Brannock
  aliases: Mayor Celia Brannock | Brannock | The mayor
source: pruett
  kind: person
  name: Councilwoman Pruett
  aliases: Pruett
source: szabo
  kind: person
  name: Councilman Szabo
  aliases: Szabo
source: kemble
  kind: person
  name: Harold Kemble
  aliases: Kemble
source: woman
  kind: anonymous
  name: a woman who lives near the depot
  aliases: the woman
  justified: no
source: whitcombe
  kind: person
  name: Aaron Whitcombe
  aliases: council spokesman Aaron Whitcombe | Whitcombe
---
Dalworth council approves bus depot expansion after four-hour meeting

DALWORTH — The Dalworth City Council voted 5-2 late Tuesday to expand the Fenner Street bus depot, ending a year-long fight over a project that neighbors say will bring diesel fumes and round-the-clock noise to one of the city’s densest neighborhoods.

The $38 million plan will add forty bays for buses and a maintenance hall to the depot, which sits between a primary school and a row of terraced houses on the city’s east side. According to the city’s transit department, the expansion will let the city add three new routes and run buses every ten minutes on its busiest lines by 2029.

More than two hundred people packed the council chamber and the corridor outside, and about sixty signed up to speak. Several stood at the back holding a long cotton banner that read “⟦-|Our kids breathe here too⟧”.

Mayor Celia Brannock, who has championed the project since her election campaign, opened the debate by saying that the city could not meet its climate targets without more buses on the road.

“⟦brannock|Every bus we add takes forty cars off Fenner Street, not the other way around,⟧” Brannock said. “⟦brannock|I understand the fear. I don’t accept that the answer is to do nothing.⟧”

She said that the first twenty buses to use the new bays would be electric and that the city had applied for a regional grant to replace the rest of the fleet by 2032. Critics noted that the grant has not yet been awarded.

Councilwoman Pruett, whose ward includes the depot, voted against the plan. She said the transit department had studied only two alternative sites and had rejected both within a month.

“⟦pruett|We were told this was the only place it could go, and then we were told not to ask why,⟧” Pruett said. “⟦pruett|My residents are not against buses. They are against being the only people asked to live next to them.⟧”

Councilman Szabo, who chairs the transportation committee, said the other sites would have added at least $11 million to the cost and two years to the schedule. “⟦szabo|If there were a free, empty field somewhere in this city, believe me, we would have found it,⟧” Szabo said.

He said that the council had added conditions to the plan after hearing from neighbors in the autumn, including a ban on engines idling between 10 p.m. and 6 a.m. and a three-meter sound wall along the back of the houses on Ash Row. “⟦szabo|This is not the plan we were handed a year ago,⟧” he said.

The public comment period ran for almost two and a half hours. Harold Kemble, who has lived on Ash Row for thirty-one years, said buses already idled outside his bedroom window before dawn.

“⟦kemble|I have written to this council eleven times. I have the letters here,⟧” Kemble said, holding up a folder. “⟦kemble|Not one of you has come to stand on my step at five in the morning.⟧”

A woman who lives near the depot told the council her son had been treated for asthma twice since the summer. “⟦woman|You keep saying electric buses,⟧” the woman said. “⟦woman|I’ll believe it when I see one.⟧”

Others spoke in favor. A representative of the drivers’ union said that the current depot was so cramped that mechanics worked on buses parked in the street, and several riders from the city’s north side said that they waited up to forty minutes for a bus in the evening.

Shortly before midnight, Brannock asked for the vote. Pruett and Councilman Desai voted against. After the result was read out, some of those at the back of the chamber began chanting “⟦-|Shame on you⟧” and a security guard asked them to leave.

The mayor said afterward that she would hold a meeting with Ash Row residents in January about the sound wall. “⟦brannock|Tonight was a vote, not the end of the conversation,⟧” she said.

Residents’ groups have said that they are considering a legal challenge. According to a lawyer advising one of the groups, the city may not have completed a required air-quality assessment before the vote.

In an emailed statement on Wednesday, council spokesman Aaron Whitcombe said the assessment had been “⟦whitcombe|carried out in full and published in October, as the law requires.⟧” He added: “⟦whitcombe|The council is confident that the decision will stand up to any scrutiny.⟧”

Construction is expected to begin in the spring and take about two years.
