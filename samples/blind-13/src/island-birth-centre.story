note: A health feature with British spelling and curly quotation marks. A midwife and two mothers speak for themselves; the health board speaks as a body and through its review; a consultant on the mainland is named, a doctor at the same hospital is not (with a reason); a national study is quoted with no named author.
source: mcrae
  kind: person
  name: Catriona McRae
  aliases: McRae | the centre’s lead midwife
source: ferguson
  kind: person
  name: Isla Ferguson
  aliases: Ferguson
source: dunbar
  kind: person
  name: Morag Dunbar
  aliases: Dunbar
source: health-board
  kind: organization
  name: the Northern Sounds health board
  aliases: The board | the board’s review
source: anand
  kind: person
  name: Rohan Anand
  aliases: Mr Anand | Anand | a consultant obstetrician at Portmaddie General Hospital
source: mainland-doctor
  kind: anonymous
  name: A junior doctor at Portmaddie General
  aliases: the doctor
  justified: yes
source: audit
  kind: organization
  name: a national audit of rural maternity units published last year
  aliases: The audit | its authors
---
On a storm-bound island, the birth centre that refused to close

STRATHSAY, Scotland — The wind had been blowing at 60 miles an hour for two days when Isla Ferguson went into labour in the small hours of a February morning. The ferry was cancelled. The air ambulance was grounded in Glasgow. The nearest hospital with an obstetric unit was 70 miles away, across open sea.

“⟦ferguson|I remember thinking, well, it’s just us, then,⟧” she said, laughing, with her daughter asleep against her shoulder. “⟦ferguson|And it was just us. And it was fine.⟧”

Her midwives were the staff of the Strathsay birth centre: two rooms, a birthing pool and four midwives in a single-storey building behind the island’s health clinic. For the past decade it has delivered between 20 and 30 babies a year, and for most of that time it has been on a list of services that the health board wanted to close.

Catriona McRae, the centre’s lead midwife, has worked on the island for 19 years. She keeps a photograph of every baby born there on a corkboard in the staff kitchen, 241 of them at the last count.

“⟦mcrae|People think that what we do here is dangerous. What is dangerous is a woman in labour on a boat in a force nine,⟧” McRae said. “⟦mcrae|The risk does not disappear when you close a unit. It just moves onto the water.⟧”

The centre takes only women whose pregnancies are judged low-risk. Those with complications are asked to move to the mainland from 38 weeks, usually to rented rooms near Portmaddie General Hospital, at a cost that the health board covers only in part.

Morag Dunbar, who runs a guest house in the island’s main village, spent five weeks in a flat in Portmaddie before the birth of her second son. “⟦dunbar|My husband was here with the guest house and our older boy. I sat in a flat watching television and waiting. It was the loneliest month of my life,⟧” she said.

The Northern Sounds health board proposed closing the centre in 2016 and again in 2021, arguing that a unit delivering so few babies could not keep its midwives’ skills sharp. Both times the plan was withdrawn after protests. The board said in a statement this month that the centre was now “⟦health-board|part of the long-term plan for maternity care in the islands⟧” and that it had approved funding for a fifth midwife.

That change followed a review commissioned by the board after a near-miss in 2022, when a woman with heavy bleeding waited four hours for a helicopter. The board’s review concluded that the centre had handled the emergency “⟦health-board|to a high standard⟧” and that closing it would “⟦health-board|transfer risk rather than remove it.⟧”

Some doctors on the mainland remain uneasy. Rohan Anand, a consultant obstetrician at Portmaddie General Hospital, said he respected the island’s midwives but worried about the rare emergency that no small unit could manage.

“⟦anand|Ninety-nine times out of a hundred, a low-risk birth is a low-risk birth. My job is to think about the hundredth,⟧” Mr Anand said. “⟦anand|On the mainland, if something goes wrong, there is a theatre down the corridor. On Strathsay, there is a helicopter, if the weather allows.⟧”

A junior doctor at Portmaddie General, who asked not to be named because staff had been told to refer questions to the board’s press office, said that transfers from the island were handled well but were stressful for everyone involved. “⟦mainland-doctor|When the phone rings from Strathsay at two in the morning, the whole floor goes quiet,⟧” the doctor said.

The evidence on small rural units is mixed. A national audit of rural maternity units published last year found no difference in outcomes for low-risk women between midwife-led units and hospital births, but noted that the numbers of serious complications were too small to draw firm conclusions. “⟦audit|Remote units depend on the judgement of a very small number of staff, and on transport that is outside their control,⟧” its authors wrote.

The audit recommended that every remote unit have a rehearsed plan for each of the most common emergencies. McRae said Strathsay practises its plans every month, usually on a Tuesday afternoon, with a mannequin that the midwives call Big Jean.

“⟦mcrae|She has had every complication in the textbook. She has been very brave about it,⟧” McRae said.

Ferguson’s daughter, Eilidh, was born at 4.20 a.m., an hour before the power went off across the island. The midwives finished the paperwork by torchlight.

“⟦ferguson|If they had closed this place, I would have had her on the kitchen floor with my mother-in-law on the phone to the coastguard,⟧” Ferguson said. “⟦ferguson|So you can imagine what I think about the closure.⟧”
