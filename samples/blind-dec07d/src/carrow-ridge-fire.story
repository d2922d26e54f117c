note: A wildfire wire story in curly marks. A named fire chief carried by "he"; a named resident and "a man who declined to give his name" (anonymous, no reason: unjustified), then "the man said"; an official with the state emergency management office who spoke on condition of anonymity with a stated reason (justified anonymous), then "the official said", once right after a quote ending in a place name; the utility's statement as a body ("the company said"); the governor quoted through "according to a statement from her office" (her own words, so she is the source); evacuation numbers with thousands commas.
source: teague
  kind: person
  name: Marcus Teague
  aliases: Teague | Carrow County Fire Chief Marcus Teague
source: fenn
  kind: person
  name: Lydia Fenn
  aliases: Fenn
source: man
  kind: anonymous
  name: A man who declined to give his name
  aliases: the man
  justified: no
source: official
  kind: anonymous
  name: An official with the state Office of Emergency Management
  aliases: the official
  justified: yes
source: utility
  kind: organization
  name: Tallis Valley Power
  aliases: the company | the utility
source: marsh
  kind: person
  name: Helena Marsh
  aliases: Gov. Helena Marsh | Marsh
---
Wind-driven fire forces 23,500 from homes in Carrow County

PELLHAM, Calden (Wire) — A wildfire driven by gusts of up to 90 kilometers an hour tore through the hills of Carrow County on Sunday, destroying at least 140 homes and forcing about 23,500 people to flee as flames reached the edge of this town of 9,000 before dawn.

The fire, which began on Saturday afternoon near a campground on Carrow Ridge, had burned about 11,200 hectares by Sunday evening and was 5 percent contained, according to the county fire department. No deaths had been reported, but two firefighters were treated for burns and released.

“⟦teague|This fire moved faster than anything I have seen in thirty years,⟧” Carrow County Fire Chief Marcus Teague said at a briefing in the parking lot of Pellham High School, which has become a command post. “⟦teague|At one point it crossed four kilometers of grass in under an hour.⟧”

He said crews had spent the night cutting a line along Route 9 to keep the fire out of Pellham’s center. “⟦teague|We held it at the highway. I don’t want anyone to think that means we are safe,⟧” he said. “⟦teague|If the wind shifts tonight, all of that work could be gone by morning.⟧”

At an evacuation center in the Pellham fairgrounds, where about 1,700 people spent the night on cots in two livestock halls, residents traded news of which streets had burned.

Lydia Fenn, 68, said she had left her house on Orchard Road with her two dogs, her medications and a box of photographs after a sheriff’s deputy pounded on her door at 2 a.m.

“⟦fenn|The sky over the ridge was orange, like a sunset in the wrong place,⟧” Fenn said. “⟦fenn|I didn’t even lock the door. I don’t know if there is a door anymore.⟧”

A man who declined to give his name, sitting on the tailgate of a pickup loaded with saddles, said he had driven three horses out through smoke so thick that he could not see the road. “⟦man|I followed the taillights in front of me and prayed they knew where they were going,⟧” the man said. “⟦man|Two of my neighbors stayed to fight it with garden hoses. I haven’t heard from them.⟧”

The county has ordered evacuations in eight communities, covering about 8,140 homes, and warned another 6,300 households to be ready to leave. An official with the state Office of Emergency Management, who spoke on condition of anonymity because she was not authorized to discuss the evacuation plans before they were announced, said the state was preparing to extend the orders further south.

“⟦official|If the forecast holds, we will be moving people out of the valley as far south as Dunlow Creek,⟧” the official said. “⟦official|We have buses staged and we have the shelter space. What we don’t have is time to argue with people who want to stay.⟧”

About 40 patients had been moved from a nursing home near Dunlow Creek, the official said, as a precaution.

Tallis Valley Power, the utility that serves most of the county, cut electricity to about 31,000 customers on Saturday night to reduce the risk of power lines sparking new fires. Investigators have not determined what caused the fire.

“⟦utility|We know how hard it is to be without power during an emergency,⟧” the company said in a statement. “⟦utility|We will restore service as soon as fire officials tell us it is safe to do so.⟧” The company said it would cooperate fully with any investigation.

Gov. Helena Marsh declared a state of emergency in Carrow County on Sunday morning, freeing state money for firefighting and shelter and allowing the state to ask neighboring states for help.

“⟦marsh|No house is worth a life. If you are told to leave, leave,⟧” Marsh said, according to a statement from her office. “⟦marsh|I have asked for every air tanker we can get, and more are on the way.⟧”

The National Weather Service said winds were expected to ease on Monday afternoon, though humidity would stay low through midweek. Teague said the next 24 hours would decide how much more of the county burned.

“⟦teague|Pray for rain, or at least for calm,⟧” he said.
