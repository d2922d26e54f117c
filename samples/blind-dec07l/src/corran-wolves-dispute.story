note: Wildlife dispute between farmers and a park agency, curly double marks with straight apostrophes. The park authority's annual report as a body (two partial quotes); a farmer and association chairman named and carried by "he", with a quote running over two paragraphs; a painted sign on a gate (no source); the park director named after her role ("The park's director, Eilidh Marchetti") and carried by "she", with a one-word partial quote; a biologist described first and named in the next sentence, carried by "she", with an untagged quote paragraph; a ranger who spoke on condition of anonymity with a stated reason (justified), then "the ranger said"; the rural affairs ministry's statement as a body (partial quote), which the director later echoes in her own words.
source: authority
  kind: organization
  name: the Corran National Park Authority
  aliases: The authority | The report | the park authority
source: dreghorn
  kind: person
  name: Callum Dreghorn
  aliases: Dreghorn
source: marchetti
  kind: person
  name: Eilidh Marchetti
  aliases: Marchetti | The park's director
source: vorbeck
  kind: person
  name: Anneliese Vorbeck
  aliases: Vorbeck | A biologist who has tracked the Corran packs with GPS collars since they first crossed from the north
source: ranger
  kind: anonymous
  name: A ranger who works in the park's northern sector
  aliases: the ranger
  justified: yes
source: ministry
  kind: organization
  name: The Ministry of Rural Affairs
  aliases: the ministry
---
Farmers and park authority clash over wolves as sheep losses mount in the Corran Highlands

GLENBARRA (Wire) — Sheep farmers on the edge of the Corran National Park accused the park authority on Wednesday of ignoring a steep rise in wolf attacks on their flocks, as the Corran National Park Authority published figures showing that the number of wolves inside the park had roughly doubled in five years.

The authority's annual wildlife report counted 46 wolves in seven packs in the park, up from 23 in 2021. It said the animals had killed or injured 612 sheep and 14 calves on neighboring farms over the past year, against 190 sheep three years earlier.

The report called the return of the wolf “⟦authority|one of the great conservation recoveries of the past half-century⟧” but acknowledged that losses on farms had grown “⟦authority|faster than our ability to prevent them.⟧”

Callum Dreghorn, who keeps about 800 ewes on hill pasture above the village of Glenbarra, said he had lost 71 animals since April, most of them in three nights in August.

“⟦dreghorn|You walk up in the morning and it looks like a battlefield,⟧” Dreghorn said, standing by a fence that he had raised to nearly two meters at his own expense. “⟦dreghorn|Some of them are still alive. You have to finish them yourself.⟧”

Dreghorn, 58, is chairman of the Corran Hill Farmers' Association, which represents about 240 farms around the park. He said the compensation the authority pays for each dead ewe took months to arrive and did not cover lambs that were never born or ewes too frightened to graze. “⟦dreghorn|They count the bodies. They don't count what's left behind,⟧” he said.

“⟦dreghorn|My grandfather farmed this hill, and his father before him. None of them ever saw a wolf, and I'm not saying there shouldn't be any. There's room in the park.⟧

“⟦dreghorn|But the park doesn't end at a wall, and the wolves don't read maps. If the authority wants them, the authority has to carry the cost of them, all of it, not a form and a check six months later.⟧”

The association has asked the government to let farmers shoot wolves caught attacking livestock outside the park boundary, which is now illegal.

On a gate at the bottom of the Glenbarra road, someone has painted a sign in red letters: “⟦-|Wolves in the park. Farmers in the poorhouse.⟧”

The park's director, Eilidh Marchetti, said the authority understood the farmers' anger but would not support culling.

“⟦marchetti|I have sat in kitchens in Glenbarra and listened to people who are exhausted and frightened for their livelihoods, and they are right to be,⟧” Marchetti said in an interview at the authority's headquarters. “⟦marchetti|But shooting wolves at the boundary will not solve this. It breaks up packs, and broken packs kill more livestock, not less.⟧”

She said the authority would spend 3.2 million euros over three years on electric fencing, guardian dogs and night shelters for flocks, and would aim to pay compensation claims within 30 days. She called the current delays “⟦marchetti|indefensible⟧” and said two extra staff had been hired to clear the backlog.

A biologist who has tracked the Corran packs with GPS collars since they first crossed from the north said the rise in attacks was concentrated in a few places. Anneliese Vorbeck, of the University of Strathmoor, said two of the seven packs accounted for nearly three-quarters of all kills on farms.

“⟦vorbeck|That tells you it's not about the number of wolves. It's about where particular packs have learned that sheep are easy,⟧” Vorbeck said. “⟦vorbeck|Fix those farms first and you fix most of the problem.⟧”

She said the authority's own data supported that view but that it had been slow to act on it.

“⟦vorbeck|Everyone wants a single answer, more wolves or fewer wolves. The honest answer is ten small answers, farm by farm.⟧”

A ranger who works in the park's northern sector, who spoke on condition of anonymity because staff have been told not to comment while talks with the farmers are under way, said the authority had known for two years which packs were causing most of the losses.

“⟦ranger|We wrote it in our reports in 2024 and again this spring,⟧” the ranger said. “⟦ranger|Nothing happened until the farmers went to the papers.⟧”

The Ministry of Rural Affairs said in a statement that it would convene talks between the authority and the farmers' association next month and that “⟦ministry|all options remain on the table⟧”, a phrase that several farmers took as a hint that a limited cull could be considered. A ministry spokesman declined to elaborate.

Marchetti, asked about the ministry's statement, said she had not been consulted on its wording. “⟦marchetti|All options are always on the table,⟧” she said. “⟦marchetti|Some of them are just bad options.⟧”

Dreghorn, driving back up the hill at dusk to move his flock into a fenced paddock for the night, said he would go to the talks but expected little from them. “⟦dreghorn|I've been to a lot of meetings,⟧” he said. “⟦dreghorn|The wolves haven't been to any.⟧”
