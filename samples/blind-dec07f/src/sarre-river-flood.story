note: A flood wire story in straight quotation marks with curly apostrophes. Evacuation and damage numbers with thousands commas; a named mayor carried by "she", with a split quote; an emergency official who was not authorized to speak to reporters (justified anonymous), then "the official", once right after a quote ending in a place name ("...Ostby Mills," the official said); a crowd's chanted slogan in quotation marks (no source: unknown); a relief agency as a body ("the agency said in a statement"); a resident named by first name only because her hospital does not let staff speak to the press (justified anonymous), then "Hedda said"; a named resident carried by "he".
source: thorsby
  kind: person
  name: Annika Thorsby
  aliases: Mayor Annika Thorsby | Thorsby | the mayor
source: official
  kind: anonymous
  name: An official with the regional flood coordination center
  aliases: the official
  justified: yes
source: alliance
  kind: organization
  name: The Northern Relief Alliance
  aliases: the agency
source: hedda
  kind: anonymous
  name: a nurse who gave only her first name, Hedda
  aliases: Hedda
  justified: yes
source: dunaj
  kind: person
  name: Pavel Dunaj
  aliases: Dunaj
---
Sarre River crests in Vellmark as 12,400 residents are ordered out

VELLMARK (Wire) — The Sarre River crested nearly three meters above flood stage in Vellmark on Tuesday, forcing 12,400 residents from their homes as water poured over a weakened stretch of levee and spread through the low-lying neighborhoods of the east bank.

At least 3,860 homes were flooded, and about 41,000 customers across the valley were without power by Tuesday evening, the regional utility said. No deaths had been reported, but two people were treated for hypothermia after being pulled from a car stranded in the River Road underpass.

Mayor Annika Thorsby, speaking at a briefing in the basement of City Hall, said the evacuation order for the east bank would remain in place at least through Thursday.

"⟦thorsby|We’ve had water in this town before,⟧" Thorsby said. "⟦thorsby|We’ve never had this much of it, this fast.⟧"

She said 1,150 volunteers had filled more than 90,000 sandbags since Sunday, when forecasters first warned that two days of heavy rain in the hills would reach the city. "⟦thorsby|Those sandbags bought us a night. I don’t want anyone to think they bought us more than that,⟧" she said.

The breach opened shortly before dawn along a 200-meter section of earthen levee north of the Kessel Bridge, which engineers had flagged as weak in an inspection two years ago. An official with the regional flood coordination center, who was not authorized to speak to reporters, said crews had tried for most of Monday night to shore it up with gravel and sandbags.

"⟦official|They were losing ground every hour. By four in the morning the water was coming through faster than the trucks could bring anything in,⟧" the official said.

The official said the center expected the water to keep spreading south through Tuesday night, into farmland and two smaller villages. "⟦official|We’re telling people to be ready to leave anywhere below the rail line, all the way down to Ostby Mills,⟧" the official said.

About 2,700 evacuees spent Monday night in schools and sports halls on the higher west bank. At the Brandt Street school gymnasium, where cots filled the basketball court and the hallways, a group of residents interrupted the mayor’s visit on Tuesday afternoon, chanting "⟦-|Fix the levee, not the blame!⟧" until she agreed to stay and answer questions.

Thorsby said afterward that she understood the anger. "⟦thorsby|They asked for that levee to be rebuilt and they were told to wait,⟧" the mayor said. "⟦thorsby|They have every right to shout at me.⟧"

The Northern Relief Alliance, which runs most of the shelters, said it had served 8,600 hot meals since Monday and was short of dry clothing in children’s sizes, baby formula and blankets.

"⟦alliance|Our volunteers have not stopped since Sunday night, and many of them have flooded homes of their own,⟧" the agency said in a statement. It asked people who wanted to help to give money rather than goods, saying that sorting donations "⟦alliance|takes hands we badly need somewhere else.⟧"

Among those sleeping in the gymnasium was a nurse who gave only her first name, Hedda, because the hospital where she works does not allow staff to speak to the press. She said she had come off a night shift to find water at the second step of her house on Linden Row.

"⟦hedda|I had ten minutes. I took the cat, my mother’s photographs and the charger for my phone,⟧" Hedda said. "⟦hedda|I forgot my shoes. I’m wearing a pair somebody gave me at the door.⟧"

She said she planned to go back to work on Wednesday. "⟦hedda|The hospital is full of people from my street. Somebody has to look after them,⟧" she said.

Pavel Dunaj, 70, who has lived in the same house on River Road since 1979, refused to leave until firefighters came for him by boat on Tuesday morning. He said the water had reached the top of his kitchen table.

"⟦dunaj|In ’97 it came to the doorstep and we thought that was the flood of the century,⟧" he said. "⟦dunaj|I don’t know what to call this one.⟧"

Forecasters said the rain would ease by Wednesday, but that the river would remain high for several days as water drained from the hills. Damage across the valley was expected to run to tens of millions, and Thorsby said the city would ask the regional government for emergency funds.

The official said engineers would not be able to inspect the breached section until the water fell. "⟦official|Nobody is going near that bank until it’s safe. After that, it’s going to need more than sandbags,⟧" the official said.
