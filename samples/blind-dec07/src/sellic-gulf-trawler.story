note: A wire story on a diplomatic row in curly quotation marks. Two governments speak through their foreign ministries and through their capitals ("Lenzgrad said", "Pazny said"), which are the ministries speaking as bodies. An unnamed interior ministry official, whose anonymity is explained once, ends two quotes with a place name right before "the official said". The prime minister's office speaks through a statement and the prime minister speaks in person; they are two sources. A group of diplomats gives no reason for anonymity, and the nickname the press gives the crew is not a quote.
source: tavoria-fm
  kind: organization
  name: Tavoria’s Foreign Ministry
  aliases: Lenzgrad | the Tavorian ministry | Tavoria
source: vendral-fm
  kind: organization
  name: Vendral’s Foreign Ministry
  aliases: Pazny | the ministry | Vendral
source: vendral-official
  kind: anonymous
  name: A senior official of Vendral’s interior ministry
  aliases: the official
  justified: yes
source: haldane-office
  kind: organization
  name: the office of Prime Minister Rurik Haldane
  aliases: Haldane’s office | the statement
source: haldane
  kind: person
  name: Rurik Haldane
  aliases: Prime Minister Rurik Haldane | Haldane | the prime minister
source: sauk
  kind: person
  name: Edvin Sauk
  aliases: Sauk
source: diplomats
  kind: anonymous
  name: Diplomats in Lenzgrad
  aliases: one diplomat | diplomats
  justified: no
---
Tavoria summons envoy after Vendral seizes trawler in disputed gulf

LENZGRAD (QW) — Tavoria summoned Vendral’s ambassador on Tuesday and demanded the release of a fishing trawler and its 14 crew members, seized by Vendral’s coast guard in disputed waters of the Sellic Gulf, in the sharpest quarrel between the two neighbors in nearly a decade.

Tavoria’s Foreign Ministry said the trawler, the Grey Heron, had been boarded “⟦tavoria-fm|in international waters, in open violation of the law of the sea⟧” and that its crew had been “⟦tavoria-fm|held for more than 30 hours without access to a consul.⟧”

Vendral’s Foreign Ministry rejected that account. “⟦vendral-fm|The vessel was fishing without a license inside our exclusive economic zone, and its master ignored three orders to stop,⟧” the ministry said in a statement. Pazny said the crew were in good health and would be “⟦vendral-fm|treated fairly and in accordance with Vendrali law.⟧”

Lenzgrad said that was not enough. “⟦tavoria-fm|Good health is not a legal status,⟧” the Tavorian ministry said in a second statement late on Tuesday. “⟦tavoria-fm|We expect our citizens home, and we expect the boat returned to its owner.⟧”

The Grey Heron was towed overnight to the Vendrali port of Orsk, where the crew are being held in a customs building near the harbor. Tavorian newspapers have taken to calling the fishermen the “Orsk Fourteen,” and relatives held a vigil outside the Vendrali embassy in Lenzgrad on Tuesday evening.

A senior official of Vendral’s interior ministry, who spoke on condition of anonymity because he was not authorized to discuss a case under investigation, said the captain would probably be charged with illegal fishing but that the rest of the crew could be released within days.

“⟦vendral-official|Nobody in this government wants fourteen fishermen sleeping on cots in Orsk,⟧” the official said. “⟦vendral-official|But the captain knew exactly where he was. We have the radar tracks, and we will show them.⟧”

The official said the coast guard had warned Tavorian trawlers off the same fishing grounds at least six times since the spring. “⟦vendral-official|At some point a warning has to mean something, even to people in Lenzgrad,⟧” the official said.

The two countries have argued for decades over a line drawn across the gulf by a 1957 treaty that each side reads differently. The waters around the Marrow Bank, where the Grey Heron was boarded, are rich in mackerel and are claimed by both.

In a statement, the office of Prime Minister Rurik Haldane said he had spoken by telephone with Vendral’s president, Ilona Vasdrecht, for about 20 minutes on Tuesday afternoon.

“⟦haldane-office|The prime minister made clear that this matter must be settled through diplomacy, and settled this week,⟧” the statement said. Haldane’s office said the two leaders had agreed that their foreign ministers would meet, but gave no date.

Speaking to reporters later outside parliament, Haldane struck a harder tone. “⟦haldane|We are a patient country,⟧” he said. “⟦haldane|We are not an infinitely patient country.⟧” He declined to say whether Tavoria would send naval vessels to escort its fishing fleet, saying only that “⟦haldane|every option is on the table and most of them are boring ones.⟧”

Edvin Sauk, whose family company owns the trawler, said the captain, his cousin, had fished the Marrow Bank for 22 years. “⟦sauk|Nobody ever told him there was a line in the water there. The fish certainly don’t know about it,⟧” Sauk said by telephone from the port of Kettavik, where the boat is registered.

Diplomats in Lenzgrad said both governments faced elections next year and had little room to appear soft. “⟦diplomats|Both sides have climbed a ladder, and now they need somebody to hold it while they come down,⟧” one diplomat said.

Vendral’s ambassador left the Tavorian Foreign Ministry after about 40 minutes on Tuesday without speaking to reporters. Pazny said later that the ambassador had “⟦vendral-fm|listened carefully and explained our position.⟧”
