note: A corporate merger wire story in straight marks, with guillemets for the regulator's spokeswoman. "People familiar with the matter, who asked not to be identified because the talks were private" (justified anonymous), then "one of the people" (the same group); a named chief executive quoted in a statement and on a call with analysts, carried by "she"; an antitrust regulator's spokeswoman "who declined to be named" (anonymous; a bare refusal gives no reason, so not justified), then "the spokeswoman"; an analyst's note to clients (the analyst is the source), with a partial quote; a union's statement as a body, then its president named; a deal figure with thousands commas.
source: people
  kind: anonymous
  name: people familiar with the matter
  aliases: one of the people | the people
  justified: yes
source: whitcombe
  kind: person
  name: Dana Whitcombe
  aliases: Whitcombe | Ostrander Chief Executive Dana Whitcombe
source: spokeswoman
  kind: anonymous
  name: A spokeswoman for the Federal Competition Authority
  aliases: the spokeswoman
  justified: no
source: lindqvist
  kind: person
  name: Teodor Lindqvist
  aliases: Lindqvist | an analyst at Harrowgate Securities
source: union
  kind: organization
  name: The Amalgamated Freight and Warehouse Workers Union
  aliases: the union
source: mbeki-hart
  kind: person
  name: Solomon Mbeki-Hart
  aliases: Mbeki-Hart | the union's president
source: pellucid
  kind: organization
  name: Pellucid Freight
  aliases: Pellucid | The company
---
Ostrander to buy Pellucid Freight for $8.4 billion, creating the country's largest trucking group

CORBRIDGE (Wire) - Ostrander Logistics agreed on Monday to buy rival Pellucid Freight for about $8.4 billion in cash and stock, a deal that would create the country's largest trucking and warehousing company and is likely to face a long review by competition regulators.

Ostrander will pay $41.50 a share for Pellucid, a premium of about 27 percent over Pellucid's closing price on Friday, the companies said. Including debt, the deal values Pellucid at roughly $11.2 billion. The combined group would run about 61,000 trucks and 340 warehouses and employ some 118,000 people.

The two companies had been in talks since early in the summer, according to people familiar with the matter, who asked not to be identified because the talks were private. The negotiations nearly collapsed in September over the price and over who would run the combined company, the people said.

"⟦people|It was dead for about ten days. Nobody was returning calls,⟧" one of the people said. "⟦people|What brought it back was Pellucid's second-quarter numbers. After those, the board stopped arguing about the price.⟧"

Ostrander Chief Executive Dana Whitcombe, who will lead the combined company, said the deal would let it offer customers a single network from the ports to the last mile.

"⟦whitcombe|Our customers have told us for years that they are tired of handing their freight from one carrier to the next,⟧" Whitcombe said in a statement. "⟦whitcombe|Together, Ostrander and Pellucid can carry a container from the dock to the shop door without ever letting go of it.⟧"

On a call with analysts later in the morning, she said the companies expected to save about $650 million a year within three years, mostly by closing overlapping depots and merging their purchasing of fuel and tires.

"⟦whitcombe|We are not buying Pellucid to shrink it,⟧" she said on the call. "⟦whitcombe|Where two depots sit across the road from each other, yes, one of them will close. But we expect to be hiring drivers in the second year, not cutting them.⟧"

Asked whether the company had prepared for objections from regulators, Whitcombe said: "⟦whitcombe|We have spent a great deal of time on that question, and we would not have signed if we did not believe we could answer it.⟧"

Pellucid, founded in 1952 as a single-truck milk hauler in the river town of Amsel, has struggled since a failed expansion into air freight three years ago. The company said in a filing that its board had voted unanimously in favor of the deal and that its largest shareholder, the Harnett family trust, which holds about 14 percent of the shares, had agreed to support it.

"⟦pellucid|The board concluded that this offer delivers more value, and more certainty, than any path Pellucid could take on its own,⟧" the company said.

The deal will need the approval of the country's competition regulator, which blocked a smaller trucking merger in 2022. A spokeswoman for the Federal Competition Authority, who declined to be named, said it had not yet received a formal filing.

«⟦spokeswoman|We will look closely at every route and every region where the two companies compete today,⟧» the spokeswoman said. «⟦spokeswoman|Size alone is not a reason to block a merger, but it is a reason to look very carefully.⟧»

Teodor Lindqvist, an analyst at Harrowgate Securities, said the authority was likely to demand that the companies sell some of their regional networks, particularly in the north, where together they carry more than half of all refrigerated freight.

"⟦lindqvist|We think a clean approval is unlikely; the question is how much of the northern network has to go,⟧" Lindqvist wrote in a note to clients. He called the price "⟦lindqvist|full but not foolish⟧" and raised his target for Ostrander's shares.

Ostrander's shares fell 3.8 percent in afternoon trading, while Pellucid's jumped 24 percent to $40.10, below the offer price, a sign that investors see some risk the deal will not be completed.

The Amalgamated Freight and Warehouse Workers Union, which represents about 39,000 drivers and warehouse staff at the two companies, said it had not been consulted and would oppose the deal unless Ostrander guaranteed jobs and pensions.

"⟦union|Every merger in this industry has come with a promise that nobody will be hurt, and every one of them has ended with depots closing and drivers being told to reapply for their own jobs,⟧" the union said in a statement.

Solomon Mbeki-Hart, the union's president, said he had asked for a meeting with Whitcombe this week. "⟦mbeki-hart|She says she will be hiring in year two,⟧" he said. "⟦mbeki-hart|Good. Then she will have no trouble putting that in writing.⟧"

The companies said they expected the deal to close in the second half of next year.
