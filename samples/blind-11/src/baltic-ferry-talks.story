note: A business scoop built on two people familiar with the talks, who give a reason for their anonymity and come back as "one of them". The target company speaks through a stock-exchange filing, the buyer's spokeswoman declines to comment on the talks but still says something, its chief executive posts online, analysts are named, and the competition regulator speaks as a body. The promised "synergies" are scare quotes.
source: people-familiar
  kind: anonymous
  name: two people familiar with the matter
  aliases: one of them | The two people | One of the two people
  justified: yes
source: lohmus
  kind: person
  name: Katrin Lõhmus
  aliases: Lõhmus | a spokeswoman for Baltica Line
source: saaremere
  kind: organization
  name: Saaremere Shipping
  aliases: Saaremere
source: baltica
  kind: organization
  name: Baltica Line
  aliases: Baltica
source: virtanen
  kind: person
  name: Aleksi Virtanen
  aliases: Virtanen | Baltica’s chief executive
source: rask
  kind: person
  name: Helena Rask
  aliases: Rask | an analyst at Nordhavn Securities
source: ozols
  kind: person
  name: Mārtiņš Ozols
  aliases: Ozols
source: regulator
  kind: organization
  name: Estonia’s competition authority
  aliases: The authority | the regulator
---
Baltica Line in talks to buy rival ferry operator Saaremere, sources say

TALLINN (QW) — Baltica Line, the largest ferry operator on the routes between Estonia and Finland, is in advanced talks to buy its smaller rival Saaremere Shipping in a deal that would value the company at about 380 million euros including debt, two people familiar with the matter said on Monday.

The two people, who spoke on condition of anonymity because the negotiations are private, said Baltica had offered about 9.40 euros a share, a premium of more than 30 percent to Saaremere’s closing price on Friday. An agreement could be announced as early as next week, though the talks could still fall apart, they said.

“⟦people-familiar|The price is mostly agreed. What is left is the ships and the people,⟧” one of them said, referring to the fate of Saaremere’s two oldest vessels and about 600 crew members.

Katrin Lõhmus, a spokeswoman for Baltica Line, declined to comment on the talks but said the company was “⟦lohmus|always looking for ways to serve passengers better on both sides of the Gulf.⟧”

Saaremere confirmed in a filing to the Tallinn stock exchange after the market closed that it had “⟦saaremere|received a non-binding approach⟧” and that its board was “⟦saaremere|evaluating the proposal together with its advisers.⟧” It said there was no certainty that any transaction would take place.

Saaremere’s shares, which have lost almost half of their value since 2019, rose 22 percent in the last hour of trading on Monday, before the filing was published.

A combined company would run more than 70 percent of the passenger and truck crossings between Tallinn and Helsinki, one of the busiest short-sea routes in Europe, with about 9 million passengers a year.

Baltica’s chief executive, Aleksi Virtanen, has made no secret of his wish to grow. In a post on LinkedIn last month, he wrote that the ferry business in the region was “⟦virtanen|too fragmented for the investments the next decade demands,⟧” citing the cost of new ships that can run on cleaner fuels.

On Monday evening, without mentioning Saaremere, he posted a photograph of the harbor at dawn with the words “⟦virtanen|Big week ahead.⟧”

Analysts said the logic of a deal was clear but that it would face a long review. Helena Rask, an analyst at Nordhavn Securities, described the combination as “⟦rask|the obvious deal that nobody has dared to do.⟧”

“⟦rask|You can save a lot of money by not sailing two half-empty ships at the same hour. The question is whether the regulator lets you,⟧” Rask said.

Mārtiņš Ozols, who covers shipping for Daugava Capital in Riga, said the promised “synergies” were likely to come mostly from cutting duplicate departures, which could mean higher fares for travellers. “⟦ozols|Passengers on this route have had a price war for ten years. They should enjoy the last few months of it,⟧” Ozols said.

Estonia’s competition authority said it had not been notified of any transaction and would not comment on market speculation. The authority said, however, that any deal giving one operator a dominant position on the route would be examined “⟦regulator|with particular care,⟧” and that a review of that kind could take up to six months. Because both companies also operate routes to Stockholm, the deal might instead fall to the European Commission.

One of the two people familiar with the talks said Baltica had already prepared an offer to sell some of Saaremere’s evening departures to a third operator to win the regulator’s approval. “⟦people-familiar|They are not naive about this. The remedy is written before the deal is,⟧” the person said.

Saaremere, founded in 1993 by a group of former Soviet merchant navy officers, has struggled since the pandemic, when traffic on the route fell by two-thirds. It reported a net loss of 14 million euros last year.

The company’s largest shareholder, a family investment firm that holds about 28 percent of the shares, has not commented publicly. According to one of the two people, the family is in favor of a sale.
