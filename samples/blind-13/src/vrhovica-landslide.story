note: A disaster report in which most voices are unnamed: officials and rescuers as groups, a rescuer who gives only his first name (with a reason), a regional official who gives a reason, a firefighter who gives none. The civil protection agency speaks as a body and through a named spokeswoman; the mayor and a survivor are named; a sign at the shelter is quoted with no source.
source: officials
  kind: anonymous
  name: Local officials
  aliases: officials | one of the officials
  justified: no
source: civil-protection
  kind: organization
  name: The national civil protection agency
  aliases: The agency
source: juric
  kind: person
  name: Mirna Jurić
  aliases: Jurić | the agency's spokeswoman
source: goran
  kind: anonymous
  name: a rescuer from the mountain rescue service
  aliases: Goran | the rescuer
  justified: yes
source: regional-official
  kind: anonymous
  name: A senior official in the regional government
  aliases: the regional official
  justified: yes
source: firefighter
  kind: anonymous
  name: A firefighter from the neighboring town of Lipnik
  aliases: the firefighter
  justified: no
source: rescuers
  kind: anonymous
  name: Rescuers
  aliases: one of them
  justified: no
source: horvat
  kind: person
  name: Dragan Horvat
  aliases: Mayor Dragan Horvat | Horvat | the mayor
source: kovac
  kind: person
  name: Vesna Kovač
  aliases: Kovač
source: met-service
  kind: organization
  name: The state meteorological service
---
Landslide buries homes in mountain village; at least 9 dead, dozens missing

VRHOVICA (QW) — A hillside above the mountain village of Vrhovica collapsed before dawn on Wednesday after four days of torrential rain, burying at least 14 houses and a section of the main road under mud and rock, and killing at least nine people, local officials said.

Rescuers working with shovels and sniffer dogs pulled four people alive from the debris during the day. Officials said 31 people were unaccounted for on Wednesday evening, though some of them may have been away from the village when the slope gave way.

"⟦officials|We are still counting. Some families are in the shelter, some are with relatives in the city, and some we simply cannot reach,⟧" one of the officials said at a makeshift command post in the village school.

The national civil protection agency said more than 300 rescuers, soldiers and volunteers had been sent to the valley and that a second wave of heavy machinery would arrive overnight once the road from Lipnik had been cleared. The agency said the risk of further slides was "⟦civil-protection|very high⟧" and ordered the evacuation of 120 houses on the same slope.

"⟦juric|We are working in conditions where the ground under the rescuers is moving,⟧" the agency's spokeswoman, Mirna Jurić, told reporters. "⟦juric|Every decision to send someone onto that slope is a decision about two lives, not one.⟧"

A rescuer from the mountain rescue service, who gave only his first name, Goran, because members of his unit are not permitted to speak to the media, said his team had found a woman alive under a collapsed roof shortly after noon. "⟦goran|We heard her knocking on a pipe. She knocked for six hours,⟧" he said. "⟦goran|When we reached her, the first thing she asked was whether her dog was alive. He was.⟧"

A firefighter from the neighboring town of Lipnik, who declined to give his name, said crews had worked through the night by the light of car headlamps. "⟦firefighter|The mud is like wet concrete. You dig for an hour and you have moved a meter,⟧" the firefighter said.

Rescuers said the slide had come in two waves, about ten minutes apart, and that the second had buried several people who had run out of their houses after the first. "⟦rescuers|People did the right thing and went outside. Then the mountain came again,⟧" one of them said.

Mayor Dragan Horvat said residents had complained for years about cracks in the walls of houses on the upper streets. "⟦horvat|We asked for a geological survey in 2019 and again in 2022. We were told there was no money,⟧" the mayor said, his voice breaking. "⟦horvat|Now there will be money, I suppose.⟧"

A senior official in the regional government, who spoke on condition of anonymity because the cause of the slide had not yet been established, confirmed that the survey had been requested and said it had been "⟦regional-official|postponed, not refused.⟧" The official said the slope had not been classified as high-risk on the regional hazard map, which was last updated in 2016.

The state meteorological service said 240 millimeters of rain had fallen on the valley since Saturday, more than falls in an average October, and issued a red warning for the region until Friday.

At the school gymnasium, which has been turned into a shelter for about 200 people, a handwritten sign taped to the door read: "⟦-|If you are looking for someone, write the name here.⟧" By evening the sheet beneath it was full on both sides.

Vesna Kovač, 68, was sitting on a camp bed with her coat still on. Her house on the upper road was destroyed, and her neighbor, a retired teacher, was among the missing. "⟦kovac|I heard a noise like a train, but there is no train here,⟧" Kovač said. "⟦kovac|I got out through the kitchen window in my nightdress. He lived alone. I keep thinking somebody must have knocked on his door.⟧"

Work was expected to continue through the night under floodlights. The regional official said the government would decide on Thursday whether to declare a state of emergency in the valley.
