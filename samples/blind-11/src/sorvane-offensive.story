note: One unnamed official of Benhala's foreign ministry, whose anonymity is explained once, carries the story; several of the official's statements end with a place name right before "the official said". Places stand in for governments throughout ("Lunaro said", "Moscow", "European diplomats", "Africa"); the Kessaran government speaks through its capital's name, and European diplomats are unnamed without a reason.
source: official
  kind: anonymous
  name: a senior official of Benhala's foreign ministry
  aliases: The official | the Benhalan official
  justified: yes
source: dembara
  kind: person
  name: Ibrahim Dembara
  aliases: Gen. Ibrahim Dembara | Dembara | the general
source: bamba
  kind: person
  name: Célestine Bamba
  aliases: Bamba | Benhala's president
source: lunaro
  kind: organization
  name: Lunaro
  aliases: the military government
source: tiendrebe
  kind: person
  name: Yacouba Tiendrébé
  aliases: Tiendrébé | a spokesman for the Sorvane Defense Council
source: european-diplomats
  kind: anonymous
  name: European diplomats
  aliases: one of them
  justified: no
---
Kessaran general told mediators Sorvane offensive will go on, official says

PORT ANSELM, Benhala (QW) — Gen. Ibrahim Dembara, the head of Kessara's military government, told mediators in the Benhalan capital on Monday that his forces would not halt their assault on the rebel-held city of Sorvane until its defenders surrendered their heavy weapons, a senior official of Benhala's foreign ministry said.

The official, who spoke on condition of anonymity because Benhala had promised both sides that the content of the talks would stay private, said the general arrived with a map of the city marked with the positions his troops intended to take.

"⟦official|He unfolded it on the table before the tea was served. That told us what kind of meeting it was going to be,⟧" the official said.

Dembara used much of the three-hour session to defend the offensive on Sorvane, the official said, but added that the general had for the first time accepted the idea of a humanitarian corridor out of the city's southern districts.

"⟦official|It is not a ceasefire, and nobody should call it one. It is a door, and we intend to keep it open,⟧" the official said.

Kessaran troops and allied militias have encircled Sorvane, the country's second-largest city, since late August. More than 280,000 people have fled the region, according to the United Nations, making it one of the fastest-growing displacement crises in Africa this year.

Lunaro said in a statement after the talks that Kessara remained "⟦lunaro|open to every initiative that respects the unity of the nation⟧" and that the operation around Sorvane was aimed at "⟦lunaro|criminal groups, not citizens.⟧" The military government has repeatedly described the Sorvane Defense Council, which has held the city since 2021, as a terrorist organization.

According to the official, the general complained at length about weapons that he said had reached the rebels from across Kessara's northern border, and accused unnamed neighbors of turning a blind eye to the traffic. He did not name Benhala, the official said.

Benhala's president, Célestine Bamba, who hosted the meeting, has tried for more than a year to bring the two sides to the same table. The rebels declined to send a delegation to Port Anselm this week, saying they would not negotiate while the city was being shelled.

"⟦bamba|We did not expect a miracle in one afternoon. We expected a conversation, and we had one,⟧" Bamba told reporters at the presidential palace after Dembara's motorcade left.

Dembara did not speak to the press. In a recorded message broadcast on Kessaran state radio in the evening, he said: "⟦dembara|We have been patient for three years. Patience is not weakness, and the people of Sorvane will soon be free of those who hold them hostage.⟧"

Yacouba Tiendrébé, a spokesman for the Sorvane Defense Council, dismissed the corridor as a public-relations exercise. "⟦tiendrebe|You do not open a door in a house that you are burning,⟧" Tiendrébé said by telephone from inside the city. He said the council would allow civilians to leave but would not disarm.

European diplomats in Port Anselm said they were skeptical that the general would honor any promise on the corridor. "⟦european-diplomats|Lunaro has agreed to corridors three times since the spring. Each time the shelling started again within a week,⟧" one of them said.

Moscow, which has sent military instructors to Kessara since the 2021 coup, has called for restraint on both sides, while Washington and several European capitals have suspended aid to the military government. Benhala, which shares a 600-kilometer border with Kessara and hosts more than 90,000 of its refugees, has tried to stay on speaking terms with all of them.

The official said Dembara had also asked Benhala to tighten controls at two border crossings that Lunaro says are used to resupply the rebels. Bamba had agreed only to allow observers from the African Union to visit the crossings, the official said.

"⟦official|We told him the border is ours, and we will guard it, but we will not close it on people who are running from Sorvane,⟧" the official said.

Asked whether the general had set a date for the corridor to open, the Benhalan official said no timetable had been agreed but that Benhalan and Kessaran officers would meet at the border town of Kayes-Nord on Thursday to discuss the route.

"⟦official|He is a soldier, and soldiers like maps. Next time we will bring our own,⟧" the official said.
