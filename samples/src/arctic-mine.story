note: The story opens with an epigraph that nobody is said to have written, and sets off one miner’s words with a dash instead of “said”. One rescuer is unnamed because he was not allowed to speak publicly; the residents who talk about the mine get no such reason.
source: ronning
  kind: person
  name: Jostein Rønning
  aliases: Rønning | one of the miners who walked out
source: nordfjell
  kind: organization
  name: Nordfjell Gruvedrift
  aliases: The company | the mining company
source: aasheim
  kind: person
  name: Ingvild Aasheim
  aliases: Aasheim | the union’s safety representative at the mine
source: rescuer
  kind: anonymous
  name: A member of the rescue team
  aliases: the rescuer
  justified: yes
source: residents
  kind: anonymous
  name: Residents
  justified: no
source: cafe-owner
  kind: anonymous
  name: a woman who runs the town’s only café
  justified: no
source: labor-inspection
  kind: organization
  name: The Norwegian Labor Inspection Authority
source: police
  kind: organization
  name: Police in Troms
source: solheim
  kind: person
  name: Arne Solheim
  aliases: The company’s chief executive | Solheim
---
Rescuers reach seven miners trapped in Arctic coal seam

“⟦-|The mountain keeps its own accounts.⟧”

KVITVIKA, Norway (QW) — Rescue teams on Tuesday reached seven miners who had been trapped for almost 30 hours behind a roof collapse in the Nordfjell coal mine, the last working mine in the Arctic town of Kvitvika, and all seven were alive, the mining company said.

Nordfjell Gruvedrift said in a statement that two of the men had been flown to the hospital in Tromsø with crush injuries and that the others were being treated at the mine’s first-aid station. “⟦nordfjell|Our first thoughts are with the seven men and their families, who have waited through a very long night,⟧” the company said.

The collapse happened shortly after 6 a.m. on Monday, about 2 kilometers inside the mountain, as a shift of 22 miners was preparing to blast a new section of the seam. Fifteen of them walked out on their own.

“⟦ronning|We heard the mountain crack like a rifle shot, and then the lights went.⟧” — Jostein Rønning, 44, one of the miners who walked out

Rønning said the men had followed the emergency cable along the tunnel wall in darkness for almost an hour. He said he had worked in the mine for 19 years and had never seen a fall that size.

A member of the rescue team, who spoke to reporters on condition of anonymity because he wasn’t authorized to speak publicly, said the trapped men had sheltered in a refuge chamber with air and water for four days. “⟦rescuer|They did everything right. They went to the chamber, they closed the door, and they waited,⟧” the rescuer said. “⟦rescuer|When we broke through, one of them asked if we had brought coffee.⟧”

Police in Troms said they had opened an investigation into the cause of the collapse, as is routine after serious accidents at work. The Norwegian Labor Inspection Authority said it would send inspectors on Wednesday.

Ingvild Aasheim, the union’s safety representative at the mine, said the union had raised concerns last winter about the roof supports in the newest section. “⟦aasheim|We wrote it down, we sent it, and we got an answer that said ‘noted.’ I would like to know what happened after ‘noted,’⟧” she said.

The company’s chief executive, Arne Solheim, said he had seen the union’s letter and that the supports had been checked twice since then. “⟦solheim|We will not guess about the cause tonight. There will be a full investigation, and we will publish it,⟧” Solheim said at a news conference in the company’s canteen.

In Kvitvika, a town of 2,400 people that was built around the mine in the 1920s, residents gathered through the night at the community hall, where volunteers served waffles and the local choir sang. “⟦cafe-owner|Everybody here has somebody underground,⟧” said a woman who runs the town’s only café. “⟦cafe-owner|You don’t ask whose husband it is. You just put the coffee on.⟧”

Residents said the mine, which the government has said it will close by 2030, still employs about one in five working adults in the town.

The seven miners were expected to be brought to the surface by Wednesday morning.
