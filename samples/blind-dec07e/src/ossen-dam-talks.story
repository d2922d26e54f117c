note: A diplomatic story in British style: single curly quotation marks as the outer mark, curly apostrophes (the same character as the closing mark), one quote holding a quote in double marks. Several unnamed sources: "two diplomats familiar with the negotiations" who spoke on condition of anonymity because the talks are confidential (justified), later "one of the diplomats" (the same source); "a senior Western official" briefing under the ground rules of the briefing (justified), then "the official said" right after a place name; "officials said" with a partial quote (no reason: unjustified); "a European diplomat who asked not to be named" (bare: unjustified), then "the diplomat said" right after a place name; the Karshi foreign ministry's statement as a body; a named minister at a news conference.
source: diplomats
  kind: anonymous
  name: Two diplomats familiar with the negotiations
  aliases: one of the diplomats | the diplomats
  justified: yes
source: western-official
  kind: anonymous
  name: A senior Western official
  aliases: the official
  justified: yes
source: officials
  kind: anonymous
  name: Officials
  justified: no
source: european-diplomat
  kind: anonymous
  name: A European diplomat who asked not to be named
  aliases: the diplomat
  justified: no
source: ministry
  kind: organization
  name: the Karshi Foreign Ministry
  aliases: The ministry | the statement
source: vasquel
  kind: person
  name: Teodor Vasquel
  aliases: Vasquel | Velmoran Foreign Minister Teodor Vasquel
---
Velmora and Karsh near deal on Ossen dam, but water for dry months still divides them

MONTRELLE (Wire) — Negotiators from Velmora and the Karsh Republic have agreed on most of a draft treaty governing the giant Ossen river dam, but remain split over how much water Karsh must release downstream in the driest months of the year, according to diplomats and officials involved in the talks.

The two countries, which fought a brief border war in the 1990s and have argued over the river for decades, began a fourth round of talks in this lakeside city on Monday under the sponsorship of a group of European governments. The round was scheduled to end on Friday but has been extended into next week.

Two diplomats familiar with the negotiations, who spoke on condition of anonymity because the talks are confidential, said the two sides had settled the text on sediment, fishing rights and the sharing of river data, which had taken up most of the previous three rounds.

‘⟦diplomats|Eighty per cent of the treaty is on paper and initialled,⟧’ one of the diplomats said. ‘⟦diplomats|The last twenty per cent is the only part anyone at home will read.⟧’

The disputed clause sets a minimum flow that Karsh, which built the 140-metre dam near its border between 2014 and 2022, must let through to Velmoran farms during the three summer months. Velmora is asking for 410 cubic metres a second; Karsh has offered 260, the diplomats said.

A senior Western official, who briefed reporters on condition of anonymity under the ground rules of the briefing, said the gap had narrowed from more than 300 cubic metres when the talks began in March.

‘⟦western-official|Nobody should expect a treaty this week, but I would not be surprised to see it signed by the spring, here in Montrelle,⟧’ the official said. ‘⟦western-official|What they need now is not more meetings. It is a decision in two capitals that they can live with a number they don’t like.⟧’

The official said European governments had offered to pay for a network of 40 gauging stations along the river, to be run jointly, so that neither side would have to take the other’s word for how much water was flowing.

Velmoran Foreign Minister Teodor Vasquel struck a harder tone at a news conference in the capital, Dravna, on Thursday. ‘⟦vasquel|Our farmers are not asking for charity. They are asking for the river that has always been theirs,⟧’ Vasquel said.

He said his government would not sign a treaty that left its southern provinces dependent on ‘⟦vasquel|the good mood of an engineer in Karsh⟧’, and held up a photograph of a dry irrigation canal near the town of Helm. ‘⟦vasquel|My grandfather fished here,⟧’ he said. ‘⟦vasquel|Today you could walk across it in your shoes.⟧’

Asked whether Velmora would walk away from the talks, Vasquel said: ‘⟦vasquel|We did not come to Montrelle to leave with nothing. But I have told our partners, “Do not ask me to sign a piece of paper I cannot explain in Helm.” That has not changed.⟧’

In a statement on Thursday evening, the Karshi Foreign Ministry said that Karsh had ‘⟦ministry|already shown more flexibility than any upstream country is obliged to show⟧’ and that the dam’s reservoir had been run below its planned level for two summers to help Velmoran farmers.

‘⟦ministry|Karsh will not accept terms that put at risk the electricity supply of two million of its citizens,⟧’ the statement said. ‘⟦ministry|We remain at the table and expect our neighbours to do the same.⟧’

The ministry said it was ready to discuss a sliding scale that would raise the minimum flow in wet years and lower it in dry ones. Officials said the draft text included such a scale in square brackets, the mark that negotiators use for wording that has not been agreed, and described it as ‘⟦officials|the most likely way out⟧’.

A European diplomat who asked not to be named said the biggest obstacle was no longer the numbers but the politics in both capitals. Velmora holds parliamentary elections in April, and the Karshi government faces a confidence vote over energy prices this winter.

‘⟦european-diplomat|Both ministers know what a fair number looks like, and neither of them wants to be the one who says it out loud before a vote,⟧’ the diplomat said.

Engineers from both countries are due to meet next week at the dam to test how quickly its turbines can follow a sliding scale. ‘⟦european-diplomat|If the machines can do it, the politicians will find that the engineers have settled it for them at Sorrin Gorge,⟧’ the diplomat said.

The talks are expected to resume on Monday. ‘⟦diplomats|We have a draft, we have a map, and we have a deadline that nobody has announced yet,⟧’ one of the diplomats said.
